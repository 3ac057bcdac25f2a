"""Health of every contract on a day, from its key dates and its open obligations.

One grouped query summarises the one-off obligations per contract; recurring
series are few enough per contract to expand in Python, and only up to the
first occurrence on or after today.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from contract_desk.domain.health import Health, HealthWindow, action_dates, contract_health
from contract_desk.domain.obligations import OPEN_STATUSES, is_overdue
from contract_desk.domain.recurrence import RecurrenceError, next_occurrence
from contract_desk.models import Obligation
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
    """
    only = [] if contract_id is None else [Obligation.contract_id == contract_id]
    summaries = _one_off_summaries(session, today=today, only=only)
    for found_id, next_due, overdue in _series_states(session, today=today, only=only):
        _merge(summaries, found_id, next_due, overdue)
    return summaries


def _one_off_summaries(session: Session, *, today: date,
                       only: list[Any]) -> dict[int, ObligationSummary]:
    due = Obligation.due_date
    query = (
        select(
            Obligation.contract_id,
            func.min(case((due >= today, due))),
            func.sum(case((due < today, 1), else_=0)),
        )
        .where(Obligation.status.in_(OPEN_STATES), Obligation.recurrence.is_(None), *only)
        .group_by(Obligation.contract_id)
    )
    return {
        contract_id: ObligationSummary(next_due, int(overdue or 0))
        for contract_id, next_due, overdue in session.execute(query)
    }


def _series_states(session: Session, *, today: date,
                   only: list[Any]) -> Iterable[tuple[int, date | None, int]]:
    # A series has one status for all its occurrences (per-occurrence tracking
    # comes with reminders): "scheduled" means it runs on time, while "not met"
    # or "partially met" mean someone recorded a miss, which stays overdue.
    query = select(
        Obligation.contract_id, Obligation.due_date, Obligation.recurrence, Obligation.status
    ).where(Obligation.status.in_(OPEN_STATES), Obligation.recurrence.is_not(None), *only)
    horizon = today + timedelta(days=400)
    # Series repeat (the same rule from the same first day across many contracts):
    # each distinct one is expanded once.
    upcoming_of: dict[tuple[date, str | None], date | None] = {}
    for contract_id, first_due, rule, status in session.execute(query):
        if first_due is None:
            continue
        key = (first_due, rule)
        if key in upcoming_of:
            upcoming = upcoming_of[key]
        else:
            upcoming = upcoming_of[key] = _upcoming(first_due, rule, today, horizon)
        missed = is_overdue(first_due, status, recurring=True, today=today)
        yield contract_id, upcoming, int(missed)


def _upcoming(first_due: date, rule: str | None, today: date, horizon: date) -> date | None:
    try:
        upcoming = next_occurrence(first_due, rule, today)
    except RecurrenceError:
        # A stored rule this version cannot read: show the series as due now
        # rather than hide it; the detail view explains the rule's problem.
        return today
    return None if upcoming is not None and upcoming > horizon else upcoming


def _merge(
    summaries: dict[int, ObligationSummary], contract_id: int, next_due: date | None, overdue: int
) -> None:
    known = summaries.get(contract_id, NO_OBLIGATIONS)
    candidates = [day for day in (known.next_due, next_due) if day is not None]
    summaries[contract_id] = ObligationSummary(
        min(candidates) if candidates else None, known.overdue + overdue
    )


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
