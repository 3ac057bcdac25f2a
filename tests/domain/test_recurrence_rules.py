"""Recurring obligations: RRULE expansion with the month-end fallback (never a skipped month)."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.recurrence import occurrences, validate_rrule

FAR = date(2100, 1, 1)


def test_no_rule_is_a_single_due_date() -> None:
    assert occurrences(date(2025, 3, 1), None, date(2025, 1, 1), FAR) == [date(2025, 3, 1)]
    assert occurrences(date(2025, 3, 1), "", date(2025, 4, 1), FAR) == []


def test_count_until_interval_and_weekly_rules() -> None:
    assert len(occurrences(date(2025, 1, 10), "FREQ=MONTHLY;COUNT=4", date(2000, 1, 1), FAR)) == 4
    until = occurrences(date(2025, 1, 10), "RRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20251231",
                        date(2000, 1, 1), FAR)
    assert until == [date(2025, 1, 10), date(2025, 4, 10), date(2025, 7, 10), date(2025, 10, 10)]
    mondays = occurrences(date(2025, 6, 2), "FREQ=WEEKLY;BYDAY=MO;COUNT=3", date(2000, 1, 1), FAR)
    assert mondays == [date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16)]


def test_leap_day_yearly_falls_back_to_28_february() -> None:
    days = occurrences(date(2024, 2, 29), "FREQ=YEARLY;COUNT=5", date(2000, 1, 1), FAR)
    assert days == [date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28),
                    date(2028, 2, 29)]


def test_the_window_and_the_limit_bound_the_result() -> None:
    days = occurrences(date(2020, 1, 15), "FREQ=MONTHLY", date(2025, 1, 1), date(2025, 3, 31))
    assert days == [date(2025, 1, 15), date(2025, 2, 15), date(2025, 3, 15)]
    assert len(occurrences(date(2020, 1, 1), "FREQ=DAILY", date(2020, 1, 1), FAR, limit=7)) == 7


@pytest.mark.parametrize(
    ("rule", "needle"),
    [("COUNT=3", "FREQ is missing"), ("FREQ=DAYLY", "unknown frequency"),
     ("FREQ=MONTHLY;COLOUR=RED", "unknown part"), ("FREQ=MONTHLY;COUNT=2;UNTIL=20250101",
                                                   "not both"),
     ("FREQ=MONTHLY;COUNT=x", "cannot read"), ("FREQ", "KEY=VALUE")],
)
def test_bad_rules_are_explained(rule: str, needle: str) -> None:
    message = validate_rrule(rule)
    assert message is not None and needle in message


@given(
    first=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    months=st.integers(min_value=1, max_value=60),
)
def test_a_monthly_rule_hits_every_month_once_on_the_due_day_or_the_last(
    first: date, months: int
) -> None:
    days = occurrences(first, f"FREQ=MONTHLY;COUNT={months}", date(1900, 1, 1), FAR)
    assert len(days) == months
    year, month = first.year, first.month
    for day in days:
        assert (day.year, day.month) == (year, month)
        last = calendar.monthrange(year, month)[1]
        assert day.day == min(first.day, last)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@given(
    first=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    interval=st.integers(1, 6),
    limit=st.one_of(st.none(), st.integers(1, 40).map(lambda n: f"COUNT={n}"),
                    st.dates(min_value=date(1990, 1, 1), max_value=date(2080, 1, 1))
                    .map(lambda d: f"UNTIL={d:%Y%m%d}")),
    offset=st.integers(-400, 8000),
)
def test_next_occurrence_agrees_with_the_full_expansion(
    first: date, freq: str, interval: int, limit: str | None, offset: int
) -> None:
    from datetime import timedelta

    from contract_desk.domain.recurrence import next_occurrence

    rule = f"FREQ={freq};INTERVAL={interval}" + (f";{limit}" if limit else "")
    day = first + timedelta(days=offset)
    expanded = occurrences(first, rule, day, date(2200, 1, 1), limit=1)
    assert next_occurrence(first, rule, day) == (expanded[0] if expanded else None)


def test_next_occurrence_of_rules_with_by_parts_and_of_single_dates() -> None:
    from contract_desk.domain.recurrence import next_occurrence

    assert next_occurrence(date(2025, 6, 2), "FREQ=WEEKLY;BYDAY=MO,TH", date(2025, 6, 3)) == (
        date(2025, 6, 5))
    assert next_occurrence(date(2025, 3, 1), None, date(2025, 2, 1)) == date(2025, 3, 1)
    assert next_occurrence(date(2025, 3, 1), "", date(2025, 3, 2)) is None
