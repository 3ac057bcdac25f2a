"""The contracts whose stored row does not hold are found whichever way they are read.

``held_rows.ids_not_held`` reads the rows that do not hold when every contract
has one (as many rows as contracts, with the same sum of ids), else looks each
contract's row up. Both ways must give the same contracts: those whose row does
not hold and those with none, also when a row of no contract (written by another
tool with foreign keys off) makes the counts agree.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from contract_desk.models import Contract, ContractKeyDates
from contract_desk.services import create_contract
from contract_desk.services.register.held_rows import ids_not_held
from contract_desk.services.register.key_dates_store import refresh_key_dates
from contract_desk.storage import Register

TODAY = date(2026, 6, 1)


def _stale(session: Session, today: date = TODAY) -> list[int]:
    return ids_not_held(session, ContractKeyDates.contract_id, [
        ContractKeyDates.valid_from <= today, ContractKeyDates.valid_until >= today,
        ContractKeyDates.computed_with != "never"])


def _ids(register: Register, count: int) -> list[int]:
    with register.transaction() as session:
        for number in range(count):
            create_contract(session, {"title": "C", "reference": f"C{number}",
                                      "start_date": date(2026, 1, 1),
                                      "end_date": date(2026, 6, 30)}, user="tester")
        refresh_key_dates(session, TODAY)
        return list(session.scalars(select(Contract.id).order_by(Contract.id)))


def test_rows_that_no_longer_hold_and_contracts_without_one_are_found(
        register: Register) -> None:
    ids = _ids(register, 6)
    with register.transaction() as session:
        assert _stale(session) == []
        # Rows that do not hold: one whose days ended, one not yet begun.
        session.execute(update(ContractKeyDates).where(ContractKeyDates.contract_id == ids[4])
                        .values(valid_until=date(2026, 5, 31)))
        session.execute(update(ContractKeyDates).where(ContractKeyDates.contract_id == ids[1])
                        .values(valid_from=date(2026, 6, 2)))
        assert _stale(session) == [ids[1], ids[4]]  # every contract has a row: read them
        session.execute(delete(ContractKeyDates).where(ContractKeyDates.contract_id == ids[2]))
        assert _stale(session) == [ids[1], ids[2], ids[4]]  # one without: looked up


def test_a_row_of_no_contract_does_not_hide_a_contract_without_one(
        sqlite_register: Register) -> None:
    ids = _ids(sqlite_register, 5)
    assert sqlite_register.path is not None
    # Another tool, with SQLite's foreign keys off (its default): a row written for no
    # contract, and a contract's row deleted.
    with closing(sqlite3.connect(sqlite_register.path)) as other, other:
        columns = [row[1] for row in other.execute("PRAGMA table_info(contract_key_dates)")]
        copied = ", ".join("? " if name == "contract_id" else name for name in columns)
        other.execute(f"INSERT INTO contract_key_dates SELECT {copied} FROM contract_key_dates "
                      "WHERE contract_id = ?", (ids[-1] + 100, ids[0]))
        other.execute("DELETE FROM contract_key_dates WHERE contract_id = ?", (ids[3],))
    with sqlite_register.reading() as session:
        assert session.scalar(select(func.count()).select_from(ContractKeyDates)) == len(ids)
        # As many rows as contracts, but not of the same ids: each contract looked up.
        assert _stale(session) == [ids[3]]
