"""The pure reminder schedule: key dates from the term engine, offsets, overdue, escalation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from contract_desk.domain import DomainError, Period, RenewalMode
from contract_desk.domain.keydates import TermSpec
from contract_desk.domain.reminders import (
    CONTRACT_OFFSETS,
    OBLIGATION_OFFSETS,
    KeyDate,
    KeyKind,
    Reminder,
    clean_offsets,
    contract_key_dates,
    describe,
    is_escalated,
    obligation_key_dates,
    overdue_reminder,
    relative_day,
    reminders_due,
)


def _kinds(keys: list[KeyDate]) -> dict[KeyKind, list[date]]:
    found: dict[KeyKind, list[date]] = {}
    for key in keys:
        found.setdefault(key.kind, []).append(key.day)
    return found


def test_a_fixed_term_has_its_notice_deadline_send_by_and_end() -> None:
    spec = TermSpec(start_date=date(2025, 1, 1), initial_term=Period.parse("2 years"),
                    notice_period=Period.parse("3 months"), notice_buffer_days=10)
    keys = _kinds(contract_key_dates(spec, confidential_until=date(2030, 6, 30),
                                     first=date(2026, 1, 1), last=date(2031, 1, 1)))
    assert keys[KeyKind.TERM_END] == [date(2026, 12, 31)]
    assert keys[KeyKind.NOTICE_DEADLINE] == [date(2026, 9, 30)]
    assert keys[KeyKind.SEND_BY] == [date(2026, 9, 20)]
    assert keys[KeyKind.CONFIDENTIALITY_END] == [date(2030, 6, 30)]


def test_a_term_ending_on_a_month_end_counts_notice_back_to_the_month_end() -> None:
    # 30 November end, one month's notice: deadline is 31 October, not 30 October.
    spec = TermSpec(start_date=date(2025, 12, 1), end_date=date(2026, 11, 30),
                    notice_period=Period.parse("1 month"))
    keys = _kinds(contract_key_dates(spec, confidential_until=None,
                                     first=date(2026, 1, 1), last=date(2026, 12, 31)))
    assert keys[KeyKind.NOTICE_DEADLINE] == [date(2026, 10, 31)]
    assert KeyKind.SEND_BY not in keys  # no buffer: the send-by date is the deadline


def test_leap_day_terms_and_deadlines() -> None:
    spec = TermSpec(start_date=date(2023, 3, 1), end_date=date(2024, 2, 29),
                    notice_period=Period.parse("29 days"))
    keys = _kinds(contract_key_dates(spec, confidential_until=None,
                                     first=date(2024, 1, 1), last=date(2024, 12, 31)))
    assert keys[KeyKind.TERM_END] == [date(2024, 2, 29)]
    assert keys[KeyKind.NOTICE_DEADLINE] == [date(2024, 1, 31)]
    due = reminders_due(contract_key_dates(spec, confidential_until=None,
                                           first=date(2024, 2, 28), last=date(2024, 3, 31)),
                        (1, 0), start=date(2024, 2, 28), today=date(2024, 2, 29))
    assert [(r.kind, r.due_on) for r in due] == [
        (KeyKind.TERM_END, date(2024, 2, 28)), (KeyKind.TERM_END, date(2024, 2, 29))]


def test_an_automatic_renewal_rolls_the_notice_deadline_forward() -> None:
    spec = TermSpec(start_date=date(2024, 1, 1), initial_term=Period.parse("1 year"),
                    renewal=RenewalMode.AUTOMATIC, notice_period=Period.parse("3 months"))
    keys = _kinds(contract_key_dates(spec, confidential_until=None,
                                     first=date(2026, 1, 1), last=date(2027, 12, 31)))
    assert keys[KeyKind.NOTICE_DEADLINE] == [date(2026, 9, 30), date(2027, 9, 30)]
    # A renewing term's end needs no action (the notice deadline does): not a key date.
    assert KeyKind.TERM_END not in keys


def test_notice_given_in_time_ends_the_renewals_and_leaves_the_term_end() -> None:
    spec = TermSpec(start_date=date(2024, 1, 1), initial_term=Period.parse("1 year"),
                    renewal=RenewalMode.AUTOMATIC, notice_period=Period.parse("3 months"),
                    notice_given_on=date(2026, 8, 1))
    keys = _kinds(contract_key_dates(spec, confidential_until=None,
                                     first=date(2026, 1, 1), last=date(2028, 12, 31)))
    assert keys == {KeyKind.TERM_END: [date(2026, 12, 31)]}


def test_the_last_of_a_limited_number_of_renewals_ends() -> None:
    spec = TermSpec(start_date=date(2024, 1, 1), initial_term=Period.parse("1 year"),
                    renewal=RenewalMode.AUTOMATIC, max_renewals=1,
                    notice_period=Period.parse("1 month"))
    keys = _kinds(contract_key_dates(spec, confidential_until=None,
                                     first=date(2024, 1, 1), last=date(2030, 12, 31)))
    assert keys[KeyKind.NOTICE_DEADLINE] == [date(2024, 11, 30), date(2025, 11, 30)]
    assert keys[KeyKind.TERM_END] == [date(2025, 12, 31)]


def test_a_monthly_payment_on_the_31st_reminds_at_each_month_end() -> None:
    keys = obligation_key_dates(date(2024, 1, 31), "FREQ=MONTHLY",
                                first=date(2024, 1, 1), last=date(2024, 4, 30))
    assert [k.day for k in keys] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31),
                                     date(2024, 4, 30)]
    due = reminders_due(keys, OBLIGATION_OFFSETS, start=date(2024, 2, 22),
                        today=date(2024, 2, 29))
    assert [(r.key_date, r.offset_days) for r in due] == [
        (date(2024, 2, 29), 7), (date(2024, 2, 29), 3), (date(2024, 2, 29), 0)]


def test_a_one_off_obligation_outside_the_window_has_no_key_date() -> None:
    assert obligation_key_dates(date(2024, 5, 1), None, first=date(2024, 1, 1),
                                last=date(2024, 4, 30)) == []
    assert obligation_key_dates(None, None, first=date(2024, 1, 1), last=date(2025, 1, 1)) == []


def test_offset_zero_falls_on_the_key_date_itself() -> None:
    key = KeyDate(KeyKind.NOTICE_DEADLINE, date(2026, 3, 31))
    due = reminders_due([key], CONTRACT_OFFSETS, start=date(2026, 3, 31), today=date(2026, 3, 31))
    assert due == [Reminder(KeyKind.NOTICE_DEADLINE, date(2026, 3, 31), 0)]
    assert due[0].due_on == date(2026, 3, 31)


def test_a_catch_up_window_gives_each_missed_offset_once_in_order() -> None:
    key = KeyDate(KeyKind.TERM_END, date(2026, 3, 31))
    due = reminders_due([key], CONTRACT_OFFSETS, start=date(2026, 3, 20), today=date(2026, 4, 2))
    assert [r.offset_days for r in due] == [7, 3, 1, 0]


def test_overdue_counts_days_after_and_escalates_at_the_configured_day() -> None:
    key_date = date(2026, 1, 30)
    assert overdue_reminder(KeyKind.DUE, key_date, key_date) is None
    late = overdue_reminder(KeyKind.DUE, key_date, date(2026, 2, 2))
    assert late == Reminder(KeyKind.DUE, key_date, -3)
    assert late is not None and late.due_on == date(2026, 2, 2)
    assert [is_escalated(-days, 3) for days in (1, 2, 3, 4)] == [False, False, True, True]
    assert not is_escalated(0, 1)
    assert overdue_reminder(KeyKind.CONFIDENTIALITY_END, key_date, date(2026, 3, 1)) is None


def test_offsets_overrides_are_checked_and_sorted() -> None:
    assert clean_offsets(None, (7, 0)) == (7, 0)
    assert clean_offsets([0, 30, 7, 30], (7, 0)) == (30, 7, 0)
    assert clean_offsets([], (7, 0)) == ()
    with pytest.raises(DomainError, match="0 to"):
        clean_offsets([-1], (7, 0))
    with pytest.raises(DomainError, match="list of days"):
        clean_offsets("30", (7, 0))


def test_the_text_says_when() -> None:
    day = date(2026, 3, 31)
    assert describe("notice_deadline", day, 30, "A-1 Lease") == (
        "Notice deadline in 30 days (2026-03-31): A-1 Lease")
    assert describe(KeyKind.DUE, day, 0, "x").startswith("Due date is today")
    assert describe(KeyKind.DUE, day, 1, "x").startswith("Due date is tomorrow")
    assert describe(KeyKind.DUE, day, -2, "x").startswith("Due date is 2 days overdue")
    assert describe(KeyKind.DUE, day, -1, "x").startswith("Due date is 1 day overdue")


def test_the_inbox_and_the_notifications_say_when_in_the_same_words() -> None:
    assert [relative_day(days) for days in (12, 1, 0, -1, -3)] == [
        "in 12 days", "tomorrow", "today", "1 day overdue", "3 days overdue"]
    assert relative_day(-3) in describe(KeyKind.DUE, date(2026, 3, 31), -3, "x")


def test_a_daily_renewing_contract_stays_cheap_over_a_long_window() -> None:
    spec = TermSpec(start_date=date(2000, 1, 1), initial_term=Period.parse("1 day"),
                    renewal=RenewalMode.AUTOMATIC, notice_period=Period.parse("1 day"))
    first = date(2026, 1, 1)
    keys = contract_key_dates(spec, confidential_until=None, first=first,
                              last=first + timedelta(days=90))
    assert len(keys) == 91 and all(k.kind is KeyKind.NOTICE_DEADLINE for k in keys)
