"""Notice rules (month/quarter/year ends, open-ended contracts, postal days): examples and
properties. The README's worked cases run in tests/cli/test_notice_rules_readme.py."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain import Period, PeriodUnit, RenewalMode, TermError, TermSpec, key_dates
from contract_desk.domain.notice import (
    NoticeRule,
    NoticeTo,
    notice_to,
    period_end_on_or_after,
    period_end_on_or_before,
    send_by_post,
)
from contract_desk.domain.reminders import KeyKind, contract_key_dates
from contract_desk.domain.workdays import WorkingDays

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
month_ends = st.builds(lambda y, m: date(y, m, calendar.monthrange(y, m)[1]),
                       st.integers(1990, 2090), st.integers(1, 12))
edgy_dates = st.one_of(dates, month_ends)
alignments = st.sampled_from([None, *NoticeTo])
notices = st.one_of(
    st.builds(Period, st.integers(1, 24), st.just(PeriodUnit.MONTHS)),
    st.builds(Period, st.integers(1, 3), st.just(PeriodUnit.YEARS)),
    st.builds(Period, st.integers(1, 400), st.just(PeriodUnit.DAYS)),
    st.builds(Period, st.integers(1, 12), st.just(PeriodUnit.WEEKS)),
    st.builds(Period, st.integers(1, 60), st.just(PeriodUnit.BUSINESS_DAYS)),
)
COUNTRIES = ("NO", "SE", "DK", "DE", "KR", "CN", "US", "GB", "FR", "ES")
countries = st.sampled_from([None, *COUNTRIES])


def is_period_end(day: date, to: NoticeTo) -> bool:
    last_of_month = day.day == calendar.monthrange(day.year, day.month)[1]
    months = {NoticeTo.MONTH_END: range(1, 13), NoticeTo.QUARTER_END: (3, 6, 9, 12),
              NoticeTo.YEAR_END: (12,)}[to]
    return last_of_month and day.month in months


@pytest.mark.parametrize(
    ("day", "to", "after", "before"),
    [
        (date(2027, 6, 15), NoticeTo.MONTH_END, date(2027, 6, 30), date(2027, 5, 31)),
        (date(2027, 6, 30), NoticeTo.MONTH_END, date(2027, 6, 30), date(2027, 6, 30)),
        (date(2028, 2, 10), NoticeTo.MONTH_END, date(2028, 2, 29), date(2028, 1, 31)),
        (date(2027, 5, 31), NoticeTo.QUARTER_END, date(2027, 6, 30), date(2027, 3, 31)),
        (date(2027, 1, 1), NoticeTo.QUARTER_END, date(2027, 3, 31), date(2026, 12, 31)),
        (date(2027, 12, 31), NoticeTo.YEAR_END, date(2027, 12, 31), date(2027, 12, 31)),
        (date(2027, 7, 1), NoticeTo.YEAR_END, date(2027, 12, 31), date(2026, 12, 31)),
    ],
)
def test_period_ends_around_a_day(day: date, to: NoticeTo, after: date, before: date) -> None:
    assert period_end_on_or_after(day, to) == after
    assert period_end_on_or_before(day, to) == before


def test_notice_rule_words_are_read_and_nonsense_refused() -> None:
    assert notice_to("quarter-end") is NoticeTo.QUARTER_END
    with pytest.raises(TermError, match="unknown notice rule 'fortnight'"):
        notice_to("fortnight")
    with pytest.raises(TermError, match="needs a notice period"):
        TermSpec(date(2026, 1, 1), notice_to=NoticeTo.MONTH_END)
    spec = TermSpec(date(2026, 1, 1), notice_period=Period(1, PeriodUnit.MONTHS),
                    notice_to="year-end", holiday_country=" de ")  # type: ignore[arg-type]
    assert (spec.notice_to, spec.holiday_country) == (NoticeTo.YEAR_END, "DE")


@pytest.mark.parametrize("postal_days", [-1, 61])
def test_nonsense_postal_days_are_refused(postal_days: int) -> None:
    with pytest.raises(TermError, match="postal days"):
        TermSpec(date(2026, 1, 1), postal_days=postal_days)


def test_an_open_ended_contract_ends_where_notice_given_ends_it() -> None:
    spec = TermSpec(date(2025, 1, 1), notice_period=Period(3, PeriodUnit.MONTHS),
                    notice_to=NoticeTo.QUARTER_END, notice_given_on=date(2026, 12, 31))
    running = key_dates(spec, date(2027, 2, 1))
    assert (running.current_term_end, running.earliest_end) == (date(2027, 3, 31),) * 2
    assert running.status.value == "active" and running.notice_deadline is None
    assert key_dates(spec, date(2027, 4, 1)).status.value == "expired"


def test_an_open_ended_contract_without_notice_period_has_no_earliest_end() -> None:
    dates_now = key_dates(TermSpec(date(2025, 1, 1)), date(2026, 12, 4))
    assert dates_now.earliest_end is None and dates_now.current_term_end is None


def test_reminders_follow_the_month_end_rule_and_the_postal_days() -> None:
    spec = TermSpec(date(2026, 6, 16), end_date=date(2027, 6, 15),
                    notice_period=Period(3, PeriodUnit.MONTHS), notice_to=NoticeTo.MONTH_END,
                    postal_days=2)
    found = contract_key_dates(spec, confidential_until=None, first=date(2026, 12, 1),
                               last=date(2027, 12, 31))
    by_kind = {key.kind: key.day for key in found}
    # The deadline 2027-02-28 is a Sunday: the letter arrives Friday, posted Wednesday.
    assert by_kind[KeyKind.NOTICE_DEADLINE] == date(2027, 2, 28)
    assert by_kind[KeyKind.SEND_BY] == date(2027, 2, 24)
    assert by_kind[KeyKind.TERM_END] == date(2027, 6, 15)


@given(given_on=edgy_dates, notice=notices, to=st.sampled_from(list(NoticeTo)))
def test_aligned_notice_always_ends_on_a_month_quarter_or_year_end(
    given_on: date, notice: Period, to: NoticeTo
) -> None:
    end = NoticeRule(notice, to).earliest_end(given_on)
    assert is_period_end(end, to)
    assert end > given_on


@given(end=edgy_dates, notice=notices, to=alignments, country=countries)
def test_the_deadline_is_the_last_day_notice_still_ends_the_term_in_time(
    end: date, notice: Period, to: NoticeTo | None, country: str | None
) -> None:
    rule = NoticeRule(notice, to, WorkingDays(country))
    deadline = rule.deadline(end)
    ends = rule.earliest_end(deadline)
    assert ends <= end
    assert to is None or is_period_end(ends, to)
    assert rule.earliest_end(deadline + timedelta(days=1)) > end


@given(first=edgy_dates, later=st.integers(0, 800), notice=notices, to=alignments,
       country=countries)
def test_later_notice_never_ends_the_contract_earlier(
    first: date, later: int, notice: Period, to: NoticeTo | None, country: str | None
) -> None:
    rule = NoticeRule(notice, to, WorkingDays(country))
    assert rule.earliest_end(first) <= rule.earliest_end(first + timedelta(days=later))


def _plus_notice(day: date, notice: Period) -> date:
    """``day`` + the notice period, by dateutil (months clamp to the month's end)."""
    if notice.unit is PeriodUnit.MONTHS:
        return day + relativedelta(months=notice.count)
    if notice.unit is PeriodUnit.YEARS:
        return day + relativedelta(years=notice.count)
    if notice.unit is PeriodUnit.WEEKS:
        return day + timedelta(weeks=notice.count)
    return day + timedelta(days=notice.count)  # business days: at least as many days


@given(start=dates, today=dates, notice=notices, to=alignments, country=countries)
def test_an_open_ended_contract_never_ends_before_today_plus_the_notice_period(
    start: date, today: date, notice: Period, to: NoticeTo | None, country: str | None
) -> None:
    spec = TermSpec(start, notice_period=notice, notice_to=to, holiday_country=country)
    dates_now = key_dates(spec, today)
    assert dates_now.notice_deadline is None and dates_now.current_term_end is None
    assert dates_now.earliest_end is not None
    assert dates_now.earliest_end >= _plus_notice(max(today, start), notice)


@given(end=edgy_dates, count=st.integers(1, 40), country=st.sampled_from(COUNTRIES))
def test_a_business_day_deadline_is_a_working_day_of_the_country(
    end: date, count: int, country: str
) -> None:
    import holidays

    public = holidays.country_holidays(country)
    spec = TermSpec(date(1980, 1, 1), end_date=end,
                    notice_period=Period(count, PeriodUnit.BUSINESS_DAYS),
                    holiday_country=country)
    deadline = spec.deadline_for(end)
    assert deadline is not None and deadline < end
    assert deadline not in public
    assert deadline.weekday() < 5 or deadline in public.weekend_workdays
    working = [deadline + timedelta(days=i) for i in range((end - deadline).days)]
    assert sum(WorkingDays(country).is_working_day(day) for day in working) == count


@given(deadline=edgy_dates, postal=st.integers(0, 20), buffer=st.integers(0, 30),
       country=countries)
def test_the_send_by_date_is_never_after_the_deadline(
    deadline: date, postal: int, buffer: int, country: str | None
) -> None:
    workdays = WorkingDays(country)
    sending = send_by_post(deadline, postal, buffer, workdays)
    assert sending <= deadline
    if postal and not buffer:  # a letter is posted on a working day
        assert workdays.is_working_day(sending)
        between = [sending + timedelta(days=i) for i in range(1, (deadline - sending).days + 1)]
        assert sum(workdays.is_working_day(day) for day in between) >= postal


@given(start=edgy_dates, count=st.integers(1, 24), offset=st.integers(0, 3000),
       notice=notices, to=alignments, postal=st.integers(0, 10), buffer=st.integers(0, 30),
       country=countries)
def test_key_dates_send_by_comes_first_and_the_earliest_end_is_a_term_end(
    start: date, count: int, offset: int, notice: Period, to: NoticeTo | None,
    postal: int, buffer: int, country: str | None,
) -> None:
    spec = TermSpec(start, initial_term=Period(count, PeriodUnit.MONTHS),
                    renewal=RenewalMode.AUTOMATIC, notice_period=notice, notice_to=to,
                    holiday_country=country, postal_days=postal, notice_buffer_days=buffer)
    today = start + timedelta(days=offset)
    found = key_dates(spec, today)
    assert found.send_by is not None and found.notice_deadline is not None
    assert found.send_by <= found.notice_deadline
    assert found.earliest_end is not None and found.current_term_end is not None
    assert found.earliest_end >= found.current_term_end
    assert spec.deadline_for(found.earliest_end) is not None
    assert today <= spec.deadline_for(found.earliest_end)  # type: ignore[operator]
