"""Keeping a team register's offline copy fresh, and offering it when the server is away.

While a team register is open, :class:`OfflineCopies` takes a copy
(``storage.snapshot``) a minute after the window opened and then whenever the
kept one is older than a few hours, in the background. When a team register
cannot be opened (the laptop is away from the office, the server is down),
:func:`offer_copy` asks whether to open that copy instead, saying how old it
is; opened, it is read-only and its banner says so.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.engine import URL

from contract_desk.i18n.formats import current_formats
from contract_desk.storage.environment import server_name
from contract_desk.storage.snapshot import Snapshot, kept_snapshot, take_snapshot
from contract_desk.ui.common.worker import Progress, Task

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class OfflineCopies(QObject):
    """Takes the open team register's offline copy now and then (off the window's thread)."""

    #: The first copy waits this long after the window opened (its own load comes first).
    FIRST_MS = 60_000
    #: How often to look whether the copy is due.
    LOOK_MS = 30 * 60_000
    #: A copy older than this is taken again.
    EVERY = timedelta(hours=4)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.take_if_due)

    def start(self) -> None:
        """Begin (a team register on a server only)."""
        if self.window.register.path is None:
            self._timer.start(self.FIRST_MS)

    def stop(self) -> None:
        """No more copies (the window closes)."""
        self._timer.stop()

    def take_if_due(self) -> Task | None:
        """Take a copy when none is kept or it is older than EVERY; None when not due."""
        self._timer.start(self.LOOK_MS)
        register = self.window.register
        if self.task is not None and self.task.running:
            return None
        kept = kept_snapshot(register.url)
        if kept is not None and datetime.now(UTC) - kept.taken < self.EVERY:
            return None

        def job(_progress: Progress) -> Snapshot:
            return take_snapshot(register)

        self.task = Task(job, self)
        self.task.succeeded.connect(lambda copy: log.info("offline copy kept in %s", copy.path))
        self.task.failed.connect(lambda error: log.warning("no offline copy: %s", error))
        self.task.start()
        return self.task


def offer_copy(parent: QWidget | None, url: URL, error: BaseException) -> tuple[bool, Path | None]:
    """When the unreachable team register at ``url`` has a kept copy, ask whether to open it.

    (whether a copy was offered, the copy's file if the person chose to open it).
    """
    kept = kept_snapshot(url) if url.get_backend_name() != "sqlite" else None
    if kept is None:
        return False, None
    when = current_formats().timestamp(kept.taken)
    age = datetime.now(UTC) - kept.taken
    hours = int(age.total_seconds() // 3600)
    words = OfflineCopyQuestion()
    answer = QMessageBox.question(
        parent, words.title(), words.question(server_name(url), error, when, hours),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    return True, kept.path if answer == QMessageBox.StandardButton.Open else None


class OfflineCopyQuestion(QObject):
    """The words of :func:`offer_copy`'s question (a QObject for ``tr`` and its plural forms)."""

    def age(self, hours: int) -> str:
        """How old the copy is: in days from two days on, else in hours."""
        if hours >= 48:
            days = hours // 24
            return self.tr("{0} days old", "", days).format(days)
        return self.tr("{0} hours old", "", hours).format(hours)

    def title(self) -> str:
        """The question's title."""
        return self.tr("Team register out of reach")

    def question(self, server: str, error: BaseException, when: str, hours: int) -> str:
        """Open the copy taken ``hours`` ago at ``when`` instead of ``server``?"""
        return self.tr("The team register {0} cannot be opened: {1}\n\nOpen the read-only "
                       "copy kept on this computer instead? It was taken on {2} ({3}); changes "
                       "made since are not in it.").format(server, error, when, self.age(hours))


__all__ = ["OfflineCopies", "OfflineCopyQuestion", "offer_copy"]
