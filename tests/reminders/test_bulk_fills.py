"""Next reminder days stored by statement give what row-by-row storing gave.

The first check after an upgrade or a big import fills the days of one-off
obligations due later, and of obligations with no reminders, by a few UPDATE
statements (``scan.BULK_FILLS``) instead of reading and storing each row. Two
copies of one generated register are checked day after day, at month ends and
on 2028-02-29, with the same edits in between (met, ended and running again,
new and re-dated obligations, alerts acknowledged, the register's offsets
changed): one the bulk way, one row by row. Every alert (raised, withdrawn,
escalated, acknowledged) and every stored next reminder day must be the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from check_ways import each_way
from sqlalchemy import select, update

from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services import add_obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.bulk_change import bulk_set_status
from contract_desk.services.register.obligations import mark_obligation
from contract_desk.services.reminders import scan, store
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import record_check, save_reminder_settings
from contract_desk.storage import Register, open_register

USER = "tester"
START = date(2028, 1, 20)
#: Check days: month ends, the leap day, days closed in between, a jump of weeks.
DAYS = (date(2028, 1, 20), date(2028, 1, 21), date(2028, 1, 31), date(2028, 2, 1),
        date(2028, 2, 27), date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1),
        date(2028, 3, 31), date(2028, 4, 1), date(2028, 4, 30), date(2028, 6, 30),
        date(2028, 7, 1), date(2028, 12, 31), date(2029, 1, 1))


def _register(path: Path) -> Register:
    register = open_register(path)
    with register.transaction() as session:
        generate_demo(session, count=70, seed=11, today=START)
        contracts = list(session.scalars(select(Contract.uid).order_by(Contract.id)))
        for number, uid in enumerate(contracts[:40]):
            # One-offs far ahead and near, late ones, with own offsets, a monthly series.
            for days, extra in ((400 + number, {}), (9 + number % 5, {}),
                                (-20 - number, {}), (200, {"reminder_offsets": [30, 1]}),
                                (-400, {"recurrence": "FREQ=MONTHLY"} if number % 4 else {})):
                add_obligation(session, uid, {"kind": "payment", "title": f"Fee {days}",
                                              "owner": "Kari",
                                              "due_date": START + timedelta(days=days),
                                              **extra}, user=USER)
        record_check(session, START - timedelta(days=1))  # as after the upgrade
    return register


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Register, Register]]:
    bulk, rows = _register(tmp_path / "bulk.sqlite3"), _register(tmp_path / "rows.sqlite3")
    yield bulk, rows
    bulk.close()
    rows.close()


def _edit(register: Register, step: int, today: date) -> None:
    """The same edits in both registers (rows picked by id: the copies share them)."""
    with register.transaction() as session:
        obligations = list(session.execute(
            select(Obligation.uid, Obligation.version_id, Obligation.status)
            .order_by(Obligation.id)))
        contracts = list(session.scalars(select(Contract.uid).order_by(Contract.id)))
        if step % 3 == 1:  # some met, some waived, one back to scheduled
            for uid, version, status in obligations[step::17]:
                new = "scheduled" if status != "scheduled" else (
                    "met" if step % 2 else "waived")
                mark_obligation(session, uid, new, expected_version=version, user=USER,
                                met_on=today if new == "met" else None)
        if step in (2, 6):
            bulk_set_status(session, contracts[step:step + 5], "terminated", user=USER)
        if step in (4, 9):
            bulk_set_status(session, contracts[2:4], "active", user=USER)
        if step == 5:
            for days in (3, 500, -3, 60):
                add_obligation(session, contracts[7], {"kind": "payment", "title": "new",
                                                       "owner": "Kari",
                                                       "due_date": today + timedelta(days)},
                               user=USER)
        if step == 8:
            save_reminder_settings(session, user=USER, obligation_offsets=(10, 2, 0))
        if step % 2 == 0:  # a person works through part of the inbox
            ids = list(session.scalars(select(Alert.id).where(
                Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
                .order_by(Alert.id)))
            stamp = datetime.combine(today, time(17), tzinfo=UTC)
            session.execute(update(Alert).where(Alert.id.in_(ids[::2]))
                            .values(acknowledged_at=stamp, acknowledged_by=USER))


def _state(register: Register) -> dict[str, list[Any]]:
    with register.reading() as session:
        return {
            "alerts": [tuple(row) for row in session.execute(
                select(Alert.id, Alert.target_type, Alert.contract_id, Alert.obligation_id,
                       Alert.key_kind, Alert.key_date, Alert.offset_days, Alert.due_on,
                       Alert.acknowledged_at.is_not(None), Alert.withdrawn_at.is_not(None),
                       Alert.escalated_at.is_not(None)).order_by(Alert.id))],
            "contracts": [tuple(row) for row in session.execute(
                select(Contract.id, Contract.next_reminder_on).order_by(Contract.id))],
            "obligations": [tuple(row) for row in session.execute(
                select(Obligation.id, Obligation.next_reminder_on).order_by(Obligation.id))],
        }


@each_way
def test_bulk_fills_store_what_rows_stored(pair: tuple[Register, Register],
                                           monkeypatch: pytest.MonkeyPatch,
                                           check: Callable[[Register, date], None]) -> None:
    bulk, rows = pair
    # Small steps, so that the days stored in steps take several of each kind.
    monkeypatch.setattr(store, "IDLE_STEP", 40)
    monkeypatch.setattr(store, "FILL_IDS", 40)  # both fills by ranges of ids (SQLite)
    filled = 0
    for step, today in enumerate(DAYS):
        _edit(bulk, step, today)
        _edit(rows, step, today)
        monkeypatch.setattr(scan, "BULK_FILLS", True)
        check(bulk, today)
        monkeypatch.setattr(scan, "BULK_FILLS", False)
        check(rows, today)
        got, expected = _state(bulk), _state(rows)
        assert got == expected, today
        filled += sum(day is not None for _id, day in got["obligations"])
    assert filled > 1000  # days were stored, both ways, on most days
    with bulk.reading() as session:  # and the bulk way had something to fill
        assert session.scalar(select(Obligation.id).where(
            Obligation.next_reminder_on == date.max).limit(1)) is not None


def test_a_row_changed_before_its_day_is_filled_keeps_its_alerts_judged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An obligation met between the storing of a check's alerts and of its days: its open
    alert is judged by the next check (the fills leave rows with open alerts alone)."""
    from contract_desk.services import create_contract
    from contract_desk.services.reminders import run

    register = open_register(tmp_path / "race.sqlite3")
    try:
        with register.transaction() as session:
            contract = create_contract(session, {"title": "C", "start_date": date(2027, 1, 1),
                                                 "end_date": date(2030, 1, 1)}, user=USER)
            fee = add_obligation(session, contract.uid, {"kind": "payment", "title": "Fee",
                                                         "owner": "Kari",
                                                         "due_date": START + timedelta(5)},
                                 user=USER)
        run_reminder_check(register, today=START)
        original = run.marks_in_steps

        def meanwhile(*args: Any, **kwargs: Any) -> Iterator[Any]:
            with register.transaction() as session:
                version = session.scalar(select(Obligation.version_id)
                                         .where(Obligation.uid == fee.uid))
                mark_obligation(session, fee.uid, "met", met_on=START, user=USER,
                                expected_version=version)
            yield from original(*args, **kwargs)

        monkeypatch.setattr(run, "marks_in_steps", meanwhile)
        run_reminder_check(register, today=START + timedelta(1))
        monkeypatch.setattr(run, "marks_in_steps", original)
        with register.reading() as session:
            assert session.scalar(select(Obligation.next_reminder_on)
                                  .where(Obligation.uid == fee.uid)) is None
        run_reminder_check(register, today=START + timedelta(2))
        with register.reading() as session:
            open_ones = session.scalars(select(Alert.id).where(
                Alert.target_uid == fee.uid, Alert.withdrawn_at.is_(None))).all()
        assert open_ones == []
    finally:
        register.close()
