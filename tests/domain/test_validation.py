"""Contract field validation: every problem at once, in words, nothing guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from contract_desk.domain.periods import Period
from contract_desk.domain.validation import (
    ValidationError,
    clean_fields,
    to_amount,
    to_custom,
    to_offsets,
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


def test_tags_from_text_or_lists() -> None:
    assert to_tags(" IT , lease,,IT ") == ["IT", "lease"]
    assert to_tags(["x", " y "]) == ["x", "y"]
    assert to_tags(None) == []


def test_amounts_the_database_would_round_are_refused() -> None:
    assert to_amount("0.123456") == Decimal("0.123456")
    with pytest.raises(ValueError, match="7 decimals"):
        to_amount("0.1234567")
    assert to_amount("9" * 22) == Decimal("9" * 22)
    with pytest.raises(ValueError, match="too large"):
        to_amount("9" * 23)


def test_status_words_are_read_as_people_write_them() -> None:
    clean, problems = clean_fields({"title": "X", "status": "In review", "direction": " BUY ",
                                    "renewal": "Automatic", "start_date": "2025-01-01",
                                    "initial_term": "1 year"})
    assert problems == {}
    assert (clean["status"], clean["direction"], clean["renewal"]) == (
        "in_review", "buy", "automatic")
    assert "not one of" in validate_contract({"title": "X", "renewal": "tacit"})["renewal"]


def test_each_term_problem_is_named_by_its_field() -> None:
    problems = validate_contract({"title": "X", "start_date": "2025-01-01",
                                  "initial_term": "1 year", "renewal": "automatic",
                                  "renewal_term": "10 business days"})
    assert set(problems) == {"renewal_term"}
    assert "not business days" in problems["renewal_term"]


def test_counts_have_sensible_bounds() -> None:
    problems = validate_contract({"title": "X", "max_renewals": 10_001,
                                  "notice_buffer_days": 3661})
    assert set(problems) == {"max_renewals", "notice_buffer_days"}
    assert "above 10000" in problems["max_renewals"]
    assert validate_contract({"title": "X", "max_renewals": "0", "notice_buffer_days": 0}) == {}


def test_reminder_offsets_from_text_or_lists() -> None:
    assert to_offsets("7, 30,0, 7") == [30, 7, 0]
    assert to_offsets([1, "3"]) == [3, 1]
    assert to_offsets([]) == [] and to_offsets(None) is None
    for wrong in ("-1", "soon", [1.5], [3661]):
        with pytest.raises(ValueError):
            to_offsets(wrong)


def test_custom_fields_keep_json_safe_values() -> None:
    assert to_custom({" Kostnadssted ": 4410, "Signert": date(2025, 1, 2),
                      "Beløp": Decimal("1.50"), "": "dropped", "Ja": True}) == {
        "Kostnadssted": 4410, "Signert": "2025-01-02", "Beløp": "1.50", "Ja": True,
    }
    assert "name -> value" in validate_contract({"title": "X", "custom": ["a"]})["custom"]


def test_dates_are_iso_text_or_dates() -> None:
    signed = datetime(2025, 1, 2, 13, 5, tzinfo=UTC)
    clean, problems = clean_fields({"title": "X", "signed_on": signed,
                                    "start_date": " 2025-01-03 "})
    assert problems == {}
    assert (clean["signed_on"], clean["start_date"]) == (date(2025, 1, 2), date(2025, 1, 3))
    assert "YYYY-MM-DD" in validate_contract({"title": "X", "end_date": "31.12.2025"})["end_date"]
