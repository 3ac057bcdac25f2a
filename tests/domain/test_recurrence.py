"""Recurring due dates: RRULE expansion, the month-end fallback, COUNT/UNTIL/INTERVAL, bad rules."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.errors import DomainError
from contract_desk.domain.recurrence import RecurrenceError, occurrences, validate_rrule

EVER = (date(1900, 1, 1), date(2200, 12, 31))
due_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def _month_day(year: int, month: int, day: int) -> date:
    """The due day in that month, or the month's last day when the month is shorter."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


@pytest.mark.parametrize("rule", [None, "", "   "])
def test_without_a_rule_the_first_due_date_is_the_only_one(rule: str | None) -> None:
    first = date(2025, 3, 1)
    assert occurrences(first, rule, date(2025, 1, 1), date(2025, 12, 31)) == [first]
    assert occurrences(first, rule, date(2025, 3, 2), date(2025, 12, 31)) == []
    assert occurrences(first, rule, date(2025, 1, 1), date(2025, 2, 28)) == []


def test_a_payment_on_the_31st_falls_back_to_each_month_end_and_count_counts_them() -> None:
    days = occurrences(date(2023, 12, 31), "FREQ=MONTHLY;COUNT=6", *EVER)
    assert days == [date(2023, 12, 31), date(2024, 1, 31), date(2024, 2, 29),
                    date(2024, 3, 31), date(2024, 4, 30), date(2024, 5, 31)]


def test_the_rrule_prefix_is_optional_and_case_does_not_matter() -> None:
    plain = occurrences(date(2025, 1, 30), "FREQ=MONTHLY;COUNT=3", *EVER)
    assert occurrences(date(2025, 1, 30), "RRULE:FREQ=MONTHLY;COUNT=3", *EVER) == plain
    assert occurrences(date(2025, 1, 30), "rrule:freq=monthly;count=3", *EVER) == plain
    assert plain == [date(2025, 1, 30), date(2025, 2, 28), date(2025, 3, 30)]


def test_quarterly_until_the_end_of_2027_includes_the_until_day() -> None:
    days = occurrences(date(2026, 3, 31), "FREQ=MONTHLY;INTERVAL=3;UNTIL=20271231", *EVER)
    assert days == [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31),
                    date(2027, 3, 31), date(2027, 6, 30), date(2027, 9, 30), date(2027, 12, 31)]


def test_until_with_a_time_and_zulu_suffix_is_read_as_that_day() -> None:
    days = occurrences(date(2025, 1, 10), "FREQ=MONTHLY;UNTIL=20250310T235959Z", *EVER)
    assert days == [date(2025, 1, 10), date(2025, 2, 10), date(2025, 3, 10)]


def test_a_leap_day_anniversary_falls_on_28_february_in_common_years() -> None:
    days = occurrences(date(2024, 2, 29), "FREQ=YEARLY", date(2024, 1, 1), date(2028, 12, 31))
    assert days == [date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28),
                    date(2028, 2, 29)]


def test_a_yearly_rule_over_several_months_keeps_every_month() -> None:
    days = occurrences(date(2025, 1, 31), "FREQ=YEARLY;BYMONTH=1,6;COUNT=4", *EVER)
    assert days == [date(2025, 1, 31), date(2025, 6, 30), date(2026, 1, 31), date(2026, 6, 30)]


def test_weekly_on_mondays() -> None:
    days = occurrences(date(2025, 6, 2), "FREQ=WEEKLY;BYDAY=MO", date(2025, 6, 1),
                       date(2025, 6, 30))
    assert days == [date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16), date(2025, 6, 23),
                    date(2025, 6, 30)]


def test_a_rule_that_names_its_own_day_is_taken_as_written() -> None:
    month_ends = occurrences(date(2025, 1, 31), "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3", *EVER)
    assert month_ends == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31)]
    # RFC 5545: an explicit 31st skips the months that have none.
    explicit = occurrences(date(2025, 1, 31), "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", *EVER)
    assert explicit == [date(2025, 1, 31), date(2025, 3, 31), date(2025, 5, 31)]


def test_count_is_counted_from_the_first_due_date_not_from_the_window() -> None:
    days = occurrences(date(2025, 1, 15), "FREQ=MONTHLY;COUNT=3", date(2025, 2, 1),
                       date(2030, 1, 1))
    assert days == [date(2025, 2, 15), date(2025, 3, 15)]


