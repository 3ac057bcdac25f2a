"""Obligations: one owner, recurrence with month ends, marking met, conflicts, audit."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.services import (
    ConflictError,
    ObligationRow,
    ValidationError,
    add_attachment,
    add_obligation,
    create_contract,
    delete_obligation,
    history,
    list_obligations,
    mark_obligation,
    obligation_occurrences,
    update_obligation,
)
from contract_desk.services.register.attachment_store import store_for
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


def add(register: Register, contract_uid: str, **fields: object) -> ObligationRow:
    with register.transaction() as session:
        return add_obligation(session, contract_uid,
                              {"title": "Report", "due_date": "2026-12-01", **fields}, user="k")


def test_updates_are_audited_field_by_field(register: Register, contract_uid: str) -> None:
    row = add(register, contract_uid, amount="100")
    with register.transaction() as session:
        updated = update_obligation(session, row.uid, {"amount": "150.5", "due_date": "2026-12-15",
                                                       "title": "Report"},
                                    expected_version=1, user="ola")
        event = history(session, contract_uid)[0]
    assert updated.amount == Decimal("150.50") and updated.version_id == 2
    assert event.changes == {"amount": ["100.00", "150.50"],
                             "due_date": ["2026-12-01", "2026-12-15"]}
    with register.transaction() as session:
        same = update_obligation(session, row.uid, {"title": " Report "}, expected_version=2,
                                 user="ola")
        assert same.version_id == 2 and history(session, contract_uid)[0].id == event.id


def test_clearing_the_owner_gives_it_back_to_the_contracts_owner(
    register: Register, contract_uid: str
) -> None:
    row = add(register, contract_uid, owner="Siri")
    with register.transaction() as session:
        updated = update_obligation(session, row.uid, {"owner": ""}, expected_version=1,
                                    user="k")
    assert (row.owner, updated.owner) == ("Siri", "Kari")


def test_without_any_owner_an_obligation_is_refused(register: Register) -> None:
    with register.transaction() as session:
        orphan = create_contract(session, {"title": "No owner"}, user="k").uid
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        add_obligation(session, orphan, {"title": "Pay", "due_date": "2026-12-01",
                                         "amount": "5"}, user="k")
    assert set(caught.value.errors) == {"owner", "currency"}
    assert "exactly one owner" in caught.value.errors["owner"]


def test_marking_keeps_an_earlier_note_and_not_met_clears_the_day(
    register: Register, contract_uid: str
) -> None:
    row = add(register, contract_uid, evidence_note="sent by mail")
    with register.transaction() as session:
        met = mark_obligation(session, row.uid, "Partially met", met_on=date(2026, 12, 2),
                              expected_version=1, user="k")
        missed = mark_obligation(session, row.uid, "not_met", expected_version=met.version_id,
                                 user="k")
    assert (met.status, met.met_on, met.evidence_note) == (
        "partially_met", date(2026, 12, 2), "sent by mail")
    assert (missed.status, missed.met_on) == ("not_met", None)
    assert missed.is_overdue(date(2026, 12, 2))
    with pytest.raises(ValidationError, match="sleeping"), register.transaction() as session:
        mark_obligation(session, row.uid, "sleeping", expected_version=missed.version_id,
                        user="k")


def test_a_lost_race_on_an_obligation_is_a_conflict(register: Register, contract_uid: str) -> None:
    row = add(register, contract_uid)
    with register.reading() as seen:  # Per's editor holds version 1
        version = next(o for o in list_obligations(seen, contract_uid) if o.uid == row.uid
                       ).version_id
    with register.transaction() as early:
        update_obligation(early, row.uid, {"title": "Early"}, expected_version=version, user="a")
    with pytest.raises(ConflictError) as caught, register.transaction() as late:
        update_obligation(late, row.uid, {"title": "Late"}, expected_version=version, user="b")
    assert caught.value.theirs.title == "Early" and caught.value.theirs.version_id == 2
    assert caught.value.theirs.contract_uid == contract_uid


def test_evidence_can_be_a_file_of_the_same_contract(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    store = store_for(register)
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"paid")
    row = add(register, contract_uid)
    with register.transaction() as session:
        other = create_contract(session, {"title": "Other"}, user="k").uid
        foreign = add_attachment(session, store, other, receipt, user="k")
        own = add_attachment(session, store, contract_uid, receipt, user="k")
        linked = update_obligation(session, row.uid, {"evidence_attachment_uid": own.uid},
                                   expected_version=1, user="k")
        assert history(session, contract_uid)[0].changes == {
            "evidence_attachment_uid": [None, own.uid]}
    assert linked.evidence_attachment_uid == own.uid
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        update_obligation(session, row.uid, {"evidence_attachment_uid": foreign.uid},
                          expected_version=linked.version_id, user="k")
    assert set(caught.value.errors) == {"evidence_attachment_uid"}


def test_occurrences_of_one_off_weekly_and_leap_day_obligations(
    register: Register, contract_uid: str
) -> None:
    once = add(register, contract_uid, due_date="2026-12-01")
    weekly = add(register, contract_uid, due_date="2026-12-01",
                 recurrence="FREQ=WEEKLY;COUNT=3")
    yearly = add(register, contract_uid, due_date="2024-02-29", recurrence="FREQ=YEARLY")
    december = (date(2026, 12, 1), date(2026, 12, 31))
    assert obligation_occurrences(once, *december) == [date(2026, 12, 1)]
    assert obligation_occurrences(once, date(2027, 1, 1), date(2027, 12, 31)) == []
    assert obligation_occurrences(weekly, *december) == [
        date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15)]
    assert obligation_occurrences(yearly, date(2024, 1, 1), date(2026, 12, 31)) == [
        date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28)]


def test_a_scheduled_series_is_not_overdue_until_a_miss_is_recorded(
    register: Register, contract_uid: str
) -> None:
    series = add(register, contract_uid, due_date="2026-01-15", recurrence="FREQ=MONTHLY")
    assert not series.is_overdue(TODAY)
    with register.transaction() as session:
        missed = mark_obligation(session, series.uid, "not_met", expected_version=1, user="k")
    assert missed.is_overdue(TODAY) and not missed.is_overdue(date(2026, 1, 15))


def test_obligation_fields_are_converted_and_shown_as_json(
    register: Register, contract_uid: str
) -> None:
    row = add(register, contract_uid, kind="Renewal decision", performer="counterparty",
              amount="1250.5", currency="sek", reminder_offsets="7, 30, 0",
              custom={"PO": 4471})
    data = row.to_json()
    assert data["kind"] == "renewal_decision" and data["performer"] == "counterparty"
    assert data["amount"] == "1250.50" and data["currency"] == "SEK"
    assert data["reminder_offsets"] == [30, 7, 0] and data["custom"] == {"PO": 4471}
    assert data["due_date"] == "2026-12-01" and data["contract_uid"] == contract_uid
    assert data["evidence_attachment_uid"] is None
    assert set(data) == {f.name for f in dataclasses.fields(row)}
    json.dumps(data)  # plain JSON, nothing left to convert


def test_unknown_and_malformed_obligation_fields_are_named(
    register: Register, contract_uid: str
) -> None:
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        add_obligation(session, contract_uid, {"title": 7, "due_date": "1 Dec", "colour": "red",
                                               "amount": 1.5, "reminder_offsets": "-1"},
                       user="k")
    assert set(caught.value.errors) == {"due_date", "colour", "amount", "reminder_offsets"}
