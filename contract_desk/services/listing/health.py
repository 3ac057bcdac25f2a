"""Health of every contract on a day, from its key dates and its open obligations.

The obligations are summed up per contract by
:mod:`contract_desk.services.register.obligation_summaries` (computed, or read as
stored); its names are here too, where the listings have always found them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from contract_desk.domain.health import (
    ENDED_STATUSES,
    Health,
    HealthWindow,
    action_dates,
    contract_health,
)
from contract_desk.services.register.obligation_summaries import (
    NO_OBLIGATIONS,
    OPEN_STATES,
    ObligationSummary,
    listing_summaries,
    obligation_summaries,
)
from contract_desk.services.register.rows import ContractRow

DEFAULT_WINDOW = HealthWindow()


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


__all__ = [
    "DEFAULT_WINDOW",
    "NO_OBLIGATIONS",
    "OPEN_STATES",
    "ObligationSummary",
    "health_judge",
    "healths",
    "listing_summaries",
    "obligation_summaries",
    "row_health",
]
