"""Each contract's open obligations summed up for its health: computed, stored, read.

What a contract's health needs of its obligations is its next open due date and
how many are overdue (:class:`ObligationSummary`). One grouped query sums the
one-off obligations per contract; recurring series are few enough per contract
to expand in Python, and only up to the first occurrence on or after the day.

Summing a register's obligations (1,000,000 for 100,000 contracts) is a tenth of
opening the window, so on SQLite each contract's summary is stored
(``contract_obligation_summary``, schema 0015) with the days it holds for: until
its next due date, a series' next occurrence (or the day that comes within the
400 days looked ahead), or today alone for a rule this version cannot read. The
reminder check stores what is missing (:func:`store_summaries`, a batch at a
time, the write lock held only to write); a listing reads what holds for its day
and computes the rest (:func:`listing_summaries`). Database triggers forget a
contract's summary when one of its obligations changes contract, due day, rule
or status, or is deleted; an obligation added later has an id above the stored
mark, and its contract's summary is then not read (a row put back under an old
id makes the obligations' count disagree with the mark's: then none is read). On
PostgreSQL nothing is stored: an obligation id taken by one writer may commit
after a higher one, so the mark could pass over it; the summaries are computed
as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    String,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from contract_desk.domain.obligations import OPEN_STATUSES, is_overdue
from contract_desk.domain.recurrence import RecurrenceError, next_occurrence
from contract_desk.models import (
    Contract,
    ContractObligationSummary,
    Obligation,
    ObligationSummaryMark,
)
from contract_desk.services.register.contract_columns import day_of
from contract_desk.services.register.driver_records import driver_records
from contract_desk.services.register.fast_insert import execute_many
from contract_desk.services.register.held_rows import count_rows, dense, ids_not_held
from contract_desk.storage import Register

#: An obligation in one of these states still has to be done.
OPEN_STATES = tuple(sorted(OPEN_STATUSES))
#: How far ahead a series' next occurrence counts as its next due date.
HORIZON_DAYS = 400
#: The rules stored summaries were computed with; others are computed again.
COMPUTED_WITH = f"obligations-1/{HORIZON_DAYS}"
#: Contracts whose summaries are computed and stored per batch.
STORE_BATCH = 2000
#: ``computed_with`` of a placeholder row, never read as a summary (see store_summaries).
PENDING = "pending"
#: Ids per IN list.
IN_CHUNK = 500
#: More contracts than this without a stored summary: a listing computes them all.
COMPUTE_ALL_FROM = 5000
#: More contracts than this without a stored summary: the store sums them all in one read.
STORE_ALL_FROM = COMPUTE_ALL_FROM
_FOREVER = date.max


@dataclass(frozen=True, slots=True)
class ObligationSummary:
    """What a contract's open obligations add to its health."""

    next_due: date | None = None
    overdue: int = 0


NO_OBLIGATIONS = ObligationSummary()
#: (summary, the last day it holds for), per contract id.
Bounded = dict[int, tuple[ObligationSummary, date]]


def obligation_summaries(
    session: Session, *, today: date, contract_id: int | None = None,
    contract_ids: Sequence[int] | None = None,
) -> dict[int, ObligationSummary]:
    """Next open due date and number of overdue obligations, per contract id.

    With ``contract_id`` for that contract only (one row changed, not the
    register); with ``contract_ids`` for those. Contracts without open
    obligations are left out; contracts with the same summary share one object.
    """
    bounded = _summaries(session, today, _only(contract_id, contract_ids))
    return {found_id: summary for found_id, (summary, _until) in bounded.items()}


def summaries_until(session: Session, *, today: date,
                    contract_ids: Sequence[int] | None = None) -> Bounded:
    """:func:`obligation_summaries` with the last day each holds for (``date.max``:
    until the obligations change); contracts without open obligations left out."""
    return _summaries(session, today, _only(None, contract_ids))


