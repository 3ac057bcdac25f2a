"""Raising alerts in a register: never twice, never lost, overdue, catch-up, withdrawal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from contract_desk.domain import DomainError
from contract_desk.models import Alert
from contract_desk.services.listing.queries import get_contract
from contract_desk.services.register.contracts import update_contract
from contract_desk.services.reminders.inbox import open_alerts
from contract_desk.services.reminders.raising import ReminderRun, check_reminders
from contract_desk.services.reminders.settings import (
    last_check,
    reminder_settings,
    save_reminder_settings,
)
from contract_desk.storage import Register

USER = "tester"


def check(register: Register, today: date) -> ReminderRun:
    with register.transaction() as session:
        return check_reminders(session, today=today)


def fired_keys(run: ReminderRun) -> list[tuple[str, date, int]]:
    return [(row.kind, row.key_date, row.offset_days) for row in run.fired]


def alert_count(register: Register) -> int:
    with register.transaction() as session:
        return session.scalar(select(func.count()).select_from(Alert)) or 0


def test_the_same_day_twice_fires_nothing_new(register: Register, add_contract) -> None:
    add_contract(reference="L-1", start_date="2026-01-01", end_date="2026-12-31")
    first = check(register, date(2026, 12, 17))
    assert fired_keys(first) == [("term_end", date(2026, 12, 31), 14)]
    again = check(register, date(2026, 12, 17))
    assert again.fired == () and alert_count(register) == 1
    assert again.pending["upcoming"] == 1 and again.pending["total"] == 1


def test_closed_for_ten_days_each_missed_alert_fires_exactly_once(
    register: Register, add_contract, add_due
) -> None:
    uid = add_contract(reference="S-1", start_date="2026-01-01", end_date="2027-12-31")
    add_due(uid, due_date="2026-03-10")
    check(register, date(2026, 3, 1))  # the last check before the break
    run = check(register, date(2026, 3, 11))
    assert fired_keys(run) == [("due", date(2026, 3, 10), 7), ("due", date(2026, 3, 10), 3),
                               ("due", date(2026, 3, 10), 0), ("due", date(2026, 3, 10), -1)]
    assert check(register, date(2026, 3, 11)).fired == ()
    with register.transaction() as session:
        assert last_check(session) == date(2026, 3, 11)


def test_monthly_payments_on_the_31st_remind_per_occurrence(
    register: Register, add_contract, add_due
) -> None:
    uid = add_contract(start_date="2024-01-01", end_date="2024-12-31")
    add_due(uid, due_date="2024-01-31", recurrence="FREQ=MONTHLY", reminder_offsets=[0])
    check(register, date(2024, 1, 31))
    run = check(register, date(2024, 2, 29))
    # February's occurrence on the 29th, and January's (overdue) keyed by its own date.
    assert sorted(fired_keys(run)) == [("due", date(2024, 1, 31), -29),
                                       ("due", date(2024, 2, 29), 0)]


def test_acknowledging_one_occurrence_leaves_the_others(
    register: Register, add_contract, add_due
) -> None:
    from contract_desk.services.reminders.actions import acknowledge

    uid = add_contract(start_date="2024-01-01", end_date="2024-12-31")
    add_due(uid, due_date="2024-01-31", recurrence="FREQ=MONTHLY", reminder_offsets=[0])
    check(register, date(2024, 1, 31))
    february = check(register, date(2024, 2, 29))
    january_alert = next(r for r in february.fired if r.key_date == date(2024, 1, 31))
    with register.transaction() as session:
        acknowledge(session, january_alert.id, user=USER)
    march = check(register, date(2024, 3, 1))
    keys = {(row.key_date, row.offset_days) for row in march.fired}
    assert keys == {(date(2024, 2, 29), -1)}  # February goes on, January is quiet
    with register.transaction() as session:
        inbox = open_alerts(session, today=date(2024, 3, 1))
    assert [row.key_date for row in inbox.overdue] == [date(2024, 2, 29)]


def test_overdue_once_a_day_then_escalated(register: Register, add_contract, add_due) -> None:
    with register.transaction() as session:
        save_reminder_settings(session, user=USER, escalate_after_days=2,
                               escalation_contact="boss@example.com")
    uid = add_contract(start_date="2026-01-01", end_date="2027-12-31")
    add_due(uid, due_date="2026-05-04", reminder_offsets=[0])
    check(register, date(2026, 5, 4))
    days = [check(register, date(2026, 5, 4) + timedelta(days=n)) for n in (1, 1, 2, 3)]
    assert [fired_keys(run) for run in days] == [
        [("due", date(2026, 5, 4), -1)], [], [("due", date(2026, 5, 4), -2)],
        [("due", date(2026, 5, 4), -3)]]
    assert [row.escalated for run in days for row in run.fired] == [False, True, True]
    assert days[-1].escalation_contact == "boss@example.com"
    assert days[-1].pending["escalated"] == 1 and days[-1].pending["overdue"] == 1


def test_meeting_an_obligation_withdraws_its_open_alerts(
    register: Register, add_contract, add_due
) -> None:
    from contract_desk.services import mark_obligation

    uid = add_contract(start_date="2026-01-01", end_date="2027-12-31")
    obligation = add_due(uid, due_date="2026-05-04")
    check(register, date(2026, 5, 1))
    with register.transaction() as session:
        mark_obligation(session, obligation, "met", met_on=date(2026, 5, 2),
                        expected_version=1, user=USER)
    run = check(register, date(2026, 5, 6))
    assert run.fired == () and run.withdrawn == 1 and run.pending["total"] == 0


def test_changing_the_dates_moves_future_alerts_and_withdraws_stale_ones(
    register: Register, add_contract
) -> None:
    uid = add_contract(reference="M-1", start_date="2026-01-01", end_date="2026-12-31",
                       notice_period="1 month")
    first = check(register, date(2026, 11, 16))  # notice deadline 30 Nov: the 14-day reminder
    assert fired_keys(first) == [("term_end", date(2026, 12, 31), 90),
                                 ("notice_deadline", date(2026, 11, 30), 14)]
    with register.transaction() as session:
        row = get_contract(session, uid)
        update_contract(session, uid, {"end_date": "2027-06-30"},
                        expected_version=row.version_id, user=USER)
    run = check(register, date(2026, 11, 17))
    assert run.withdrawn == 2 and run.fired == () and run.pending["total"] == 0
    later = check(register, date(2027, 5, 1))  # the new deadline: 31 May 2027, 30 days before
    assert ("notice_deadline", date(2027, 5, 31), 30) in fired_keys(later)


def test_a_first_run_raises_the_latest_passed_reminder_of_each_coming_date(
    register: Register, add_contract
) -> None:
    add_contract(start_date="2026-01-01", end_date="2026-12-31")
    run = check(register, date(2026, 12, 20))  # 11 days before the end: the 14-day reminder
    assert fired_keys(run) == [("term_end", date(2026, 12, 31), 14)]


def test_overrides_win_over_the_register_default(
    register: Register, add_contract, add_due
) -> None:
    with register.transaction() as session:
        save_reminder_settings(session, user=USER, contract_offsets=[10],
                               obligation_offsets=[2])
        assert reminder_settings(session).contract_offsets == (10,)
    own = add_contract(start_date="2026-01-01", end_date="2026-06-30", reminder_offsets=[5])
    add_contract(start_date="2026-01-01", end_date="2026-06-30")
    add_due(own, due_date="2026-06-30")
    add_due(own, due_date="2026-06-30", title="Report", kind="report", reminder_offsets=[20])
    runs = {day: check(register, date(2026, 6, 30) - timedelta(days=day))
            for day in (20, 10, 5, 2)}
    found = {day: sorted((r.target_type, r.offset_days) for r in run.fired)
             for day, run in runs.items()}
    assert found == {20: [("obligation", 20)], 10: [("contract", 10)], 5: [("contract", 5)],
                     2: [("obligation", 2)]}


def test_ended_contracts_are_not_reminded(register: Register, add_contract, add_due) -> None:
    uid = add_contract(start_date="2026-01-01", end_date="2026-12-31", status="terminated")
    add_due(uid, due_date="2026-12-01")
    assert check(register, date(2026, 12, 1)).fired == ()


def test_a_date_changed_away_and_back_raises_its_alert_again(
    register: Register, add_contract
) -> None:
    uid = add_contract(start_date="2026-01-01", end_date="2026-12-31")
    (alert,) = check(register, date(2026, 12, 17)).fired  # the 14-day reminder of the end
    for end in ("2027-06-30", "2026-12-31"):
        with register.transaction() as session:
            row = get_contract(session, uid)
            update_contract(session, uid, {"end_date": end}, expected_version=row.version_id,
                            user=USER)
        run = check(register, date(2026, 12, 17))
    assert [r.id for r in run.fired] == [alert.id] and not run.fired[0].withdrawn
    assert alert_count(register) == 1


def test_bad_settings_are_refused_with_a_sentence(register: Register) -> None:
    with register.transaction() as session:
        for bad, message in (({"escalate_after_days": 0}, "1 or more"),
                             ({"contract_offsets": [-5]}, "0 to"),
                             ({"colour": "red"}, "unknown reminder setting")):
            with pytest.raises(DomainError, match=message):
                save_reminder_settings(session, user=USER, **bad)
        assert reminder_settings(session).escalate_after_days == 3


def test_an_obligation_already_late_at_the_first_check_is_overdue_once(
    register: Register, add_contract, add_due
) -> None:
    # Imported or typed in with a past due date: no reminder ever came before it.
    uid = add_contract(reference="P-1", start_date="2025-01-01", end_date="2027-12-31")
    add_due(uid, title="Deposit", due_date="2026-11-10")
    add_due(uid, title="Paid", due_date="2026-11-01", status="met", met_on="2026-11-01")
    add_due(uid, title="Monthly", due_date="2026-01-31", recurrence="FREQ=MONTHLY")
    run = check(register, date(2026, 11, 23))
    late = [(r.obligation_title, r.key_date, r.offset_days, r.escalated) for r in run.fired
            if r.offset_days < 0]
    assert late == [("Deposit", date(2026, 11, 10), -13, True)]
    assert [r for r in check(register, date(2026, 11, 23)).fired if r.offset_days < 0] == []
    next_day = check(register, date(2026, 11, 24))
    assert [(r.obligation_title, r.offset_days) for r in next_day.fired] == [("Deposit", -14)]
