"""``chained_start_on_or_before`` counts a chain of terms as walking it does.

The oracle walks the chain the way the term engine rolls renewals: each term
starts the day after the one before ends (``term_end``). Random starts (month
ends, leap days, the 28th to 31st), terms of days, weeks, months and years, and
days before, on and long after the start.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_keydates import edge_dates, terms

from contract_desk.domain.periods import Period
from contract_desk.domain.periods import PeriodUnit as U
from contract_desk.domain.terms import chained_start_on_or_before, term_end

ONE = timedelta(days=1)


def _walked(start: date, term: Period, day: date) -> tuple[int, date] | None:
    """The oracle: the last start on or before ``day`` found by walking the terms."""
    if day < start:
        return None
    count, current = 0, start
    while True:
        following = term_end(current, term) + ONE
        if following > day:
            return count, current
        count, current = count + 1, following


def _countable(start: date, term: Period) -> bool:
    return term.unit is not U.BUSINESS_DAYS and (term.months is None or start.day <= 28)


@settings(max_examples=1500)
@given(start=edge_dates, term=terms, offset=st.integers(-60, 4000))
@example(start=date(2024, 2, 28), term=Period(1, U.YEARS), offset=366)  # leap day passed
@example(start=date(2023, 3, 28), term=Period(1, U.MONTHS), offset=337)  # to 2024-02-28
@example(start=date(2024, 1, 28), term=Period(1, U.MONTHS), offset=31)  # the 28th itself
@example(start=date(2024, 1, 28), term=Period(1, U.MONTHS), offset=30)  # the day before
@example(start=date(2024, 2, 29), term=Period(1, U.YEARS), offset=1500)  # not countable
@example(start=date(2024, 1, 31), term=Period(1, U.MONTHS), offset=400)  # not countable
@example(start=date(2024, 1, 1), term=Period(1, U.DAYS), offset=0)
def test_counted_as_walked(start: date, term: Period, offset: int) -> None:
    day = start + timedelta(days=offset)
    found = chained_start_on_or_before(start, term, day)
    if day < start or not _countable(start, term):
        assert found is None
    else:
        assert found == _walked(start, term, day)


@given(start=edge_dates, days=st.integers(1, 40))
def test_business_days_are_not_counted(start: date, days: int) -> None:
    term = Period(days, U.BUSINESS_DAYS)
    assert chained_start_on_or_before(start, term, start + timedelta(days=500)) is None


def test_every_day_of_a_leap_year_by_month_terms() -> None:
    """Each start from the 1st to the 28th of each month, each day of two years after it."""
    for month in range(1, 13):
        for day_of_month in range(1, 29):
            start = date(2023, month, day_of_month)
            for months in (1, 2, 3, 6, 12):
                term = Period(months, U.MONTHS)
                for offset in range(0, 760, 7 if months > 1 else 3):
                    day = start + timedelta(days=offset)
                    assert chained_start_on_or_before(start, term, day) == _walked(
                        start, term, day), (start, months, day)
    assert calendar.isleap(2024)
