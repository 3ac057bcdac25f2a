"""Listing and finding contracts: filters, expiring within N days over renewals, JSON rows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from contract_desk.services import (
    AmbiguousError,
    NotFoundError,
    count_contracts,
    create_contract,
    get_contract,
    list_contracts,
)
from contract_desk.services.rows import ContractRow
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
