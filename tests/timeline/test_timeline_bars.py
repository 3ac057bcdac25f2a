"""A contract's bar: terms and renewals as segments, notice window, send-by, open end."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from contract_desk.services.register.contract_records import contract_row
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.bars import Segment, bar_for
from contract_desk.services.timeline.milestones import (
    LATE,
    MET,
    SCHEDULED,
    WAIVED,
    ObligationMark,
    milestone_state,
    milestones_between,
)

TODAY = date(2026, 6, 1)


def row(**values: Any) -> ContractRow:
    base = {"id": 1, "uid": "u", "title": "T", "renewal": "none"}
    return contract_row({**base, **values}, TODAY)


def test_a_fixed_term_is_one_segment_with_its_notice_window_and_send_by() -> None:
    bar = bar_for(row(start_date=date(2026, 1, 1), end_date=date(2026, 12, 31),
                      notice_period="3 months", notice_buffer_days=10))
    assert bar.segments == (Segment(date(2026, 1, 1), date(2026, 12, 31), 0),)
    assert bar.notice_window == (date(2026, 9, 30), date(2026, 12, 31))
    assert bar.send_by == date(2026, 9, 20)
    assert bar.open_from is None


def test_each_automatic_renewal_is_its_own_segment_up_to_the_current_term() -> None:
    bar = bar_for(row(start_date=date(2023, 1, 1), initial_term="1 year", renewal="automatic",
                      renewal_term="1 year", notice_period="1 month"))
    assert bar.segments == (
        Segment(date(2023, 1, 1), date(2023, 12, 31), 0),
        Segment(date(2024, 1, 1), date(2024, 12, 31), 1),
        Segment(date(2025, 1, 1), date(2025, 12, 31), 2),
        Segment(date(2026, 1, 1), date(2026, 12, 31), 3),
    )
    assert bar.notice_window == (date(2026, 11, 30), date(2026, 12, 31))


def test_a_renewal_term_other_than_the_initial_one() -> None:
    bar = bar_for(row(start_date=date(2025, 1, 1), initial_term="2 months", renewal="automatic",
                      renewal_term="6 months"))
    assert [(s.start, s.end) for s in bar.segments] == [
        (date(2025, 1, 1), date(2025, 2, 28)), (date(2025, 3, 1), date(2025, 8, 31)),
        (date(2025, 9, 1), date(2026, 2, 28)), (date(2026, 3, 1), date(2026, 8, 31))]


def test_an_open_ended_contract_fades_from_its_start() -> None:
    bar = bar_for(row(start_date=date(2020, 5, 1)))
    assert bar.segments == () and bar.open_from == date(2020, 5, 1)
    assert bar.first_day == date(2020, 5, 1) and bar.last_day is None
    assert bar.earliest_end is None  # no notice period: nothing to mark


def test_an_open_ended_contract_marks_its_earliest_end_if_notice_went_today() -> None:
    bar = bar_for(row(start_date=date(2020, 5, 1), notice_period="3 months",
                      notice_to="month-end"))
    assert bar.open_from == date(2020, 5, 1)
    assert bar.earliest_end == date(2026, 9, 30)  # 1 Jun + 3 months, to the month's end


def test_a_contract_without_dates_has_nothing_to_draw() -> None:
    bar = bar_for(row())
    assert bar.segments == () and bar.open_from is None and bar.first_day is None


def mark(status: str, due: date, met_on: date | None = None, rule: str | None = None
         ) -> ObligationMark:
    return ObligationMark("o", "u", "Beta", "payment", "us", "Pay", due, status, met_on, rule,
                          Decimal(1), "EUR", 1)


def test_milestone_states() -> None:
    due = date(2026, 5, 1)
    assert milestone_state(mark("scheduled", date(2026, 7, 1)), date(2026, 7, 1), TODAY) == \
        SCHEDULED
    assert milestone_state(mark("scheduled", due), due, TODAY) == LATE  # open, past due
    assert milestone_state(mark("met", due, date(2026, 4, 30)), due, TODAY) == MET
    assert milestone_state(mark("met", due, date(2026, 5, 3)), due, TODAY) == LATE
    assert milestone_state(mark("not_met", due), due, TODAY) == LATE
    assert milestone_state(mark("waived", due), due, TODAY) == WAIVED


def test_recurring_obligations_become_one_milestone_per_occurrence() -> None:
    series = mark("scheduled", date(2026, 1, 31), rule="FREQ=MONTHLY;COUNT=12")
    found = milestones_between([series], date(2026, 5, 1), date(2026, 8, 31), TODAY)
    assert [m.day for m in found] == [date(2026, 5, 31), date(2026, 6, 30), date(2026, 7, 31),
                                      date(2026, 8, 31)]
    # a series has one status: its past occurrences are not "late" unless a miss was recorded
    assert {m.state for m in found} == {SCHEDULED}


def test_an_unreadable_rule_yields_no_milestones_instead_of_failing() -> None:
    broken = mark("scheduled", date(2026, 1, 1), rule="FREQ=SOMETIMES")
    assert milestones_between([broken], date(2025, 1, 1), date(2027, 1, 1), TODAY) == []
