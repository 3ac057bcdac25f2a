"""Acknowledge, snooze and decide: applied to one key date, written to the audit trail."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from contract_desk.domain import DomainError
from contract_desk.models import Alert
from contract_desk.services import create_contract, history
from contract_desk.services.listing.queries import get_contract
from contract_desk.services.reminders import actions
from contract_desk.services.reminders.actions import acknowledge, decide, snooze
from contract_desk.services.reminders.inbox import contract_alerts, open_alerts, pending_counts
from contract_desk.services.reminders.raising import ReminderRun, check_reminders
from contract_desk.storage import Register, open_register

USER = "tester"


def check(register: Register, today: date) -> ReminderRun:
    with register.transaction() as session:
        return check_reminders(session, today=today)


@pytest.fixture
def lease(register: Register, add_contract) -> str:
    return add_contract(reference="L-9", title="Lease", start_date="2024-01-01",
                        initial_term="1 year", renewal="automatic", notice_period="3 months")


def test_the_inbox_groups_one_line_per_key_date(register: Register, lease: str, add_due) -> None:
    add_due(lease, due_date="2026-09-25", reminder_offsets=[7, 3, 0])
    add_due(lease, due_date="2026-09-20", title="Old fee", reminder_offsets=[0])
    check(register, date(2026, 9, 20))
    check(register, date(2026, 9, 22))
    with register.transaction() as session:
        inbox = open_alerts(session, today=date(2026, 9, 22))
    assert [(r.kind, r.key_date) for r in inbox.overdue] == [("due", date(2026, 9, 20))]
    assert [(r.kind, r.key_date, r.offset_days) for r in inbox.upcoming] == [
        ("due", date(2026, 9, 25), 3), ("notice_deadline", date(2026, 9, 30), 14)]
    assert inbox.today == () and inbox.badge == 1
    assert inbox.counts()["total"] == 3


def test_acknowledge_silences_the_key_date_and_is_audited(register: Register, lease: str) -> None:
    run = check(register, date(2026, 9, 16))  # 14 days before the 30 September deadline
    (alert,) = run.fired
    with register.transaction() as session:
        row = acknowledge(session, alert.id, user=USER, note="seen")
    assert row.acknowledged_by == USER and row.acknowledged_at is not None
    # The deadline is dealt with: its 7, 3, 1 and 0-day reminders and overdue stay quiet.
    assert check(register, date(2026, 10, 3)).fired == ()
    # Next year's deadline is another key date and is reminded as usual.
    assert [r.key_date for r in check(register, date(2027, 7, 2)).fired] == [date(2027, 9, 30)]
    with register.transaction() as session:
        events = [e for e in history(session, lease) if e.entity == "alert"]
    assert [(e.action, e.note) for e in events] == [("acknowledge", "seen")]


def test_no_overdue_after_acknowledging(register: Register, lease: str) -> None:
    run = check(register, date(2026, 9, 30))
    (alert,) = run.fired
    with register.transaction() as session:
        acknowledge(session, alert.id, user=USER)
    assert check(register, date(2026, 10, 1)).fired == ()


def test_snooze_hides_the_alert_until_its_day(register: Register, lease: str) -> None:
    (alert,) = check(register, date(2026, 9, 30)).fired
    with register.transaction() as session:
        snoozed = snooze(session, alert.id, user=USER, today=date(2026, 9, 30), days=7)
        assert snoozed.snoozed_until == date(2026, 10, 7)
        inbox = open_alerts(session, today=date(2026, 9, 30))
        assert inbox.badge == 0 and len(inbox.snoozed) == 1
    assert check(register, date(2026, 10, 3)).fired == ()  # no overdue while snoozed
    woke = check(register, date(2026, 10, 7))
    assert {(r.id, r.snoozed_until) for r in woke.fired} >= {(alert.id, None)}
    with register.transaction() as session:
        assert open_alerts(session, today=date(2026, 10, 7)).badge == 1
        events = [e.action for e in history(session, lease) if e.entity == "alert"]
    assert events == ["snooze"]


def test_snooze_needs_a_later_day(register: Register, lease: str) -> None:
    (alert,) = check(register, date(2026, 9, 30)).fired
    with pytest.raises(DomainError, match="after today"), register.transaction() as session:
        snooze(session, alert.id, user=USER, today=date(2026, 9, 30), until=date(2026, 9, 30))


def test_deciding_to_terminate_gives_notice_through_the_contract_service(
    register: Register, lease: str
) -> None:
    (alert,) = check(register, date(2026, 9, 16)).fired
    with register.transaction() as session:
        row = decide(session, alert.id, "terminate", user=USER, today=date(2026, 9, 16),
                     note="too expensive")
        contract = get_contract(session, lease, today=date(2026, 9, 16))
        audited = [(e.entity, e.action) for e in history(session, lease)]
        alerts = contract_alerts(session, lease, today=date(2026, 9, 16))
    assert row.decision == "terminate" and row.acknowledged_at is not None
    assert contract.notice_given_on == date(2026, 9, 16) and contract.status == "terminated"
    assert contract.next_renewal_start is None
    assert ("alert", "decide") in audited and ("contract", "update") in audited
    assert all(a.acknowledged_at is not None or a.withdrawn for a in alerts)
    assert check(register, date(2026, 9, 17)).fired == ()


def test_a_decision_is_for_notice_dates_only(register: Register, lease: str, add_due) -> None:
    add_due(lease, due_date="2026-09-30", reminder_offsets=[0])
    run = check(register, date(2026, 9, 30))
    payment = next(r for r in run.fired if r.kind == "due")
    notice = next(r for r in run.fired if r.kind == "notice_deadline")
    with pytest.raises(DomainError, match="notice deadline"), register.transaction() as s:
        decide(s, payment.id, "renew", user=USER, today=date(2026, 9, 30))
    with pytest.raises(DomainError, match="unknown decision"), register.transaction() as s:
        decide(s, notice.id, "maybe", user=USER, today=date(2026, 9, 30))
    with register.transaction() as session:
        assert decide(session, notice.id, "let_run", user=USER,
                      today=date(2026, 9, 30)).decision == "let_run"


def test_a_reminder_raised_late_counts_the_days_from_today(register: Register, lease: str,
                                                           add_due) -> None:
    # The 30-day reminder was due on 20 September; the register is first checked
    # on 5 October (the app was closed): it is 15 days to the deadline, not 30.
    add_due(lease, due_date="2026-10-20", title="Fee", reminder_offsets=[30])
    run = check(register, date(2026, 10, 5))
    (fired,) = [row for row in run.fired if row.kind == "due"]
    assert "in 15 days (2026-10-20)" in fired.title and "30 days" not in fired.title
    with register.transaction() as session:
        (shown,) = [r for r in open_alerts(session, today=date(2026, 10, 12)).upcoming
                    if r.kind == "due"]
        assert "in 8 days (2026-10-20)" in shown.title
        (late,) = [r for r in open_alerts(session, today=date(2026, 10, 22)).overdue
                   if r.kind == "due"]
        assert "is 2 days overdue (2026-10-20)" in late.title


def test_the_pending_counts_are_the_inboxs_groups(register: Register, add_contract,
                                                 add_due) -> None:
    """Every check ends with the counts, read without building the inbox: the same numbers."""
    for number in range(6):
        uid = add_contract(reference=f"P-{number}", start_date="2024-01-01",
                           end_date=f"2026-10-{number * 4 + 1:02d}", notice_period="1 month")
        add_due(uid, due_date=f"2026-09-{number * 3 + 10:02d}", reminder_offsets=[7, 3, 0])
    days = [date(2026, 9, day) for day in (10, 14, 18, 22, 26)]
    done: set[tuple[str, str, str, date]] = set()  # acknowledging covers the key date
    for day in days:
        run = check(register, day)
        with register.transaction() as session:
            for position, row in enumerate(run.fired):
                if row.key in done:
                    continue
                if position % 4 == 1:
                    acknowledge(session, row.id, user=USER)
                    done.add(row.key)
                elif position % 4 == 2:
                    snooze(session, row.id, user=USER, today=day, days=5)
    seen = set()
    for day in (date(2026, 9, 10) + timedelta(days=n) for n in range(52)):
        with register.transaction() as session:
            counts = pending_counts(session, today=day)
            assert counts == open_alerts(session, today=day).counts(), day
        seen.add(tuple(sorted(key for key, value in counts.items() if value)))
    # The register reached every group at some point: the comparison meant something.
    assert {key for keys in seen for key in keys} >= {"overdue", "today", "upcoming",
                                                      "snoozed", "escalated", "total"}


@pytest.mark.postgres
def test_an_alert_withdrawn_while_it_is_acknowledged_is_not_audited_as_acknowledged(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Found by ten colleagues at once: a person acknowledges the alert they read open
    # while a check withdraws it (a colleague changed the date). The acknowledgement's
    # UPDATE finds it closed; the person must be told so, and no "acknowledge" audited.
    register = open_register(pg_url)
    try:
        with register.transaction() as session:
            uid = create_contract(session, {
                "reference": "W-1", "title": "Lease", "start_date": "2024-01-01",
                "initial_term": "1 year", "renewal": "automatic",
                "notice_period": "3 months"}, user=USER, today=date(2026, 9, 16)).uid
        (alert,) = check(register, date(2026, 9, 16)).fired
        acknowledge_open = actions._acknowledge_open

        def withdrawn_first(*args: object, **kwargs: object) -> None:
            with register.transaction() as other:  # the check, committed meanwhile
                other.execute(update(Alert).where(Alert.id == alert.id)
                              .values(withdrawn_at=Alert.created_at))
            acknowledge_open(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(actions, "_acknowledge_open", withdrawn_first)
        with pytest.raises(DomainError, match="was withdrawn"), \
                register.transaction() as session:
            acknowledge(session, alert.id, user=USER)
        with register.transaction() as session:
            stored = session.get(Alert, alert.id)
            assert stored is not None
            assert stored.acknowledged_at is None and stored.withdrawn_at is not None
            assert [e.action for e in history(session, uid) if e.entity == "alert"] == []
    finally:
        register.close()
