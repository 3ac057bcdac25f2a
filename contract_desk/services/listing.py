"""Everything the window lists, in one call: rows, health, overdue counts, search text."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from contract_desk.domain.health import HealthWindow
from contract_desk.services.health import (
    DEFAULT_WINDOW,
    NO_OBLIGATIONS,
    obligation_summaries,
    row_health,
)
from contract_desk.services.queries import list_contracts
from contract_desk.services.saved_views import Listed, haystack


def load_listing(
    session: Session, *, today: date, window: HealthWindow = DEFAULT_WINDOW
) -> list[Listed]:
    """Every contract of the register as listed on ``today``, ready for views and search."""
    rows = list_contracts(session, today=today)
    summaries = obligation_summaries(session, today=today)
    items = []
    for row in rows:
        summary = summaries.get(row.id, NO_OBLIGATIONS)
        health = row_health(row, summary, today=today, window=window)
        items.append(Listed(row, health, summary.overdue, haystack(row)))
    return items
