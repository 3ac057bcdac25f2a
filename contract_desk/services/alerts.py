"""Raising reminders: one Alert row per (target, key kind, key date, offset), never twice.

:func:`check_reminders` is what the window runs on start, on wake and on a
timer, and what ``contract-desk remind`` runs from the OS scheduler. It catches
up on everything that fell due since the last check, keeps overdue key dates
coming once a day until acknowledged (escalated after the configured number of
days), brings back snoozed alerts whose day has come, and withdraws alerts
whose key date no longer exists (the contract's dates changed, the obligation
was met or the contract ended). Notifying is the caller's job, after commit:
the Alert rows are the inbox, so nothing is lost when a notifier fails.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from contract_desk.domain.reminders import (
    OVERDUE_KINDS,
    KeyDate,
    KeyKind,
    Reminder,
    is_escalated,
    overdue_reminder,
)
from contract_desk.models import Alert, Contract, Obligation, utcnow
from contract_desk.services.alert_inbox import AlertRow, alert_rows, pending_counts
from contract_desk.services.alert_scan import ENDED, OPEN, Marks, Target, due_candidates
from contract_desk.services.alert_validity import stale_alert_ids
from contract_desk.services.reminder_settings import (
    ReminderSettings,
    last_check,
    record_check,
    reminder_settings,
)

StoredKey = tuple[str, str, str, date, int]
#: More obligations changed since the last check than this: look at every late one.
CHANGED_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class ReminderRun:
    """What one check did: the alerts to notify now and what is still open.

    ``fired`` holds new alerts and snoozed ones whose day came, oldest due first;
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


def check_reminders(session: Session, *, today: date, now: datetime | None = None,
                    full_scan: bool = False) -> ReminderRun:
    """Raise every reminder due from the last check up to ``today``; see the module doc.

    Flushes but does not commit: roll back for a dry run. ``full_scan`` looks at
    every contract and obligation instead of only those whose stored next
    reminder day has come (same alerts, much slower: for checking the index).
    """
    now = now or utcnow()
    settings = reminder_settings(session)
    known = last_check(session)
    since = today if known is None or known > today else known
    # The stored next reminder days hold from the last check on: usable unless
    # there was none or the clock went back past it.
    indexed = not full_scan and known is not None and known <= today
    withdrawn = withdraw_stale(session, now=now, changed_only=indexed)
    marks = Marks()
    created = _raise_due(session, settings, since=since, today=today, now=now, indexed=indexed,
                         marks=marks)
    changed = marks.unknown if indexed and len(marks.unknown) <= CHANGED_LIMIT else None
    created += _raise_unseen_overdue(session, settings, today=today, now=now, since=since,
                                     changed=changed)
    created += _raise_overdue(session, settings, today=today, now=now)
    woken = _wake_snoozed(session, today=today)
    record_check(session, today)
    session.flush()
    fired = alert_rows(session, [*created, *woken], today=today)
    fired.sort(key=lambda row: (row.due_on, row.key_date, row.id))
    return ReminderRun(today, since, tuple(fired), pending_counts(session, today=today),
                       withdrawn, settings.escalation_contact, settings.summary_threshold)


def _stored_keys(session: Session, targets: Iterable[tuple[str, str]]
                 ) -> tuple[set[StoredKey], set[tuple[str, str, str, date]], dict[StoredKey, int]]:
    """Every stored (key, offset) of these (type, uid) targets, the key dates acknowledged,
    and the withdrawn alerts by (key, offset). Uses the unique key's index."""
    found, done = set(), set()
    withdrawn: dict[StoredKey, int] = {}
    chunks = [(kind, sorted({uid for t, uid in set(targets) if t == kind}))
              for kind in ("contract", "obligation")]
    for target_type, wanted in chunks:
        for start in range(0, len(wanted), 500):
            query = select(
                Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
                Alert.offset_days, Alert.acknowledged_at, Alert.withdrawn_at, Alert.id,
            ).where(Alert.target_type == target_type,
                    Alert.target_uid.in_(wanted[start:start + 500]))
            _collect(session.execute(query), found, done, withdrawn)
    return found, done, withdrawn


def _collect(records: Iterable[Any], found: set[StoredKey], done: set[tuple[str, str, str, date]],
             withdrawn: dict[StoredKey, int]) -> None:
    for *key, acknowledged, gone, alert_id in records:
        found.add(tuple(key))  # type: ignore[arg-type]
        if acknowledged is not None:
            done.add(tuple(key[:4]))  # type: ignore[arg-type]
        elif gone is not None:
            withdrawn[tuple(key)] = alert_id  # type: ignore[index]


def _raise_due(session: Session, settings: ReminderSettings, *, since: date, today: date,
               now: datetime, indexed: bool, marks: Marks) -> list[int]:
    candidates = due_candidates(session, settings, start=since, today=today, indexed=indexed,
                                marks=marks)
    targets = [(target.target_type, target.target_uid) for target, *_ in candidates]
    stored, acknowledged, withdrawn = _stored_keys(session, targets)
    keys_seen = {key[:4] for key in stored}
    alerts, revived = [], []
    for target, keys, due, offsets in candidates:
        wanted = [*due, *_first_sight(target, keys, due, offsets, keys_seen, today)]
        for reminder in wanted:
            key = (target.target_type, target.target_uid, reminder.kind.value,
                   reminder.key_date, reminder.offset_days)
            if key in withdrawn:  # its date came back (a change undone): raise it again
                revived.append(withdrawn.pop(key))
            elif key not in stored and key[:4] not in acknowledged:
                stored.add(key)
                alerts.append(_alert(target, reminder, now=now))
    created = _insert(session, alerts)
    if revived:
        session.execute(update(Alert).where(Alert.id.in_(revived)).values(withdrawn_at=None))
    session.flush()
    return created + revived


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


