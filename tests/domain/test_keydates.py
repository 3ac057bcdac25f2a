"""Key dates on a given day: current term, renewals, notice deadline, send-by, status."""

from __future__ import annotations

import calendar
import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.errors import TermError
from contract_desk.domain.keydates import KeyDates, TermSpec, key_dates, term_sequence
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import RenewalMode, TermStatus, notice_deadline, term_end

U = PeriodUnit
AUTO = RenewalMode.AUTOMATIC
YEAR = Period(1, U.YEARS)
THREE_MONTHS = Period(3, U.MONTHS)


def _yearly(**fields: object) -> TermSpec:
    """A contract from 2024-01-01 for a year, renewing yearly, three months' notice."""
    values = {"start_date": date(2024, 1, 1), "initial_term": YEAR, "renewal": AUTO,
              "notice_period": THREE_MONTHS} | fields
    return TermSpec(**values)  # type: ignore[arg-type]


def test_a_fixed_term_contract_through_its_life() -> None:
    spec = TermSpec(date(2024, 1, 1), initial_term=YEAR, notice_period=THREE_MONTHS,
                    notice_buffer_days=10)
    during = key_dates(spec, date(2024, 6, 1))
    assert during == KeyDates(
        term_end=date(2024, 12, 31), current_term_start=date(2024, 1, 1),
        current_term_end=date(2024, 12, 31), notice_deadline=date(2024, 9, 30),
        send_by=date(2024, 9, 20), renewals=0, status=TermStatus.ACTIVE, next_renewal_start=None,
        earliest_end=date(2024, 12, 31),
    )
    assert key_dates(spec, date(2023, 12, 31)).status is TermStatus.UPCOMING
    assert key_dates(spec, date(2024, 1, 1)).status is TermStatus.ACTIVE
    assert key_dates(spec, date(2024, 12, 31)).status is TermStatus.ACTIVE
    after = key_dates(spec, date(2025, 1, 1))
    assert after.status is TermStatus.EXPIRED
    assert (after.current_term_end, after.renewals) == (date(2024, 12, 31), 0)


def test_automatic_renewal_rolls_the_current_term_and_its_deadline() -> None:
    spec = TermSpec(date(2022, 3, 1), initial_term=Period(2, U.YEARS), renewal=AUTO,
                    renewal_term=YEAR, notice_period=THREE_MONTHS, notice_buffer_days=5)
    dates = key_dates(spec, date(2025, 6, 15))
    assert dates.term_end == date(2024, 2, 29)  # the original term stays shown
    assert (dates.current_term_start, dates.current_term_end) == (date(2025, 3, 1),
                                                                   date(2026, 2, 28))
    assert dates.renewals == 2
    assert dates.notice_deadline == date(2025, 11, 30)
    assert dates.send_by == date(2025, 11, 25)
    assert dates.next_renewal_start == date(2026, 3, 1)
    assert dates.status is TermStatus.ACTIVE


def test_the_term_changes_the_day_after_it_ends() -> None:
    spec = _yearly()
    last_day = key_dates(spec, date(2024, 12, 31))
    assert (last_day.current_term_end, last_day.renewals) == (date(2024, 12, 31), 0)
    assert last_day.next_renewal_start == date(2025, 1, 1)
    first_day = key_dates(spec, date(2025, 1, 1))
    assert (first_day.current_term_start, first_day.current_term_end) == (date(2025, 1, 1),
                                                                           date(2025, 12, 31))
    assert first_day.renewals == 1
    assert first_day.notice_deadline == date(2025, 9, 30)


def test_a_month_end_start_renews_into_whole_months() -> None:
    spec = TermSpec(date(2024, 1, 31), initial_term=Period(1, U.MONTHS), renewal=AUTO)
    assert term_sequence(spec, date(2024, 5, 31)) == [
        (date(2024, 1, 31), date(2024, 2, 29)), (date(2024, 3, 1), date(2024, 3, 31)),
        (date(2024, 4, 1), date(2024, 4, 30)), (date(2024, 5, 1), date(2024, 5, 31)),
    ]


