"""Periods as contracts state them: construction, parsing, limits, and how they print."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.errors import DomainError, TermError
from contract_desk.domain.periods import MAX_YEARS, Period, PeriodUnit

U = PeriodUnit


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("12 months", 12, U.MONTHS),
        ("1 month", 1, U.MONTHS),
        ("6m", 6, U.MONTHS),
        ("1 year", 1, U.YEARS),
        ("2 YEARS", 2, U.YEARS),
        ("90 days", 90, U.DAYS),
        ("  90   days  ", 90, U.DAYS),
        ("1 day", 1, U.DAYS),
        ("2 weeks", 2, U.WEEKS),
        ("3w", 3, U.WEEKS),
        ("30 business days", 30, U.BUSINESS_DAYS),
        ("30 Business Days", 30, U.BUSINESS_DAYS),
        ("5 business_days", 5, U.BUSINESS_DAYS),
        ("5 business-days", 5, U.BUSINESS_DAYS),
        ("10 working days", 10, U.BUSINESS_DAYS),
        ("1 weekday", 1, U.BUSINESS_DAYS),
        ("+3 months", 3, U.MONTHS),
    ],
)
def test_parse_reads_the_forms_people_type(text: str, count: int, unit: PeriodUnit) -> None:
    assert Period.parse(text) == Period(count, unit)


def test_a_unit_given_as_text_becomes_the_unit() -> None:
    period = Period(3, "months")  # type: ignore[arg-type]
    assert period.unit is U.MONTHS
    assert period == Period(3, U.MONTHS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "cannot read ''"),
        ("months", "cannot read 'months'"),
        ("twelve months", "cannot read 'twelve months'"),
        ("1.5 months", "cannot read '1.5 months'"),
        ("12", "cannot read '12'"),
        ("12 months please!", "cannot read"),
        ("3 fortnights", "unknown unit 'fortnights'"),
        ("3 moons", "unknown unit 'moons'"),
        ("0 months", "longer than zero, got 0 months"),
        ("-3 months", "longer than zero, got -3 months"),
        ("500 years", "longer than 100 years"),
        ("1201 months", "longer than 100 years"),
        ("36601 days", "longer than 100 years"),
        ("99999999999999999999999 days", "longer than 100 years"),
    ],
)
def test_parse_refuses_nonsense_with_a_clear_message(text: str, expected: str) -> None:
    with pytest.raises(TermError) as caught:
        Period.parse(text)
    assert expected in str(caught.value)
    assert isinstance(caught.value, DomainError)


@pytest.mark.parametrize("count", [0, -1, -12, True, 1.5, "3", None])
def test_a_period_needs_a_positive_whole_number(count: object) -> None:
    with pytest.raises(TermError):
        Period(count, U.MONTHS)  # type: ignore[arg-type]


def test_an_unknown_unit_is_a_term_error_naming_the_unit() -> None:
    with pytest.raises(TermError, match="fortnights"):
        Period(3, "fortnights")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("unit", "largest"),
    [(U.YEARS, MAX_YEARS), (U.MONTHS, MAX_YEARS * 12), (U.DAYS, MAX_YEARS * 366)],
)
def test_up_to_a_century_is_accepted_and_no_more(unit: PeriodUnit, largest: int) -> None:
    assert Period(largest, unit).count == largest
    with pytest.raises(TermError, match="longer than 100 years"):
        Period(largest + 1, unit)


def test_months_counts_calendar_months_only() -> None:
    assert Period(2, U.YEARS).months == 24
    assert Period(7, U.MONTHS).months == 7
    assert Period(30, U.DAYS).months is None
    assert Period(4, U.WEEKS).months is None
    assert Period(20, U.BUSINESS_DAYS).months is None


@pytest.mark.parametrize(
    ("period", "text"),
    [
        (Period(1, U.MONTHS), "1 month"),
        (Period(12, U.MONTHS), "12 months"),
        (Period(1, U.YEARS), "1 year"),
        (Period(90, U.DAYS), "90 days"),
        (Period(1, U.BUSINESS_DAYS), "1 business day"),
        (Period(30, U.BUSINESS_DAYS), "30 business days"),
    ],
)
def test_a_period_prints_as_people_write_it(period: Period, text: str) -> None:
    assert str(period) == text


@given(count=st.integers(min_value=1, max_value=100), unit=st.sampled_from(list(U)))
def test_printing_and_parsing_round_trip(count: int, unit: PeriodUnit) -> None:
    period = Period(count, unit)
    assert Period.parse(str(period)) == period


def test_periods_are_immutable_values() -> None:
    period = Period(3, U.MONTHS)
    with pytest.raises(AttributeError):
        period.count = 4  # type: ignore[misc]
    assert {Period(3, U.MONTHS), period} == {period}