def _alert(target: Target, reminder: Reminder, *, now: datetime,
           escalated: bool = False) -> dict[str, Any]:
    return {
        "target_type": target.target_type, "target_uid": target.target_uid,
        "contract_id": target.contract_id, "obligation_id": target.obligation_id,
        "key_kind": reminder.kind.value, "key_date": reminder.key_date,
        "offset_days": reminder.offset_days, "due_on": reminder.due_on, "created_at": now,
        "escalated_at": now if escalated else None,
    }


def _insert(session: Session, alerts: list[dict[str, Any]]) -> list[int]:
    """Add these Alert rows in one statement (thousands on a busy day); their ids."""
    if not alerts:
        return []
    return list(session.scalars(insert(Alert).returning(Alert.id), alerts))


def _raise_unseen_overdue(session: Session, settings: ReminderSettings, *, today: date,
                          now: datetime, since: date, changed: list[int] | None) -> list[int]:
    """An overdue alert for each open one-off obligation already late but never reminded of.

    An obligation entered or imported with a due date in the past, or late
    before the first check, had no reminder that could turn into an overdue
    one; it is overdue all the same. (A recurring series keeps one status for
    all its occurrences, so its past occurrences are not counted as late here.)

    ``changed``: the one-off obligations new or changed since the last check
    (None: look at all). The last check raised this for every other one due
    before ``since``, so only those and the ones due since need looking at.
    """
    reminded = (select(Alert.id)
                .where(Alert.target_type == "obligation", Alert.target_uid == Obligation.uid,
                       Alert.key_kind == KeyKind.DUE.value, Alert.key_date == Obligation.due_date)
                .exists())
    query = (select(Obligation.id, Obligation.uid, Obligation.contract_id, Obligation.due_date)
             .join(Contract, Contract.id == Obligation.contract_id)
             .where(Obligation.recurrence.is_(None), Obligation.due_date < today,
                    Obligation.status.in_(OPEN), Contract.status.not_in(ENDED), ~reminded))
    if changed is not None:
        query = query.where(or_(Obligation.due_date >= since, Obligation.id.in_(changed)))
    created = []
    for obligation_id, uid, contract_id, due_date in session.execute(query):
        reminder = overdue_reminder(KeyKind.DUE, due_date, today)
        if reminder is None:
            continue
        target = Target("obligation", uid, contract_id, obligation_id, "")
        escalated = is_escalated(reminder.offset_days, settings.escalate_after_days)
        created.append(_alert(target, reminder, now=now, escalated=escalated))
    return _insert(session, created)


def _raise_overdue(session: Session, settings: ReminderSettings, *, today: date,
                   now: datetime) -> list[int]:
    """Today's overdue alert of each passed key date that is still open."""
    kinds = sorted(kind.value for kind in OVERDUE_KINDS)
    query = select(Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
                   Alert.offset_days, Alert.snoozed_until, Alert.contract_id,
                   Alert.obligation_id).where(
        Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None),
        Alert.key_date < today, Alert.key_kind.in_(kinds))
    by_key: dict[tuple[str, str, str, date], list[Any]] = {}
    for alert in session.execute(query):
        by_key.setdefault((alert.target_type, alert.target_uid, alert.key_kind, alert.key_date),
                          []).append(alert)
    created = []
    for (target_type, target_uid, kind, key_date), alerts in by_key.items():
        if any(a.snoozed_until is not None and a.snoozed_until > today for a in alerts):
            continue
        reminder = overdue_reminder(KeyKind(kind), key_date, today)
        if reminder is None or any(a.offset_days == reminder.offset_days for a in alerts):
            continue
        first = alerts[0]
        target = Target(target_type, target_uid, first.contract_id or 0, first.obligation_id, "")
        escalated = is_escalated(reminder.offset_days, settings.escalate_after_days)
        created.append(_alert(target, reminder, now=now, escalated=escalated))
    return _insert(session, created)


def _wake_snoozed(session: Session, *, today: date) -> list[int]:
    query = select(Alert.id).where(Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None),
                                   Alert.snoozed_until.is_not(None), Alert.snoozed_until <= today)
    ids = list(session.scalars(query))
    if ids:
        session.execute(update(Alert).where(Alert.id.in_(ids)).values(snoozed_until=None))
    return ids


def withdraw_stale(session: Session, *, now: datetime | None = None,
                   contract_id: int | None = None, changed_only: bool = False) -> int:
    """Withdraw open alerts whose key date is gone; returns how many.

    Call after changing a contract's dates or an obligation (the UI does, with
    ``contract_id``); :func:`check_reminders` does it for the whole register
    (``changed_only``: for what changed since the last check, see
    :func:`stale_alert_ids`). Future reminders then follow the new dates on the
    next check.
    """
    ids = stale_alert_ids(session, contract_id=contract_id, changed_only=changed_only)
    if ids:
        session.execute(update(Alert).where(Alert.id.in_(ids))
                        .values(withdrawn_at=now or utcnow()))
    return len(ids)


def mark_notified(session: Session, alert_ids: Iterable[int], *,
                  at: datetime | None = None) -> None:
    """Record that these alerts reached a notifier (or the inbox only, if none took it)."""
    ids = list(alert_ids)
    for start in range(0, len(ids), 500):
        session.execute(update(Alert).where(Alert.id.in_(ids[start:start + 500]))
                        .values(notified_at=at or utcnow()))
