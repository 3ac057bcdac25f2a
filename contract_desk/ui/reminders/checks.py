"""Checking reminders while the window runs: at start, on a timer, after sleep, at midnight.

The check itself (``services.reminders.run.run_reminder_check``) runs in the background;
its notifications are shown from the GUI thread (plyer may fail silently from
a worker thread on Windows), through the same chain as ``contract-desk remind``
plus the tray message. Every alert is in the inbox whatever the notifiers do.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from contract_desk.domain.clock import local_today
from contract_desk.heap import return_free_pages
from contract_desk.notify import notifier_chain
from contract_desk.notify.base import Notification, Notifier, NotifierChain
from contract_desk.notify.desktop import DesktopNotifier
from contract_desk.notify.news import CheckNews, check_news
from contract_desk.services.approvals import waiting_for_answer
from contract_desk.services.reminders.inbox import APPROVALS_WAITING, pending_counts
from contract_desk.services.reminders.people import approver, me_for
from contract_desk.services.reminders.run import record_told
from contract_desk.storage import Register
from contract_desk.ui.common.ops import Op, QueryOp, WriteOp
from contract_desk.ui.common.worker import Progress, Task

log = logging.getLogger(__name__)

#: Minutes between checks while the window runs.
CHECK_EVERY_MINUTES = 15
#: The clock is read this often to notice a wake from sleep or a new day.
WATCH_EVERY_SECONDS = 60
#: A tick this much later than expected means the computer slept in between.
SLEPT_AFTER_SECONDS = 180
PAUSED_KEY = "reminders/paused"


class ReminderController(QObject):
    """Runs reminder checks for the window and tells it what they found.

    ``checked`` carries the inbox counts (``pending_counts``) after each check, with
    the requests for approval waiting for this person's answer (``APPROVALS_WAITING``);
    ``notified`` the notifications shown by the last one.
    """

    #: checked(dict[str, int]): the inbox counts after a check ("overdue", "today", ...).
    checked = Signal(dict)
    #: notified(list[Notification]): the notifications the last check showed.
    notified = Signal(list)
    #: failed(str): a check failed; what went wrong, in words.
    failed = Signal(str)

    def __init__(self, register: Register, *, extra: tuple[Notifier, ...] = (),
                 chain: NotifierChain | None = None, desktop: DesktopNotifier | None = None,
                 today: Callable[[], date] = local_today, apart: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register = register
        #: Check in a child process (True), in a thread here (False), or by the
        #: register's size (None; see contract_desk.notify.news).
        self.apart = apart
        self.chain: NotifierChain = chain or notifier_chain("auto", extra=extra,
                                                            desktop=desktop)
        self._today = today
        self._task: Task | None = None
        self._trim: Task | None = None  # handing back the pages of the last record of notices
        self._ops: set[Op[Any]] = set()  # records of who was notified, and counts, under way
        self._again = False
        self._checking = False  # from the start of a check until what it found is told
        self._last_day = today()
        self._last_tick = time.time()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MINUTES * 60_000)
        self.timer.timeout.connect(self.check_now)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_EVERY_SECONDS * 1000)
        self.watch.timeout.connect(self._watch_clock)

    # -- switching on and off ---------------------------------------------------
    @property
    def paused(self) -> bool:
        """Reminders paused by the person (kept across restarts)."""
        return bool(QSettings().value(PAUSED_KEY, False, type=bool))

    def set_paused(self, paused: bool) -> None:
        """Pause or resume; resuming checks at once, so nothing missed stays silent."""
        QSettings().setValue(PAUSED_KEY, paused)
        if not paused:
            self.check_now()

    def start(self) -> None:
        """Check now, then on the timer and whenever the clock jumps (sleep) or the day turns."""
        self.timer.start()
        self.watch.start()
        self._last_tick = time.time()
        self.check_now()

    def stop(self) -> None:
        """No more checks (the window closes)."""
        self.timer.stop()
        self.watch.stop()

    def _watch_clock(self) -> None:
        now, day = time.time(), self._today()
        slept = now - self._last_tick > WATCH_EVERY_SECONDS + SLEPT_AFTER_SECONDS
        self._last_tick = now
        if slept or day != self._last_day:
            log.info("checking reminders: %s", "woke from sleep" if slept else "a new day")
            self._last_day = day
            self.check_now()

    # -- checking ---------------------------------------------------------------
    def check_now(self) -> None:
        """Check in the background (one check at a time; a request meanwhile runs after)."""
        viewer = self.register.team_role == "viewer"
        if self.paused or (self.register.read_only and not viewer):
            # Only read here (damaged, moved to a server, a copy; its banner says so):
            # show what is stored, raise and notify nothing.
            self.refresh_counts()
            return
        if self._checking:  # the check, or the stamp of what it showed, is under way
            self._again = True
            return
        today = self._today()

        me = me_for(self.register)

        apart, approvals_waiting = self.apart, self._approvals_waiting()

        def job(_progress: Progress) -> CheckNews:
            # Computed while reading, stored in a short write: a save in the window
            # or another program's write does not wait for the whole check. A viewer
            # stores none (colleagues' checks raise the alerts) and is notified all the same.
            # A big register's check runs in a child process: what it reads and makes
            # never enters the window's memory (see contract_desk.notify.news).
            news = check_news(self.register, me, today=today, store=not viewer, apart=apart)
            # The check is done and its news must reach the person whatever this read does.
            waiting: dict[str, int] = {}
            try:
                with self.register.reading() as session:
                    waiting = approvals_waiting(session)
            except SQLAlchemyError as error:
                log.warning("could not read the requests for approval waiting: %s", error)
            news = dataclasses.replace(news, pending={**news.pending, **waiting})
            # What a check here read and made is freed (its connections' page caches
            # too): give the pages back to the system, not to the window's keeping.
            return_free_pages()
            return news

        if self._task is not None:
            # The last check is done: unparented, it is freed with its last reference below.
            # Kept as a child, every check of a long-running window stayed in memory (about
            # 10 KB each, 96 checks a day; found by the soak, bench/soak_reminders.py).
            self._task.setParent(None)
        self._task = Task(job, self)
        self._task.succeeded.connect(self._after_check)
        self._task.failed.connect(self._check_failed)
        self._checking = True
        self._task.start()

    @property
    def busy(self) -> bool:
        """True while a check, its stamp or a count is under way."""
        return self._checking or bool(self._ops)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the running check is done (tests, and closing the window)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        return not self.busy

    def _start(self, op: Op[Any]) -> None:
        self._ops.add(op)
        op.ended(lambda: self._ops.discard(op)).run()

    def _after_check(self, checked: CheckNews) -> None:
        shown = list(checked.notifications)
        for notification in shown:
            self.chain.notify(notification)  # never raises; a failing backend is skipped
        # Told, even when no backend took it: the inbox shows it (as the chain's last word).
        ids = [alert_id for notification in shown for alert_id in notification.alert_ids]
        if not ids:
            self._told(checked, shown)
            return
        me, viewer = me_for(self.register), self.register.team_role == "viewer"
        stamp = WriteOp(self, self.register,
                        lambda session: record_told(session, me, ids, viewer=viewer))
        # The alerts are stored either way; a failure only means they are notified again.
        stamp.failure(lambda error: log.warning("could not record who was notified: %s",
                                                error))
        stamp.ended(lambda: self._trim_then_tell(checked, shown))
        self._start(stamp)

    def _trim_then_tell(self, checked: CheckNews, shown: list[Notification]) -> None:
        # Recording who was told made a row per alert (100,000 on a big register's first
        # morning) in a worker: hand those pages back too, off the window's thread.
        if self._trim is not None:
            self._trim.setParent(None)  # done: freed with its last reference (see check_now)
        self._trim = Task(lambda _progress: return_free_pages(), self)
        self._trim.succeeded.connect(lambda _result: self._told(checked, shown))
        self._trim.failed.connect(lambda _error: self._told(checked, shown))
        self._trim.start()

    def _told(self, checked: CheckNews, shown: list[Notification]) -> None:
        self.notified.emit(shown)
        self.checked.emit(dict(checked.pending))
        self._run_again()

    def _check_failed(self, error: Any) -> None:
        log.warning("reminder check failed: %s", error)
        self.failed.emit(str(error))
        self._run_again()

    def _run_again(self) -> None:
        self._checking = False
        if self._again:
            self._again = False
            self.check_now()

    def _approvals_waiting(self) -> Callable[[Session], dict[str, int]]:
        """A reading of the requests for approval waiting for this person's answer, as a
        count to add to the inbox counts (none when they cannot be read: the deadlines'
        counts still show)."""
        person, names, team = approver(self.register)

        def read(session: Session) -> dict[str, int]:
            # Read last in its transaction, which ends after it (a failure leaves nothing
            # else to read in it).
            try:
                return {APPROVALS_WAITING: waiting_for_answer(
                    session, person=person, names=names, team=team)}
            except SQLAlchemyError as error:
                log.warning("could not read the requests for approval waiting: %s", error)
                return {}

        return read

    def refresh_counts(self) -> None:
        """Read the inbox counts without checking (after an action in the inbox)."""
        today, approvals_waiting = self._today(), self._approvals_waiting()
        count = QueryOp(self, self.register, lambda session: {
            **pending_counts(session, today=today), **approvals_waiting(session)})
        count.success(self.checked.emit).failure(
            lambda error: log.warning("could not read the alert counts: %s", error))
        self._start(count)
