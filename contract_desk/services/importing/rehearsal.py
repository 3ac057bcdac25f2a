"""An import worked out while reading, stored in a short write: the lock held only to store.

Matching a sheet against the register and building its new contracts takes
seconds for a big file (2 s for 10,000 rows); done inside the write
transaction, every other writer of the register (a save in the window,
``contract-desk add``, the scheduled reminder run) waits that long. So an
import is first **rehearsed** in a reading transaction: the same code that
stores it (``importing.ImportRun``) runs with a flag that makes it keep, not
write, what it decides: the new contracts' rows and audit events and the new
counterparties (under provisional ids). The rehearsal is also the preview: it
is exactly what storing will do.

**Storing** then takes the write lock, checks that the register is still as
the rehearsal saw it (:func:`register_stamp`: contracts and counterparties,
added, deleted or changed) and, if so, only inserts: the batch row, the new
counterparties, the contracts and the events, stamped with the batch and the
moment of storing. If anything changed meanwhile, or the rehearsal could not
be made without writing (a row with obligations, a row that changes a stored
contract), the whole import runs as before inside the write transaction
(``importing.commit_import``): the result is the same either way, and the
import stays one batch, all or nothing.

Why the stamp is enough: matching and building read only contracts (their
references, titles, counterparties, dates, values and custom fields) and
counterparties. Every change of either goes through the ORM and raises its
``version_id``; an insert raises the highest id or, when SQLite reuses a
deleted highest id, changes that row's uid; a delete lowers the count. So
(count, highest id, its uid, sum of versions) of both tables is the same only
when no row was added, deleted or changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contract_desk.gc_pause import paused_gc
from contract_desk.importers.plan.model import CellProblem, ImportPlan, PlannedRow
from contract_desk.models import Base, Contract, Party, utcnow
from contract_desk.services.importing.batches import (
    ImportRun,
    commit_import,
    end_batch,
    import_page_cache,
    letting_go,
    one_import_at_a_time,
    start_batch,
)
from contract_desk.services.importing.matching import shared_references
from contract_desk.services.importing.new_contracts import (
    PackedRows,
    event_rows,
    insert_parties,
)
from contract_desk.services.importing.results import ImportResult, RowOutcome
from contract_desk.services.importing.row_outcomes import NeedsWrite
from contract_desk.services.register.fast_insert import insert_rows

#: Rows made into dicts and inserted at a time when storing a rehearsal: few enough that
#: the stretch's dicts (2 kB a contract) add little to what the rehearsal holds.
STRETCH = 500
#: (count, highest id, that row's uid, sum of versions) of contracts, then of counterparties.
Stamp = tuple[tuple[Any, ...], ...]


def register_stamp(session: Session) -> Stamp:
    """What an import's rehearsal depends on, cheaply (see the module docstring)."""
    stamp = []
    for model in (Contract, Party):
        rows, top, versions = session.execute(select(
            func.count(), func.max(model.id),
            func.coalesce(func.sum(model.version_id), 0))).one()
        top_uid = None if top is None else session.scalar(
            select(model.uid).where(model.id == top))
        stamp.append((rows, top, top_uid, int(versions)))
    return tuple(stamp)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What storing a plan inserts, worked out while reading."""

    stamp: Stamp
    user: str
    today: date
    outcomes: tuple[RowOutcome, ...]
    problems: tuple[CellProblem, ...]
    #: Column values of each new contract (``import_batch_id`` and times set on storing).
    contracts: PackedRows
    #: Their audit events and the new counterparties' events.
    events: PackedRows
    #: Provisional (negative) id -> (uid, name) of each counterparty to insert; a
    #: contract naming one holds its provisional id in ``counterparty_id``.
    parties: dict[int, tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Rehearsal:
    """What importing a plan would do (``result``) and, when it could be, what to insert."""

    result: ImportResult
    #: None: the plan cannot be worked out without writing (obligations, changed
    #: contracts); storing then runs it in the write transaction.
    prepared: Prepared | None


def rehearse(session: Session, plan: ImportPlan, *, user: str, today: date,
             rows: list[PlannedRow | None] | None = None,
             on_row: Callable[[PlannedRow], None] | None = None) -> Prepared | None:
    """Work out ``plan`` in ``session`` (a reading one) without writing; None if it cannot be.

    ``rows``: the rows of a plan that handed them over (``ImportPlan.hand_over_rows``);
    each is let go (its place emptied) once rehearsed, so that they are not all kept
    next to what the rehearsal keeps of them. When None comes back, some were let go:
    the plan has to be made again to be previewed or stored. ``on_row`` is shown
    each row before it is rehearsed.
    """
    if plan.released != (rows is not None):
        raise ValueError("the rows come with the plan or, handed over, on their own")
    stamp = register_stamp(session)
    if rows is None:
        shared = shared_references(row.values() for row in plan.rows)
    else:
        shared = shared_references(row.values() for row in rows if row is not None)
    try:
        with ImportRun(session, plan, user=user, today=today, batch_id=None, shared=shared,
                       rehearse=True) as run:
            for row in plan.rows if rows is None else letting_go(rows):
                if on_row is not None:
                    on_row(row)
                run.feed(row)
            run.write()
    except NeedsWrite:
        return None
    pending = run.context.pending
    assert pending is not None
    return Prepared(stamp, user, today, tuple(run.outcomes), tuple(run.context.problems),
                    pending.kept_rows, pending.kept_events, dict(pending.new_parties))


def still_valid(session: Session, prepared: Prepared | None, *, user: str,
                today: date) -> bool:
    """Whether ``prepared`` can be stored as it is in ``session`` (the write transaction)."""
    return (prepared is not None and prepared.user == user and prepared.today == today
            and register_stamp(session) == prepared.stamp)


def store_prepared(session: Session, plan: ImportPlan, prepared: Prepared) -> ImportResult:
    """Insert what ``prepared`` holds as one import batch, in the caller's write transaction.

    Call only when :func:`still_valid` says so, after ``one_import_at_a_time``.
    The rows are made again from their packed form: without the cyclic
    collector, which would walk the whole import each time they trip it.
    """
    with paused_gc(), import_page_cache(session), session.begin_nested():
        batch = start_batch(session, plan, user=prepared.user)
        moment = utcnow()
        ids = insert_parties(session, prepared.parties, user=prepared.user, moment=moment)
        # Set on rows made anew for each stretch, which hold the provisional ids:
        # a store that fails (and rolls back) can be made again with the ids of
        # that new attempt.
        contracts, events = prepared.contracts, prepared.events
        for start in range(0, len(contracts), STRETCH):
            rows = contracts.dicts(start, start + STRETCH)
            for row in rows:
                party = row["counterparty_id"]
                if party is not None and party < 0:
                    row["counterparty_id"] = ids[party]
                row["import_batch_id"] = batch.id
                row["created_at"] = row["updated_at"] = moment
            insert_rows(session, Base.metadata.tables["contract"], rows)
        for start in range(0, len(events), STRETCH):
            stretch = event_rows(events.dicts(start, start + STRETCH))
            for event in stretch:
                event["import_batch_id"] = batch.id
                event["at"] = moment
            insert_rows(session, Base.metadata.tables["audit_event"], stretch)
        result = ImportResult.from_outcomes(prepared.outcomes, prepared.problems, batch.uid)
        end_batch(session, batch, result)
    return result


def store(session: Session, plan: ImportPlan, prepared: Prepared | None, *, user: str,
          today: date) -> ImportResult:
    """Store ``plan`` in the caller's write transaction: the rehearsal if still true, else anew."""
    one_import_at_a_time(session)
    if still_valid(session, prepared, user=user, today=today):
        assert prepared is not None
        return store_prepared(session, plan, prepared)
    return commit_import(session, plan, user=user, today=today)
