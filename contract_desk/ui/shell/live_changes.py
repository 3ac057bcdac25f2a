"""Colleagues' changes to a team register, shown as they are committed (no Reload).

A team register on PostgreSQL announces every committed change
(:mod:`contract_desk.storage.live`). :class:`LiveChanges` listens in a thread of
its own, hands each notice to the window's thread, gathers what arrives within
a moment, then refreshes only what changed: the contracts named (their rows,
and with them the sidebar counts, the timeline and the dashboard, which follow
the table), the contracts whose obligations or attachments changed, the
reminders inbox and its badge, the requests for approval (the inbox, the badge
and the detail pane's list). A notice naming too many rows, a renamed party,
or the notices missed while the connection was lost (caught up once it is
back) read the whole register again. The detail pane of a contract somebody
else changed says who and when ("Changed by kari at 14:02").

Our own saves are heard too; a contract already shown at the version a notice
names is not read again. A SQLite register has no notices: nothing starts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from contract_desk.storage.live import Change, ChangeListener, listener_for

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


#: The tables of requests for approval and their votes (their notices: schema 0019).
APPROVAL_TABLES = ("approval", "approval_vote")


class LiveChanges(QObject):
    """Listens to a team register's change notices and refreshes the window.

    Signals:
        heard(Change): a notice, emitted in the listener's thread and handled
            in the window's (a queued connection).
        applied(): what the notices gathered so far named was asked to be read
            again (tests wait for it).
    """

    #: heard(Change): one notice (from the listener's thread).
    heard = Signal(object)
    #: applied(): the gathered notices were turned into refreshes.
    applied = Signal()
    #: Notices arriving within this many milliseconds are handled together.
    GATHER_MS = 150

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: The database login of this window: notices by it are our own changes.
        self.me = window.register.url.username or ""
        #: When a notice was heard, in local time (tests set a fixed clock).
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self._closed = False
        self._uids: set[str] = set()
        self._gone: set[str] = set()
        self._contract_ids: set[int] = set()
        self._everything = False
        self._alerts = False
        self._approvals = False  # a request for approval or a vote (schema 0019)
        self._shown_by: tuple[str, datetime] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.GATHER_MS)
        self._timer.timeout.connect(self._apply)
        self.heard.connect(self._take)
        register = window.register
        self.listener: ChangeListener | None = listener_for(
            register.url, self._from_thread, register.url.password)

    def start(self) -> None:
        """Begin listening (a team register only)."""
        if self.listener is not None:
            self.listener.start()

    def stop(self) -> None:
        """Stop listening (the window closes)."""
        self._closed = True
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop(timeout=2.0)

    def _from_thread(self, change: Change) -> None:
        if self._closed:
            return
        try:
            self.heard.emit(change)
        except RuntimeError:  # the window went while the notice was on its way
            log.debug("a change notice arrived after the window closed")

    # -- gathering --------------------------------------------------------------
    def _take(self, change: Change) -> None:
        if change.lost:
            log.info("change notices from the team register stopped; reconnecting")
            return
        if change.everything:
            if change.table in ("", "contract", "obligation", "attachment", "party"):
                self._everything = True
            self._alerts = self._alerts or change.table in ("", "alert")
            self._approvals = self._approvals or change.table in (*APPROVAL_TABLES, "")
            self._note_shown(change, everything=True)
        elif change.table == "contract":
            self._take_contracts(change)
        elif change.table in ("obligation", "attachment"):
            self._contract_ids.update(change.contract_ids)
            self._note_shown(change)
        elif change.table == "party" and change.op == "update":
            self._everything = True  # a renamed counterparty shows in many rows
        elif change.table == "alert":
            self._alerts = True
        elif change.table in APPROVAL_TABLES:
            self._approvals = True
        self._timer.start()

    def _take_contracts(self, change: Change) -> None:
        model = self.window.model
        versions = change.versions if len(change.versions) == len(change.uids) else ()
        for position, uid in enumerate(change.uids):
            if change.op == "delete":
                self._gone.add(uid)
                continue
            row = model.row_of_uid(uid)
            shown = model.item_at(row).row.version_id if row is not None else None
            if not versions or shown != versions[position]:
                self._uids.add(uid)
        self._note_shown(change)

    def _note_shown(self, change: Change, *, everything: bool = False) -> None:
        """Remember who changed the contract in the detail pane (not when it was us)."""
        row = self.window.detail.row
        if row is None or not change.by or change.by == self.me or change.table == "":
            return
        if everything or row.uid in change.uids or row.id in change.contract_ids:
            if change.table == "contract" and change.op == "delete":
                return  # the pane says it is gone when it reads it again
            self._shown_by = (change.by, self.now())

    # -- applying ---------------------------------------------------------------
    def _apply(self) -> None:
        window = self.window
        if self._everything:
            window.reload()
            window.detail.refresh()
        else:
            uids = set(self._uids)
            if self._contract_ids:
                uids |= {item.row.uid for item in window.model.all_items()
                         if item.row.id in self._contract_ids}
            if uids or self._gone:
                window.refresh_contracts(uids, self._gone)
        if self._alerts or self._approvals:
            window.reminders.panel.refresh()  # its approvals too
        if self._approvals:
            # The badge counts the requests waiting for this person's answer; the detail
            # pane lists the shown contract's.
            window.reminders.controller.refresh_counts()
            window.detail.approvals.reload()
        if self._shown_by is not None:
            window.detail.changed_by(*self._shown_by)
        elif self._contract_ids and window.detail.row is not None and (
                window.detail.row.id in self._contract_ids):
            window.detail.refresh()  # our own change from another tab or window
        self._uids.clear()
        self._gone.clear()
        self._contract_ids.clear()
        self._everything = self._alerts = self._approvals = False
        self._shown_by = None
        self.applied.emit()


__all__ = ["LiveChanges"]