def test_the_limit_caps_an_endless_rule() -> None:
    days = occurrences(date(2020, 1, 1), "FREQ=DAILY", date(2021, 1, 1), date(2100, 1, 1),
                       limit=5)
    assert days == [date(2021, 1, d) for d in range(1, 6)]
    assert len(occurrences(date(2020, 1, 1), "FREQ=DAILY", *EVER)) == 1000


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("COUNT=3", "FREQ is missing"),
        ("", "FREQ is missing"),
        ("FREQ=DAYLY", "unknown frequency 'DAYLY'"),
        ("FREQ=HOURLY", "unknown frequency 'HOURLY'"),
        ("FREQ=MONTHLY;COLOUR=RED", "unknown part 'COLOUR'"),
        ("FREQ=MONTHLY;COUNT=2;UNTIL=20250101", "COUNT or UNTIL, not both"),
        ("FREQ=MONTHLY;COUNT", "is not KEY=VALUE"),
        ("FREQ=MONTHLY;FREQ=WEEKLY", "FREQ is given twice"),
        ("FREQ=MONTHLY;COUNT=x", "cannot read COUNT: it needs a whole number, got 'X'"),
        ("FREQ=MONTHLY;COUNT=0", "COUNT=0 is outside 1..100000"),
        ("FREQ=MONTHLY;INTERVAL=0", "INTERVAL=0 is outside"),
        ("FREQ=MONTHLY;INTERVAL=-2", "INTERVAL=-2 is outside"),
        ("FREQ=MONTHLY;BYMONTHDAY=40", "BYMONTHDAY=40 is outside -31..31"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY cannot be 0"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH=13 is outside 1..12"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30,31", "never occurs in BYMONTH=2"),
        ("FREQ=WEEKLY;BYDAY=XX", "cannot read the rule"),
        ("FREQ=MONTHLY;UNTIL=someday", "cannot read the rule"),
        ("FREQ=MONTHLY;UNTIL=18991231", "never gives a date"),
    ],
)
def test_a_bad_rule_is_explained(rule: str, expected: str) -> None:
    message = validate_rrule(rule)
    assert message is not None
    assert expected in message


@pytest.mark.parametrize(
    "rule",
    ["FREQ=MONTHLY;COUNT=12", "RRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20271231", "FREQ=YEARLY",
     "FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"],
)
def test_good_rules_pass(rule: str) -> None:
    assert validate_rrule(rule) is None


@pytest.mark.parametrize("rule", ["FREQ=DAYLY", "FREQ=MONTHLY;INTERVAL=0", "FREQ=MONTHLY;X=1"])
def test_expanding_a_bad_rule_raises_a_domain_error(rule: str) -> None:
    with pytest.raises(RecurrenceError) as caught:
        occurrences(date(2025, 1, 1), rule, *EVER)
    assert isinstance(caught.value, DomainError)
    assert str(caught.value) == validate_rrule(rule)


@given(first=due_dates, window_start=due_dates, span=st.integers(min_value=0, max_value=2000))
def test_a_monthly_rule_hits_every_month_in_range_exactly_once(
    first: date, window_start: date, span: int
) -> None:
    window_end = window_start + timedelta(days=span)
    days = occurrences(first, "FREQ=MONTHLY", window_start, window_end)
    expected, months = [], 0
    while (due := _month_day(*_add_months(first.year, first.month, months), first.day)) \
            <= window_end:
        if due >= window_start:
            expected.append(due)
        months += 1
    assert days == expected


@given(
    first=due_dates,
    count=st.integers(min_value=1, max_value=40),
    interval=st.integers(min_value=1, max_value=12),
)
def test_count_and_interval_give_count_dates_interval_months_apart(
    first: date, count: int, interval: int
) -> None:
    days = occurrences(first, f"FREQ=MONTHLY;INTERVAL={interval};COUNT={count}", *EVER)
    assert len(days) == count
    for number, day in enumerate(days):
        year, month = _add_months(first.year, first.month, number * interval)
        assert day == _month_day(year, month, first.day)


@given(first=due_dates, count=st.integers(min_value=1, max_value=30))
def test_a_yearly_rule_falls_on_the_same_month_every_year(first: date, count: int) -> None:
    days = occurrences(first, f"FREQ=YEARLY;COUNT={count}", *EVER)
    assert days == [_month_day(first.year + n, first.month, first.day) for n in range(count)]


@given(first=due_dates, until=due_dates, interval=st.integers(min_value=1, max_value=4))
def test_until_is_the_last_possible_day(first: date, until: date, interval: int) -> None:
    rule = f"FREQ=WEEKLY;INTERVAL={interval};UNTIL={until:%Y%m%d}"
    days = occurrences(first, rule, *EVER, limit=10_000)
    weeks = max((until - first).days // (7 * interval) + 1, 0)
    assert days == [first + timedelta(weeks=n * interval) for n in range(weeks)]
