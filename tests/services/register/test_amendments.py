"""Amendments: the terms in force on each day, taking effect on their day, every version kept."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain import clock
from contract_desk.domain.amendments import Dated, terms_on
from contract_desk.domain.errors import DomainError
from contract_desk.domain.event_words import event_words
from contract_desk.domain.validation import ValidationError
from contract_desk.services import create_contract, get_contract, history
from contract_desk.services.register.amendments import (
    amendment_versions,
    list_amendments,
    record_amendment,
    withdraw_amendment,
)
from contract_desk.services.register.amendments import terms_on as terms_of_day
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register

TODAY = date(2026, 12, 4)
#: Three years to 31 Dec 2026, renewing by a year, 3 months' notice: notice by 30 Sep.
LEASE = {"reference": "L-1", "title": "Lease", "start_date": "2024-01-01",
         "end_date": "2026-12-31", "renewal": "automatic", "renewal_term": "1 year",
         "notice_period": "3 months", "value": "120000", "currency": "NOK"}


@pytest.fixture(autouse=True)
def today() -> None:
    clock.freeze(TODAY)


@pytest.fixture
def lease(register: Register) -> str:
    with register.transaction() as session:
        return create_contract(session, LEASE, user="kari").uid


def test_an_amendment_in_force_keeps_the_terms_before_it(register: Register, lease: str) -> None:
    with register.transaction() as session:
        row = record_amendment(session, lease, date(2026, 6, 1),
                               {"end_date": "2028-06-30", "notice_period": "6 months",
                                "value": Decimal(150000)}, user="kari", today=TODAY,
                               reference="Amendment 1", signed_on=date(2026, 5, 20))
    assert row.state == "in_force" and row.before == {
        "end_date": "2026-12-31", "notice_period": "3 months", "value": "120000.00"}
    with register.reading() as session:
        now = get_contract(session, lease, today=TODAY)
        assert (now.end_date, now.notice_period, now.value) == (
            date(2028, 6, 30), "6 months", Decimal("150000.00"))
        assert now.notice_deadline == date(2027, 12, 31)
        before = terms_of_day(session, lease, date(2026, 5, 31))
        assert (before.end_date, before.notice_period, before.value) == (
            date(2026, 12, 31), "3 months", Decimal("120000.00"))
        assert before.notice_deadline == date(2026, 9, 30)  # the old terms' key dates
        words = [event_words(e.entity, e.action) for e in history(session, lease)]
        changed = [e for e in history(session, lease) if e.action == "update"]
    assert "Amendment recorded" in words
    assert changed and "Amendment 1" in (changed[-1].note or "")


def test_a_coming_amendment_takes_effect_on_the_first_check_from_its_day(
        register: Register, lease: str) -> None:
    with register.transaction() as session:
        row = record_amendment(session, lease, date(2027, 1, 1), {"value": "200000"},
                               user="kari", today=TODAY)
    assert row.state == "coming" and row.before is None
    with register.reading() as session:
        assert get_contract(session, lease, today=TODAY).value == Decimal("120000.00")
        assert terms_of_day(session, lease, date(2027, 1, 1)).value == Decimal("200000")
    with register.transaction() as session:
        check_reminders(session, today=date(2026, 12, 31))
        assert get_contract(session, lease).value == Decimal("120000.00")
        check_reminders(session, today=date(2027, 1, 2))
        assert get_contract(session, lease).value == Decimal("200000.00")
        assert [a.state for a in list_amendments(session, lease)] == ["in_force"]
        versions = amendment_versions(session, lease)
    assert [(day, terms["value"]) for day, terms in versions] == [
        (None, Decimal("120000.00")), (date(2027, 1, 1), Decimal("200000"))]


def test_wrong_amendments_change_nothing(register: Register, lease: str) -> None:
    with register.transaction() as session, pytest.raises(ValidationError):
        record_amendment(session, lease, TODAY, {"end_date": "2023-01-01"}, user="kari",
                         today=TODAY)  # before the start
    with register.transaction() as session, pytest.raises(DomainError, match="not title"):
        record_amendment(session, lease, TODAY, {"title": "New"}, user="kari", today=TODAY)
    with register.transaction() as session, pytest.raises(DomainError, match="at least one"):
        record_amendment(session, lease, TODAY, {}, user="kari", today=TODAY)
    with register.transaction() as session:
        record_amendment(session, lease, date(2026, 11, 1), {"value": "1"}, user="kari",
                         today=TODAY)
    with register.transaction() as session, pytest.raises(DomainError, match="later amendment"):
        record_amendment(session, lease, date(2026, 10, 1), {"value": "2"}, user="kari",
                         today=TODAY)
    with register.reading() as session:
        assert get_contract(session, lease, today=TODAY).value == Decimal("1.00")
        assert len(list_amendments(session, lease)) == 1


def test_a_coming_amendment_may_be_withdrawn_one_in_force_not(
        register: Register, lease: str) -> None:
    with register.transaction() as session:
        coming = record_amendment(session, lease, date(2027, 3, 1), {"value": "9"},
                                  user="kari", today=TODAY)
        done = record_amendment(session, lease, TODAY, {"value": "8"}, user="kari",
                                today=TODAY)
        assert withdraw_amendment(session, coming.uid, user="kari").state == "withdrawn"
        with pytest.raises(DomainError, match="in force"):
            withdraw_amendment(session, done.uid, user="kari")
        check_reminders(session, today=date(2027, 3, 2))
        assert get_contract(session, lease).value == Decimal("8.00")


days = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))


@given(st.lists(st.tuples(days, st.integers(1, 10**6)), min_size=1, max_size=6), days, days)
def test_the_terms_of_a_day_are_the_last_amendment_effective_by_then(
        plan: list[tuple[date, int]], today: date, asked: date) -> None:
    """Whatever was applied by ``today`` (kept as values + befores) and whatever is still to
    come, the value in force on ``asked`` is that of the last amendment effective by then."""
    ordered = sorted(plan, key=lambda item: item[0])
    value, dated = 0, []
    for effective, new in ordered:
        if effective <= today:
            dated.append(Dated(effective, {"value": new}, {"value": value}))
            value = new
        else:
            dated.append(Dated(effective, {"value": new}, None))
    expected = next((new for effective, new in reversed(ordered) if effective <= asked), 0)
    assert terms_on({"value": value}, dated, asked)["value"] == expected