def test_max_renewals_caps_the_rolling() -> None:
    spec = _yearly(max_renewals=2)
    in_last = key_dates(spec, date(2026, 5, 1))
    assert (in_last.renewals, in_last.current_term_end) == (2, date(2026, 12, 31))
    assert in_last.next_renewal_start is None
    after = key_dates(spec, date(2030, 1, 1))
    assert (after.status, after.renewals, after.current_term_end) == (
        TermStatus.EXPIRED, 2, date(2026, 12, 31))
    never = key_dates(_yearly(max_renewals=0), date(2025, 6, 1))
    assert (never.status, never.renewals) == (TermStatus.EXPIRED, 0)


def test_the_final_end_date_cuts_the_last_renewal_short() -> None:
    spec = _yearly(final_end_date=date(2026, 6, 30))
    assert term_sequence(spec, date(2030, 1, 1)) == [
        (date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 6, 30)),
    ]
    after = key_dates(spec, date(2026, 7, 1))
    assert (after.status, after.renewals, after.current_term_end) == (
        TermStatus.EXPIRED, 2, date(2026, 6, 30))
    on_a_term_end = key_dates(_yearly(final_end_date=date(2025, 12, 31)), date(2025, 3, 1))
    assert (on_a_term_end.renewals, on_a_term_end.next_renewal_start) == (1, None)


def test_renewal_by_option_never_rolls_by_itself() -> None:
    spec = _yearly(renewal=RenewalMode.OPTION)
    for today in (date(2024, 6, 1), date(2025, 6, 1), date(2040, 1, 1)):
        dates = key_dates(spec, today)
        assert (dates.renewals, dates.current_term_end) == (0, date(2024, 12, 31))
        assert dates.next_renewal_start is None
    assert key_dates(spec, date(2025, 1, 1)).status is TermStatus.EXPIRED


def test_no_renewal_expires_after_the_end() -> None:
    spec = _yearly(renewal=RenewalMode.NONE)
    assert key_dates(spec, date(2025, 1, 1)).status is TermStatus.EXPIRED
    assert term_sequence(spec, date(2030, 1, 1)) == [(date(2024, 1, 1), date(2024, 12, 31))]


def test_an_open_ended_contract_never_ends() -> None:
    spec = TermSpec(date(2024, 1, 1), notice_period=THREE_MONTHS)
    assert key_dates(spec, date(2023, 12, 31)).status is TermStatus.UPCOMING
    dates = key_dates(spec, date(2090, 1, 1))
    # No end of its own; notice given today would end it three months on.
    assert dates == KeyDates(None, date(2024, 1, 1), None, None, None, 0, TermStatus.ACTIVE, None,
                             earliest_end=date(2090, 4, 1))
    assert term_sequence(spec, date(2090, 1, 1)) == []


def test_notice_given_in_time_makes_the_current_term_the_last() -> None:
    spec = _yearly(notice_given_on=date(2024, 9, 30))  # on the deadline itself
    dates = key_dates(spec, date(2025, 2, 1))
    assert (dates.status, dates.renewals, dates.next_renewal_start) == ("expired", 0, None)


def test_late_notice_ends_the_contract_one_term_later() -> None:
    spec = _yearly(notice_given_on=date(2024, 10, 1))  # a day after the deadline
    assert key_dates(spec, date(2024, 12, 1)).next_renewal_start == date(2025, 1, 1)
    dates = key_dates(spec, date(2026, 2, 1))
    assert (dates.status, dates.renewals, dates.current_term_end) == (
        TermStatus.EXPIRED, 1, date(2025, 12, 31))


def test_without_a_notice_period_notice_counts_until_the_last_day() -> None:
    spec = _yearly(notice_period=None, notice_given_on=date(2024, 12, 31))
    dates = key_dates(spec, date(2025, 6, 1))
    assert (dates.status, dates.notice_deadline, dates.send_by) == (TermStatus.EXPIRED, None, None)