def _only(contract_id: int | None, contract_ids: Sequence[int] | None) -> list[list[Any]]:
    # One list of extra conditions per statement: the whole register, or IN chunks.
    if contract_id is not None:
        return [[Obligation.contract_id == contract_id]]
    if contract_ids is None:
        return [[]]
    ids = sorted(contract_ids)
    if not ids:
        return []
    if dense(ids):
        # One range, by the index; the few contracts in it not asked for are summed too
        # and left out by the caller.
        return [[Obligation.contract_id.between(ids[0], ids[-1])]]
    return [[Obligation.contract_id.in_(ids[start:start + IN_CHUNK])]
            for start in range(0, len(ids), IN_CHUNK)]


def _summaries(session: Session, today: date, parts: list[list[Any]]) -> Bounded:
    next_due: dict[int, date | None] = {}
    overdue: dict[int, int] = {}
    until: dict[int, date] = {}
    series = _Series(today)
    for only in parts:
        _one_offs(session, today, only, next_due, overdue, until)
        for found_id, upcoming, missed, holds in series.states(session, only):
            if upcoming is not None:
                known = next_due.get(found_id)
                if known is None or upcoming < known:
                    next_due[found_id] = upcoming
            if missed:
                overdue[found_id] = overdue.get(found_id, 0) + 1
            if holds < until.get(found_id, _FOREVER):
                until[found_id] = holds
    shared: dict[tuple[date | None, int], ObligationSummary] = {}
    bounded: Bounded = {}
    for found_id in next_due.keys() | overdue.keys():
        key = (next_due.get(found_id), overdue.get(found_id, 0))
        summary = shared.get(key)
        if summary is None:
            summary = shared[key] = ObligationSummary(*key)
        bounded[found_id] = (summary, until.get(found_id, _FOREVER))
    return bounded


def _one_offs(session: Session, today: date, only: list[Any], next_due: dict[int, date | None],
              overdue: dict[int, int], until: dict[int, date]) -> None:
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
    for found_id, first, late in driver_records(session, query):
        upcoming = None if first is None else day_of(first)
        next_due[found_id] = upcoming
        if late:
            overdue[found_id] = int(late)
        if upcoming is not None:
            # The next due day is still ahead on it; the day after, it is late.
            until[found_id] = upcoming


class _Series:
    """The open recurring series of a day, each distinct one expanded once.

    Series repeat (the same rule from the same first day across many contracts):
    one expansion serves every statement of one computation.
    """

    def __init__(self, today: date) -> None:
        self.today = today
        self.upcoming_of: dict[tuple[str | date, str | None], tuple[date | None, date]] = {}
        self.missed_of: dict[tuple[str | date, str], bool] = {}

    def states(self, session: Session,
               only: list[Any]) -> Iterator[tuple[int, date | None, bool, date]]:
        """(contract id, next occurrence shown, missed, the last day both hold) per series.

        A series has one status for all its occurrences (per-occurrence tracking
        comes with reminders): "scheduled" means it runs on time, while "not met"
        or "partially met" mean someone recorded a miss, which stays overdue.
        """
        # For some contracts, by the contract's index alone (it holds rule and status,
        # 0017): SQLite would range over every series in ix_obligation_open_summary
        # (recurrence first) for each statement, so the recurrence is compared as
        # ``recurrence || ''``, which no index's order serves.
        recurring = (Obligation.recurrence.concat("") if only else Obligation.recurrence)
        query = select(
            Obligation.contract_id, type_coerce(Obligation.due_date, String),
            Obligation.recurrence, Obligation.status,
        ).where(Obligation.status.in_(OPEN_STATES), recurring.is_not(None), *only)
        today, upcoming_of, missed_of = self.today, self.upcoming_of, self.missed_of
        for contract_id, first_due, rule, status in driver_records(session, query):
            if first_due is None:
                continue
            key = (first_due, rule)
            found = upcoming_of.get(key)
            if found is None:
                found = upcoming_of[key] = _upcoming(day_of(first_due), rule, today)
            state = (first_due, status)
            missed = missed_of.get(state)
            if missed is None:
                # A recorded miss counts from the day after the series' first day. No
                # bound of its own: with the first day still ahead, the series' next
                # occurrence is that day, whose bound (above) is never later.
                missed = missed_of[state] = is_overdue(day_of(first_due), status,
                                                       recurring=True, today=today)
            yield contract_id, found[0], missed, found[1]


