"""Everything the window lists, in one call: rows, health, overdue counts, search text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy.orm import Session

from contract_desk.domain.health import Health, HealthWindow
from contract_desk.gc_pause import paused_gc
from contract_desk.services.listing.health import (
    DEFAULT_WINDOW,
    NO_OBLIGATIONS,
    ObligationSummary,
    health_judge,
    listing_summaries,
    obligation_summaries,
)
from contract_desk.services.listing.queries import get_contract, list_contracts
from contract_desk.services.listing.saved_views import Listed, haystack, listed_of
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.rows import ContractRow


def _listed(row: ContractRow, summary: ObligationSummary,
            judge: Callable[[ContractRow, ObligationSummary], Health]) -> Listed:
    return listed_of(row, judge(row, summary), summary.overdue, haystack(row))


def load_listed(
    session: Session, uid: str, *, today: date, window: HealthWindow = DEFAULT_WINDOW
) -> Listed | None:
    """One contract as listed (after it was saved), or None when it is gone."""
    try:
        row = get_contract(session, uid, today=today)
    except NotFoundError:
        return None
    summaries = obligation_summaries(session, today=today, contract_id=row.id)
    return _listed(row, summaries.get(row.id, NO_OBLIGATIONS), health_judge(today, window))


def load_listed_many(
    session: Session, uids: Iterable[str], *, today: date, window: HealthWindow = DEFAULT_WINDOW
) -> dict[str, Listed | None]:
    """Some contracts as listed (a colleague changed them), None for those gone."""
    return {uid: load_listed(session, uid, today=today, window=window) for uid in uids}


def load_listing(
    session: Session, *, today: date, window: HealthWindow = DEFAULT_WINDOW
) -> list[Listed]:
    """Every contract of the register as listed on ``today``, ready for views and search."""
    with paused_gc():  # all of it is kept (see gc_pause)
        rows = list_contracts(session, today=today)
        # Stored where they hold (SQLite), the rest computed.
        summaries = listing_summaries(session, today=today, contract_ids=[row.id for row in rows])
        # The page cache this read filled is handed back as the connection returns
        # to the pool (storage.sqlite_setup.hand_back_page_cache).
        judge, summary_of = health_judge(today, window), summaries.get
        return [_listed(row, summary_of(row.id, NO_OBLIGATIONS), judge) for row in rows]
