"""Storing a reminder check's plan: short, and never a plan the register outgrew.

Between computing a plan (:mod:`contract_desk.services.reminders.plan`) and
storing it, other programs may have written. Before storing,
:func:`changes_since` compares what the plan was computed from with the
register now: a changed setting, another check, or too many changed rows
make the whole plan stale (:class:`StalePlan`: compute it again); a few
changed contracts, obligations or alerts are left out of the plan and done
again here, under the write lock, from what they are now. So the alerts
stored are those a check made in one transaction now would make: none lost,
none doubled, none for a date that no longer exists.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select, text, update
from sqlalchemy.orm import Session

from contract_desk.gc_pause import paused_gc
from contract_desk.i18n import _
from contract_desk.models import Alert, Contract, Obligation, RegisterSetting
from contract_desk.services.register.held_rows import count_rows
from contract_desk.services.reminders.days import (
    forget_offsets,
    mark_row,
    offsets_changed,
    store_marks,
)
from contract_desk.services.reminders.inbox import AlertRow, alert_rows, pending_counts
from contract_desk.services.reminders.notices import forget_notices
from contract_desk.services.reminders.plan import (
    MARKS_STAMP,
    CheckPlan,
    TableState,
    marks_stamp,
    open_alerts,
    plan_check,
    read_inputs,
    row_key,
    unknown_chunks,
)
from contract_desk.services.reminders.scan import AlertRef, Marks, Scope
from contract_desk.services.reminders.settings import PREFIX, record_check

#: Counted up by every stored check: another check stored meanwhile makes a plan stale.
CHECK_STAMP = PREFIX + "check_stamp"
#: More changed rows than this between plan and store: compute the plan again instead.
REDO_LIMIT = 1000
#: Next reminder days stored per transaction after the alerts (see marks_in_steps): each
#: step writes the index pages of the days it stores, so fewer, larger steps write fewer
#: (5,000: 34 steps of about 0.1 s for a first check at 100,000 contracts, 3.3 s in all,
#: against 169 steps and 3.8 s with 1,000; measured).
MARKS_STEP = 5000
#: Obligation ids whose one-off and idle days are stored per transaction (see
#: Marks.one_offs and Marks.idle_until).
IDLE_STEP = 20_000
#: Obligation ids whose one-off and idle days are stored per transaction on SQLite after
#: a big import (see marks_in_steps).
FILL_IDS = 50_000
#: On SQLite after a big import, store the days stored by statement by ranges of ids
#: (see marks_in_steps); False: both fills after the computed days, by ranges of
#: ``IDLE_STEP`` ids (as on PostgreSQL), kept for the tests that compare the two.
RANGED_FILLS = True
#: PostgreSQL advisory lock key that stored checks take in turn.
STORE_LOCK_KEY = 0x43_44_52_4D  # "CDRM"


class StalePlan(Exception):
    """The register changed too much since the plan was computed: compute it again."""


@dataclass(frozen=True, slots=True)
class ReminderRun:
    """What one check did: the alerts to notify now and what is still open.

    ``fired`` holds new alerts and snoozed ones whose day came, oldest due first
    (empty when the check was asked not to read them, see :func:`report`);
    ``pending`` the inbox counts (overdue, today, upcoming, snoozed, escalated,
    total); ``since`` the first day the check covered. Pass ``fired``,
    ``summary_threshold`` and ``escalation_contact`` to
    :func:`contract_desk.notify.notifications_for`.
    """

    today: date
    since: date
    fired: tuple[AlertRow, ...]
    pending: dict[str, int]
    withdrawn: int
    escalation_contact: str | None
    summary_threshold: int


@dataclass(frozen=True, slots=True)
class Stored:
    """What storing a plan did: the alerts to notify (new, revived, woken), how many
    were withdrawn, and the rows done again under the lock (their days are stored)."""

    plan: CheckPlan
    alert_ids: list[int]
    withdrawn: int
    redone: Scope
    #: The next reminder days were stored with the alerts (else: marks_in_steps).
    days_stored: bool


def store_plan(session: Session, plan: CheckPlan, *, verify: bool = True,
               marks: bool = True) -> Stored:
    """Store ``plan`` in the caller's (write) transaction; flushes, does not commit.

    ``verify``: the plan was computed in another transaction; leave out and do
    again what changed since (see the module doc). StalePlan when too much did.
    ``marks``: also store the next reminder days (else see :func:`marks_in_steps`).
    """
    one_store_at_a_time(session)
    redo = changes_since(session, plan) if verify else Scope()
    created, withdrawn = _apply(session, plan, skip=redo, marks=marks)
    if redo:
        again = plan_check(session, today=plan.today, now=plan.now, scope=redo,
                           since=plan.since)
        more, also = _apply(session, again, skip=Scope(), marks=True)
        created, withdrawn = created + more, withdrawn + also
    record_check(session, plan.today)
    _count_check(session)
    session.flush()
    return Stored(plan, created, withdrawn, redo, marks)


def report(session: Session, stored: Stored, *, fired_rows: bool = True) -> ReminderRun:
    """The run's alerts to notify and the inbox counts, read after storing.

    Without ``fired_rows`` the fired alerts are not read (``fired`` is empty): for a
    caller that notifies from :func:`~contract_desk.services.reminders.notices.to_notify`
    anyway, as the window does (a day of 20,000 overdue alerts raised again took half
    a second to read).
    """
    today, settings = stored.plan.today, stored.plan.settings
    fired: list[AlertRow] = []
    if fired_rows:
        with paused_gc():  # every row made is kept (after a big import, tens of thousands)
            fired = alert_rows(session, stored.alert_ids, today=today)
    fired.sort(key=lambda row: (row.due_on, row.key_date, row.id))
    return ReminderRun(today, stored.plan.since, tuple(fired),
                       pending_counts(session, today=today), stored.withdrawn,
                       settings.escalation_contact, settings.summary_threshold)


def marks_in_steps(stored: Stored, size: int = MARKS_STEP, *,
                   ranged: bool = False) -> Iterator[Marks]:
    """The plan's next reminder days left to store, a step at a time (one transaction each).

    Storing them after the alerts is safe: each day is the first reminder day
    after the stored check's day, and a row (or contract) changed since is not
    touched (:func:`store_marks`); a day not stored is computed again next time.
    ``ranged`` (SQLite; unless ``RANGED_FILLS`` is off): after a big import, the
    obligations' days are stored by ranges of obligation ids, each range's
    computed days and both fills in one step (see below).
    """
    kept = _kept_marks(stored.plan.marks, stored.redone)
    # The days stored by statement. After a big import (more unknown days than a step
    # of ids), by ranges of ids up to the highest the plan saw (the last one
    # open-ended); on a usual day the few rows with no day are looked up by index.
    watch = stored.plan.watch
    state = None if watch is None else watch.tables["obligation"]
    top = 0 if state is None or state.unknown_sums[0] <= IDLE_STEP else state.top
    fills = kept.one_offs is not None or kept.idle_until is not None
    if RANGED_FILLS and ranged and top and fills:
        for first in range(0, len(kept.contracts), size):
            yield Marks(kept.contracts[first:first + size])
        # On SQLite each range is one write: the range's computed days first, then both
        # fills, statements over the same pages. A step per few due dates instead would
        # pick its rows all over the table, and every commit of it would write most of
        # the table's pages again (after a big import at 1,000,000 obligations: 13.6 s
        # of the check by due dates, 4.4 s by ranges; measured). The computed days went
        # in steps of their own before, which wrote nine pages in ten of the table once
        # more (a sixth of its rows, spread over it): 8.2 s to store the days, 6.6 s
        # with them in their ranges (measured, interleaved).
        rows = sorted(kept.obligations, key=mark_row)
        at = 0
        for low, below in _id_ranges(top, FILL_IDS):
            end = len(rows) if below is None else bisect_left(rows, below, lo=at, key=mark_row)
            yield Marks([], rows[at:end], one_offs=kept.one_offs, idle_until=kept.idle_until,
                        fill_ids=(low, below))
            at = end
    else:
        for first in range(0, max(len(kept.contracts), len(kept.obligations)), size):
            yield Marks(kept.contracts[first:first + size],
                        kept.obligations[first:first + size])
        # Elsewhere both fills after the computed days, by ranges of ids (on a usual
        # day one step: the few rows with no day, looked up by index).
        if fills:
            for fill_ids in _id_ranges(top, IDLE_STEP):
                yield Marks(one_offs=kept.one_offs, idle_until=kept.idle_until,
                            fill_ids=fill_ids)
    if kept.passed_until is not None:
        yield Marks(passed_until=kept.passed_until)  # the rows passed over, moved on


def _id_ranges(top: int, step: int) -> Iterator[tuple[int, int | None]]:
    """(from, below) of each range of ``step`` ids up to ``top``; the last one open-ended
    (below None: rows added meanwhile above ``top`` are in it). ``top`` 0: one range,
    every id."""
    for low in range(0, top + 1, step):
        yield low, None if low + step > top else low + step


def offsets_still(session: Session, plan: CheckPlan) -> bool:
    """Whether the register's offsets are still those the plan's days were computed with."""
    return not offsets_changed(session, plan.settings)


def one_store_at_a_time(session: Session) -> None:
    """On PostgreSQL, wait for another check being stored (SQLite's write lock does that)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": STORE_LOCK_KEY})


def changes_since(session: Session, plan: CheckPlan) -> Scope:
    """The contracts and obligations to do again because they changed since the plan."""
    watch = plan.watch
    if watch is None:
        raise ValueError("a plan of part of a check is stored in its own transaction")
    if read_inputs(session) != watch.inputs:
        raise StalePlan(_("another check ran, or the reminder settings changed"))
    same = marks_stamp(session) == watch.marks_stamp
    contracts: set[int] = set()
    obligations: set[int] = set()
    for model, found in ((Contract, contracts), (Obligation, obligations)):
        if not (same and _unchanged(session, model, watch.tables[model.__tablename__])):
            found.update(_changed(session, model, watch.unknown[model.__tablename__]))
            same = False
    now_open = open_alerts(session)
    for alert_id in now_open.keys() ^ watch.open_alerts.keys() | {
            alert_id for alert_id, was in watch.open_alerts.items()
            if alert_id in now_open and now_open[alert_id][0] != was[0]}:
        _snoozed, contract_id, obligation_id = (now_open.get(alert_id)
                                                or watch.open_alerts[alert_id])
        _add(contracts, obligations, contract_id, obligation_id)
    if not same:
        _add_gone(session, plan, contracts, obligations)
    scope = Scope(frozenset(contracts), frozenset(obligations))
    if len(scope) > REDO_LIMIT:
        raise StalePlan(_("{count} contracts and obligations changed meanwhile").format(
            count=len(scope)))
    return scope


def _add(contracts: set[int], obligations: set[int], contract_id: int | None,
         obligation_id: int | None) -> None:
    if obligation_id is not None:
        obligations.add(obligation_id)
    elif contract_id is not None:
        contracts.add(contract_id)


def _unchanged(session: Session, model: type[Contract] | type[Obligation],
               before: TableState) -> bool:
    """Whether no row was added, deleted or changed, without reading every row.

    No row was deleted when the rows up to the highest id then are as many as
    then and that row is still the same one. No row left the unknown ones
    (only storing days does that: MARKS_STAMP or another check's stamp would
    have moved), so as many unknown rows as before are the same rows, and a
    change of any of them raised the sum of versions.
    """
    # Those up to the highest id then, as all of them less those above it (see count_rows).
    above = session.scalar(select(func.count()).where(model.id > before.top)) or 0
    kept = count_rows(session, model) - above
    top_uid = session.scalar(select(model.uid).where(model.id == before.top))
    if kept != before.rows or top_uid != before.top_uid:
        return False
    unknown = model.next_reminder_on.is_(None)
    sums = session.execute(select(func.count(), func.coalesce(func.sum(model.id), 0),
                                  func.coalesce(func.sum(model.version_id), 0))
                           .where(unknown)).one()
    return tuple(sums) == before.unknown_sums


def _changed(session: Session, model: type[Contract] | type[Obligation],
             before: dict[int, int]) -> set[int]:
    """Rows added or changed since: every change clears the stored day (the models' hooks)."""
    return {row_id for chunk in unknown_chunks(session, model)
            for row_id, version, uid in chunk if before.get(row_id) != row_key(version, uid)}


def _add_gone(session: Session, plan: CheckPlan, contracts: set[int],
              obligations: set[int]) -> None:
    """Rows the plan's new alerts are about that were deleted since."""
    for model, column, found in ((Contract, "contract_id", contracts),
                                 (Obligation, "obligation_id", obligations)):
        position = 1 if column == "contract_id" else 2
        wanted = sorted({a[column] for a in plan.alerts if a[column] is not None}
                        | {ref_id for ref in plan.revive if (ref_id := ref[position]) is not None})
        there: set[int] = set()
        for start in range(0, len(wanted), 500):
            there.update(session.scalars(select(model.id).where(
                model.id.in_(wanted[start:start + 500]))))
        found.update(set(wanted) - there)


def _apply(session: Session, plan: CheckPlan, *, skip: Scope,
           marks: bool) -> tuple[list[int], int]:
    """Make the plan's writes, but none about ``skip``; (alerts to notify, withdrawn)."""
    keep: Callable[[AlertRef], bool] = (
        (lambda ref: not skip.holds(ref[1], ref[2])) if skip else (lambda _ref: True))
    if plan.forget:
        forget_offsets(session, plan.settings)
    withdrawn = _update_open(session, [r[0] for r in plan.withdraw if keep(r)],
                             withdrawn_at=plan.now)
    rows = [a for a in plan.alerts if keep((0, a["contract_id"], a["obligation_id"]))]
    created = _insert(session, rows)
    revived = [r[0] for r in plan.revive if keep(r)]
    _update(session, revived, withdrawn_at=None)
    woken = [r[0] for r in plan.wake if keep(r)]
    _update(session, woken, snoozed_until=None)
    forget_notices(session, [*revived, *woken])  # news again: everyone is told anew
    if marks:
        store_marks(session, _kept_marks(plan.marks, skip) if skip else plan.marks)
    session.flush()
    return [*created, *revived, *woken], withdrawn


def _kept_marks(marks: Marks, skip: Scope) -> Marks:
    if not skip:
        return marks
    # The days stored by statement pick their rows as they are when stored: kept.
    return Marks([m for m in marks.contracts if m["row"] not in skip.contracts],
                 [m for m in marks.obligations if not skip.holds(m["of_contract"], m["row"])],
                 one_offs=marks.one_offs, idle_until=marks.idle_until,
                 passed_until=marks.passed_until)


def _insert(session: Session, alerts: list[dict[str, Any]]) -> list[int]:
    """Add these Alert rows in one statement (thousands on a busy day); their ids."""
    if not alerts:
        return []
    table = Alert.__table__
    return list(session.scalars(insert(table).returning(table.c.id), alerts))


def _update(session: Session, ids: list[int], **values: Any) -> None:
    for start in range(0, len(ids), 500):
        session.execute(update(Alert).where(Alert.id.in_(ids[start:start + 500]))
                        .values(**values))


def _update_open(session: Session, ids: Iterable[int], **values: Any) -> int:
    """Change these alerts if still open (an alert closed meanwhile stays closed)."""
    wanted, count = list(ids), 0
    for start in range(0, len(wanted), 500):
        result = cast(CursorResult[Any], session.execute(
            update(Alert).where(Alert.id.in_(wanted[start:start + 500]),
                                Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
            .values(**values)))  # DML gives a CursorResult; Session.execute is typed Result
        count += result.rowcount or 0
    return count


def _count_check(session: Session, key: str = CHECK_STAMP) -> None:
    setting = session.get(RegisterSetting, key)
    if setting is None:
        session.add(RegisterSetting(key=key, value=1))
    else:
        setting.value = int(setting.value or 0) + 1


def count_marks(session: Session) -> None:
    """Record that next reminder days were stored apart from a check (see MARKS_STAMP)."""
    _count_check(session, MARKS_STAMP)
    session.flush()
