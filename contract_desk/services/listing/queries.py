"""Reading contracts for the views and the CLI: plain column rows, filtered, fast.

The list query selects columns, not ORM objects, and computes the key dates in
Python once per row (see contract_columns). Filters on what only the key dates
can tell (effective status, current term end) run on the computed rows, after
an indexed SQL prefilter that never drops a true match.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from contract_desk.domain.clock import local_today
from contract_desk.domain.lifecycle import Lifecycle
from contract_desk.domain.terms import RenewalMode, TermStatus
from contract_desk.domain.validation import ValidationError
from contract_desk.gc_pause import paused_gc
from contract_desk.i18n import _, clauses
from contract_desk.models import Contract, ContractKeyDates
from contract_desk.services.listing.saved_views import haystack, search_words
from contract_desk.services.register.contract_columns import (
    contract_select,
    decode_record,
    shared_texts,
)
from contract_desk.services.register.driver_records import driver_chunks
from contract_desk.services.register.errors import AmbiguousError, NotFoundError
from contract_desk.services.register.rows import ContractRow

#: Records fetched from the database at a time when listing.
CHUNK_ROWS = 2000
#: Every status a contract can show: what a person sets and what the dates say.
STATUSES = frozenset({*(s.value for s in Lifecycle), *(s.value for s in TermStatus)})


def _rows(session: Session, query: Select[Any], today: date) -> Iterator[ContractRow]:
    session.flush()  # the Core read below does not autoflush what this action changed
    # Through the session's connection as plain Core rows: the ORM's per-row
    # bookkeeping would cost more than computing every key date.
    # In chunks, not all(): the raw records of 100,000 contracts alongside their
    # decoded rows would double the peak memory, which a process keeps afterwards.
    # The driver's own records: every column is selected as the driver gives it
    # (contract_columns), so SQLAlchemy's row objects would only cost time.
    # Equal titles, scopes and notes shared between the rows (see shared_texts).
    texts = shared_texts()
    for chunk in driver_chunks(session, query, CHUNK_ROWS):
        for record in chunk:
            yield decode_record(record, today, texts)


def _expiring_prefilter(today: date, days: int) -> Any:
    # Never drops a true match: every term ends on or after the start date; the
    # current term end is never before the first term end, and only automatic
    # renewals move it later; a first term given only as a length has no
    # end_date to compare in SQL. The exact test runs on the computed rows.
    horizon = today + timedelta(days=days)
    return and_(
        Contract.start_date <= horizon,
        or_(
            Contract.end_date.between(today, horizon),
            and_(Contract.renewal == RenewalMode.AUTOMATIC.value,
                 or_(Contract.end_date.is_(None), Contract.end_date <= horizon)),
            and_(Contract.end_date.is_(None), Contract.initial_term_count.is_not(None)),
        ),
    )


def _expiring_stored_or_prefilter(today: date, days: int) -> Any:
    # Where the key dates stored for today are joined (contract_select), their
    # current term end answers exactly; elsewhere the prefilter keeps every candidate.
    horizon = today + timedelta(days=days)
    return or_(
        and_(ContractKeyDates.contract_id.is_not(None),
             ContractKeyDates.current_term_end.between(today, horizon)),
        and_(ContractKeyDates.contract_id.is_(None), _expiring_prefilter(today, days)),
    )


def _check_filters(status: str | None, expiring_within: int | None) -> None:
    problems = {}
    if status is not None and status not in STATUSES:
        problems["status"] = _("{status} is not one of: {allowed}").format(
            status=repr(status), allowed=', '.join(sorted(STATUSES)))
    if expiring_within is not None and expiring_within < 0:
        problems["expiring_within"] = _("needs a number of days >= 0, got "
                                        "{expiring_within}").format(
            expiring_within=expiring_within)
    if problems:
        raise ValidationError(problems)


def list_contracts(
    session: Session,
    *,
    today: date,
    status: str | None = None,
    expiring_within: int | None = None,
    search: str | None = None,
    owner: str | None = None,
) -> list[ContractRow]:
    """Contracts as rows on ``today``, optionally filtered.

    ``status`` matches the effective status (what the dates and the lifecycle
    say today); ``expiring_within=N`` keeps contracts whose current term ends
    within the next N days (today included); ``search`` needs every word
    somewhere in the contract; ``owner`` is an exact owner name.
    """
    _check_filters(status, expiring_within)
    query = contract_select(today).order_by(Contract.id)
    if owner is not None:
        query = query.where(Contract.owner == owner)
    if expiring_within is not None:
        query = query.where(_expiring_stored_or_prefilter(today, expiring_within))
    rows: Iterator[ContractRow] = _rows(session, query, today)
    if expiring_within is not None:
        horizon = today + timedelta(days=expiring_within)
        rows = (r for r in rows if r.current_term_end and today <= r.current_term_end <= horizon)
    if status is not None:
        rows = (r for r in rows if r.effective_status == status)
    if search:
        words = search_words(search)
        rows = (r for r in rows if all(word in haystack(r) for word in words))
    with paused_gc():  # every row made is kept: nothing for the collector to find
        return list(rows)


def get_contract(session: Session, key: str, *, today: date | None = None) -> ContractRow:
    """One contract by its id (uid) or its reference.

    NotFoundError when there is none; AmbiguousError listing the matches when a
    reference is shared.
    """
    day = today or local_today()
    found = list(_rows(session, contract_select(day).where(Contract.uid == key), day))
    if not found:
        found = list(_rows(session, contract_select(day).where(Contract.reference == key), day))
    if not found:
        query = contract_select(day).where(
            func.lower(Contract.reference) == key.strip().lower())
        found = list(_rows(session, query, day))
    if not found:
        raise NotFoundError(_("no contract with reference or id {key}").format(key=repr(key)))
    if len(found) > 1:
        matches = clauses(f"{row.uid} ({row.title})" for row in found[:10])
        raise AmbiguousError(
            _("{count} contracts have the reference {key}: {matches}. Use the id instead.").format(
                count=len(found), key=repr(key), matches=matches)
        )
    return found[0]


def count_contracts(session: Session) -> int:
    """How many contracts the register holds."""
    return session.scalar(select(func.count()).select_from(Contract)) or 0
