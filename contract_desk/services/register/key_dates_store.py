"""Keeping each contract's key dates stored, so a listing reads them instead of computing.

``refresh_key_dates`` computes the key dates of every contract whose stored
ones do not hold on ``today`` (never stored, changed since, a new day past
their ``valid_until``, other rules) and stores them with the days they hold
for (``domain.keydates.key_dates_held``). On a new day that is only the
contracts whose dates rolled; after an upgrade or a big import, all of them.
An open-ended contract notice was not given for is stored once: only its
earliest end moves with the day (notice given today), and the listing
computes that one date as it reads (``earliest_end_moves``).
A listing never waits for it: it computes what is not stored (the same dates).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import String, delete, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from contract_desk.models import Contract, ContractKeyDates
from contract_desk.models.key_dates import TERM_COLUMNS
from contract_desk.services.register.contract_columns import contract_select, decode_stored
from contract_desk.services.register.contract_records import dates_held
from contract_desk.services.register.driver_records import column_rows
from contract_desk.services.register.fast_insert import insert_rows
from contract_desk.services.register.held_rows import ids_not_held
from contract_desk.services.register.key_dates_rules import computed_with
from contract_desk.storage import Register

#: Contracts computed and stored per statement.
BATCH = 2000

log = logging.getLogger(__name__)


def stale_contract_ids(session: Session, today: date) -> list[int]:
    """Ids of the contracts whose stored key dates do not hold on ``today``."""
    return ids_not_held(session, ContractKeyDates.contract_id, [
        ContractKeyDates.valid_from <= today, ContractKeyDates.valid_until >= today,
        ContractKeyDates.computed_with == computed_with()])


def refresh_key_dates(session: Session, today: date) -> int:
    """Store the key dates of every contract whose stored ones do not hold on ``today``.

    Returns how many were stored. Runs in the caller's (write) transaction.
    """
    ids = stale_contract_ids(session, today)
    for start in range(0, len(ids), BATCH):
        _store_batch(session, ids[start:start + BATCH], today)
    return len(ids)


def store_key_dates(register: Register, today: date) -> int:
    """``refresh_key_dates`` for a whole register, holding the write lock only to store.

    After an upgrade or a big import every contract is computed: done in one
    write that would hold the register's write lock for seconds. Here each
    batch of ``BATCH`` contracts is computed while reading, then stored in a
    short write of its own that first reads the batch's term fields again (on
    PostgreSQL locking those rows against change until it commits) and stores
    only the dates of contracts whose terms are still the ones computed from:
    a colleague's change in between is never overwritten by dates of the terms
    before it (that contract is computed by the next check). Nothing is stored
    in a register only read here (a viewer, a damaged or moved register).
    Returns how many contracts' dates were stored.
    """
    if register.read_only:  # a viewer's login too
        return 0
    with register.reading() as session:
        ids = stale_contract_ids(session, today)
    stored = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        with register.reading() as session:
            # The terms first: read under READ COMMITTED, a change committed between
            # the two reads makes them differ from the terms at the write (skipped),
            # never match terms newer than the ones the dates were computed from.
            terms = _terms(session, batch)
            computed = {row["contract_id"]: row for row in _computed(session, batch, today)}
        try:
            with register.transaction(durable=False) as session:
                unchanged = _terms(session, batch, lock=True)
                rows = [row for contract_id, row in computed.items()
                        if contract_id in unchanged
                        and unchanged[contract_id] == terms[contract_id]]
                _replace(session, rows)
        except IntegrityError:
            # A team register: another check stored this batch's dates at the same
            # moment (its insert came first; the same dates of the same terms). Its rows
            # stand, and the batches after this one are still stored here.
            log.info("key dates: another check stored %d contracts' dates first", len(batch))
            continue
        stored += len(rows)
    return stored


def _terms(session: Session, ids: list[int], *, lock: bool = False) -> dict[int, tuple[Any, ...]]:
    # The stored term fields as the driver gives them: equal means the same terms.
    columns = [type_coerce(getattr(Contract, name), String) for name in TERM_COLUMNS]
    query = select(Contract.id, *columns).where(Contract.id.in_(ids))
    if lock:
        # In id order, as every writer of many contracts takes them (a bulk change's
        # UPDATEs, a check's days): locked in the order the scan met them (where each
        # row happens to lie on disk), two writers could each hold a row the other
        # waits for, and the server would give one of them up (seen: a bulk tag).
        query = query.order_by(Contract.id).with_for_update(read=True)
    return {row[0]: tuple(row[1:]) for row in column_rows(session, query)}


def _replace(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        ids = [row["contract_id"] for row in rows]
        session.execute(delete(ContractKeyDates).where(ContractKeyDates.contract_id.in_(ids)))
        # Not session.execute(insert(ContractKeyDates), rows): the ORM's bulk insert
        # took 0.09 s for 2,000 rows (45 microseconds each) where this takes 0.025 s,
        # and store_key_dates holds the write lock for it.
        insert_rows(session, ContractKeyDates.__table__, rows)


def _store_batch(session: Session, ids: list[int], today: date) -> None:
    session.execute(delete(ContractKeyDates).where(ContractKeyDates.contract_id.in_(ids)))
    _replace(session, list(_computed(session, ids, today)))


def _computed(session: Session, ids: list[int], today: date) -> Iterator[dict[str, Any]]:
    rules = computed_with()
    query = contract_select().where(Contract.id.in_(ids))
    for record in session.connection().execute(query):
        stored = decode_stored(record)
        dates, until, moves = dates_held(stored, today)
        row: dict[str, Any] = {
            "contract_id": stored[0], "computed_with": rules, "valid_from": today,
            "valid_until": until, "has_dates": dates is not None, "renewals": 0,
            "earliest_end_moves": moves,
            "status": "", "term_end": None, "current_term_start": None,
            "current_term_end": None, "notice_deadline": None, "send_by": None,
            "next_renewal_start": None, "earliest_end": None,
        }
        if dates is not None:
            row.update(
                term_end=dates.term_end, current_term_start=dates.current_term_start,
                current_term_end=dates.current_term_end, notice_deadline=dates.notice_deadline,
                send_by=dates.send_by, renewals=dates.renewals, status=dates.status.value,
                next_renewal_start=dates.next_renewal_start,
                earliest_end=None if moves else dates.earliest_end)
        yield row
