"""Raising reminders: one Alert row per (target, key kind, key date, offset), never twice.

:func:`check_reminders` is what the window runs on start, on wake and on a
timer, and what ``contract-desk remind`` runs from the OS scheduler. It catches
up on everything that fell due since the last check, keeps overdue key dates
coming once a day until acknowledged (escalated after the configured number of
days), brings back snoozed alerts whose day has come, and withdraws alerts
whose key date no longer exists (the contract's dates changed, the obligation
was met or the contract ended). Notifying is the caller's job, after commit:
the Alert rows are the inbox, so nothing is lost when a notifier fails.

A check is computed by reading (:mod:`~contract_desk.services.reminders.plan`)
and then stored (:mod:`~contract_desk.services.reminders.store`);
:func:`contract_desk.services.reminders.run.run_reminder_check` does the two in
separate transactions, so the write lock is held only to store.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from contract_desk.models import Alert, utcnow
from contract_desk.services.register.amendments import apply_due
from contract_desk.services.reminders.plan import CHANGED_LIMIT, plan_check
from contract_desk.services.reminders.store import ReminderRun, report, store_plan
from contract_desk.services.reminders.validity import stale_alert_ids


def check_reminders(session: Session, *, today: date, now: datetime | None = None,
                    full_scan: bool = False) -> ReminderRun:
    """Raise every reminder due from the last check up to ``today``; see the module doc.

    Computes and stores in the caller's transaction. Flushes but does not
    commit: roll back for a dry run. ``full_scan`` looks at every contract and
    obligation instead of only those whose stored next reminder day has come
    (same alerts, much slower: for checking the index). Amendments whose day
    has come take effect first, so the reminders follow the terms in force.
    """
    apply_due(session, today)
    plan = plan_check(session, today=today, now=now, full_scan=full_scan, watched=False)
    return report(session, store_plan(session, plan, verify=False))


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


__all__ = ["CHANGED_LIMIT", "ReminderRun", "check_reminders", "mark_notified", "withdraw_stale"]
