"""The full register check: each check finds a real planted fault, and a sound register is sound."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from store_helpers import replace_stored

from contract_desk.domain.clock import local_today
from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services import (
    add_attachment,
    add_obligation,
    create_contract,
)
from contract_desk.services.checking.check import check_register, check_register_at
from contract_desk.services.checking.report import NOT_CHECKED, NOTE, PROBLEM, CheckReport
from contract_desk.services.register.attachment_store import store_for
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.settings import last_check
from contract_desk.storage import Register

TODAY = local_today()  # 2026-11-23, frozen by the suite
LAST_CHECK = date(2026, 11, 20)
USER = "tester"


def fill(register: Register, tmp_path: Path) -> dict[str, Any]:
    """Contracts and obligations with reminders due today, an attachment, a reminder check."""
    with register.transaction() as session:
        soon = create_contract(session, {"reference": "S-1", "title": "Cleaning",
                                         "start_date": date(2026, 1, 1),
                                         "end_date": date(2026, 11, 30)}, user=USER).uid
        later = create_contract(session, {"reference": "L-1", "title": "Lease",
                                          "start_date": date(2025, 1, 1),
                                          "initial_term": "5 years"}, user=USER).uid
        fee = add_obligation(session, later, {"kind": "payment", "title": "Fee", "owner": "Kari",
                                              "due_date": date(2026, 11, 26)}, user=USER).uid
        add_obligation(session, later, {"kind": "payment", "title": "Rent", "owner": "Kari",
                                        "due_date": date(2026, 1, 31),
                                        "recurrence": "FREQ=MONTHLY"}, user=USER)
        scan = tmp_path / "signed.pdf"
        scan.write_bytes(b"%PDF-1.7 signed" * 100)
        attached = add_attachment(session, store_for(register), later,
                                  scan, user=USER)
    with register.transaction() as session:
        check_reminders(session, today=LAST_CHECK)
    return {"soon": soon, "fee": fee, "sha256": attached.sha256}


def lines_of(report: CheckReport, kind: str = PROBLEM) -> list[str]:
    return [finding.line() for finding in report.findings if finding.kind == kind]


def state(register: Register) -> tuple[int, date | None, list[Any]]:
    with register.reading() as session:
        alerts = session.scalar(select(func.count()).select_from(Alert)) or 0
        days = sorted(session.execute(select(Contract.uid, Contract.next_reminder_on)).all())
        return alerts, last_check(session), days


def test_a_sound_register_is_reported_sound_and_left_as_it_was(
    register: Register, tmp_path: Path
) -> None:
    fill(register, tmp_path)
    before = state(register)
    report = check_register(register, today=TODAY)
    assert report.sound, report.lines()
    [line] = report.lines()
    assert line.startswith("the register is sound: ")
    assert "1 attachment files" in line and "every stored next reminder day agrees" in line
    assert "raises every alert a full scan raises" in line
    if register.path is None:
        assert "PostgreSQL keeps its own pages" in line
        assert "enforced by the PostgreSQL server" in line
    else:
        assert "SQLite integrity check ok" in line
    assert state(register) == before  # the trial run was rolled back


def test_a_stored_day_pushed_past_a_due_reminder_is_found_twice(
    register: Register, tmp_path: Path
) -> None:
    uids = fill(register, tmp_path)
    with register.transaction() as session:
        stored = session.scalar(select(Contract.next_reminder_on)
                                .where(Contract.uid == uids["soon"]))
        assert stored == TODAY  # the 7-day reminder of 2026-11-30
        session.execute(update(Contract.__table__).where(Contract.uid == uids["soon"])
                        .values(next_reminder_on=date(2027, 6, 1)))
    report = check_register(register, today=TODAY)
    assert not report.sound
    problems = lines_of(report)
    assert any(line.startswith("reminder index: S-1 Cleaning: its next reminder day is stored "
                               "as 2027-06-01, but a reminder falls due on 2026-11-23")
               for line in problems), problems
    assert any(line.startswith("reminder dry run: the reminder check would miss today's "
                               "term_end reminder of contract") for line in problems), problems
    assert len(problems) == 2


def test_an_obligations_stored_day_set_wrong_is_found(register: Register, tmp_path: Path) -> None:
    uids = fill(register, tmp_path)
    with register.transaction() as session:
        session.execute(update(Obligation.__table__).where(Obligation.uid == uids["fee"])
                        .values(next_reminder_on=date.max))
    problems = lines_of(check_register(register, today=TODAY))
    assert any("L-1 Lease: Fee: its next reminder day is stored as never, but a reminder "
               "falls due on 2026-11-23" in line for line in problems), problems


def test_an_attachment_file_changed_or_deleted_is_found(
    register: Register, tmp_path: Path
) -> None:
    uids = fill(register, tmp_path)
    store = store_for(register)
    replace_stored(store, uids["sha256"], b"%PDF-1.7 forged" * 100)
    stored = store.path_for(uids["sha256"])
    problems = lines_of(check_register(register, today=TODAY))
    assert problems == [("attachments: 'signed.pdf' of L-1 Lease: its file no longer matches "
                         f"its SHA-256: it changed since it was attached ({stored})")]
    replace_stored(store, uids["sha256"], None)
    problems = lines_of(check_register(register, today=TODAY))
    assert problems == [("attachments: 'signed.pdf' of L-1 Lease: its file is missing from "
                         f"the store ({stored})")]


def test_a_file_no_attachment_refers_to_is_a_note_not_a_problem(
    register: Register, tmp_path: Path
) -> None:
    fill(register, tmp_path)
    stray = store_for(register).put(tmp_path / "signed.pdf")
    other = tmp_path / "other.txt"
    other.write_text("left over", encoding="utf-8")
    stray = store_for(register).put(other)
    report = check_register(register, today=TODAY)
    assert report.sound
    [note] = lines_of(report, NOTE)
    assert note.startswith("note: attachments: 1 file in the store belongs to no attachment")
    assert stray.sha256 in note


def test_a_dangling_foreign_key_is_found(sqlite_register: Register, tmp_path: Path) -> None:
    uids = fill(sqlite_register, tmp_path)
    assert sqlite_register.path is not None
    connection = sqlite3.connect(sqlite_register.path)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE contract SET counterparty_id = 9999 WHERE uid = ?",
                           (uids["soon"],))
        connection.commit()
    finally:
        connection.close()
    problems = lines_of(check_register(sqlite_register, today=TODAY))
    assert len(problems) == 1
    assert problems[0].startswith("foreign keys: 1 contract row refers to a party that does "
                                  "not exist (row id ")


def damage(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * page:4096 * (page + 1)] = os.urandom(4096)
    path.write_bytes(bytes(data))


def table_page(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                 (table,)).fetchone()
        return int(row[0]) - 1  # rootpage counts from 1
    finally:
        connection.close()


@pytest.mark.parametrize("table", ["alembic_version", "audit_event", "contract"])
def test_a_page_of_random_bytes_is_found_and_the_file_left_as_it_was(
    sqlite_register: Register, tmp_path: Path, table: str
) -> None:
    fill(sqlite_register, tmp_path)
    path = sqlite_register.path
    assert path is not None
    sqlite_register.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage(path, table_page(path, table))
    before = path.read_bytes()
    report = check_register_at(path, today=TODAY)
    assert not report.sound
    lines = report.lines()
    assert lines[0].startswith(f"integrity: SQLite cannot read the table {table}: "), lines
    assert all(line.startswith(("integrity:", "foreign keys:", "attachments:", "reminder",
                                "stored key dates:", "stored obligation summaries:", "note:"))
               for line in lines), lines
    # Whatever could not run says so; the trial reminder run is never tried on it.
    dry = [f for f in report.findings if f.area == "reminder dry run"]
    assert [f.kind for f in dry] == [NOT_CHECKED]
    assert path.read_bytes() == before


def test_a_file_that_is_no_register_gets_its_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 200)
    report = check_register_at(path, today=TODAY)
    assert not report.sound
    assert report.lines()[0].startswith(f"integrity: SQLite cannot read {path} through: ")
    assert path.read_bytes() == b"these are my notes, not a database" * 200


def test_check_register_at_opens_and_checks_without_writing(
    register: Register, tmp_path: Path
) -> None:
    fill(register, tmp_path)
    before = state(register)
    target = register.path or register.url
    report = check_register_at(target, today=TODAY)
    assert report.sound, report.lines()
    assert state(register) == before
    assert "password" not in report.location and "contract_desk:contract_desk@" not in str(
        report.to_json())


def test_a_day_after_a_key_date_stored_too_late_is_found(
    register: Register, tmp_path: Path
) -> None:
    """The day a row is passed over to once its day's key date is acknowledged is held
    to a recomputation without that key date, as the day itself is."""
    fill(register, tmp_path)
    with register.transaction() as session:
        rows = {}
        for model in (Contract, Obligation):
            found = session.execute(select(model.id, model.next_reminder_key,
                                           model.after_reminder_key_on)
                                    .where(model.next_reminder_key.is_not(None),
                                           model.after_reminder_key_on < date.max)
                                    .order_by(model.id)).first()
            assert found is not None, model  # a day after the key date is stored
            rows[model] = found
            session.execute(update(model.__table__).where(model.__table__.c.id == found[0])
                            .values(after_reminder_key_on=date.max))
    problems = lines_of(check_register(register, today=TODAY))
    late = [line for line in problems if ": once its key date " in line]
    assert len(late) == 2, problems
    for model, (_id, key, _after) in rows.items():
        assert any(f"once its key date {key.isoformat()} is acknowledged, its next reminder "
                   "day is stored as never, but a reminder falls due on" in line
                   for line in late), (model, late)
