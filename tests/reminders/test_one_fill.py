"""The one-offs' fill as one statement stores what a statement per due date stored.

After a big import most obligations are one-offs due later: their next reminder
day is the due date less the longest offset, stored by due date
(``days._fill``). On SQLite, with many due dates, one statement does it
(``days._one_fill``). Two copies of one generated register are checked day
after day (month ends, 2028-02-29, days closed in between), with the same
edits between checks (met and waived obligations, ended contracts, new and
re-dated ones, alerts acknowledged, the register's offsets changed): one with
the one statement whenever there is a due date to fill, one with a statement
per due date. Every alert and every stored next reminder day must be the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from check_ways import each_way, in_steps
from sqlalchemy import select, update

from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services import add_obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.bulk_change import bulk_set_status
from contract_desk.services.register.obligations import mark_obligation
from contract_desk.services.reminders import days, store
from contract_desk.services.reminders.settings import record_check, save_reminder_settings
from contract_desk.storage import Register, open_register

USER = "tester"
START = date(2028, 1, 20)
DAYS = (date(2028, 1, 20), date(2028, 1, 21), date(2028, 1, 31), date(2028, 2, 1),
        date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1), date(2028, 3, 31),
        date(2028, 6, 30), date(2028, 12, 31), date(2029, 1, 1))


def _register(path: Path) -> Register:
    register = open_register(path)
    with register.transaction() as session:
        generate_demo(session, count=60, seed=5, today=START)
        contracts = list(session.scalars(select(Contract.uid).order_by(Contract.id)))
        for number, uid in enumerate(contracts[:40]):
            for offset, extra in ((400 + number, {}), (90 + 7 * number, {}),
                                  (9 + number % 5, {}), (-20 - number, {}),
                                  (200, {"reminder_offsets": [30, 1]}),
                                  (-400, {"recurrence": "FREQ=MONTHLY"} if number % 4 else {})):
                add_obligation(session, uid, {"kind": "payment", "title": f"Fee {offset}",
                                              "owner": "Kari",
                                              "due_date": START + timedelta(days=offset),
                                              **extra}, user=USER)
        record_check(session, START - timedelta(days=1))  # as after the upgrade
    return register


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Register, Register]]:
    one, each = _register(tmp_path / "one.sqlite3"), _register(tmp_path / "each.sqlite3")
    yield one, each
    one.close()
    each.close()


def _edit(register: Register, step: int, today: date) -> None:
    """The same edits in both registers (rows picked by id: the copies share them)."""
    with register.transaction() as session:
        obligations = list(session.execute(
            select(Obligation.uid, Obligation.version_id, Obligation.status)
            .order_by(Obligation.id)))
        contracts = list(session.scalars(select(Contract.uid).order_by(Contract.id)))
        if step % 3 == 1:
            for uid, version, status in obligations[step::13]:
                new = "scheduled" if status != "scheduled" else (
                    "met" if step % 2 else "waived")
                mark_obligation(session, uid, new, expected_version=version, user=USER,
                                met_on=today if new == "met" else None)
        if step == 2:
            bulk_set_status(session, contracts[3:8], "terminated", user=USER)
        if step == 4:
            for offset in (3, 500, 501, -3, 60):
                add_obligation(session, contracts[9], {"kind": "payment", "title": "new",
                                                       "owner": "Kari",
                                                       "due_date": today + timedelta(offset)},
                               user=USER)
        if step == 6:
            save_reminder_settings(session, user=USER, obligation_offsets=(10, 2, 0))
        if step % 2 == 0:
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
            # As stored: the text SQLite holds, not only the day it reads back as.
            "obligations": [tuple(row) for row in session.connection().exec_driver_sql(
                "SELECT id, next_reminder_on, typeof(next_reminder_on) FROM obligation"
                " ORDER BY id")],
        }


@each_way
def test_one_statement_fills_what_a_statement_per_due_date_filled(
        pair: tuple[Register, Register], monkeypatch: pytest.MonkeyPatch,
        check: Callable[[Register, date], None]) -> None:
    one, each = pair
    monkeypatch.setattr(store, "FILL_STEP", 7)  # several steps of due dates
    # Several ranges of ids (in steps on SQLite, after a big import: more unknown days
    # than IDLE_STEP), each filled by the one statement or a statement per due date.
    monkeypatch.setattr(store, "IDLE_STEP", 40)
    monkeypatch.setattr(store, "FILL_IDS", 60)
    statements: list[int] = []
    ranges: list[bool] = []
    original = days._one_fill
    one_statement = [True]

    def counted(session: Any, one_offs: dict[date, date], *, ranged: bool = False) -> Any:
        found = original(session, one_offs, ranged=ranged) if one_statement[0] else None
        statements.append(0 if found is None else len(one_offs))
        ranges.append(ranged and bool(one_offs))  # one-offs filled in a range of ids
        return found

    monkeypatch.setattr(days, "_one_fill", counted)
    for step, today in enumerate(DAYS):
        _edit(one, step, today)
        _edit(each, step, today)
        monkeypatch.setattr(days, "ONE_FILL_FROM", 0)
        one_statement[0] = True
        check(one, today)
        monkeypatch.setattr(days, "ONE_FILL_FROM", 10**9)
        one_statement[0] = False
        check(each, today)
        assert _state(one) == _state(each), today
    assert sum(statements) > 100  # the one statement filled many due dates' rows
    # In steps on SQLite the fills went by ranges of ids; by due dates (as on
    # PostgreSQL) they did not.
    assert any(ranges) is (check is in_steps), ranges
    with one.reading() as session:
        filled = session.scalar(select(Obligation.id).where(
            Obligation.next_reminder_on > START + timedelta(days=300)).limit(1))
    assert filled is not None


def test_one_statement_only_for_one_shift(tmp_path: Path) -> None:
    """Days that are not all the due date less one offset are stored a statement each."""
    register = open_register(tmp_path / "r.sqlite3")
    try:
        with register.transaction() as session:
            dues = [START + timedelta(days=number) for number in range(200)]
            assert days._one_fill(session, {due: due - timedelta(7) for due in dues}) is not None
            mixed = {due: due - timedelta(7 if number else 3) for number, due in enumerate(dues)}
            assert days._one_fill(session, mixed) is None
            assert days._one_fill(session, {due: due + timedelta(1) for due in dues}) is None
            few = dues[:days.ONE_FILL_FROM]
            assert days._one_fill(session, {due: due - timedelta(7) for due in few}) is None
    finally:
        register.close()
