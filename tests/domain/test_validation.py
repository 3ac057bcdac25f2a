"""Contract field validation: every problem at once, in words, nothing guessed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contract_desk.domain.currency import (
    MINOR_UNITS,
    CurrencyError,
    canonical_amount,
    minor_units,
    normalize_currency,
)
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import (
    ValidationError,
    clean_fields,
    to_amount,
    to_tags,
    validate_contract,
)


def test_a_minimal_contract_is_valid() -> None:
    assert validate_contract({"title": "NDA"}) == {}


def test_every_problem_is_reported_at_once() -> None:
    problems = validate_contract({
        "title": " ", "start_date": "2025-05-01", "end_date": "2025-04-30",
        "final_end_date": "2025-01-01", "value": "-1", "currency": "kr",
        "notice_period": "three moons", "max_renewals": -2, "notice_buffer_days": "x",
    })
    assert set(problems) == {"title", "end_date", "final_end_date", "value", "currency",
                             "notice_period", "max_renewals", "notice_buffer_days"}
    assert "before the start 2025-05-01" in problems["end_date"]
    assert "ISO 4217" in problems["currency"]


def test_reference_can_be_required() -> None:
    assert "reference" in validate_contract({"title": "X"}, require_reference=True)
    assert validate_contract({"title": "X", "reference": "R-1"}, require_reference=True) == {}


def test_a_renewal_needs_a_term_and_a_term_needs_a_start() -> None:
    assert "renewal" in validate_contract({"title": "X", "start_date": "2025-01-01",
                                           "renewal": "automatic"})
    assert "start_date" in validate_contract({"title": "X", "initial_term": "1 year"})


def test_a_value_needs_its_currency() -> None:
    assert "currency" in validate_contract({"title": "X", "value": "100"})


def test_business_day_terms_are_refused_by_the_term_rules() -> None:
    problems = validate_contract({"title": "X", "start_date": "2025-01-01",
                                  "initial_term": "20 business days"})
    assert problems and "business days" in next(iter(problems.values()))


def test_clean_fields_converts_types() -> None:
    clean, problems = clean_fields({"title": " Lease ", "start_date": "2025-01-31",
                                    "initial_term": "12 months", "value": "1000.5",
                                    "currency": " nok ", "tags": "a, b, a", "status": "Active"})
    assert problems == {}
    assert clean["title"] == "Lease" and clean["start_date"] == date(2025, 1, 31)
    assert clean["initial_term"] == Period.parse("12 months")
    assert clean["value"] == Decimal("1000.50") and clean["currency"] == "NOK"
    assert clean["tags"] == ["a", "b"] and clean["status"] == "active"


def test_unknown_fields_are_named() -> None:
    problems = validate_contract({"title": "X", "colour": "red"})
    assert problems == {"colour": "is not a contract field"}


def test_validation_error_carries_the_fields() -> None:
    error = ValidationError({"end_date": "before start"})
    assert error.errors == {"end_date": "before start"} and "end date: before start" in str(error)


@pytest.mark.parametrize("raw", [0.1, float("nan"), "1,5", "NaN", "Infinity", True])
def test_amounts_must_be_exact_and_finite(raw: object) -> None:
    with pytest.raises(ValueError):
        to_amount(raw)


def test_amounts_read_back_the_same_everywhere() -> None:
    assert canonical_amount(Decimal("1250000.500000")) == Decimal("1250000.50")
    assert str(canonical_amount(Decimal("1300000"))) == "1300000.00"
    assert str(canonical_amount(Decimal("0.125"))) == "0.125"


def test_tags_from_text_or_lists() -> None:
    assert to_tags(" IT , lease,,IT ") == ["IT", "lease"]
    assert to_tags(["x", " y "]) == ["x", "y"]
    assert to_tags(None) == []


def test_currency_codes_and_minor_units() -> None:
    assert normalize_currency(" eur ") == "EUR"
    assert minor_units("KRW") == 0 and minor_units("BHD") == 3 and minor_units("NOK") == 2
    assert minor_units(None) == 2
    assert {"NOK", "SEK", "DKK", "EUR", "USD", "GBP", "KRW", "CNY", "JPY"} <= set(MINOR_UNITS)
    for symbol in ("kr", "€", "$", "EURO", ""):
        with pytest.raises(CurrencyError):
            normalize_currency(symbol)
