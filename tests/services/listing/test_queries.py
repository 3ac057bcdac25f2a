"""Listing and finding contracts: filters, expiring within N days over renewals, JSON rows."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import update

from contract_desk.models import Contract
from contract_desk.services import (
    AmbiguousError,
    NotFoundError,
    ValidationError,
    count_contracts,
    create_contract,
    get_contract,
    list_contracts,
)
from contract_desk.services.register.rows import ContractRow
from contract_desk.storage import Register

TODAY = date(2026, 11, 23)


def add(register: Register, **fields: Any) -> ContractRow:
    with register.transaction() as session:
        return create_contract(session, {"title": "T", **fields}, user="test", today=TODAY)


@pytest.fixture
def portfolio(register: Register) -> Register:
    # Ends in 38 days by its end date.
    add(register, reference="END", start_date="2024-01-01", end_date="2026-12-31")
    # A term given only as a length: 2024-02-01 + 3 years ends 2027-01-31 (69 days).
    add(register, reference="TERM", start_date="2024-02-01", initial_term="3 years")
    # Renewed automatically since 2020: the current yearly term ends 2026-12-09 (16 days).
    add(register, reference="AUTO", start_date="2020-12-10", initial_term="1 year",
        renewal="automatic", notice_period="1 month", owner="Kari")
    # Ends far away; an option renewal never rolls on its own.
    add(register, reference="FAR", start_date="2025-01-01", end_date="2029-12-31",
        renewal="option", notice_period="6 months", owner="Kari", notes="Rammeavtale IT")
    # Ended long ago.
    add(register, reference="OLD", start_date="2019-01-01", end_date="2020-12-31",
        counterparty="한빛소프트 주식회사")
    # No dates at all.
    add(register, reference="OPEN", title="Evergreen NDA", tags=["nda"])
    return register


def references(rows: list[ContractRow]) -> list[str | None]:
    return sorted(row.reference for row in rows)


def test_expiring_within_uses_the_current_term_end(portfolio: Register) -> None:
    with portfolio.transaction() as session:
        assert references(list_contracts(session, today=TODAY, expiring_within=40)) == [
            "AUTO", "END"
        ]
        assert references(list_contracts(session, today=TODAY, expiring_within=90)) == [
            "AUTO", "END", "TERM"
        ]
        assert list_contracts(session, today=TODAY, expiring_within=10) == []


def test_the_automatic_renewal_rolls_to_the_term_that_contains_today(portfolio: Register) -> None:
    with portfolio.transaction() as session:
        row = get_contract(session, "AUTO", today=TODAY)
    assert row.current_term_start == date(2025, 12, 10)
    assert row.current_term_end == date(2026, 12, 9)
    assert row.renewals == 5
    assert row.notice_deadline == date(2026, 11, 9)


def test_status_filters_on_what_the_dates_say_today(portfolio: Register) -> None:
    with portfolio.transaction() as session:
        expired = list_contracts(session, today=TODAY, status="expired")
        active = list_contracts(session, today=TODAY, status="active")
    assert references(expired) == ["OLD"]
    assert "OPEN" in references(active) and "OLD" not in references(active)


def test_search_and_owner_filters(portfolio: Register) -> None:
    with portfolio.transaction() as session:
        assert references(list_contracts(session, today=TODAY, search="한빛")) == ["OLD"]
        assert references(list_contracts(session, today=TODAY, search="rammeavtale it")) == [
            "FAR"
        ]
        assert references(list_contracts(session, today=TODAY, search="nda")) == ["OPEN"]
        assert references(list_contracts(session, today=TODAY, owner="Kari")) == ["AUTO", "FAR"]
        assert count_contracts(session) == 6


def test_get_contract_by_reference_or_uid_and_clear_errors(portfolio: Register) -> None:
    with portfolio.transaction() as session:
        by_reference = get_contract(session, "FAR")
        assert get_contract(session, by_reference.uid).reference == "FAR"
        assert get_contract(session, "far").uid == by_reference.uid
        with pytest.raises(NotFoundError, match="NOPE"):
            get_contract(session, "NOPE")
    add(portfolio, reference="FAR", title="Second")
    with portfolio.transaction() as session, pytest.raises(AmbiguousError, match="2 contracts"):
        get_contract(session, "FAR")


def test_rows_without_dates_list_with_empty_key_dates(portfolio: Register) -> None:
    with portfolio.transaction() as session:
        row = get_contract(session, "OPEN", today=TODAY)
    assert row.current_term_end is None and row.notice_deadline is None
    assert row.effective_status == "active"


def test_to_json_has_every_field_iso_dates_and_exact_values(register: Register) -> None:
    row = add(register, reference="J-1", start_date="2025-01-31", initial_term="1 month",
              value="1234.50", currency="EUR", custom={"Kostnadssted": "4410"})
    data = row.to_json()
    assert data["term_end"] == "2025-02-28"
    assert data["value"] == "1234.50"
    assert data["end_date"] is None
    assert data["custom"] == {"Kostnadssted": "4410"}
    assert data["tags"] == []
    assert set(data) >= {"reference", "title", "counterparty", "start_date", "end_date",
                         "value", "currency", "owner", "status", "notice_deadline", "uid"}


@pytest.fixture
def renewals(register: Register) -> Register:
    # An end date, then yearly renewals: the current term ends 2027-02-28 (97 days).
    add(register, reference="LEAP", start_date="2023-03-01", end_date="2024-02-29",
        renewal="automatic", renewal_term="1 year")
    # Notice was given in time for the term ending 2025-12-09: it stopped there.
    add(register, reference="GIVEN", start_date="2020-12-10", initial_term="1 year",
        renewal="automatic", notice_period="1 month", notice_given_on="2025-11-01")
    # One renewal allowed, used up at the end of 2025.
    add(register, reference="CAPPED", start_date="2024-01-01", initial_term="1 year",
        renewal="automatic", max_renewals=1)
    # The current yearly term ends 2026-11-30 (7 days); the final end caps the next one.
    add(register, reference="FINAL", start_date="2024-12-01", initial_term="1 year",
        renewal="automatic", final_end_date="2026-12-20")
    # Starts tomorrow and runs 30 days: ends 2026-12-23, exactly 30 days from today.
    add(register, reference="SHORT", start_date="2026-11-24", initial_term="30 days")
    # Starts and ends next summer: 2027-06-30 is 219 days away.
    add(register, reference="SUMMER", start_date="2027-06-01", end_date="2027-06-30")
    return register


def expiring(register: Register, days: int) -> list[str | None]:
    with register.reading() as session:
        return references(list_contracts(session, today=TODAY, expiring_within=days))


def test_expiring_follows_renewals_notice_caps_and_short_terms(renewals: Register) -> None:
    assert expiring(renewals, 7) == ["FINAL"]
    assert expiring(renewals, 29) == ["FINAL"]
    assert expiring(renewals, 30) == ["FINAL", "SHORT"]
    assert expiring(renewals, 96) == ["FINAL", "SHORT"]
    assert expiring(renewals, 97) == ["FINAL", "LEAP", "SHORT"]
    assert expiring(renewals, 218) == ["FINAL", "LEAP", "SHORT"]
    assert expiring(renewals, 219) == ["FINAL", "LEAP", "SHORT", "SUMMER"]


def test_the_expiring_prefilter_drops_no_true_match(renewals: Register) -> None:
    # The same rule computed on every contract, without the SQL prefilter.
    with renewals.reading() as session:
        every = list_contracts(session, today=TODAY)
        for days in (0, 7, 30, 97, 219, 4000):
            horizon = TODAY + timedelta(days=days)
            exact = sorted(row.reference for row in every if row.current_term_end
                           and TODAY <= row.current_term_end <= horizon)
            assert expiring(renewals, days) == exact


def test_stopped_and_capped_renewals_expire(renewals: Register) -> None:
    with renewals.transaction() as session:
        given = get_contract(session, "GIVEN", today=TODAY)
        capped = get_contract(session, "CAPPED", today=TODAY)
        final = get_contract(session, "FINAL", today=TODAY)
    assert (given.current_term_end, given.renewals, given.effective_status) == (
        date(2025, 12, 9), 4, "expired")
    assert (capped.current_term_end, capped.next_renewal_start, capped.effective_status) == (
        date(2025, 12, 31), None, "expired")
    assert (final.current_term_end, final.next_renewal_start) == (
        date(2026, 11, 30), date(2026, 12, 1))


def test_filters_that_make_no_sense_are_refused(register: Register) -> None:
    with register.transaction() as session:
        with pytest.raises(ValidationError, match="sleeping"):
            list_contracts(session, today=TODAY, status="sleeping")
        with pytest.raises(ValidationError, match="days >= 0"):
            list_contracts(session, today=TODAY, expiring_within=-1)
        assert list_contracts(session, today=TODAY, status="upcoming") == []


def test_search_looks_everywhere_a_person_would(register: Register) -> None:
    add(register, reference="J-1", title="Cleaning", counterparty="Ærø Rengøring ApS",
        owner="Kari Nordmann", notes="Includes windows", tags=["facility"],
        custom={"Kostnadssted": "4410"})
    add(register, reference="J-2", title="Catering")
    with register.transaction() as session:
        def found(text: str) -> list[str | None]:
            return references(list_contracts(session, today=TODAY, search=text))

        for text in ("j-1", "CLEANING", "ærø rengøring", "ÆRØ", "kari", "WINDOWS",
                     "Facility", "4410", "cleaning 4410"):
            assert found(text) == ["J-1"], text
        assert found("cleaning catering") == []
        assert found("j-") == ["J-1", "J-2"]


def test_stored_terms_that_no_longer_parse_still_list(register: Register) -> None:
    row = add(register, reference="ODD", start_date="2025-01-01", initial_term="1 year",
              notice_period="3 months")
    with register.transaction() as session:  # written by another tool, below our rules
        session.execute(update(Contract).where(Contract.uid == row.uid)
                        .values(initial_term_count=0, version_id=2))
    with register.transaction() as session:
        listed = list_contracts(session, today=TODAY)
    assert [(r.reference, r.initial_term, r.term_end, r.notice_deadline, r.effective_status)
            for r in listed] == [("ODD", "0 years", None, None, "active")]


def test_each_backend_gives_back_the_same_values(register: Register) -> None:
    row = add(register, reference="V", value="1000", currency="JPY", start_date="2025-03-01",
              tags=["b", "a"], custom={"Rad": 12, "Dato": date(2025, 1, 2)})
    with register.transaction() as session:
        listed = list_contracts(session, today=TODAY)[0]
        assert listed == get_contract(session, row.uid, today=TODAY)
    assert listed.value == Decimal("1000.00") and str(listed.value) == "1000.00"
    assert listed.tags == ("b", "a")
    assert dict(listed.custom) == {"Rad": 12, "Dato": "2025-01-02"}
    assert listed.created_at.utcoffset() == timedelta(0)
    assert listed.created_at == row.created_at


def test_contract_json_has_exactly_the_row_fields(register: Register) -> None:
    row = add(register, reference="J", start_date="2024-01-15", initial_term="3 years",
              renewal="automatic", renewal_term="1 year", notice_period="6 months",
              value="1250000.5", currency="NOK", tags=["lease"])
    data = json.loads(json.dumps(row.to_json()))
    assert set(data) == set(ContractRow._fields)
    assert data["value"] == "1250000.50" and data["tags"] == ["lease"]
    assert data["initial_term"] == "3 years" and data["renewal"] == "automatic"
    assert data["current_term_end"] == "2027-01-14" and data["renewals"] == 0
    assert data["next_renewal_start"] == "2027-01-15" and data["notice_deadline"] == "2026-07-14"
    assert data["created_at"] == row.created_at.isoformat()
    assert data["counterparty"] is None and data["signed_on"] is None
