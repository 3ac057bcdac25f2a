"""A renewing contract's terms started at a counted renewal give the same key dates.

The reminder check starts a contract that renews by itself at a renewal
shortly before its window (``scan.rolled_on``) instead of rolling every term
from its start. For random contracts (month ends, leap days, every kind of
term and notice, limits on renewals, final end dates, notice given, holidays,
postal days) and windows from before the start to decades after it, the key
dates of every window must be those of the contract as written; and a check
of a generated register, day after day, stores the same alerts and next
reminder days with the jump as without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import TermSpec
from contract_desk.domain.notice import NoticeTo
from contract_desk.domain.periods import Period
from contract_desk.domain.periods import PeriodUnit as U
from contract_desk.domain.reminders import contract_key_dates
from contract_desk.domain.terms import RenewalMode
from contract_desk.models import Alert, Contract, Obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.reminders import scan
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.settings import record_check
from contract_desk.storage import Register, open_register

_years = st.integers(1990, 2060)
starts = st.one_of(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    st.builds(lambda y, m: date(y, m, 28), _years, st.integers(1, 12)),
    st.builds(lambda y, m: date(y, m, 1), _years, st.integers(1, 12)),
    st.builds(lambda y: date(y, 2, 29), st.sampled_from([1992, 2000, 2024, 2048])),
    st.builds(lambda y, d: date(y, 12, d), _years, st.integers(30, 31)),
)
terms = st.one_of(
    st.builds(Period, st.integers(1, 24), st.just(U.MONTHS)),
    st.builds(Period, st.integers(1, 3), st.just(U.YEARS)),
    st.builds(Period, st.integers(1, 400), st.just(U.DAYS)),
    st.builds(Period, st.integers(1, 60), st.just(U.WEEKS)),
)
notices = st.none() | st.one_of(
    st.builds(Period, st.integers(1, 6), st.just(U.MONTHS)),
    st.builds(Period, st.integers(1, 120), st.just(U.DAYS)),
    st.builds(Period, st.integers(1, 40), st.just(U.BUSINESS_DAYS)),
)


@st.composite
def specs(draw: st.DrawFn) -> TermSpec:
    start = draw(starts)
    later = st.none() | st.integers(0, 9000).map(lambda days: start + timedelta(days=days))
    notice = draw(notices)
    initial = draw(terms)
    return TermSpec(
        start, end_date=draw(st.none() | st.integers(0, 800).map(
            lambda days: start + timedelta(days=days))),
        initial_term=initial,
        renewal=draw(st.sampled_from([RenewalMode.AUTOMATIC] * 4 + list(RenewalMode))),
        renewal_term=draw(st.none() | terms),
        max_renewals=draw(st.none() | st.none() | st.integers(0, 400)),
        final_end_date=draw(st.none() | st.none() | later), notice_period=notice,
        notice_to=None if notice is None else draw(st.none() | st.none() | st.sampled_from(
            NoticeTo)),
        notice_buffer_days=draw(st.integers(0, 30)),
        notice_given_on=draw(st.none() | st.none() | st.none() | later),
        postal_days=draw(st.sampled_from([0, 0, 3])),
        holiday_country=draw(st.sampled_from([None, None, "NO"])),
    )


def _keys(spec: TermSpec | None, first: date, days: int) -> list[Any]:
    try:
        return contract_key_dates(spec, confidential_until=None, first=first,
                                  last=first + timedelta(days=days))
    except (DomainError, ValueError, OverflowError) as error:  # the same either way
        return [type(error), str(error)]


@settings(max_examples=1500, deadline=None)
@given(spec=specs(), offset=st.integers(-100, 12000), days=st.sampled_from([7, 38, 407]))
@example(spec=TermSpec(date(2024, 2, 29), initial_term=Period(1, U.YEARS),
                       renewal=RenewalMode.AUTOMATIC, notice_period=Period(3, U.MONTHS)),
         offset=3000, days=407)
@example(spec=TermSpec(date(2015, 1, 31), initial_term=Period(1, U.MONTHS),
                       renewal=RenewalMode.AUTOMATIC, notice_period=Period(1, U.MONTHS)),
         offset=4000, days=38)
@example(spec=TermSpec(date(2010, 3, 15), initial_term=Period(1, U.DAYS),
                       renewal=RenewalMode.AUTOMATIC, notice_period=Period(1, U.DAYS)),
         offset=6000, days=7)
def test_jumped_terms_give_the_same_key_dates(spec: TermSpec, offset: int, days: int) -> None:
    first = spec.start_date + timedelta(days=offset)
    jumped = scan.rolled_on(spec, first)
    assert _keys(jumped, first, days) == _keys(spec, first, days)


def test_a_long_running_contract_is_jumped_and_a_short_one_is_not() -> None:
    monthly = TermSpec(date(2012, 5, 10), initial_term=Period(1, U.MONTHS),
                       renewal=RenewalMode.AUTOMATIC, notice_period=Period(1, U.MONTHS),
                       max_renewals=500)
    jumped = scan.rolled_on(monthly, date(2026, 12, 5))
    assert jumped is not None and jumped != monthly
    assert jumped.start_date == date(2026, 10, 10)  # a term before the window's
    assert jumped.end_date == date(2026, 11, 9)
    assert jumped.max_renewals == 500 - 173
    assert scan.rolled_on(monthly, date(2012, 8, 1)) is monthly  # three renewals: walked
    given = TermSpec(date(2012, 5, 10), initial_term=Period(1, U.MONTHS),
                     renewal=RenewalMode.AUTOMATIC, notice_period=Period(1, U.MONTHS),
                     notice_given_on=date(2026, 1, 1))
    assert scan.rolled_on(given, date(2026, 12, 5)) is given
    daily = TermSpec(date(1900, 1, 1), initial_term=Period(1, U.DAYS),
                     renewal=RenewalMode.AUTOMATIC)
    assert scan.rolled_on(daily, date(2026, 12, 5)) is daily  # the engine gives up there


def test_jumps_happen_in_the_property_test_too() -> None:
    """The property above compares jumps, not only specs handed back unchanged."""
    jumped = 0
    for year in range(1995, 2025):
        for months in (1, 3, 12):
            spec = TermSpec(date(year, 3, 12), initial_term=Period(months, U.MONTHS),
                            renewal=RenewalMode.AUTOMATIC, notice_period=Period(1, U.MONTHS))
            first = date(2026, 12, 5)
            if scan.rolled_on(spec, first) is not spec:
                jumped += 1
                assert _keys(scan.rolled_on(spec, first), first, 407) == _keys(spec, first, 407)
    assert jumped > 60


# The check over a generated register: the same alerts and days either way.

START = date(2027, 1, 20)
DAYS = (date(2027, 1, 20), date(2027, 1, 31), date(2027, 2, 1), date(2027, 2, 28),
        date(2027, 3, 1), date(2027, 6, 30), date(2027, 12, 31), date(2028, 2, 29),
        date(2028, 3, 1), date(2029, 1, 1))


def _register(path: Path) -> Register:
    register = open_register(path)
    with register.transaction() as session:
        generate_demo(session, count=150, seed=3, today=START)
        record_check(session, START - timedelta(days=1))
    return register


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Register, Register]]:
    jump, walk = _register(tmp_path / "jump.sqlite3"), _register(tmp_path / "walk.sqlite3")
    yield jump, walk
    jump.close()
    walk.close()


def _state(register: Register) -> dict[str, list[Any]]:
    with register.reading() as session:
        return {
            "alerts": [tuple(row) for row in session.execute(
                select(Alert.id, Alert.target_type, Alert.contract_id, Alert.obligation_id,
                       Alert.key_kind, Alert.key_date, Alert.offset_days, Alert.due_on,
                       Alert.withdrawn_at.is_not(None), Alert.escalated_at.is_not(None))
                .order_by(Alert.id))],
            "contracts": [tuple(row) for row in session.execute(
                select(Contract.id, Contract.next_reminder_on).order_by(Contract.id))],
            "obligations": [tuple(row) for row in session.execute(
                select(Obligation.id, Obligation.next_reminder_on).order_by(Obligation.id))],
        }


def test_checks_store_the_same_with_jumped_terms(pair: tuple[Register, Register],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    jump, walk = pair
    calls: list[bool] = []
    original = scan.rolled_on

    def counted(spec: TermSpec | None, first: date) -> TermSpec | None:
        found = original(spec, first)
        calls.append(found is not spec)
        return found

    monkeypatch.setattr(scan, "rolled_on", counted)
    for today in DAYS:
        for register, jumping in ((jump, True), (walk, False)):
            monkeypatch.setattr(scan, "JUMP_TERMS", jumping)
            with register.transaction() as session:
                check_reminders(session, today=today)
        assert _state(jump) == _state(walk), today
    assert sum(calls) > 50  # contracts were jumped, not only handed back
    assert len(_state(jump)["alerts"]) > 100
