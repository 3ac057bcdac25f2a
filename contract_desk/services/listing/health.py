"""Health of every contract on a day, from its key dates and its open obligations.

One grouped query summarises the one-off obligations per contract; recurring
series are few enough per contract to expand in Python, and only up to the
first occurrence on or after today.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from contract_desk.domain.health import (
    ENDED_STATUSES,
    Health,
    HealthWindow,
    action_dates,
    contract_health,
)
from contract_desk.domain.obligations import OPEN_STATUSES, is_overdue
from contract_desk.domain.recurrence import RecurrenceError, next_occurrence
from contract_desk.models import Obligation
from contract_desk.services.register.contract_columns import day_of
from contract_desk.services.register.driver_records import driver_records
from contract_desk.services.register.rows import ContractRow

#: An obligation in one of these states still has to be done.
OPEN_STATES = tuple(sorted(OPEN_STATUSES))


@dataclass(frozen=True, slots=True)
class ObligationSummary:
    """What a contract's open obligations add to its health."""

    next_due: date | None = None
    overdue: int = 0


NO_OBLIGATIONS = ObligationSummary()
DEFAULT_WINDOW = HealthWindow()


def obligation_summaries(
    session: Session, *, today: date, contract_id: int | None = None
) -> dict[int, ObligationSummary]:
    """Next open due date and number of overdue obligations, per contract id.

    With ``contract_id``, for that contract only (one row changed, not the register).
    Contracts with the same next due date and overdue count share one summary.
    """
    only = [] if contract_id is None else [Obligation.contract_id == contract_id]
    next_due, overdue = _one_off_summaries(session, today=today, only=only)
    for found_id, upcoming, missed in _series_states(session, today=today, only=only):
        if upcoming is not None:
            known = next_due.get(found_id)
            if known is None or upcoming < known:
                next_due[found_id] = upcoming
        if missed:
            overdue[found_id] = overdue.get(found_id, 0) + 1
    shared: dict[tuple[date | None, int], ObligationSummary] = {}
    summaries: dict[int, ObligationSummary] = {}
    for found_id in next_due.keys() | overdue.keys():
        key = (next_due.get(found_id), overdue.get(found_id, 0))
        summary = shared.get(key)
        if summary is None:
            summary = shared[key] = ObligationSummary(*key)
        summaries[found_id] = summary
    return summaries


def _one_off_summaries(
    session: Session, *, today: date, only: list[Any]
) -> tuple[dict[int, date | None], dict[int, int]]:
    due = Obligation.due_date
    query = (
        select(
            Obligation.contract_id,
            type_coerce(func.min(case((due >= today, due))), String),
            func.sum(case((due < today, 1), else_=0)),
        )
        .where(Obligation.status.in_(OPEN_STATES), Obligation.recurrence.is_(None), *only)
        .group_by(Obligation.contract_id)
    )
    next_due: dict[int, date | None] = {}
    overdue: dict[int, int] = {}
    for found_id, first, late in driver_records(session, query):
        next_due[found_id] = None if first is None else day_of(first)
        if late:
            overdue[found_id] = int(late)
    return next_due, overdue


def _series_states(session: Session, *, today: date,
                   only: list[Any]) -> Iterable[tuple[int, date | None, bool]]:
    # A series has one status for all its occurrences (per-occurrence tracking
    # comes with reminders): "scheduled" means it runs on time, while "not met"
    # or "partially met" mean someone recorded a miss, which stays overdue.
    query = select(
        Obligation.contract_id, type_coerce(Obligation.due_date, String),
        Obligation.recurrence, Obligation.status,
    ).where(Obligation.status.in_(OPEN_STATES), Obligation.recurrence.is_not(None), *only)
    horizon = today + timedelta(days=400)
    # Series repeat (the same rule from the same first day across many contracts):
    # each distinct one is expanded once.
    upcoming_of: dict[tuple[str | date, str | None], date | None] = {}
    missed_of: dict[tuple[str | date, str], bool] = {}
    for contract_id, first_due, rule, status in driver_records(session, query):
        if first_due is None:
            continue
        key = (first_due, rule)
        if key in upcoming_of:
            upcoming = upcoming_of[key]
        else:
            upcoming = upcoming_of[key] = _upcoming(day_of(first_due), rule, today, horizon)
        state = (first_due, status)
        missed = missed_of.get(state)
        if missed is None:
            missed = missed_of[state] = is_overdue(
                day_of(first_due), status, recurring=True, today=today)
        yield contract_id, upcoming, missed


def _upcoming(first_due: date, rule: str | None, today: date, horizon: date) -> date | None:
    try:
        upcoming = next_occurrence(first_due, rule, today)
    except RecurrenceError:
        # A stored rule this version cannot read: show the series as due now
        # rather than hide it; the detail view explains the rule's problem.
        return today
    return None if upcoming is not None and upcoming > horizon else upcoming


def row_health(
    row: ContractRow,
    summary: ObligationSummary,
    *,
    today: date,
    window: HealthWindow = DEFAULT_WINDOW,
) -> Health:
    """The health of one listed contract on ``today``."""
    renews = row.renewal == "automatic" and row.notice_given_on is None
    dates = action_dates(
        send_by=row.send_by,
        notice_deadline=row.notice_deadline,
        current_term_end=row.current_term_end,
        renews_by_itself=renews,
    )
    return contract_health(
        today=today,
        status=row.effective_status,
        action_dates=dates,
        obligation_due_dates=[summary.next_due] if summary.next_due else [],
        has_overdue_obligation=summary.overdue > 0,
        window=window,
    )


def health_judge(
    today: date, window: HealthWindow = DEFAULT_WINDOW
) -> Callable[[ContractRow, ObligationSummary], Health]:
    """``row_health`` for many rows of one day, without a list per row.

    Equal to ``row_health(row, summary, today=today, window=window)`` for every
    row (tests/services/listing/test_obligation_summaries.py); this is what the
    window and the exports judge 100,000 contracts with.
    """
    risk = today + timedelta(days=window.risk_days)
    attention = today + timedelta(days=window.attention_days)
    overdue, ended, on_track = Health.OVERDUE, Health.ENDED, Health.ON_TRACK
    at_risk, heads_up = Health.AT_RISK, Health.ATTENTION

    def judge(row: ContractRow, summary: ObligationSummary) -> Health:
        if summary.overdue > 0:
            return overdue
        if row.effective_status in ENDED_STATUSES:
            return ended
        renews = row.renewal == "automatic" and row.notice_given_on is None
        soonest: date | None = None
        for day in (row.send_by, row.notice_deadline,
                    None if renews else row.current_term_end, summary.next_due):
            if day is not None and day >= today and (soonest is None or day < soonest):
                soonest = day
        if soonest is None:
            return on_track
        if soonest <= risk:
            return at_risk
        return heads_up if soonest <= attention else on_track

    return judge


def healths(
    rows: Iterable[ContractRow],
    summaries: dict[int, ObligationSummary],
    *,
    today: date,
    window: HealthWindow = DEFAULT_WINDOW,
) -> list[Health]:
    """The health of each row, in order."""
    return [
        row_health(row, summaries.get(row.id, NO_OBLIGATIONS), today=today, window=window)
        for row in rows
    ]
