"""A plan tells cheaply whether a table's rows are the ones it read (plan.table_state,
store._unchanged): counted from an index, and still every deletion seen.

The rows up to the highest id a plan saw are counted as all rows less those
added above it; a deletion below it hidden by a row added above it (its day
already stored, so the unknown rows' sums do not tell) must still count as a
change, and so must a deletion alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import delete, func, insert, select, update

from contract_desk.models import Contract
from contract_desk.services.register.held_rows import count_rows
from contract_desk.services.reminders.plan import TableState, row_key, table_state, unknown_rows
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.store import _unchanged
from contract_desk.storage import Register

TODAY = date(2026, 3, 2)


def _checked(register: Register, add_contract: Callable[..., str]) -> None:
    for number in range(4):
        add_contract(reference=f"C{number}", start_date=date(2026, 1, 1),
                     end_date=date(2026, 9, 30 - number))
    run_reminder_check(register, today=TODAY)  # every row's day stored: none unknown


def _state(register: Register) -> TableState:
    with register.reading() as session:
        _keys, sums = unknown_rows(session, Contract)
        assert sums[0] == 0
        return table_state(session, Contract, sums)


def _still(register: Register, before: TableState) -> bool:
    with register.reading() as session:
        return _unchanged(session, Contract, before)


def test_rows_are_counted_as_they_are(register: Register,
                                      add_contract: Callable[..., str]) -> None:
    _checked(register, add_contract)
    with register.reading() as session:
        assert count_rows(session, Contract) == 4
        assert count_rows(session, Contract) == session.scalar(
            select(func.count(Contract.id)).where(Contract.id > 0))
    assert _still(register, _state(register))


def test_a_deletion_below_the_top_hidden_by_a_row_added_above_is_seen(
        register: Register, add_contract: Callable[..., str]) -> None:
    _checked(register, add_contract)
    before = _state(register)
    with register.transaction() as session:
        rows = session.execute(select(Contract.__table__).order_by(Contract.id)).mappings().all()
        lowest, highest = dict(rows[0]), dict(rows[-1])
        session.execute(delete(Contract).where(Contract.id == lowest["id"]))
        # As many rows as before, the same highest one seen, and no unknown day.
        added = {**highest, "id": highest["id"] + 10, "uid": "added-above-the-top",
                 "reference": "ADDED"}
        assert added["next_reminder_on"] is not None
        session.execute(insert(Contract.__table__).values(**added))
    with register.reading() as session:
        assert count_rows(session, Contract) == 4
        assert unknown_rows(session, Contract)[1][0] == 0
    assert not _still(register, before)


def test_a_deletion_alone_is_seen(register: Register, add_contract: Callable[..., str]) -> None:
    _checked(register, add_contract)
    before = _state(register)
    with register.transaction() as session:
        session.execute(delete(Contract).where(
            Contract.id == select(func.min(Contract.id)).scalar_subquery()))
    assert not _still(register, before)


def test_the_unknown_rows_are_keyed_by_version_and_uid(
        register: Register, add_contract: Callable[..., str]) -> None:
    # Read as the driver gives them (chunks of tuples): each row's key is row_key of its
    # version and uid, and the sums are theirs, on both backends.
    for number in range(25):
        add_contract(reference=f"K{number}", start_date=date(2026, 1, 1))
    with register.transaction() as session:  # versions other than 1 too
        session.execute(update(Contract).where(Contract.id % 3 == 0)
                        .values(version_id=Contract.version_id + 4))
    with register.reading() as session:
        keys, sums = unknown_rows(session, Contract)
        rows = session.execute(select(Contract.id, Contract.version_id, Contract.uid)).all()
    assert keys == {row_id: row_key(version, uid) for row_id, version, uid in rows}
    assert sums == (25, sum(row[0] for row in rows), sum(row[1] for row in rows))
    assert {row[1] for row in rows} == {1, 5}
