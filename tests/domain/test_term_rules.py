"""The term engine against the issue's rules: examples, properties over month ends, nonsense."""

from __future__ import annotations

import calendar
import itertools
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from contract_desk.domain import (
    Period,
    PeriodUnit,
    RenewalMode,
    TermError,
    TermSpec,
    key_dates,
    notice_deadline,
    send_by,
    term_end,
    term_sequence,
)

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))
# Month ends, leap days and year ends are where term rules break: draw them often.
edgy_dates = st.one_of(
    dates,
    st.builds(lambda y, m: date(y, m, calendar.monthrange(y, m)[1]),
              st.integers(1950, 2150), st.integers(1, 12)),
    st.builds(lambda y: date(y, 2, 29), st.sampled_from([2000, 2004, 2024, 2096, 2104])),
    st.builds(lambda y, d: date(y, 12, d), st.integers(1950, 2150), st.integers(28, 31)),
)


def months(n: int) -> Period:
    return Period(n, PeriodUnit.MONTHS)


@pytest.mark.parametrize(
    ("start", "term", "end"),
    [
        (date(2024, 1, 15), "1 month", date(2024, 2, 14)),
        (date(2024, 1, 31), "1 month", date(2024, 2, 29)),
        (date(2023, 3, 31), "1 month", date(2023, 4, 30)),
        (date(2024, 2, 29), "1 year", date(2025, 2, 28)),
        (date(2024, 3, 1), "1 year", date(2025, 2, 28)),
        (date(2024, 1, 1), "10 days", date(2024, 1, 10)),
        (date(2024, 12, 25), "2 weeks", date(2025, 1, 7)),
    ],
)
def test_the_issues_term_examples(start: date, term: str, end: date) -> None:
    assert term_end(start, Period.parse(term)) == end


@pytest.mark.parametrize(
    ("end", "notice", "deadline"),
    [
        (date(2024, 11, 30), "3 months", date(2024, 8, 31)),
        (date(2024, 12, 31), "90 days", date(2024, 10, 2)),
        (date(2024, 12, 31), "5 business days", date(2024, 12, 24)),
        (date(2025, 2, 28), "1 month", date(2025, 1, 31)),
        (date(2024, 6, 30), "1 month", date(2024, 5, 31)),
    ],
)
def test_the_issues_notice_examples(end: date, notice: str, deadline: date) -> None:
    assert notice_deadline(end, Period.parse(notice)) == deadline


def test_send_by_is_the_deadline_minus_the_buffer() -> None:
    assert send_by(date(2024, 8, 31), 14) == date(2024, 8, 17)
    with pytest.raises(TermError, match="negative"):
        send_by(date(2024, 8, 31), -1)


@given(start=edgy_dates, count=st.integers(1, 240))
def test_a_month_term_ends_the_day_before_the_same_day_or_on_the_month_end(
    start: date, count: int
) -> None:
    end = term_end(start, months(count))
    index = start.year * 12 + start.month - 1 + count
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    if start.day <= last:
        assert end == date(year, month, start.day) - timedelta(days=1)
    else:
        assert end == date(year, month, last)


@given(start=edgy_dates, count=st.integers(1, 36))
def test_renewal_terms_tile_without_gaps_or_overlaps(start: date, count: int) -> None:
    spec = TermSpec(start_date=start, initial_term=months(count),
                    renewal=RenewalMode.AUTOMATIC, max_renewals=6)
    terms = term_sequence(spec, date(2200, 1, 1))
    assert len(terms) == 7
    for (_, previous_end), (next_start, next_end) in itertools.pairwise(terms):
        assert next_start == previous_end + timedelta(days=1)
        assert next_end >= next_start


@given(end=edgy_dates, count=st.integers(1, 400))
def test_day_notice_is_exactly_n_days_before_the_end(end: date, count: int) -> None:
    assert notice_deadline(end, Period(count, PeriodUnit.DAYS)) == end - timedelta(days=count)


@given(end=edgy_dates, count=st.integers(1, 24))
def test_month_notice_is_strictly_before_the_end(end: date, count: int) -> None:
    assert notice_deadline(end, months(count)) < end


@given(end=edgy_dates, count=st.integers(1, 60))
def test_business_day_notice_counts_exactly_n_weekdays(end: date, count: int) -> None:
    deadline = notice_deadline(end, Period(count, PeriodUnit.BUSINESS_DAYS))
    assert deadline.weekday() < 5
    span = [deadline + timedelta(days=i) for i in range((end - deadline).days)]
    assert sum(1 for day in span if day.weekday() < 5) == count


@given(start=edgy_dates, count=st.integers(1, 24), offset=st.integers(0, 5000),
       buffer=st.integers(0, 30))
