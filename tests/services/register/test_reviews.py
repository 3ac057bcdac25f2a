"""A review reminder on a chosen cycle for an open-ended contract."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain import clock
from contract_desk.domain.errors import DomainError
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.services import create_contract, list_obligations
from contract_desk.services.register.reviews import add_review, first_review, review_rule
from contract_desk.services.reminders.inbox import open_alerts
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register

TODAY = date(2026, 12, 4)


@pytest.fixture(autouse=True)
def today() -> None:
    clock.freeze(TODAY)


def test_the_rule_and_the_first_review() -> None:
    assert review_rule(Period.parse("1 year")) == "FREQ=YEARLY"
    assert review_rule(Period.parse("6 months")) == "FREQ=MONTHLY;INTERVAL=6"
    assert review_rule(Period.parse("2 weeks")) == "FREQ=WEEKLY;INTERVAL=2"
    with pytest.raises(DomainError, match="business days"):
        review_rule(Period.parse("20 business days"))
    assert first_review(date(2023, 3, 15), Period.parse("6 months"), TODAY) == date(2027, 3, 15)
    assert first_review(date(2024, 1, 31), Period.parse("1 month"), TODAY) == date(2026, 12, 31)
    assert first_review(date(2027, 2, 1), Period.parse("1 year"), TODAY) == date(2028, 2, 1)


def _cycle_day(start: date, every: Period, cycles: int) -> date:
    count = every.count * cycles
    if every.unit is PeriodUnit.YEARS:
        return start + relativedelta(years=count)
    if every.unit is PeriodUnit.MONTHS:
        return start + relativedelta(months=count)
    return start + relativedelta(days=count * (7 if every.unit is PeriodUnit.WEEKS else 1))


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)),
       st.sampled_from([PeriodUnit.DAYS, PeriodUnit.WEEKS, PeriodUnit.MONTHS, PeriodUnit.YEARS]),
       st.integers(1, 24), st.dates(date(2000, 1, 1), date(2035, 12, 31)))
def test_the_first_review_is_the_earliest_cycle_day_from_today(
        start: date, unit: PeriodUnit, count: int, today: date) -> None:
    every = Period(count, unit)
    day = first_review(start, every, today)
    cycles = next(k for k in range(1, 100_000) if _cycle_day(start, every, k) == day)
    assert day >= today
    assert cycles == 1 or _cycle_day(start, every, cycles - 1) < today


def test_an_open_ended_contract_is_reminded_to_review_on_its_cycle(register: Register) -> None:
    with register.transaction() as session:
        uid = create_contract(session, {"reference": "OE-1", "title": "Canteen",
                                        "start_date": "2023-03-15", "notice_period": "3 months",
                                        "owner": "Kari"}, user="kari").uid
        review = add_review(session, uid, "6 months", user="kari", today=TODAY)
        assert (review.kind, review.due_date, review.recurrence, review.owner) == (
            "renewal_decision", date(2027, 3, 15), "FREQ=MONTHLY;INTERVAL=6", "Kari")
        assert [o.uid for o in list_obligations(session, uid)] == [review.uid]
        check_reminders(session, today=date(2027, 3, 8))
        upcoming = open_alerts(session, today=date(2027, 3, 8)).upcoming
    assert [(a.kind, a.key_date) for a in upcoming if a.target_type == "obligation"] == [
        ("due", date(2027, 3, 15))]
