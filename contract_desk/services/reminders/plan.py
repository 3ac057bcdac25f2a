"""A reminder check's plan: every write it would make, computed by reading only.

The expensive part of a check (the due candidates across the register, the
stale alerts, the next reminder day of every row computed) runs here, in a
transaction that only reads, so other writers are not held up meanwhile.
:mod:`contract_desk.services.reminders.store` then stores the plan in a short
write transaction, after checking that nothing it depends on changed
(:class:`Watch` is what it compares).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from contract_desk.domain.reminders import (
    OVERDUE_KINDS,
    KeyDate,
    KeyKind,
    Reminder,
    is_escalated,
    overdue_reminder,
)
from contract_desk.gc_pause import paused_gc
from contract_desk.models import Alert, Contract, Obligation, RegisterSetting, utcnow
from contract_desk.services.register.driver_records import column_rows, driver_chunks
from contract_desk.services.register.held_rows import count_rows
from contract_desk.services.reminders.days import offsets_changed
from contract_desk.services.reminders.scan import (
    ENDED,
    OPEN,
    SCAN_OFFSETS,
    AlertRef,
    Marks,
    Scope,
    SeenAlerts,
    StoredKey,
    Target,
    due_candidates,
    read_alerts,
)
from contract_desk.services.reminders.settings import (
    PREFIX,
    ReminderSettings,
    last_check,
    reminder_settings,
)
from contract_desk.services.reminders.validity import stale_alert_ids

#: The late one-offs' columns: id, uid, contract id, due day.
_LateQuery = Select[int, str, int, date | None]
#: More obligations changed since the last check than this: look at every late one.
CHANGED_LIMIT = 5000


#: Counted up by every transaction that stores next reminder days apart from a check's
#: alerts: rows may have left the unknown ones (see Watch).
MARKS_STAMP = "reminder_scan.marks_stamp"


@dataclass(frozen=True, slots=True)
class TableState:
    """A table as a plan saw it, to tell cheaply that its rows are the same.

    ``rows`` and ``top``: how many rows, the highest id and that row's uid (SQLite
    gives a deleted highest id to the next row: its uid tells). ``unknown_sums``:
    (count, sum of ids, sum of versions) of the rows with no stored day.
    """

    rows: int
    top: int
    top_uid: str | None
    unknown_sums: tuple[int, int, int]


@dataclass(slots=True)
class Watch:
    """What a plan was computed from, read before anything else.

    ``inputs``: the reminder settings, the last check day and the check stamp;
    ``unknown``: per model, :func:`row_key` of each row with no stored next
    reminder day (every change of a row clears that day, so a row changed or
    added later shows up as one not listed here, or with another version);
    ``tables``: per model, its :class:`TableState`; ``marks_stamp``: see
    MARKS_STAMP; ``open_alerts``: (snoozed until, contract id, obligation id)
    of each open alert.
    """

    inputs: dict[str, Any]
    unknown: dict[str, dict[int, int]]
    tables: dict[str, TableState]
    marks_stamp: Any
    open_alerts: dict[int, tuple[date | None, int | None, int | None]]


@dataclass(slots=True)
class CheckPlan:
    """The writes of one reminder check over [since, today], not yet made."""

    today: date
    since: date
    now: datetime
    settings: ReminderSettings
    #: Offsets changed since the stored days were computed: clear them all first.
    forget: bool = False
    watch: Watch | None = None
    withdraw: list[AlertRef] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    revive: list[AlertRef] = field(default_factory=list)
    wake: list[AlertRef] = field(default_factory=list)
    marks: Marks = field(default_factory=Marks)

    def let_go(self, *, marks: bool = False) -> None:
        """Drop what storing this plan needed and no later step reads: the new alerts'
        values and what the plan was computed from (the rows with no stored day, the
        open alerts); with ``marks``, also the next reminder days (once stored).

        The first check after a big import holds these for every row of the
        register (100,000 contracts: about 70 MB, and 30 MB of days) while it
        stores the days and reads back what it raised; a process keeps the memory
        of its highest point. The tables' counts stay (the days' steps read them).
        """
        self.alerts = []
        if self.watch is not None:
            self.watch.unknown = {}
            self.watch.open_alerts = {}
        if marks:
            self.marks = Marks()


def read_inputs(session: Session) -> dict[str, Any]:
    """The settings rows a check depends on (offsets, last check, the check stamp)."""
    query = select(RegisterSetting.key, RegisterSetting.value).where(
        or_(RegisterSetting.key.startswith(PREFIX), RegisterSetting.key == SCAN_OFFSETS))
    return dict(session.execute(query).all())


def unknown_rows(session: Session, model: type[Contract] | type[Obligation]
                 ) -> tuple[dict[int, int], tuple[int, int, int]]:
    """Of the rows whose next reminder day is not stored: :func:`row_key` by id, and
    (how many, the sum of their ids, the sum of their versions)."""
    keys: dict[int, int] = {}
    versions = 0
    for chunk in unknown_chunks(session, model):
        ids, versions_of, uids = zip(*chunk, strict=True)
        keys.update(zip(ids, map(hash, zip(versions_of, uids, strict=True)), strict=True))
        versions += sum(versions_of)
    return keys, (len(keys), sum(keys), versions)


def unknown_chunks(session: Session, model: type[Contract] | type[Obligation]
                   ) -> Iterator[Sequence[tuple[int, int, str]]]:
    """(id, version, uid) of each row whose next reminder day is not stored, in chunks as
    the driver gives them: after a big import every row of the register (1,100,000 at
    100,000 contracts), where SQLAlchemy's rows took 1.4 s and these 0.8 s (measured).
    Their :func:`row_key` is ``hash((version, uid))``."""
    query = select(model.id, model.version_id, model.uid).where(model.next_reminder_on.is_(None))
    yield from driver_chunks(session, query, 10_000)


def row_key(version: int, uid: str) -> int:
    """A row's version and uid as one number (Python's 64-bit hash of the pair).

    The first check after a big import watches every row of the register: the
    pairs themselves, uid text and all, were 60 MB at 100,000 contracts. A
    change of a row goes unseen only if its new pair hashes like the old one
    (one chance in 2**64).
    """
    return hash((version, uid))


def open_alerts(session: Session) -> dict[int, tuple[date | None, int | None, int | None]]:
    """(snoozed until, contract id, obligation id) of every open alert (a small set)."""
    query = select(Alert.id, Alert.snoozed_until, Alert.contract_id, Alert.obligation_id).where(
        Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
    return {alert_id: (snoozed, contract_id, obligation_id) for alert_id, snoozed, contract_id,
            obligation_id in session.execute(query)}


def table_state(session: Session, model: type[Contract] | type[Obligation],
                unknown_sums: tuple[int, int, int]) -> TableState:
    """The :class:`TableState` of ``model``'s table, its unknown rows' sums given."""
    rows, top = count_rows(session, model), session.scalar(select(func.max(model.id)))
    top_uid = session.scalar(select(model.uid).where(model.id == top))
    return TableState(rows, top or 0, top_uid, unknown_sums)


def marks_stamp(session: Session) -> Any:
    """The value of MARKS_STAMP now."""
    setting = session.get(RegisterSetting, MARKS_STAMP)
    return None if setting is None else setting.value


def read_watch(session: Session) -> Watch:
    """The state a plan depends on, read first (later reads may see later commits)."""
    inputs, stamp = read_inputs(session), marks_stamp(session)
    unknown, tables = {}, {}
    for name, model in (("contract", Contract), ("obligation", Obligation)):
        unknown[name], sums = unknown_rows(session, model)
        tables[name] = table_state(session, model, sums)
    return Watch(inputs, unknown, tables, stamp, open_alerts(session))


def plan_check(session: Session, *, today: date, now: datetime | None = None,
               full_scan: bool = False, scope: Scope | None = None,
               since: date | None = None, watched: bool = True) -> CheckPlan:
    """Compute what a check on ``today`` writes; reads only.

    ``scope`` (with ``since``): only its contracts and obligations, all looked
    at (a part of a plan done again, under the write lock, after they changed).
    ``watched``: read the :class:`Watch` a plan stored in another transaction needs.
    """
    # Every candidate, mark and alert made is kept to the end: the cyclic collector
    # would only walk them again and again (see contract_desk.gc_pause).
    with paused_gc():
        watch = read_watch(session) if watched and scope is None else None
        settings = reminder_settings(session)
        known = last_check(session)
        if since is None:
            since = today if known is None or known > today else known
        # The stored next reminder days hold from the last check on: usable unless
        # there was none or the clock went back past it; with other offsets, none holds.
        forget = scope is None and offsets_changed(session, settings)
        # A register never checked has no offsets stored either: every day is cleared
        # first (forget), so the index sees every row as unknown and the statement fills
        # apply, as after an upgrade. The whole-register path stores only the days of the
        # rows it reads (on 100,000 demo contracts it left 225,573 obligations' days to
        # the next check, which took 9.0 s for them; measured).
        usable = (known <= today) if known is not None else forget
        indexed = not full_scan and scope is None and usable
        plan = CheckPlan(today, since, now or utcnow(), settings, forget, watch)
        plan.marks.forget = forget  # every stored day counts as unknown
        judged: dict[tuple[str, int], int] = {}
        # Only alerts of rows changed since the last check need judging; with none
        # recorded, another process's first check may commit its alerts and days
        # between these reads, so every open alert is judged, as the old path did.
        changed_only = indexed and known is not None
        plan.withdraw = _refs(session, stale_alert_ids(
            session, changed_only=changed_only, scope=scope, seen=judged))
        gone = {ref[0] for ref in plan.withdraw}
        _plan_due(session, plan, indexed=indexed, gone=gone, scope=scope)
        if changed_only and watch is None and session.get_bind().dialect.name != "sqlite":
            more = _refs(session, [alert_id for alert_id in _judge_the_unjudged(
                session, plan.marks, judged) if alert_id not in gone])
            plan.withdraw += more
            gone.update(ref[0] for ref in more)
        _keep_judged_marks(plan.marks, judged)
        unknown = plan.marks.unknown
        changed = unknown if indexed and len(unknown) <= CHANGED_LIMIT else None
        plan.alerts += _plan_unseen_overdue(session, plan, changed=changed, scope=scope)
        closed = gone - {ref[0] for ref in plan.revive}
        plan.alerts += _plan_overdue(session, plan, closed=closed, scope=scope)
        plan.wake = _plan_wake(session, plan, closed=closed, scope=scope)
        return plan


def _judge_the_unjudged(session: Session, marks: Marks,
                        judged: dict[tuple[str, int], int]) -> list[int]:
    """Judge now the open alerts of the rows given a day whose alerts were not judged;
    the stale ones' ids (``judged`` gets their rows' versions).

    Only alerts of rows changed since the last check are judged before their key
    dates are read. On a server a plan no watch guards (the last resort under the
    lock, a check in one transaction) sees rows saved between its reads: a row
    saved just after the judgement was read as changed, given a day from its new
    version, and its old alerts were never judged. With that day stored the
    index would not look at the row again, and an alert for a date that no longer
    exists would stay open. A row saved after this judgement keeps no day
    (:func:`_keep_judged_marks`, and storing skips a row changed since).
    """
    contracts = {m["row"] for m in marks.contracts if ("contract", m["row"]) not in judged}
    contracts.update(m["of_contract"] for m in marks.obligations
                     if ("contract", m["of_contract"]) not in judged)
    obligations = {m["row"] for m in marks.obligations if ("obligation", m["row"]) not in judged}
    if not contracts and not obligations:
        return []
    query = select(Alert.contract_id, Alert.obligation_id).where(
        Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
    hit_contracts: set[int] = set()
    hit_obligations: set[int] = set()
    for contract_id, obligation_id in column_rows(session, query):
        if contract_id in contracts:
            hit_contracts.add(contract_id)
        elif obligation_id in obligations:
            hit_obligations.add(obligation_id)
    # A part at a time: after an upgrade every row with an open alert is in it, and a
    # statement takes at most 65,535 values on PostgreSQL.
    stale: dict[int, None] = {}  # an obligation's alert is judged with its contract's too
    for kind, ids in (("contracts", sorted(hit_contracts)),
                      ("obligations", sorted(hit_obligations))):
        for start in range(0, len(ids), JUDGED_PART):
            part = frozenset(ids[start:start + JUDGED_PART])
            scope = Scope(part) if kind == "contracts" else Scope(obligations=part)
            stale.update(dict.fromkeys(stale_alert_ids(session, scope=scope, seen=judged)))
    return list(stale)


#: Rows whose alerts :func:`_judge_the_unjudged` judges in one statement.
JUDGED_PART = 5000


def _keep_judged_marks(marks: Marks, judged: dict[tuple[str, int], int]) -> None:
    """Leave out the next reminder day of a row that changed between the judgement of its
    open alerts and the reading of its key dates.

    On a server the reads of one transaction may see changes committed between
    them. A contract saved in that moment would get its day stored (computed
    from the new version) while its alerts were judged on the old one: an
    alert for a date that no longer exists would stay, and the index would
    never look at it again. Without the day the next check judges it anew.
    """
    def same(kind: str, row: int, version: int) -> bool:
        return judged.get((kind, row), version) == version

    marks.contracts[:] = [m for m in marks.contracts if same("contract", m["row"], m["version"])]
    marks.obligations[:] = [m for m in marks.obligations
                            if same("obligation", m["row"], m["version"])
                            and same("contract", m["of_contract"], m["of_version"])]


def _refs(session: Session, ids: list[int]) -> list[AlertRef]:
    found: list[AlertRef] = []
    for start in range(0, len(ids), 500):
        query = select(Alert.id, Alert.contract_id, Alert.obligation_id).where(
            Alert.id.in_(ids[start:start + 500]))
        found.extend((r[0], r[1], r[2]) for r in session.execute(query))
    return found


def _open_or(revived: Iterable[int]) -> Any:
    """Open alerts as the plan leaves them: not withdrawn, or revived by it."""
    return or_(Alert.withdrawn_at.is_(None), Alert.id.in_(sorted(revived)))


def _stored_keys(session: Session, targets: Iterable[tuple[str, str]], gone: set[int], *,
                 since: date | None = None
                 ) -> tuple[set[StoredKey], set[tuple[str, str, str, date]], dict[StoredKey,
                                                                                   AlertRef]]:
    """Every stored (key, offset) of these (type, uid) targets, the key dates acknowledged,
    and the withdrawn alerts by (key, offset) (``gone``: withdrawn by this plan).

    ``since``: only of key dates from that day on (a check's reminders and first sights
    are all of key dates in its window or later: not the years of alerts before it)."""
    found: set[StoredKey] = set()
    done: set[tuple[str, str, str, date]] = set()
    withdrawn: dict[StoredKey, AlertRef] = {}
    chunks = [(kind, sorted({uid for t, uid in set(targets) if t == kind}))
              for kind in ("contract", "obligation")]
    for target_type, wanted in chunks:
        for start in range(0, len(wanted), 500):
            for (kind_of, uid, kind, key_date, offset, acknowledged, withdrawn_then, alert_id,
                 contract_id, obligation_id) in read_alerts(session, target_type,
                                                            wanted[start:start + 500], since):
                stored = (kind_of, uid, kind, key_date, offset)
                found.add(stored)
                if acknowledged:
                    done.add(stored[:4])
                elif withdrawn_then or alert_id in gone:
                    withdrawn[stored] = (alert_id, contract_id, obligation_id)
    return found, done, withdrawn


def _plan_due(session: Session, plan: CheckPlan, *, indexed: bool, gone: set[int],
              scope: Scope | None) -> None:
    # Indexed, the rows looked at are mostly those with reminders due: their alerts are
    # read with them (and the key dates acknowledged left out of their days, see
    # scan.SeenAlerts); a full scan or a redone part reads those of the due ones after.
    # Every reminder and first sight below is of a key date from plan.since on.
    seen = SeenAlerts(gone, plan.since) if indexed else None
    candidates = due_candidates(session, plan.settings, start=plan.since, today=plan.today,
                                indexed=indexed, marks=plan.marks, scope=scope, seen=seen)
    if seen is not None:
        stored, acknowledged, withdrawn = seen.stored, seen.acknowledged, seen.withdrawn
    else:
        targets = [(target.target_type, target.target_uid) for target, *_ in candidates]
        stored, acknowledged, withdrawn = _stored_keys(session, targets, gone,
                                                       since=plan.since)
    keys_seen = {key[:4] for key in stored}
    for target, keys, due, offsets in candidates:
        wanted = [*due, *_first_sight(target, keys, due, offsets, keys_seen, plan.today)]
        for reminder in wanted:
            key = (target.target_type, target.target_uid, reminder.kind.value,
                   reminder.key_date, reminder.offset_days)
            if key in withdrawn:  # its date came back (a change undone): raise it again
                plan.revive.append(withdrawn.pop(key))
            elif key not in stored and key[:4] not in acknowledged:
                stored.add(key)
                plan.alerts.append(alert_values(target, reminder, now=plan.now))


def _first_sight(target: Target, keys: list[KeyDate], due: list[Reminder],
                 offsets: tuple[int, ...], keys_seen: set[tuple[str, str, str, date]],
                 today: date) -> list[Reminder]:
    # A key date never reminded of whose earlier offsets passed before the window
    # (first run, or dates just changed): raise the latest passed offset once.
    covered = {(r.kind, r.key_date) for r in due}
    found = []
    for key in keys:
        seen = (target.target_type, target.target_uid, key.kind.value, key.day) in keys_seen
        if seen or key.day < today or (key.kind, key.day) in covered:
            continue
        passed = [o for o in offsets if key.day - timedelta(days=o) <= today]
        if passed:
            found.append(Reminder(key.kind, key.day, min(passed)))
    return found


def alert_values(target: Target, reminder: Reminder, *, now: datetime,
                 escalated: bool = False) -> dict[str, Any]:
    """The columns of a new Alert row."""
    return {
        "target_type": target.target_type, "target_uid": target.target_uid,
        "contract_id": target.contract_id, "obligation_id": target.obligation_id,
        "key_kind": reminder.kind.value, "key_date": reminder.key_date,
        "offset_days": reminder.offset_days, "due_on": reminder.due_on, "created_at": now,
        "escalated_at": now if escalated else None,
    }


def _plan_unseen_overdue(session: Session, plan: CheckPlan, *, changed: list[int] | None,
                         scope: Scope | None) -> list[dict[str, Any]]:
    """An overdue alert for each open one-off obligation already late but never reminded of.

    An obligation entered or imported with a due date in the past, or late
    before the first check, had no reminder that could turn into an overdue
    one; it is overdue all the same. (A recurring series keeps one status for
    all its occurrences, so its past occurrences are not counted as late here.)

    ``changed``: the one-off obligations new or changed since the last check
    (None: look at all). The last check raised this for every other one due
    before ``since``, so only those and the ones due since need looking at.
    """
    today = plan.today
    reminded = (select(Alert.id)
                .where(Alert.target_type == "obligation", Alert.target_uid == Obligation.uid,
                       Alert.key_kind == KeyKind.DUE.value, Alert.key_date == Obligation.due_date)
                .exists())
    query = (select(Obligation.id, Obligation.uid, Obligation.contract_id, Obligation.due_date)
             .join(Contract, Contract.id == Obligation.contract_id)
             .where(Obligation.due_date < today, Obligation.status.in_(OPEN),
                    Contract.status.not_in(ENDED), ~reminded))
    if scope is not None:
        query = query.where(or_(Obligation.id.in_(sorted(scope.obligations)),
                                Obligation.contract_id.in_(sorted(scope.contracts))))
    planned = {(a["target_uid"], a["key_date"]) for a in plan.alerts
               if a["target_type"] == "obligation" and a["key_kind"] == KeyKind.DUE.value}
    created = []
    for obligation_id, uid, contract_id, due_date in _late_one_offs(session, query, changed,
                                                                    plan.since):
        assert due_date is not None  # the query's due_date < today leaves NULL out
        reminder = overdue_reminder(KeyKind.DUE, due_date, today)
        if reminder is None or (uid, due_date) in planned:
            continue
        target = Target("obligation", uid, contract_id, obligation_id, "")
        escalated = is_escalated(reminder.offset_days, plan.settings.escalate_after_days)
        created.append(alert_values(target, reminder, now=plan.now, escalated=escalated))
    return created


def _late_one_offs(session: Session, query: _LateQuery, changed: list[int] | None,
                   since: date) -> Iterator[Any]:
    """The one-off obligations of ``query`` (late, open, never reminded of): all of them
    (``changed`` None), or those due from ``since`` on and those ``changed``.

    Each part by its own index, one statement each: the days since the last check by
    ``ix_obligation_due_status``, the rows changed by id. Asked as one OR, SQLite read
    every one-off obligation of the register through the recurrence index instead
    (1,000,000 obligations: 110 ms of a 900 ms daily check, now 7 ms). The recurrence
    is compared as ``recurrence || ''``, which no index serves, so that SQLite ranges
    over the due days.
    """
    one_off = Obligation.recurrence.is_(None)
    if changed is None:
        yield from session.execute(query.where(one_off))
        return
    not_indexed = Obligation.recurrence.concat("").is_(None)  # NULL exactly when it is
    yield from session.execute(query.where(not_indexed, Obligation.due_date >= since))
    ids = sorted(changed)
    for start in range(0, len(ids), 500):
        yield from session.execute(query.where(one_off, Obligation.due_date < since,
                                               Obligation.id.in_(ids[start:start + 500])))


def _plan_overdue(session: Session, plan: CheckPlan, *, closed: set[int],
                  scope: Scope | None) -> list[dict[str, Any]]:
    """Today's overdue alert of each passed key date that is still open."""
    today = plan.today
    kinds = sorted(kind.value for kind in OVERDUE_KINDS)
    query = select(Alert.id, Alert.target_type, Alert.target_uid, Alert.key_kind,
                   Alert.key_date, Alert.offset_days, Alert.snoozed_until, Alert.contract_id,
                   Alert.obligation_id).where(
        Alert.acknowledged_at.is_(None), _open_or(ref[0] for ref in plan.revive),
        Alert.key_date < today, Alert.key_kind.in_(kinds))
    if scope is not None:
        query = query.where(scope.of_alerts(Alert))
    rows: list[tuple[Any, ...]] = [tuple(row[1:]) for row in column_rows(session, query)
                                   if row[0] not in closed]
    rows += [(a["target_type"], a["target_uid"], a["key_kind"], a["key_date"], a["offset_days"],
              None, a["contract_id"], a["obligation_id"]) for a in plan.alerts
             if a["key_kind"] in kinds and a["key_date"] < today]
    by_key: dict[tuple[str, str, str, date], list[tuple[Any, ...]]] = {}
    for row in rows:
        by_key.setdefault(row[:4], []).append(row)
    created = []
    for (target_type, target_uid, kind, key_date), alerts in by_key.items():
        if any(a[5] is not None and a[5] > today for a in alerts):
            continue
        reminder = overdue_reminder(KeyKind(kind), key_date, today)
        if reminder is None or any(a[4] == reminder.offset_days for a in alerts):
            continue
        first = alerts[0]
        target = Target(target_type, target_uid, first[6] or 0, first[7], "")
        escalated = is_escalated(reminder.offset_days, plan.settings.escalate_after_days)
        created.append(alert_values(target, reminder, now=plan.now, escalated=escalated))
    return created


def _plan_wake(session: Session, plan: CheckPlan, *, closed: set[int],
               scope: Scope | None) -> list[AlertRef]:
    query = select(Alert.id, Alert.contract_id, Alert.obligation_id).where(
        Alert.acknowledged_at.is_(None), _open_or(ref[0] for ref in plan.revive),
        Alert.snoozed_until.is_not(None), Alert.snoozed_until <= plan.today)
    if scope is not None:
        query = query.where(scope.of_alerts(Alert))
    return [(r[0], r[1], r[2]) for r in session.execute(query) if r[0] not in closed]
