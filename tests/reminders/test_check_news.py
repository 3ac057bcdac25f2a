"""A check made in a child process tells a person exactly what a check here would."""

from __future__ import annotations

import logging
import multiprocessing.context
from datetime import date
from pathlib import Path

import pytest

from contract_desk import i18n
from contract_desk.notify import news as news_module
from contract_desk.notify.messages import notifications_for
from contract_desk.notify.news import CheckFailed, CheckNews, check_news, contract_count
from contract_desk.services import add_obligation, create_contract
from contract_desk.services.reminders.inbox import open_alerts, pending_counts
from contract_desk.services.reminders.notices import to_notify
from contract_desk.services.reminders.people import Me
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import reminder_settings
from contract_desk.storage import Register, open_register

TODAY = date(2026, 3, 2)
KARI = Me("kari")


@pytest.fixture
def due(register: Register, add_contract, add_due) -> Register:
    """Five payments due by TODAY (more than a summary's threshold) and a contract ending."""
    lease = add_contract(reference="L-1", title="Lease", owner="Kari",
                         start_date="2024-01-01", end_date="2026-03-20", notice_period="1 month")
    for day in range(1, 6):
        add_due(lease, title=f"Fee {day}", due_date=f"2026-02-{20 + day:02d}")
    return register


def _told_here(register: Register, me: Me) -> CheckNews:
    """What the parent composes from what is stored now (nobody told yet)."""
    with register.reading() as session:
        settings = reminder_settings(session)
        shown = notifications_for(to_notify(session, me, today=TODAY),
                                  threshold=settings.summary_threshold,
                                  escalation_contact=settings.escalation_contact)
        return CheckNews(tuple(shown), pending_counts(session, today=TODAY))


def _told(news: CheckNews) -> tuple[object, ...]:
    return news.notifications, news.pending


@pytest.mark.parametrize("language", ["en", "nb"])
def test_the_child_stores_the_check_and_tells_what_a_check_here_would(
        due: Register, language: str) -> None:
    i18n.use_language(language)
    try:
        news = check_news(due, KARI, today=TODAY, apart=True)
        expected = _told_here(due, KARI)
    finally:
        i18n.use_language("en")
    with due.reading() as session:
        stored = open_alerts(session, today=TODAY)
    assert stored.badge >= 5  # the child's check was stored in the register
    assert _told(news) == _told(expected)
    assert news.run is not None and news.run.fired == ()  # not read back: told from what is due
    (summary,) = news.notifications  # more than the threshold: one summary
    assert len(summary.alert_ids) >= 5
    english = "deadlines need attention" in summary.title
    assert english == (language == "en")  # the child speaks its parent's language


def test_a_register_of_many_contracts_is_checked_apart(
        due: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = news_module._check_apart

    def spy(*args, **kwargs):
        asked.append("apart")
        return real(*args, **kwargs)

    monkeypatch.setattr(news_module, "_check_apart", spy)
    monkeypatch.setattr(news_module, "APART_FROM", contract_count(due) + 1)
    here = check_news(due, KARI, today=TODAY)
    assert asked == []
    monkeypatch.setattr(news_module, "APART_FROM", contract_count(due))
    apart = check_news(due, KARI, today=TODAY)
    assert asked == ["apart"] and _told(apart) == _told(here)  # nobody was told in between


def test_without_a_child_process_the_check_is_made_here(
        due: Register, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def refuse(self) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    with caplog.at_level(logging.WARNING, logger="contract_desk.notify.news"):
        news = check_news(due, KARI, today=TODAY, apart=True)
    assert "could not start (no more processes): checking here" in caplog.text
    assert _told(news) == _told(_told_here(due, KARI)) and news.notifications


def test_a_child_that_ends_without_an_answer_leaves_the_check_to_this_process(
        due: Register, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(news_module, "_receive", lambda receiver: None)  # as if it died
    with caplog.at_level(logging.WARNING, logger="contract_desk.notify.news"):
        news = check_news(due, KARI, today=TODAY, apart=True)
    assert "ended without an answer" in caplog.text
    assert _told(news) == _told(_told_here(due, KARI)) and news.notifications


def test_a_check_the_register_refuses_in_the_child_fails_with_its_sentence(
        sqlite_register: Register) -> None:
    sqlite_register.path.rename(sqlite_register.path.with_name("moved.sqlite3"))
    with pytest.raises(CheckFailed) as failure:
        check_news(sqlite_register, KARI, today=TODAY, apart=True)
    assert str(failure.value).startswith(f"cannot open the register {sqlite_register.path}: ")


def _lease_with_fees(register: Register) -> None:
    with register.transaction() as session:
        lease = create_contract(session, {
            "reference": "L-1", "title": "Lease", "owner": "Kari", "start_date": "2024-01-01",
            "end_date": "2026-03-20", "notice_period": "1 month"}, user="t")
        for day in range(1, 6):
            add_obligation(session, lease.uid, {"kind": "payment", "title": f"Fee {day}",
                                                "due_date": f"2026-02-{20 + day:02d}"}, user="t")


def test_a_check_that_does_not_read_what_it_raised_stores_the_same(tmp_path: Path) -> None:
    registers = [open_register(tmp_path / f"{name}.sqlite3") for name in ("rows", "bare")]
    try:
        for register in registers:
            _lease_with_fees(register)
        with_rows = run_reminder_check(registers[0], today=TODAY)
        bare = run_reminder_check(registers[1], today=TODAY, fired_rows=False)
        assert len(with_rows.fired) >= 6 and bare.fired == ()
        assert bare.pending == with_rows.pending
        stored = []
        for register in registers:
            with register.reading() as session:
                inbox = open_alerts(session, today=TODAY)
            stored.append([row for group in (inbox.overdue, inbox.today, inbox.upcoming)
                           for row in group])
        assert sorted(row.id for row in with_rows.fired) == sorted(row.id for row in stored[0])

        def seen(rows):
            return sorted((row.kind, row.key_date, row.due_on, row.title) for row in rows)
        assert seen(stored[0]) == seen(stored[1])
    finally:
        for register in registers:
            register.close()
