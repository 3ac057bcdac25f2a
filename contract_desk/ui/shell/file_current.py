"""Keeping the open register file itself current, for whoever copies it meanwhile.

A register file open in the window (SQLite, WAL mode) keeps its latest commits in
the ``-wal`` file beside it until enough gather or the window closes. Someone who
copies the register file while the window is open (to a USB stick, by e-mail, a
folder a cloud service syncs) would copy it without them, and nothing would say
so. :class:`FileCurrent` asks SQLite every few seconds, off the window's thread,
to copy the log into the file (``Register.checkpoint``): passive, it waits for
nobody and blocks nobody, and with nothing new it costs a few microseconds.

Only while the window does nothing else in the background. A passive checkpoint
that meets a read of an older state skips every page written since that state,
and the file alone is then no whole state at all until the next full one (SQLite's
own automatic checkpoints do the same): a copy taken then would mix two. The
window's reads are what such a reader usually is, so a turn with work running
is left to the next.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer

from contract_desk.ui.common.worker import Progress, Task

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class FileCurrent(QObject):
    """Copies the open register file's write-ahead log into it now and then."""

    #: How often: a save made in the window is in the file this long after, unless the
    #: window is busy then (the turn is left to the next).
    EVERY_MS = 5_000

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        #: A failure is logged once until a checkpoint succeeds again (every 5 s otherwise).
        self._failing = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.copy_log)

    def start(self) -> None:
        """Begin (a register file only)."""
        if self.window.register.path is not None:
            self._timer.start(self.EVERY_MS)

    def stop(self) -> None:
        """No more (the window closes)."""
        self._timer.stop()

    def copy_log(self) -> Task | None:
        """Start one checkpoint in the background; None while the last one or any other
        work of the window runs (tried again at the next turn)."""
        register = self.window.register
        if QThreadPool.globalInstance().activeThreadCount():
            return None

        def job(_progress: Progress) -> bool | None:
            return register.checkpoint()

        task = Task(job, self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        for signal in (task.succeeded, task.failed):
            # One every few seconds for weeks: none is kept once it has ended.
            signal.connect(lambda *_: self._drop(task))
        self.task = task
        task.start()
        return task

    def _drop(self, task: Task) -> None:
        task.forget()
        task.deleteLater()
        if self.task is task:
            self.task = None

    def _done(self, complete: bool | None) -> None:
        self._failing = False
        if complete is False:
            log.debug("part of the log waits for a reader; copied at the next turn")

    def _failed(self, error: Exception) -> None:
        if not self._failing:
            log.warning("the write-ahead log was not copied into the register file: %s", error)
        self._failing = True


__all__ = ["FileCurrent"]