def test_renewal_defaults_to_the_initial_term_or_the_dated_span() -> None:
    by_term = key_dates(_yearly(initial_term=Period(6, U.MONTHS)), date(2024, 8, 1))
    assert by_term.current_term_start == date(2024, 7, 1)
    assert by_term.current_term_end == date(2024, 12, 31)
    spec = TermSpec(date(2024, 1, 1), end_date=date(2024, 3, 31), renewal=AUTO)
    by_dates = key_dates(spec, date(2024, 5, 1))
    assert (by_dates.current_term_start, by_dates.current_term_end) == (date(2024, 4, 1),
                                                                         date(2024, 6, 30))
    end_wins = TermSpec(date(2024, 1, 1), end_date=date(2024, 6, 30), initial_term=YEAR)
    assert key_dates(end_wins, date(2024, 3, 1)).term_end == date(2024, 6, 30)


def test_business_day_notice_in_the_key_dates() -> None:
    spec = TermSpec(date(2024, 1, 1), end_date=date(2024, 12, 31),
                    notice_period=Period(5, U.BUSINESS_DAYS), notice_buffer_days=3)
    dates = key_dates(spec, date(2024, 6, 1))
    assert (dates.notice_deadline, dates.send_by) == (date(2024, 12, 24), date(2024, 12, 21))


def test_a_renewal_mode_given_as_text_is_read() -> None:
    assert _yearly(renewal="automatic").renewal is AUTO
    assert _yearly(renewal="option").renewal is RenewalMode.OPTION


def test_an_end_far_in_the_future_still_has_key_dates() -> None:
    # Registers write "indefinite" as 9999-12-31; that must not need a 7975-year renewal term.
    spec = TermSpec(date(2024, 1, 1), end_date=date(9999, 12, 31), notice_period=THREE_MONTHS)
    dates = key_dates(spec, date(2025, 1, 1))
    assert (dates.current_term_end, dates.notice_deadline, dates.status) == (
        date(9999, 12, 31), date(9999, 9, 30), TermStatus.ACTIVE)


def test_a_renewing_term_ending_on_the_calendars_last_day_has_no_next_term() -> None:
    spec = TermSpec(date(2024, 1, 1), end_date=date(9999, 12, 31), initial_term=YEAR,
                    renewal=AUTO)
    dates = key_dates(spec, date(2025, 1, 1))
    assert (dates.current_term_end, dates.next_renewal_start) == (date(9999, 12, 31), None)


def test_far_future_rolling_that_leaves_the_calendar_is_a_term_error() -> None:
    with pytest.raises(TermError, match="leaves the calendar"):
        key_dates(_yearly(start_date=date(9990, 1, 1)), date(9999, 12, 31))


def test_too_many_rolls_is_a_clear_error() -> None:
    spec = TermSpec(date(1900, 1, 1), initial_term=Period(1, U.DAYS), renewal=AUTO)
    with pytest.raises(TermError, match="too short"):
        key_dates(spec, date(2025, 1, 1))


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"end_date": date(2023, 12, 31)}, "end date 2023-12-31 is before the start date"),
        ({"max_renewals": -1}, "renewals cannot be negative, got -1"),
        ({"notice_buffer_days": -5}, "buffer cannot be negative, got -5"),
        ({"notice_buffer_days": 100_000}, "longer than ten years"),
        ({"final_end_date": date(2023, 6, 30)}, "final end date 2023-06-30 is before"),
        ({"initial_term": Period(20, U.BUSINESS_DAYS)}, "initial term cannot be counted"),
        ({"renewal_term": Period(20, U.BUSINESS_DAYS)}, "renewal term cannot be counted"),
        ({"initial_term": None}, "needs an end date or an initial term"),
        ({"renewal": "tacit"}, "'tacit'"),
    ],
)
def test_nonsense_terms_are_refused_clearly(fields: dict[str, object], expected: str) -> None:
    with pytest.raises(TermError, match=expected):
        _yearly(**fields)


