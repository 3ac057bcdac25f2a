"""A reminder check for a whole register: compute while reading, store in a short write.

What the window and ``contract-desk remind`` run. The plan is computed in a
transaction that only reads (other programs keep writing meanwhile), then
its alerts are stored in a write transaction that checks first that nothing
they depend on changed (see :mod:`contract_desk.services.reminders.store`),
and the next reminder days (one per row computed: all of them after an
upgrade or a big import) in short transactions after it, then each contract's
key dates for the listings (``services.register.key_dates_store``) and the sums
of its obligations (``services.register.obligation_summaries``). When the register
changed too much meanwhile the plan is computed again; after a few tries the
check is made in one write transaction, as a last resort.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from contract_desk.services.register.key_dates_store import store_key_dates
from contract_desk.services.register.obligation_summaries import store_summaries
from contract_desk.services.reminders.days import store_marks
from contract_desk.services.reminders.inbox import AlertRow, pending_counts
from contract_desk.services.reminders.notices import record_notices, to_notify
from contract_desk.services.reminders.people import Me
from contract_desk.services.reminders.plan import CheckPlan, plan_check
from contract_desk.services.reminders.raising import mark_notified
from contract_desk.services.reminders.settings import reminder_settings
from contract_desk.services.reminders.store import (
    ReminderRun,
    StalePlan,
    Stored,
    count_marks,
    marks_in_steps,
    offsets_still,
    one_store_at_a_time,
    report,
    store_plan,
)
from contract_desk.storage import Register
from contract_desk.storage.environment import is_lock_conflict

log = logging.getLogger(__name__)
#: Plans computed (and found stale) before the check is made under the write lock.
TRIES = 3


def run_reminder_check(register: Register, *, today: date, now: datetime | None = None,
                       planned: Callable[[CheckPlan], None] | None = None,
                       fired_rows: bool = True) -> ReminderRun:
    """Raise every reminder due from the last check up to ``today``, committed.

    ``planned`` is called with each plan while its reading transaction is
    still open, before it is stored (tests use it to write in between).
    ``fired_rows``: read the alerts raised into the run's ``fired`` (see ``report``).
    """
    stored = _store(register, today=today, now=now, planned=planned)
    stored.plan.let_go()  # the alerts are stored: only the days are left to store
    _store_marks(register, stored)
    stored.plan.let_go(marks=True)
    _store_for_listings(register, today)
    with register.reading() as session:
        return report(session, stored, fired_rows=fired_rows)


#: What a check stores for the listings after its alerts and reminder days: derived data
#: a listing computes when missing, so a failure costs time, never a reminder. Each
#: contract's key dates (services.register.key_dates_store: on a new day what rolled,
#: after an import all of them) and its obligations summed up (SQLite only,
#: services.register.obligation_summaries).
_FOR_LISTINGS: tuple[tuple[str, Callable[[Register, date], int]], ...] = (
    ("key dates", store_key_dates),
    ("obligation summaries", store_summaries),
)


def _store_for_listings(register: Register, today: date) -> None:
    for what, store in _FOR_LISTINGS:
        try:
            stored = store(register, today)
        except SQLAlchemyError as error:
            log.warning("reminder check: the %s were not stored (%s); listings compute "
                        "them until the next check", what, error)
        else:
            if stored:
                log.info("reminder check: stored the %s of %d contracts", what, stored)


def _store(register: Register, *, today: date, now: datetime | None,
           planned: Callable[[CheckPlan], None] | None) -> Stored:
    for attempt in range(1, TRIES + 1):
        with register.reading() as session:
            plan = plan_check(session, today=today, now=now)
            if planned is not None:
                planned(plan)
        try:
            with register.transaction() as session:
                return store_plan(session, plan, marks=False)
        except StalePlan as why:
            log.info("reminder check, try %d: %s; computing it again", attempt, why)
        except IntegrityError:
            # Another check stored the same alerts first (the unique key refused ours).
            log.info("reminder check, try %d: another check stored first", attempt)
        except OperationalError as error:
            if not is_lock_conflict(error):
                raise
            log.info("reminder check, try %d: a lock conflict (%s); again", attempt, error.orig)
    with register.transaction() as session:
        # The last resort: planned and stored under the lock, so no other check can
        # store in between (on SQLite the write transaction is that lock already).
        one_store_at_a_time(session)
        plan = plan_check(session, today=today, now=now, watched=False)
        return store_plan(session, plan, verify=False)


def _store_marks(register: Register, stored: Stored) -> None:
    """The plan's next reminder days, a step per transaction (none left after a fallback)."""
    if stored.days_stored:
        return
    for step in marks_in_steps(stored, ranged=register.engine.dialect.name == "sqlite"):
        try:
            # Days a later check computes again when missing: not flushed each.
            with register.transaction(durable=False) as session:
                if not offsets_still(session, stored.plan):
                    return  # computed with offsets changed since: the next check does them all
                store_marks(session, step)
                count_marks(session)
        except OperationalError as error:
            if not is_lock_conflict(error):
                raise
            # A server gave up a lock conflict: the alerts are stored; the days left
            # unstored are only computed again by the next check.
            log.info("reminder check: next reminder days left to the next check: %s",
                     error.orig)
            return


@dataclass(frozen=True, slots=True)
class PersonCheck:
    """A check made for one person: what it raised, what to notify them of, the counts.

    ``run`` is None when the check was not stored (a viewer's register: their
    colleagues' checks raise the alerts). Pass ``due``, ``summary_threshold``
    and ``escalation_contact`` to :func:`contract_desk.notify.notifications_for`.
    """

    run: ReminderRun | None
    due: tuple[AlertRow, ...]
    pending: dict[str, int]
    summary_threshold: int
    escalation_contact: str | None


def check_for(register: Register, me: Me, *, today: date, store: bool = True) -> PersonCheck:
    """Check the register (``store``: raise and store what came due), then read what ``me``
    is to be notified of: due, theirs, not yet told."""
    run = run_reminder_check(register, today=today) if store else None
    with register.reading() as session:
        due = to_notify(session, me, today=today)
        settings = reminder_settings(session)
        pending = run.pending if run is not None else pending_counts(session, today=today)
    return PersonCheck(run, tuple(due), dict(pending), settings.summary_threshold,
                       settings.escalation_contact)


def told(register: Register, me: Me, alert_ids: Iterable[int]) -> None:
    """Record, in a transaction of its own, that ``me`` was notified of these alerts."""
    ids = list(alert_ids)
    if ids:
        with register.transaction() as session:
            record_told(session, me, ids, viewer=register.team_role == "viewer")


def record_told(session: Session, me: Me, alert_ids: Iterable[int], *, viewer: bool) -> None:
    """Record that ``me`` was notified of these alerts, and (unless ``viewer``, who may not
    write alerts) when a notifier first took them."""
    ids = list(alert_ids)
    record_notices(session, ids, me.person)
    if not viewer:
        mark_notified(session, ids)
