"""Long work off the GUI thread, with progress and Cancel.

A job is a plain function ``job(progress) -> result`` run in a thread pool. It
reports through ``progress`` and checks ``progress.cancelled``; it never touches
a widget. Results, errors and progress come back to the GUI thread as queued
signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QToolButton,
    QWidget,
)

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    """What a job may use: report progress, ask whether it was cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once the user pressed Cancel."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the job here if the user pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the window how far the job is (total 0 = unknown)."""
        self._signals.progressed.emit(done, total, text)

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()


class _Signals(QObject):
    # Emitted from the pool thread; Task passes each on, queued, to the GUI thread.
    #: progressed(int, int, str): done, total (0: unknown), what is being done.
    progressed = Signal(int, int, str)
    #: succeeded(object): the job's result, whatever it returned (so: object).
    succeeded = Signal(object)
    #: failed(Exception): what the job raised.
    failed = Signal(Exception)
    #: was_cancelled(): the job stopped at Cancel.
    was_cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self._job: Callable[[Progress], Any] | None = job
        self._signals, self._progress = signals, progress

    def run(self) -> None:
        job, self._job = self._job, None  # run once; hold nothing after (see Task.forget)
        assert job is not None, "a job runs once"
        try:
            result = job(self._progress)
        except Cancelled:
            self._signals.was_cancelled.emit()
        except Exception as error:  # reported to the window, never lost in the thread
            log.exception("background job failed")
            self._signals.failed.emit(error)
        else:
            if self._progress.cancelled:
                self._signals.was_cancelled.emit()
            else:
                self._signals.succeeded.emit(result)


class Task(QObject):
    """One job running in the background; connect to its signals before ``start``."""

    #: progressed(int, int, str): done, total (0: unknown), what is being done.
    progressed = Signal(int, int, str)
    #: succeeded(object): the job's result, whatever it returned (so: object).
    succeeded = Signal(object)
    #: failed(Exception): what the job raised.
    failed = Signal(Exception)
    #: cancelled(): the job stopped at Cancel.
    cancelled = Signal()

    def __init__(self, job: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._runnable: _Runnable | None = _Runnable(job, self._signals, self.progress)
        # The pool deletes the runnable once it has run (its default). Kept (autoDelete
        # False), every finished task stayed in memory with its job and signals: about
        # 4 KB a check in a window running for weeks (found by bench/soak_reminders.py).
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.progressed.connect(self.progressed, queued)
        self._signals.succeeded.connect(self.succeeded, queued)
        self._signals.failed.connect(self.failed, queued)
        self._signals.was_cancelled.connect(self.cancelled, queued)
        self.running = False
        for signal in (self.succeeded, self.failed, self.cancelled):
            signal.connect(self._done)

    def start(self) -> None:
        """Run the job in the global thread pool."""
        assert self._runnable is not None, "a task runs once"
        self.running = True
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        """Ask the job to stop; ``cancelled`` is emitted when it has."""
        self.progress.cancel()

    def forget(self) -> None:
        """Drop the job and what it holds once the task has ended (no cycle left to the GC)."""
        self._runnable = None

    def _done(self, *_: object) -> None:
        self.running = False


def run_with_progress(
    parent: QWidget,
    job: Callable[[Progress], Any],
    *,
    title: str,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], object],  # what it returns is not used
    delay_ms: int = 300,
) -> Task:
    """Run ``job`` in the background behind a progress dialog with a Cancel button.

    The dialog appears only if the job takes longer than ``delay_ms``.
    """
    task = Task(job, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    start_with_dialog(parent, task, title=title, delay_ms=delay_ms)
    return task


def start_with_dialog(parent: QWidget, task: Task, *, title: str, delay_ms: int = 300) -> None:
    """Start ``task`` behind a progress dialog with Cancel, shown after ``delay_ms``."""
    dialog = QProgressDialog(title, QCoreApplication.translate("StatusProgress", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(delay_ms)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)
    task.progressed.connect(lambda done, total, text: _show(dialog, done, total, text))
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(dialog.close)
        signal.connect(dialog.deleteLater)
    task.start()


def _show(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    dialog.setMaximum(total)
    dialog.setValue(min(done, total) if total else 0)
    if text:
        dialog.setLabelText(text)


class StatusProgress(QWidget):
    """A busy bar with a Cancel button for the status bar; hidden when nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.task: Task | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def follow(self, task: Task, text: str) -> None:
        """Show ``task``'s progress until it ends."""
        self.task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the job reports numbers
        task.progressed.connect(self._progressed)
        for signal in (task.succeeded, task.failed, task.cancelled):
            signal.connect(self._ended)
        self.show()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, total)
        if total:
            self.bar.setValue(min(done, total))
        if text:
            self.label.setText(text)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _ended(self, *_: object) -> None:
        self.task = None
        self.hide()
