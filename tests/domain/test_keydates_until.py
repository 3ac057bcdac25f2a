"""How long a contract's key dates stay valid: ``key_dates_until``.

A register stores each contract's key dates with the last day they stay the
same and computes them again only after it. These properties check the day
against the definition: on every day up to it ``key_dates`` gives exactly the
same dates, and where the dates themselves say when they change (the start,
the current term's end, a deadline) the day is that day, not a guess.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from test_keydates import edge_dates, notices, offsets, specs, terms

from contract_desk.domain.keydates import (
    TermSpec,
    key_dates,
    key_dates_held,
    key_dates_until,
)
from contract_desk.domain.notice import NoticeTo
from contract_desk.domain.periods import Period
from contract_desk.domain.periods import PeriodUnit as U
from contract_desk.domain.terms import RenewalMode

#: Days looked at inside a validity span: its ends and a few between.
_SAMPLES = 6


def _days_within(today: date, until: date) -> list[date]:
    last = min(until, today + timedelta(days=3000))
    span = (last - today).days
    picked = {today, last, *(today + timedelta(days=span * k // _SAMPLES) for k in range(_SAMPLES))}
    return sorted(picked)


def _assert_valid_until(spec: TermSpec, today: date) -> None:
    dates, until = key_dates_until(spec, today)
    assert dates == key_dates(spec, today)
    assert until >= today
    for day in _days_within(today, until):
        assert key_dates(spec, day) == dates, (day, until)
    if until < date(9000, 1, 1):
        # Not a day too early either where the change is known: the day after differs,
        # unless only the earliest end's bound was conservative (checked below).
        after = key_dates(spec, until + timedelta(days=1))
        assert after != dates or until == today


@st.composite
def open_ended(draw: st.DrawFn) -> TermSpec:
    start = draw(edge_dates)
    later = st.none() | offsets.map(lambda days: start + timedelta(days=abs(days)))
    notice = draw(notices)
    to = None if notice is None else draw(st.none() | st.sampled_from(NoticeTo))
    return TermSpec(start, notice_period=notice, notice_to=to, notice_given_on=draw(later),
                    notice_buffer_days=draw(st.integers(0, 30)))


@st.composite
def with_notice_to(draw: st.DrawFn) -> TermSpec:
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
    later = st.none() | offsets.map(lambda days: start + timedelta(days=abs(days)))
    return TermSpec(
        start, initial_term=draw(terms), renewal=draw(st.sampled_from(RenewalMode)),
        renewal_term=draw(st.none() | terms), max_renewals=draw(st.none() | st.integers(0, 8)),
        notice_period=draw(st.builds(Period, st.integers(1, 6), st.just(U.MONTHS))),
        notice_to=draw(st.sampled_from(NoticeTo)), notice_given_on=draw(later),
        postal_days=draw(st.integers(0, 5)),
        holiday_country=draw(st.sampled_from([None, "NO", "KR", "CN"])),
    )


@settings(max_examples=300)
@given(spec=specs(), offset=offsets)
def test_term_contracts_keep_their_dates_until_the_day_given(spec: TermSpec, offset: int) -> None:
    _assert_valid_until(spec, spec.start_date + timedelta(days=offset))


@settings(max_examples=200)
@given(spec=open_ended(), offset=offsets)
def test_open_ended_contracts_keep_their_dates_until_the_day_given(
    spec: TermSpec, offset: int
) -> None:
    _assert_valid_until(spec, spec.start_date + timedelta(days=offset))


@settings(max_examples=200)
@given(spec=with_notice_to(), offset=offsets)
def test_notice_to_a_month_end_keeps_dates_until_the_day_given(spec: TermSpec, offset: int) -> None:
    _assert_valid_until(spec, spec.start_date + timedelta(days=offset))


def test_a_yearly_contract_is_valid_until_its_notice_deadline_then_until_its_end() -> None:
    spec = TermSpec(date(2026, 1, 1), initial_term=Period(1, U.YEARS),
                    renewal=RenewalMode.AUTOMATIC, notice_period=Period(3, U.MONTHS))
    dates, until = key_dates_until(spec, date(2026, 6, 15))
    assert (dates.notice_deadline, until) == (date(2026, 9, 30), date(2026, 9, 30))
    # Past the deadline the earliest end is next year's end, until the term rolls.
    dates, until = key_dates_until(spec, date(2026, 10, 1))
    assert (dates.earliest_end, until) == (date(2027, 12, 31), date(2026, 12, 31))


def test_an_expired_contract_never_changes_and_an_upcoming_one_changes_at_its_start() -> None:
    spec = TermSpec(date(2020, 1, 1), end_date=date(2020, 12, 31))
    assert key_dates_until(spec, date(2026, 12, 4))[1] == date.max
    assert key_dates_until(spec, date(2019, 6, 1))[1] == date(2019, 12, 31)


def test_open_ended_with_plain_days_notice_changes_every_day() -> None:
    spec = TermSpec(date(2020, 1, 1), notice_period=Period(30, U.DAYS))
    dates, until = key_dates_until(spec, date(2026, 12, 4))
    assert (dates.earliest_end, until) == (date(2027, 1, 3), date(2026, 12, 4))
    spec = TermSpec(date(2020, 1, 1), notice_period=Period(1, U.MONTHS),
                    notice_to=NoticeTo.MONTH_END)
    dates, until = key_dates_until(spec, date(2026, 12, 4))
    assert (dates.earliest_end, until) == (date(2027, 1, 31), date(2026, 12, 31))


def _assert_held(spec: TermSpec, today: date) -> bool:
    dates, until, moves = key_dates_held(spec, today)
    if not moves:
        assert (dates, until) == key_dates_until(spec, today)
        return False
    assert dates == key_dates(spec, today) and until == date.max
    assert spec.first_term_end is None and spec.notice_given_on is None
    for day in [*_days_within(today, until), date(9000, 1, 1)]:
        assert key_dates(spec, day) == replace(
            dates, earliest_end=key_dates(spec, day).earliest_end), day
    return True


@settings(max_examples=200)
@given(spec=open_ended(), offset=offsets)
def test_only_the_earliest_end_of_an_open_ended_contract_moves_with_the_day(
    spec: TermSpec, offset: int
) -> None:
    _assert_held(spec, spec.start_date + timedelta(days=offset))


@settings(max_examples=200)
@given(spec=specs(), offset=offsets)
def test_nothing_else_is_held_as_moving(spec: TermSpec, offset: int) -> None:
    assert not _assert_held(spec, spec.start_date + timedelta(days=offset))


def test_plain_days_notice_is_held_as_moving_from_the_start_not_before() -> None:
    spec = TermSpec(date(2020, 1, 1), notice_period=Period(30, U.DAYS))
    dates, until, moves = key_dates_held(spec, date(2026, 12, 4))
    assert (dates.earliest_end, until, moves) == (date(2027, 1, 3), date.max, True)
    assert key_dates(spec, date(2026, 12, 5)).earliest_end == date(2027, 1, 4)
    assert key_dates_held(spec, date(2019, 12, 1))[1:] == (date(2019, 12, 31), False)
    given = replace(spec, notice_given_on=date(2026, 12, 1))
    assert key_dates_held(given, date(2026, 12, 4))[2] is False