_years = st.integers(min_value=1950, max_value=2150)
edge_dates = st.one_of(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)),
    st.builds(lambda y, m: date(y, m, calendar.monthrange(y, m)[1]), _years, st.integers(1, 12)),
    st.builds(lambda y: date(y, 2, 29), st.sampled_from([1952, 2000, 2024, 2096, 2104])),
    st.builds(lambda y, d: date(y, 12, d), _years, st.integers(30, 31)),
)
terms = st.one_of(
    st.builds(Period, st.integers(1, 36), st.just(U.MONTHS)),
    st.builds(Period, st.integers(1, 3), st.just(U.YEARS)),
    st.builds(Period, st.integers(5, 400), st.just(U.DAYS)),
    st.builds(Period, st.integers(1, 60), st.just(U.WEEKS)),
)
notices = st.none() | st.one_of(
    st.builds(Period, st.integers(1, 6), st.just(U.MONTHS)),
    st.builds(Period, st.integers(1, 120), st.just(U.DAYS)),
    st.builds(Period, st.integers(1, 40), st.just(U.BUSINESS_DAYS)),
)
offsets = st.integers(min_value=-400, max_value=6000)


@st.composite
def specs(draw: st.DrawFn) -> TermSpec:
    start = draw(edge_dates)
    later = st.none() | offsets.map(lambda days: start + timedelta(days=abs(days)))
    return TermSpec(
        start, initial_term=draw(terms), renewal=draw(st.sampled_from(RenewalMode)),
        renewal_term=draw(st.none() | terms), max_renewals=draw(st.none() | st.integers(0, 8)),
        final_end_date=draw(later), notice_period=draw(notices),
        notice_buffer_days=draw(st.integers(0, 30)), notice_given_on=draw(later),
    )


@given(spec=specs(), offset=offsets)
def test_the_key_dates_agree_with_each_other_on_any_day(spec: TermSpec, offset: int) -> None:
    today = spec.start_date + timedelta(days=offset)
    dates = key_dates(spec, today)
    assert dates.current_term_end is not None
    assert (dates.status is TermStatus.UPCOMING) == (today < spec.start_date)
    if dates.status is TermStatus.ACTIVE:
        assert dates.current_term_start <= today <= dates.current_term_end
    if dates.status is TermStatus.EXPIRED:
        assert today > dates.current_term_end and dates.next_renewal_start is None
    if spec.notice_period is not None:
        assert dates.notice_deadline == notice_deadline(dates.current_term_end, spec.notice_period)
        assert dates.send_by is not None and dates.notice_deadline is not None
        assert dates.send_by == dates.notice_deadline - timedelta(days=spec.notice_buffer_days)
        assert dates.send_by <= dates.notice_deadline < dates.current_term_end
    sequence = term_sequence(spec, today)
    assert sequence[-1] == (dates.current_term_start, dates.current_term_end)
    assert dates.renewals == len(sequence) - 1
    assert spec.renewal is AUTO or dates.renewals == 0


@given(spec=specs())
def test_renewal_terms_tile_and_respect_every_limit(spec: TermSpec) -> None:
    sequence = term_sequence(spec, spec.start_date + timedelta(days=8000))
    renewal_term = spec.renewal_term or spec.initial_term
    assert renewal_term is not None
    for (_, end), (next_start, next_end) in itertools.pairwise(sequence):
        assert next_start == end + timedelta(days=1)
        full = term_end(next_start, renewal_term)
        final = spec.final_end_date
        assert next_end == (full if final is None else min(full, final))
        given_on = spec.notice_given_on
        if given_on is not None:  # renewed, so notice came after this term's deadline
            notice = spec.notice_period
            assert given_on > (end if notice is None else notice_deadline(end, notice))
    assert all(start <= end for start, end in sequence)
    assert spec.max_renewals is None or len(sequence) - 1 <= spec.max_renewals


@given(spec=specs(), first=offsets, second=offsets)
def test_the_current_term_never_moves_back_as_days_pass(
    spec: TermSpec, first: int, second: int
) -> None:
    earlier, later = sorted((first, second))
    before = key_dates(spec, spec.start_date + timedelta(days=earlier))
    after = key_dates(spec, spec.start_date + timedelta(days=later))
    assert before.current_term_end is not None and after.current_term_end is not None
    assert before.current_term_end <= after.current_term_end
    assert before.renewals <= after.renewals
