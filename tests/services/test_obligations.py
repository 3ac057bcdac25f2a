"""Obligations: one owner, recurrence with month ends, marking met, conflicts, audit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contract_desk.services import (
    ConflictError,
    ValidationError,
    add_obligation,
    create_contract,
    delete_obligation,
    history,
    list_obligations,
    mark_obligation,
    obligation_occurrences,
    update_obligation,
)
from contract_desk.storage import Register

TODAY = date(2026, 11, 23)


@pytest.fixture
def contract_uid(register: Register) -> str:
    with register.transaction() as session:
        row = create_contract(session, {"title": "SaaS", "owner": "Kari", "currency": "EUR",
                                        "value": "12000", "start_date": "2026-01-31",
                                        "initial_term": "1 year"}, user="k")
    return row.uid


def test_the_owner_defaults_to_the_contracts_owner(register: Register, contract_uid: str) -> None:
    with register.transaction() as session:
        row = add_obligation(session, contract_uid, {"kind": "payment", "title": "Fee",
                                                     "due_date": "2026-01-31", "amount": "1000"},
                             user="k")
    assert row.owner == "Kari" and row.currency == "EUR" and row.amount == Decimal("1000.00")
    assert row.status == "scheduled"


def test_an_obligation_needs_a_title_a_due_date_and_a_valid_rule(
    register: Register, contract_uid: str
) -> None:
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        add_obligation(session, contract_uid, {"kind": "payday", "recurrence": "FREQ=DAYLY"},
                       user="k")
    assert set(caught.value.errors) >= {"title", "due_date", "kind", "recurrence"}


def test_monthly_payments_on_the_31st_fall_back_to_month_ends(
    register: Register, contract_uid: str
) -> None:
    with register.transaction() as session:
        row = add_obligation(session, contract_uid, {"title": "Fee", "due_date": "2026-01-31",
                                                     "recurrence": "FREQ=MONTHLY;COUNT=12"},
                             user="k")
    days = obligation_occurrences(row, date(2026, 1, 1), date(2026, 6, 30))
    assert days == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30),
                    date(2026, 5, 31), date(2026, 6, 30)]


def test_mark_met_records_the_day_and_evidence_in_the_audit_trail(
    register: Register, contract_uid: str
) -> None:
    with register.transaction() as session:
        row = add_obligation(session, contract_uid, {"title": "Deliver", "due_date": "2026-11-01"},
                             user="k")
    assert row.is_overdue(TODAY)
    with register.transaction() as session:
        marked = mark_obligation(session, row.uid, "met", met_on=date(2026, 11, 3),
                                 evidence_note="Delivery note 4471", expected_version=1,
                                 user="ola")
    assert marked.status == "met" and marked.met_on == date(2026, 11, 3)
    assert not marked.is_overdue(TODAY)
    with register.transaction() as session:
        event = history(session, contract_uid)[0]
    assert event.entity == "obligation" and event.action == "mark"
    assert event.changes["status"] == ["scheduled", "met"]
    assert event.changes["met_on"] == [None, "2026-11-03"]


def test_met_without_a_day_is_refused(register: Register, contract_uid: str) -> None:
    with register.transaction() as session:
        row = add_obligation(session, contract_uid, {"title": "X", "due_date": "2026-11-01"},
                             user="k")
    with pytest.raises(ValidationError, match="which day"), register.transaction() as session:
        mark_obligation(session, row.uid, "met", expected_version=row.version_id, user="k")


def test_a_stale_obligation_edit_is_a_conflict(register: Register, contract_uid: str) -> None:
    with register.transaction() as session:
        row = add_obligation(session, contract_uid, {"title": "X", "due_date": "2026-11-01"},
                             user="k")
    with register.transaction() as session:
        update_obligation(session, row.uid, {"title": "Y"}, expected_version=1, user="a")
    with pytest.raises(ConflictError), register.transaction() as session:
        update_obligation(session, row.uid, {"title": "Z"}, expected_version=1, user="b")
    with register.transaction() as session:
        assert [o.title for o in list_obligations(session, contract_uid)] == ["Y"]


def test_delete_keeps_a_record_in_the_history(register: Register, contract_uid: str) -> None:
    with register.transaction() as session:
        row = add_obligation(session, contract_uid, {"title": "Report", "due_date": "2027-01-01"},
                             user="k")
    with register.transaction() as session:
        delete_obligation(session, row.uid, user="k")
    with register.transaction() as session:
        assert list_obligations(session, contract_uid) == []
        event = history(session, contract_uid)[0]
    assert event.action == "delete" and event.note == "Report"
