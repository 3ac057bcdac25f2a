"""``contract-desk remind``: the JSON shape, idempotent days, dry runs, clear errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from contract_desk.cli import remind_cmd, run
from contract_desk.models import Alert
from contract_desk.services import add_obligation, create_contract
from contract_desk.storage import open_register


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite3"
    register = open_register(path)
    try:
        with register.transaction() as session:
            uid = create_contract(session, {
                "reference": "L-1", "title": "Office lease", "owner": "Kari",
                "start_date": "2025-01-01", "initial_term": "2 years",
                "notice_period": "3 months", "renewal": "automatic"}, user="t").uid
            add_obligation(session, uid, {"kind": "payment", "title": "Rent",
                                          "due_date": "2026-01-31", "recurrence": "FREQ=MONTHLY"},
                           user="t")
    finally:
        register.close()
    return str(path)


def remind(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> dict:
    status = run(["--db", db, "remind", "--notifier", "none", "--json", *extra])
    out = capsys.readouterr()
    assert status == 0, out.err
    return json.loads(out.out)  # type: ignore[no-any-return]


def alerts_in(db: str) -> int:
    register = open_register(db)
    try:
        with register.transaction() as session:
            return session.scalar(select(func.count()).select_from(Alert)) or 0
    finally:
        register.close()


def test_the_json_names_what_fired_and_counts_what_is_pending(capsys, db) -> None:
    report = remind(capsys, db, "--today", "2026-09-30")
    fired = sorted(report["fired"], key=lambda f: f["kind"])
    uid = fired[0]["contract_uid"]
    assert [set(f) for f in fired] == [{"id", "reference", "target", "kind", "key_date",
                                        "offset_days", "escalated", "title", "contract_uid",
                                        "due_on"}] * 2
    assert [{k: v for k, v in f.items() if k != "id"} for f in fired] == [
        {"reference": "L-1", "target": "obligation", "kind": "due", "key_date": "2026-09-30",
         "offset_days": 0, "escalated": False, "contract_uid": uid, "due_on": "2026-09-30",
         "title": "Due date is today (2026-09-30): L-1 Office lease: Rent"},
        {"reference": "L-1", "target": "contract", "kind": "notice_deadline",
         "key_date": "2026-09-30", "offset_days": 0, "escalated": False, "contract_uid": uid,
         "due_on": "2026-09-30",
         "title": "Notice deadline is today (2026-09-30): L-1 Office lease"},
    ]
    assert report["pending"] == {"overdue": 0, "today": 2, "upcoming": 0, "snoozed": 0,
                                 "escalated": 0, "total": 2}


def test_the_same_day_twice_fires_nothing_new(capsys, db) -> None:
    assert len(remind(capsys, db, "--today", "2026-09-30")["fired"]) == 2
    again = remind(capsys, db, "--today", "2026-09-30")
    assert again["fired"] == [] and again["pending"]["today"] == 2
    assert alerts_in(db) == 2


def test_a_dry_run_writes_nothing(capsys, db) -> None:
    dry = remind(capsys, db, "--today", "2026-09-30", "--dry-run")
    assert len(dry["fired"]) == 2 and dry["dry_run"] is True
    assert alerts_in(db) == 0
    assert len(remind(capsys, db, "--today", "2026-09-30")["fired"]) == 2


def test_without_today_the_local_calendar_day_is_used(capsys, db, monkeypatch) -> None:
    monkeypatch.setattr(remind_cmd, "local_today", lambda: date(2026, 10, 31))
    report = remind(capsys, db)
    assert report["today"] == "2026-10-31"
    assert [(f["kind"], f["key_date"]) for f in report["fired"]] == [("due", "2026-10-31")]


def test_the_text_report_and_a_bad_date(capsys, db) -> None:
    assert run(["--db", db, "remind", "--notifier", "log", "--today", "2026-09-30"]) == 0
    out = capsys.readouterr().out
    assert "fired 2 reminders; open: 0 overdue, 2 today, 0 upcoming" in out
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", db, "remind", "--today", "30.09.2026"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and "YYYY-MM-DD" in err and "Traceback" not in err


def test_a_register_that_cannot_be_opened_is_one_line(capsys, tmp_path) -> None:
    bad = tmp_path / "not-a-register.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    assert run(["--db", str(bad), "remind", "--notifier", "none"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("contract-desk remind: error:") and "Traceback" not in err


def test_a_check_racing_the_window_is_retried_not_a_crash(capsys, db, monkeypatch) -> None:
    from sqlalchemy.exc import IntegrityError

    from contract_desk.services.reminders import run as reminder_run

    real, calls = reminder_run.store_plan, []

    def racing(session, plan, **options):  # the window stored the same alerts just before
        calls.append(plan.today)
        if len(calls) == 1:
            raise IntegrityError("INSERT INTO alert", {}, Exception("UNIQUE constraint failed"))
        return real(session, plan, **options)

    monkeypatch.setattr(reminder_run, "store_plan", racing)
    report = remind(capsys, db, "--today", "2026-09-30")
    assert len(calls) == 2 and len(report["fired"]) == 2 and alerts_in(db) == 2