def _upcoming(first_due: date, rule: str | None, today: date) -> tuple[date | None, date]:
    """A series' next occurrence on or after ``today`` as health shows it (None: none, or
    more than HORIZON_DAYS ahead), and the last day that holds."""
    try:
        upcoming = next_occurrence(first_due, rule, today)
    except RecurrenceError:
        # A stored rule this version cannot read: show the series as due now rather
        # than hide it (the detail view explains the rule's problem); due "today"
        # moves with the day, so it holds for today only.
        return today, today
    if upcoming is None:
        return None, _FOREVER
    if (upcoming - today).days > HORIZON_DAYS:
        # Shown from the day it comes within the horizon.
        return None, upcoming - timedelta(days=HORIZON_DAYS + 1)
    return upcoming, upcoming  # after it, the occurrence after it is next


# -- stored (SQLite) ------------------------------------------------------------------------

def stores_summaries(session: Session) -> bool:
    """Whether this register stores summaries (SQLite; see the module's text)."""
    return _stores(session.get_bind().dialect.name)


def _stores(dialect: str) -> bool:
    return dialect == "sqlite"


def _above_mark() -> Any:
    # Contracts with an obligation added after the stored summaries were computed. No
    # mark row (a register made before it is written): every obligation counts as new.
    mark = func.coalesce(select(ObligationSummaryMark.below).scalar_subquery(), -1)
    return select(Obligation.contract_id).where(Obligation.id > mark)


def _counts_agree(session: Session, now: int | None = None) -> bool:
    """Whether every obligation at or below the mark was there when the summaries were
    stored: the count then, less those deleted since (a trigger counts them), plus
    those added above the mark, is the count now. A row put back under an old id of
    its own choosing makes them disagree."""
    mark = session.get(ObligationSummaryMark, 1)
    if mark is None:
        return False
    if now is None:  # else the caller counted them in this transaction
        now = count_rows(session, Obligation)
    above = session.scalar(select(func.count()).select_from(Obligation)
                           .where(Obligation.id > mark.below)) or 0
    return now == mark.rows - mark.deleted + above


def _held_on(today: date) -> Any:
    summary = ContractObligationSummary
    return (summary.valid_from <= today, summary.valid_until >= today,
            summary.computed_with == COMPUTED_WITH)


def held_summaries(session: Session, today: date) -> dict[int, ObligationSummary]:
    """Every stored summary that holds on ``today``, per contract id (contracts without
    open obligations too, as NO_OBLIGATIONS); empty where none are stored."""
    if not stores_summaries(session) or not _counts_agree(session):
        return {}
    summary = ContractObligationSummary
    query = select(summary.contract_id, type_coerce(summary.next_due, String),
                   summary.overdue).where(*_held_on(today),
                                          summary.contract_id.not_in(_above_mark()))
    shared: dict[tuple[Any, int], ObligationSummary] = {(None, 0): NO_OBLIGATIONS}
    held: dict[int, ObligationSummary] = {}
    for contract_id, next_due, overdue in driver_records(session, query):
        found = shared.get((next_due, overdue))
        if found is None:
            found = shared[next_due, overdue] = ObligationSummary(
                None if next_due is None else day_of(next_due), overdue)
        held[contract_id] = found
    return held


def listing_summaries(session: Session, *, today: date,
                      contract_ids: Iterable[int]) -> dict[int, ObligationSummary]:
    """The summaries of these contracts on ``today``: stored ones that hold, the rest
    computed (all of them where few are stored). Contracts without open obligations
    may be left out or given NO_OBLIGATIONS."""
    held = held_summaries(session, today)
    missing = [contract_id for contract_id in contract_ids if contract_id not in held]
    if not missing:
        return held
    if len(missing) > COMPUTE_ALL_FROM:
        return obligation_summaries(session, today=today)
    held.update(obligation_summaries(session, today=today, contract_ids=missing))
    return held


