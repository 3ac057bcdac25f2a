"""What a reminder check tells one person, made in this process or in a child process.

The window checks the register at start, every quarter of an hour and when the
day turns. On a big register a check reads and makes a great deal for a moment
(100,000 contracts with 60,000 open alerts: about 100 MB at its highest), and
a long-running process keeps most of that memory afterwards, its heap too
fragmented to give it back; a check in a thread also competes with the window
for the interpreter. From ``APART_FROM`` contracts the check is therefore made
in a child process ("spawn", as the importer's reading process), which hands
back only what the window shows: the notifications and the inbox counts.

Whatever stops the child from starting or finishing (no processes allowed, the
child killed) is no reason to miss a reminder: the check is then made in this
process. A check that fails in the child for a reason of the register's own (a
locked or damaged file) fails with the same sentence it would have here.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from typing import Any

from sqlalchemy import URL, func, select

from contract_desk.i18n import _, language_in_use
from contract_desk.models import Contract
from contract_desk.notify.base import Notification
from contract_desk.notify.messages import SUMMARY_LINES, notifications_of
from contract_desk.services.reminders.inbox import pending_counts
from contract_desk.services.reminders.notices import due_notices
from contract_desk.services.reminders.people import Me
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.services.reminders.settings import reminder_settings
from contract_desk.services.reminders.store import ReminderRun
from contract_desk.storage import Register

log = logging.getLogger(__name__)

#: Registers of at least this many contracts are checked in a child process.
APART_FROM = 20_000
#: How long the window waits for a child's check before it is stopped (a check of
#: 100,000 contracts takes a few seconds; the first after a big import, tens).
CHILD_TIMEOUT_SECONDS = 30 * 60


@dataclass(frozen=True, slots=True)
class CheckNews:
    """What one person is told by a check: the notifications to show and the inbox counts.

    ``notifications`` is what :func:`~contract_desk.notify.notifications_for`
    makes of the alerts due to them (one per alert, or one summary); ``pending``
    the counts of :func:`~contract_desk.services.reminders.inbox.pending_counts`.
    """

    notifications: tuple[Notification, ...]
    pending: dict[str, int]
    #: What the check stored (None: it stored none, a viewer's); its ``fired`` is empty
    #: unless ``news_of`` was asked for the rows.
    run: ReminderRun | None = None


class CheckFailed(Exception):
    """The check in the child process failed; the sentence it failed with."""


def check_news(register: Register, me: Me, *, today: date, store: bool = True,
               apart: bool | None = None) -> CheckNews:
    """Check the register for ``me`` on ``today`` and compose what to tell (see ``news_of``).

    ``apart``: in a child process (True), here (False), or by the register's size
    (None: from ``APART_FROM`` contracts apart).
    """
    if apart is None:
        apart = contract_count(register) >= APART_FROM
    if apart:
        news = _check_apart(register.url, register.location, me, today=today, store=store)
        if news is not None:
            return news
    return news_of(register, me, today=today, store=store)


def news_of(register: Register, me: Me, *, today: date, store: bool,
            fired_rows: bool = False) -> CheckNews:
    """The check made in this process: what ``check_for`` and ``notifications_for`` of what
    it finds make, read lean.

    The alerts the check raised are read back into its run only with
    ``fired_rows`` (``contract-desk remind`` lists them), and of those to notify
    of (all due and untold, the new ones among them) only the few a notification
    names are read in full (see ``due_notices``).
    """
    run = run_reminder_check(register, today=today, fired_rows=fired_rows) if store else None
    with register.reading() as session:
        settings = reminder_settings(session)
        due = due_notices(session, me, today=today,
                          keep=max(settings.summary_threshold, SUMMARY_LINES))
        pending = run.pending if run is not None else pending_counts(session, today=today)
    shown = notifications_of(due, threshold=settings.summary_threshold,
                             escalation_contact=settings.escalation_contact)
    return CheckNews(tuple(shown), dict(pending), run)


def contract_count(register: Register) -> int:
    """How many contracts the register holds (a count by the database)."""
    with register.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Contract)) or 0)


def _check_apart(url: URL, location: str, me: Me, *, today: date,
                 store: bool) -> CheckNews | None:
    """The check made by a child process; None when no child could make it (see above)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_check_in_child, name="contract-desk-check",
        args=(url, location, me, today, store, sender, language_in_use()), daemon=True)
    try:
        try:
            process.start()
        except Exception as error:  # no processes allowed, out of memory...
            log.warning("the reminder check's process could not start (%s): checking here",
                        error)
            return None
        finally:
            sender.close()  # the child holds the only sending end: its end ends the pipe
        try:
            message = _receive(receiver)
        finally:
            _stop(process)
    finally:
        receiver.close()
    if message is None:
        log.warning("the reminder check's process ended without an answer (exit code %s): "
                    "checking here", process.exitcode)
        return None
    outcome, value = message
    if outcome == "failed":
        raise CheckFailed(value)
    news: CheckNews = value
    return news


def _receive(receiver: Connection) -> tuple[str, Any] | None:
    try:
        if not receiver.poll(CHILD_TIMEOUT_SECONDS):
            return None
        message: tuple[str, Any] = pickle.loads(receiver.recv_bytes())
        return message
    except (EOFError, OSError, pickle.UnpicklingError):  # the child died mid-way
        return None


def _stop(process: Any) -> None:
    process.join(5)
    if process.is_alive():
        process.kill()
        process.join(5)


def _check_in_child(url: URL, location: str, me: Me, today: date, store: bool,
                    connection: Connection,
                    language: str = "en") -> None:  # pragma: no cover - runs in the child
    from contract_desk.i18n import use_language
    from contract_desk.storage import open_register

    use_language(language)  # a spawned child starts in English, whatever its parent speaks
    try:
        try:
            register = open_register(url, create=False)
        except Exception as error:
            raise CheckFailed(_("cannot open the register {where}: {reason}").format(
                where=location, reason=error)) from error
        try:
            news = news_of(register, me, today=today, store=store)
        finally:
            register.close()
        connection.send_bytes(pickle.dumps(("news", news), protocol=5))
    except Exception as error:  # said in the parent as it would be said there
        connection.send_bytes(pickle.dumps(("failed", str(error))))
    finally:
        connection.close()


__all__ = ["APART_FROM", "CheckFailed", "CheckNews", "check_news", "contract_count", "news_of"]