def test_the_current_term_contains_today_and_send_by_comes_first(
    start: date, count: int, offset: int, buffer: int
) -> None:
    today = start + timedelta(days=offset)
    spec = TermSpec(start_date=start, initial_term=months(count),
                    renewal=RenewalMode.AUTOMATIC, notice_period=months(1),
                    notice_buffer_days=buffer)
    dates = key_dates(spec, today)
    assert dates.current_term_start <= today <= dates.current_term_end
    assert dates.send_by is not None and dates.notice_deadline is not None
    assert dates.send_by <= dates.notice_deadline < dates.current_term_end
    assert dates.next_renewal_start == dates.current_term_end + timedelta(days=1)


@given(start=edgy_dates, count=st.integers(1, 24), first=st.integers(0, 3000),
       step=st.integers(1, 800))
def test_the_current_term_end_never_moves_back_as_days_pass(
    start: date, count: int, first: int, step: int
) -> None:
    spec = TermSpec(start_date=start, initial_term=months(count),
                    renewal=RenewalMode.AUTOMATIC)
    earlier = key_dates(spec, start + timedelta(days=first)).current_term_end
    later = key_dates(spec, start + timedelta(days=first + step)).current_term_end
    assert earlier is not None and later is not None and later >= earlier


def test_renewal_term_differs_and_max_renewals_and_final_end_stop_it() -> None:
    spec = TermSpec(start_date=date(2020, 1, 1), initial_term=Period.parse("2 years"),
                    renewal=RenewalMode.AUTOMATIC, renewal_term=months(6), max_renewals=3)
    dates = key_dates(spec, date(2030, 1, 1))
    assert dates.term_end == date(2021, 12, 31)
    assert dates.renewals == 3 and dates.current_term_end == date(2023, 6, 30)
    assert dates.status.value == "expired" and dates.next_renewal_start is None
    capped = TermSpec(start_date=date(2020, 1, 1), initial_term=Period.parse("1 year"),
                      renewal=RenewalMode.AUTOMATIC, final_end_date=date(2021, 8, 15))
    assert key_dates(capped, date(2021, 5, 1)).current_term_end == date(2021, 8, 15)


def test_option_renewal_never_rolls_and_no_renewal_expires() -> None:
    for mode in (RenewalMode.OPTION, RenewalMode.NONE):
        spec = TermSpec(start_date=date(2020, 1, 1), initial_term=Period.parse("1 year"),
                        renewal=mode, notice_period=months(3))
        dates = key_dates(spec, date(2022, 6, 1))
        assert dates.renewals == 0 and dates.current_term_end == date(2020, 12, 31)
        assert dates.status.value == "expired"
    assert key_dates(spec, date(2019, 6, 1)).status.value == "upcoming"


def test_notice_given_in_time_makes_this_term_the_last() -> None:
    base = {"start_date": date(2024, 1, 1), "initial_term": Period.parse("1 year"),
            "renewal": RenewalMode.AUTOMATIC, "notice_period": months(3)}
    in_time = key_dates(TermSpec(**base, notice_given_on=date(2024, 9, 30)), date(2025, 6, 1))
    assert in_time.current_term_end == date(2024, 12, 31) and in_time.status.value == "expired"
    late = key_dates(TermSpec(**base, notice_given_on=date(2024, 10, 1)), date(2025, 6, 1))
    assert late.current_term_end == date(2025, 12, 31) and late.next_renewal_start is None


def test_an_open_ended_contract_has_no_end() -> None:
    dates = key_dates(TermSpec(start_date=date(2020, 1, 1)), date(2026, 1, 1))
    assert dates.current_term_end is None and dates.status.value == "active"


@pytest.mark.parametrize("text", ["0 months", "-3 months", "500 years", "3 fortnights", "soon",
                                  "", "12"])
def test_nonsense_periods_are_refused_clearly(text: str) -> None:
    with pytest.raises(TermError) as caught:
        Period.parse(text)
    assert str(caught.value)


@pytest.mark.parametrize(
    "fields",
    [
        {"end_date": date(2019, 1, 1)},
        {"final_end_date": date(2019, 1, 1)},
        {"max_renewals": -1},
        {"notice_buffer_days": -2},
        {"initial_term": Period(20, PeriodUnit.BUSINESS_DAYS)},
        {"renewal": RenewalMode.AUTOMATIC},
    ],
)
def test_contradictory_terms_are_refused(fields: dict) -> None:
    with pytest.raises(TermError):
        TermSpec(start_date=date(2020, 1, 1), **fields)


@given(start=dates, count=st.integers(1, 100))
def test_year_terms_equal_twelve_month_terms(start: date, count: int) -> None:
    assume(start.year + count < 9999)
    assert term_end(start, Period(count, PeriodUnit.YEARS)) == term_end(start, months(12 * count))