def store_summaries(register: Register, today: date) -> int:
    """Store the summary of every contract that has none holding on ``today``; how many
    were looked at.

    SQLite only (0 elsewhere). First the contracts with obligations added since the
    last store lose theirs and the mark moves to the highest obligation id. Then a
    batch at a time, the write lock held only to write: a short write puts a
    placeholder row in for each contract of the batch (never read as a summary),
    the summaries are computed while only reading, and a second short write fills
    in each placeholder still there (with more than ``STORE_ALL_FROM`` missing: all
    batches claimed, all summed in one read, then each filled in). A change of one
    of the contract's obligations meanwhile deleted its placeholder (the triggers),
    so nothing computed from what it was before is stored.
    """
    if not _stores(register.engine.dialect.name):
        return 0
    with register.transaction(durable=False) as session:
        _move_mark(session)
    with register.reading() as session:
        missing = ids_not_held(session, ContractObligationSummary.contract_id,
                               list(_held_on(today)))
    batches = [missing[start:start + STORE_BATCH]
               for start in range(0, len(missing), STORE_BATCH)]
    whole = len(missing) > STORE_ALL_FROM
    bounded: Bounded = {}
    if whole:
        # Most of the register (after an upgrade or a big import): every batch claimed,
        # then all summed in one read (each kind of obligation in one walk of its index,
        # 0.7 s at 1,000,000 obligations against 2.3 s by batches; measured), then
        # each batch filled in. Claimed before the read: a change meanwhile still
        # deletes its contract's placeholder.
        for batch in batches:
            with register.transaction(durable=False) as session:
                _claim(session, today, batch)
        with register.reading() as session:
            bounded = summaries_until(session, today=today)
    for batch in batches:
        if not whole:
            with register.transaction(durable=False) as session:
                _claim(session, today, batch)
            with register.reading() as session:
                bounded = summaries_until(session, today=today, contract_ids=batch)
        with register.transaction(durable=False) as session:
            _fill(session, batch, bounded)
    return len(missing)


def _move_mark(session: Session) -> None:
    summary = ContractObligationSummary
    session.execute(delete(summary).where(summary.contract_id.in_(_above_mark())))
    # Counted once (the deletes above leave obligations alone), max(id) apart (see
    # count_rows: together SQLite walked the table, 46 ms; measured).
    rows = count_rows(session, Obligation)
    if not _counts_agree(session, now=rows):
        session.execute(delete(summary))  # a row put back under an old id: whose is unknown
    top = session.scalar(select(func.coalesce(func.max(Obligation.id), 0))) or 0
    mark = session.get(ObligationSummaryMark, 1)
    if mark is None:
        session.add(ObligationSummaryMark(id=1, below=top, rows=rows, deleted=0))
    else:
        mark.below, mark.rows, mark.deleted = top, rows, 0
    session.flush()


def _claim(session: Session, today: date, ids: list[int]) -> None:
    """Replace these contracts' rows by placeholders (of those that still exist)."""
    summary = ContractObligationSummary
    session.execute(delete(summary).where(summary.contract_id.in_(ids)))
    placeholders = select(Contract.id, literal(PENDING), literal(today), literal(today),
                          literal(0)).where(Contract.id.in_(ids))
    session.execute(insert(summary).from_select(
        ["contract_id", "computed_with", "valid_from", "valid_until", "overdue"], placeholders))


def _fill(session: Session, ids: list[int], bounded: Bounded) -> None:
    """Each placeholder still there (nothing changed since it was put in) becomes the
    contract's summary as computed."""
    table = ContractObligationSummary.__table__
    rows = []
    for contract_id in ids:
        found, until = bounded.get(contract_id, (NO_OBLIGATIONS, _FOREVER))
        rows.append({"id_": contract_id, "until": until, "due": found.next_due,
                     "late": found.overdue, "pending": PENDING, "rules": COMPUTED_WITH})
    fill = (update(table)
            .where(table.c.contract_id == bindparam("id_"),
                   table.c.computed_with == bindparam("pending"))
            .values(computed_with=bindparam("rules"), valid_until=bindparam("until"),
                    next_due=bindparam("due"), overdue=bindparam("late")))
    # Straight to the driver (fast_insert.execute_many): through SQLAlchemy's executemany a
    # first check's 100,000 rows took 1.2 s of converting parameters (measured).
    execute_many(session, fill, rows, name="obligation summary filled in")
