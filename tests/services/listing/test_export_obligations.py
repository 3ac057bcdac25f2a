"""An export's obligations, read from the driver's records, are the rows the ORM gives."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from contract_desk.models import Obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.listing.export_data import load_export_data, select_contracts
from contract_desk.services.register.obligations import obligation_row
from contract_desk.services.register.rows import ObligationRow
from contract_desk.storage import Register

TODAY = date(2026, 12, 3)


def _register_with_varied_obligations(register: Register) -> None:
    with register.transaction() as session:
        generate_demo(session, count=40, seed=3, today=TODAY)
    with register.transaction() as session:
        obligations = session.scalars(select(Obligation).order_by(Obligation.id)).all()
        first, second, third = obligations[:3]
        first.custom = {"Kostnadssted": "Øst 12", "备注": "季度"}
        first.amount, first.currency = Decimal("1234567.891"), "NOK"
        first.met_on, first.status, first.evidence_note = date(2026, 11, 30), "met", "kvittering"
        second.reminder_offsets, second.amount, second.due_date = [30, 0], None, None
        third.reminder_offsets, third.amount = [], Decimal("0.10")


def _orm_rows(register: Register) -> list[ObligationRow]:
    with register.reading() as session:
        query = (select(Obligation)
                 .options(selectinload(Obligation.contract),
                          selectinload(Obligation.evidence_attachment))
                 .order_by(Obligation.contract_id, Obligation.due_date, Obligation.id))
        return [obligation_row(o, o.contract) for o in session.scalars(query)]


def test_every_field_of_every_obligation_is_the_value_and_type_the_orm_gives(
        register: Register) -> None:
    _register_with_varied_obligations(register)
    expected = _orm_rows(register)
    with register.reading() as session:
        contracts = select_contracts(session, today=TODAY)
        read = load_export_data(session, contracts, today=TODAY).obligations
    # The database's own order (NULL due dates first or last) may differ: compare by uid.
    assert sorted(read, key=lambda r: r.uid) == sorted(expected, key=lambda r: r.uid)
    by_uid = {row.uid: row for row in expected}
    for row in read:
        for item in fields(ObligationRow):
            got, want = getattr(row, item.name), getattr(by_uid[row.uid], item.name)
            assert type(got) is type(want) or (item.name == "custom" and got == want), (
                item.name, got, want)
        assert row.created_at is not None and row.created_at.tzinfo is not None
        assert row.created_at.utcoffset() == UTC.utcoffset(datetime.now(UTC))
    assert any(row.custom for row in read) and any(row.met_on for row in read)
    assert any(row.reminder_offsets == () for row in read)
    assert any(row.amount == Decimal("1234567.891") for row in read)


def test_a_calendar_reads_what_its_events_show_and_leaves_the_rest_empty(
        register: Register) -> None:
    _register_with_varied_obligations(register)
    expected = {row.uid: row for row in _orm_rows(register)}
    with register.reading() as session:
        contracts = select_contracts(session, today=TODAY)
        read = load_export_data(session, contracts, today=TODAY, calendar_only=True).obligations
    assert len(read) == len(expected)
    for row in read:
        assert row == replace(expected[row.uid], met_on=None, evidence_note=None,
                              evidence_attachment_uid=None, custom={}, created_at=None,
                              created_by="", updated_at=None, updated_by="")
