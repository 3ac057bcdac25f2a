"""The one-offs' fill: one statement, its rows picked by their due dates when stored.

After a big import most obligations are one-offs due later: their next reminder
day is the due date less the longest offset, stored by a statement the database
computes (``days._fill``), its rows picked by what they are when stored
(``scan.OneOffFill``). Nothing is read for it while planning. These tests hold
the day it stores to the day itself on both backends (SQLite's ``date()``
text, PostgreSQL's date arithmetic), a row that appears between plan and store
to what a fresh computation gives, and the statement to the indexes it is
meant to use. ``test_bulk_fills.py`` compares the fills with row-by-row storing
over many days and edits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from check_ways import each_way
from sqlalchemy import event, select

from contract_desk.models import Contract, Obligation
from contract_desk.services import add_obligation, create_contract
from contract_desk.services.reminders import run, scan, store
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import record_check, save_reminder_settings
from contract_desk.storage import Register, open_register

USER = "tester"
TODAY = date(2028, 1, 20)
#: Due dates: month ends, the leap day, a year end, one far ahead.
DUES = (date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30), date(2028, 12, 31),
        date(2029, 1, 1), date(2031, 6, 30))
LONGEST = 21


def _contract_with_one_offs(register: Register) -> dict[str, date]:
    """A running contract with one-offs due later (uid -> due date); offsets 21, 7, 1."""
    with register.transaction() as session:
        save_reminder_settings(session, user=USER, obligation_offsets=(LONGEST, 7, 1))
        contract = create_contract(session, {"title": "Lease", "start_date": date(2027, 1, 1),
                                             "end_date": date(2032, 1, 1)}, user=USER)
        made = {}
        for due in DUES:
            fee = add_obligation(session, contract.uid, {"kind": "payment", "title": f"Fee {due}",
                                                         "owner": "Kari", "due_date": due},
                                 user=USER)
            made[fee.uid] = due
        record_check(session, TODAY - timedelta(days=1))
    return made


def _days(register: Register) -> dict[str, Any]:
    with register.reading() as session:
        return dict(session.execute(select(Obligation.uid, Obligation.next_reminder_on)).all())


@each_way
def test_each_one_off_due_later_gets_its_due_date_less_the_longest_offset(
        register: Register, check: Callable[[Register, date], None]) -> None:
    made = _contract_with_one_offs(register)

    check(register, TODAY)

    assert _days(register) == {uid: due - timedelta(days=LONGEST) for uid, due in made.items()}
    if register.engine.dialect.name == "sqlite":  # stored as SQLAlchemy stores a day
        with register.reading() as session:
            stored = session.connection().exec_driver_sql(
                "SELECT DISTINCT typeof(next_reminder_on) FROM obligation").all()
        assert stored == [("text",)]


def test_a_one_off_added_between_plan_and_store_gets_the_day_a_fresh_check_gives(
        register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fill picks its rows when stored: a one-off added meanwhile, due on a day none
    of the planned rows is due, gets its day then, the day a check of its own gives."""
    made = _contract_with_one_offs(register)
    with register.reading() as session:
        contract_id = session.scalar(select(Obligation.contract_id).limit(1))
    late_due = date(2030, 5, 17)
    original = store.marks_in_steps

    def meanwhile(*args: Any, **kwargs: Any) -> Iterator[Any]:
        with register.transaction() as session:
            uid = session.scalar(select(Contract.uid).where(Contract.id == contract_id))
            assert uid is not None
            fee = add_obligation(session, uid, {"kind": "payment", "title": "Added",
                                                "owner": "Kari", "due_date": late_due},
                                 user=USER)
            made[fee.uid] = late_due
        yield from original(*args, **kwargs)

    monkeypatch.setattr(run, "marks_in_steps", meanwhile)
    run_reminder_check(register, today=TODAY)

    assert _days(register) == {uid: due - timedelta(days=LONGEST) for uid, due in made.items()}
    # What the row-by-row way computes for it on the next day is the same day.
    monkeypatch.setattr(run, "marks_in_steps", original)
    monkeypatch.setattr(scan, "BULK_FILLS", False)
    with register.transaction() as session:
        session.execute(Obligation.__table__.update().values(next_reminder_on=None))
    run_reminder_check(register, today=TODAY + timedelta(days=1))
    assert _days(register) == {uid: due - timedelta(days=LONGEST) for uid, due in made.items()}


def _fill_plans(register: Register, today: date) -> list[str]:
    """SQLite's plan of each one-off fill statement a check on ``today`` ran."""
    fills: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             _many: bool) -> None:
        if statement.startswith("UPDATE obligation") and "date(obligation.due_date" in statement:
            fills.append((statement, parameters))

    event.listen(register.engine, "before_cursor_execute", seen)
    try:
        run_reminder_check(register, today=today)
    finally:
        event.remove(register.engine, "before_cursor_execute", seen)
    plans = []
    with register.reading() as session:
        for statement, parameters in fills:
            rows = session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters).all()
            plans.append(" | ".join(row[-1] for row in rows))
    return plans


def test_the_fill_looks_up_the_rows_with_no_day_by_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a usual day the few rows with no day are found in the day's index, not by
    walking every later due date; after a big import, within a range of ids."""
    register = open_register(tmp_path / "r.sqlite3")
    try:
        _contract_with_one_offs(register)
        monkeypatch.setattr(store, "FILL_IDS", 2)  # "a big import": ranges of ids
        monkeypatch.setattr(store, "IDLE_STEP", 2)
        ranged = _fill_plans(register, TODAY)
        with register.transaction() as session:  # a usual day: a row or two with no day
            uid = session.scalar(select(Obligation.uid).limit(1))
            session.execute(Obligation.__table__.update().where(Obligation.uid == uid)
                            .values(next_reminder_on=None))
        usual = _fill_plans(register, TODAY + timedelta(days=1))
    finally:
        register.close()
    index = r"SEARCH obligation USING INDEX ix_obligation_next_reminder_on \(next_reminder_on=\?"
    assert len(ranged) > 2 and all(re.search(index + r" AND rowid[<>]", plan)
                                   for plan in ranged), ranged
    assert len(usual) == 1 and re.search(index + r"\)", usual[0]), usual
