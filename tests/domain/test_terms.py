"""Term ends, notice deadlines and send-by dates, checked against the issue's rules.

The oracles here are written from the issue's wording, not from the engine's code:
a month term ends "on the day before the same day-of-month N months later" or on
that month's last day; the notice period is the period of the given length that
ends on the term's last day and the deadline is the day before it begins;
business-day notice counts back N weekdays before the end date.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.errors import TermError
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import (
    MAX_BUFFER_DAYS,
    check_buffer_days,
    implied_term,
    months_before,
    notice_deadline,
    send_by,
    term_end,
)

U = PeriodUnit
DAY = timedelta(days=1)
_years = st.integers(min_value=1901, max_value=2199)
plain_dates = st.dates(min_value=date(1901, 1, 1), max_value=date(2199, 12, 31))
# Month ends, leap days and year ends are where term arithmetic goes wrong: draw them often.
edge_dates = st.one_of(
    plain_dates,
    st.builds(lambda y, m: date(y, m, calendar.monthrange(y, m)[1]), _years, st.integers(1, 12)),
    st.builds(lambda y, m, d: date(y, m, min(d, calendar.monthrange(y, m)[1])),
              _years, st.integers(1, 12), st.integers(28, 31)),
    st.builds(lambda y: date(y, 2, 29),
              st.sampled_from([y for y in range(1904, 2200, 4) if calendar.isleap(y)])),
    st.builds(lambda y, d: date(y, 12, d), _years, st.integers(29, 31)),
    st.builds(lambda y, d: date(y, 1, d), _years, st.integers(1, 2)),
)
month_counts = st.integers(min_value=1, max_value=60)


def _month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _months_later(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _weekdays_between(first: date, stop: date) -> int:
    """Weekdays in [first, stop), counted one by one."""
    return sum((first + n * DAY).weekday() < 5 for n in range((stop - first).days))


@pytest.mark.parametrize(
    ("start", "term", "end"),
    [
        (date(2024, 1, 15), Period(1, U.MONTHS), date(2024, 2, 14)),
        (date(2024, 1, 31), Period(1, U.MONTHS), date(2024, 2, 29)),
        (date(2023, 3, 31), Period(1, U.MONTHS), date(2023, 4, 30)),
        (date(2023, 1, 31), Period(1, U.MONTHS), date(2023, 2, 28)),
        (date(2024, 1, 30), Period(1, U.MONTHS), date(2024, 2, 29)),
        (date(2024, 1, 29), Period(1, U.MONTHS), date(2024, 2, 28)),
        (date(2024, 1, 1), Period(12, U.MONTHS), date(2024, 12, 31)),
        (date(2024, 2, 29), Period(1, U.YEARS), date(2025, 2, 28)),
        (date(2024, 2, 29), Period(4, U.YEARS), date(2028, 2, 28)),
        (date(2024, 12, 31), Period(2, U.MONTHS), date(2025, 2, 28)),
        (date(2024, 1, 1), Period(1, U.DAYS), date(2024, 1, 1)),
        (date(2024, 2, 20), Period(10, U.DAYS), date(2024, 2, 29)),
        (date(2024, 12, 25), Period(1, U.WEEKS), date(2024, 12, 31)),
        (date(2024, 12, 25), Period(2, U.WEEKS), date(2025, 1, 7)),
    ],
)
def test_term_end_examples(start: date, term: Period, end: date) -> None:
    assert term_end(start, term) == end


@pytest.mark.parametrize(
    ("end", "notice", "deadline"),
    [
        (date(2024, 11, 30), Period(3, U.MONTHS), date(2024, 8, 31)),
        (date(2024, 12, 31), Period(90, U.DAYS), date(2024, 10, 2)),
        (date(2024, 12, 31), Period(5, U.BUSINESS_DAYS), date(2024, 12, 24)),
        (date(2024, 12, 31), Period(3, U.MONTHS), date(2024, 9, 30)),
        (date(2025, 2, 28), Period(1, U.MONTHS), date(2025, 1, 31)),
        (date(2024, 2, 29), Period(1, U.MONTHS), date(2024, 1, 31)),
        (date(2024, 6, 14), Period(1, U.MONTHS), date(2024, 5, 14)),
        (date(2024, 12, 31), Period(2, U.WEEKS), date(2024, 12, 17)),
        (date(2024, 12, 30), Period(1, U.BUSINESS_DAYS), date(2024, 12, 27)),  # Monday -> Friday
        (date(2024, 12, 29), Period(1, U.BUSINESS_DAYS), date(2024, 12, 27)),  # Sunday -> Friday
        (date(2024, 12, 31), Period(10, U.BUSINESS_DAYS), date(2024, 12, 17)),
    ],
)
def test_notice_deadline_examples(end: date, notice: Period, deadline: date) -> None:
    assert notice_deadline(end, notice) == deadline


def test_send_by_is_the_deadline_minus_the_buffer() -> None:
    assert send_by(date(2024, 8, 31), 10) == date(2024, 8, 21)
    assert send_by(date(2024, 3, 5), 5) == date(2024, 2, 29)
    assert send_by(date(2024, 8, 31), 0) == date(2024, 8, 31)


@given(start=edge_dates, count=month_counts)
def test_a_month_term_ends_the_day_before_the_same_day_or_on_the_month_end(
    start: date, count: int
) -> None:
    year, month = _months_later(start, count)
    if start.day <= _month_length(year, month):
        expected = date(year, month, start.day) - DAY
    else:
        expected = date(year, month, _month_length(year, month))
    assert term_end(start, Period(count, U.MONTHS)) == expected


@given(start=edge_dates, count=st.integers(min_value=1, max_value=10))
def test_a_year_term_is_twelve_month_terms(start: date, count: int) -> None:
    assert term_end(start, Period(count, U.YEARS)) == term_end(start, Period(12 * count, U.MONTHS))


@given(start=edge_dates, count=st.integers(min_value=1, max_value=3000))
def test_day_and_week_terms_are_start_plus_n_days_minus_one(start: date, count: int) -> None:
    assert term_end(start, Period(count, U.DAYS)) == start + timedelta(days=count - 1)
    assert term_end(start, Period(count, U.WEEKS)) == start + timedelta(days=7 * count - 1)


@given(start=edge_dates, count=month_counts)
def test_a_month_term_lasts_28_to_31_days_per_month(start: date, count: int) -> None:
    days = (term_end(start, Period(count, U.MONTHS)) - start).days + 1
    assert 28 * count <= days <= 31 * count


@given(end=edge_dates, count=st.integers(min_value=1, max_value=1000))
def test_day_and_week_notice_is_exactly_that_many_days_before_the_end(
    end: date, count: int
) -> None:
    assert notice_deadline(end, Period(count, U.DAYS)) == end - timedelta(days=count)
    assert notice_deadline(end, Period(count, U.WEEKS)) == end - timedelta(weeks=count)


@given(end=edge_dates, count=month_counts)
def test_month_notice_period_is_the_latest_n_months_ending_by_the_end(
    end: date, count: int
) -> None:
    deadline = notice_deadline(end, Period(count, U.MONTHS))
    begins = deadline + DAY
    assert deadline < end
    # The notice period [begins, end] holds at least N months ...
    assert term_end(begins, Period(count, U.MONTHS)) <= end
    # ... and starting one day later it would not: it is the latest such period.
    assert term_end(begins + DAY, Period(count, U.MONTHS)) > end


@given(end=edge_dates, count=month_counts)
def test_month_notice_begins_on_the_day_after_the_end_n_months_earlier(
    end: date, count: int
) -> None:
    after = end + DAY
    year, month = _months_later(after, -count)
    begins = date(year, month, min(after.day, _month_length(year, month)))
    assert notice_deadline(end, Period(count, U.MONTHS)) == begins - DAY
    assert months_before(after, count) == begins


@given(end=edge_dates, count=st.integers(min_value=1, max_value=80))
def test_business_day_notice_is_the_nth_weekday_before_the_end(end: date, count: int) -> None:
    deadline = notice_deadline(end, Period(count, U.BUSINESS_DAYS))
    assert deadline.weekday() < 5
    assert deadline < end
    assert _weekdays_between(deadline, end) == count


@given(end=edge_dates, count=st.integers(min_value=1, max_value=40))
def test_business_day_notice_never_comes_later_than_calendar_day_notice(
    end: date, count: int
) -> None:
    assert notice_deadline(end, Period(count, U.BUSINESS_DAYS)) <= end - timedelta(days=count)


@given(
    deadline=edge_dates,
    buffer=st.integers(min_value=0, max_value=MAX_BUFFER_DAYS),
)
def test_send_by_never_comes_after_the_deadline(deadline: date, buffer: int) -> None:
    assert send_by(deadline, buffer) == deadline - timedelta(days=buffer)
    assert send_by(deadline, buffer) <= deadline


@given(start=edge_dates, count=st.integers(min_value=1, max_value=240))
def test_implied_term_recovers_a_month_term(start: date, count: int) -> None:
    end = term_end(start, Period(count, U.MONTHS))
    implied = implied_term(start, end)
    assert implied.months is not None
    assert term_end(start, implied) == end


@given(start=edge_dates, days=st.integers(min_value=0, max_value=5000))
def test_implied_term_always_describes_the_same_span(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    assert term_end(start, implied_term(start, end)) == end


def test_implied_term_prefers_whole_years_then_months_then_days() -> None:
    assert implied_term(date(2024, 1, 1), date(2025, 12, 31)) == Period(2, U.YEARS)
    assert implied_term(date(2024, 1, 31), date(2024, 2, 29)) == Period(1, U.MONTHS)
    assert implied_term(date(2024, 1, 1), date(2024, 1, 10)) == Period(10, U.DAYS)


@pytest.mark.parametrize("buffer", [-1, -30, MAX_BUFFER_DAYS + 1])
def test_an_unreasonable_buffer_is_refused(buffer: int) -> None:
    with pytest.raises(TermError, match="buffer"):
        send_by(date(2024, 8, 31), buffer)
    with pytest.raises(TermError, match="buffer"):
        check_buffer_days(buffer)


def test_a_term_cannot_be_counted_in_business_days() -> None:
    with pytest.raises(TermError, match="business days"):
        term_end(date(2024, 1, 1), Period(20, U.BUSINESS_DAYS))


def test_an_end_before_the_start_implies_no_term() -> None:
    with pytest.raises(TermError, match="2024-01-01 is before the start 2024-02-01"):
        implied_term(date(2024, 2, 1), date(2024, 1, 1))


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: term_end(date(9999, 6, 1), Period(1, U.YEARS)), "leaves the calendar"),
        (lambda: term_end(date(9999, 12, 1), Period(60, U.DAYS)), "leaves the calendar"),
        (lambda: notice_deadline(date(1, 1, 20), Period(1, U.MONTHS)), "leaves the calendar"),
        (lambda: notice_deadline(date(1, 1, 3), Period(5, U.DAYS)), "leaves the calendar"),
        (lambda: notice_deadline(date(1, 1, 3), Period(5, U.BUSINESS_DAYS)),
         "leaves the calendar"),
        (lambda: send_by(date(1, 1, 5), 10), "leaves the calendar"),
    ],
)
def test_dates_off_the_calendar_are_a_term_error_not_an_overflow(
    call: object, expected: str
) -> None:
    with pytest.raises(TermError, match=expected):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("months", "deadline"),
    [(1, date(9999, 11, 30)), (3, date(9999, 9, 30)), (12, date(9998, 12, 31))],
)
def test_month_notice_works_for_an_indefinite_end_on_the_calendars_last_day(
    months: int, deadline: date
) -> None:
    assert notice_deadline(date(9999, 12, 31), Period(months, U.MONTHS)) == deadline
