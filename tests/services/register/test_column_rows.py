"""Columns read through the session's connection: what ``session.execute`` gave, faster.

``driver_records.column_rows`` replaces ``session.execute`` for wide reads of
columns (the reminder check's candidates, the inbox, the timeline's marks). It
must give the same rows with the same types (days as dates, JSON decoded, money
as Decimal), see what the session holds but has not written yet (as the ORM's
autoflush would), and stream a large result in parts, on both backends.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from contract_desk.models import Contract, Obligation
from contract_desk.services import create_contract
from contract_desk.services.register.driver_records import column_rows
from contract_desk.storage import Register


def _contract(number: int) -> dict[str, object]:
    return {"title": f"Cleaning {number}", "reference": f"CL-{number}",
            "start_date": date(2026, 1, 1), "end_date": date(2026, 12, 31),
            "value": "1250.50", "currency": "NOK", "tags": ["facility", "nordic"],
            "reminder_offsets": [30, 7]}


def test_the_rows_and_their_types_are_those_session_execute_gives(register: Register) -> None:
    with register.transaction() as session:
        for number in range(3):
            create_contract(session, _contract(number), user="tester")
    query = (select(Contract.id, Contract.reference, Contract.start_date, Contract.value,
                    Contract.tags, Contract.reminder_offsets, Contract.created_at)
             .order_by(Contract.id))
    with register.reading() as session:
        through_orm = [tuple(row) for row in session.execute(query)]
        through_core = [tuple(row) for row in column_rows(session, query)]
    assert len(through_core) == 3
    assert through_core == through_orm
    first = through_core[0]
    assert first[1:6] == ("CL-0", date(2026, 1, 1), Decimal("1250.50"),
                          ["facility", "nordic"], [30, 7])
    assert [type(value) for value in first] == [type(value) for value in through_orm[0]]
    assert first[6].tzinfo is not None  # a moment, in UTC, as the ORM's type gives it


def test_what_the_session_holds_is_written_first(register: Register) -> None:
    with register.transaction() as session:
        create_contract(session, _contract(1), user="tester")
        session.flush()
        contract = session.scalars(select(Contract)).one()
        contract.title = "Cleaning, renamed"  # pending in the session, not yet written
        session.add(Obligation(contract_id=contract.id, kind="payment", performer="us",
                               title="Fee", due_date=date(2026, 3, 1)))
        titles = list(column_rows(session, select(Contract.title)))
        obligations = list(column_rows(session, select(Obligation.title, Obligation.due_date)))
    assert [tuple(row) for row in titles] == [("Cleaning, renamed",)]
    assert [tuple(row) for row in obligations] == [("Fee", date(2026, 3, 1))]


def test_a_large_result_is_streamed_in_parts(register: Register) -> None:
    with register.transaction() as session:
        for number in range(25):
            create_contract(session, _contract(number), user="tester")
    query = select(Contract.reference).order_by(Contract.id)
    with register.reading() as session:
        result = column_rows(session, query, yield_per=10)
        parts = [[row[0] for row in part] for part in result.partitions()]
    assert [len(part) for part in parts] == [10, 10, 5]
    assert [reference for part in parts for reference in part] == [
        f"CL-{number}" for number in range(25)]


def test_the_driver_reads_every_record_and_refuses_a_query_that_reads_ahead(
        register: Register) -> None:
    import pytest

    from contract_desk.services.register.driver_records import driver_chunks

    with register.transaction() as session:
        for number in range(5):
            create_contract(session, _contract(number), user="tester")
    query = select(Contract.reference).order_by(Contract.id)
    with register.reading() as session:
        chunks = [list(chunk) for chunk in driver_chunks(session, query, 2)]
        assert [len(chunk) for chunk in chunks] == [2, 2, 1]
        assert [record[0] for chunk in chunks for record in chunk] == [
            f"CL-{number}" for number in range(5)]
        # SQLAlchemy would buffer the first records of these itself: they would be lost.
        for ahead in (query.execution_options(yield_per=2),
                      query.execution_options(stream_results=True)):
            with pytest.raises(ValueError, match="without yield_per or stream_results"):
                list(driver_chunks(session, ahead, 2))
