"""One way to the database from the window: operations that run off the GUI thread.

Every read or write the window makes goes through this module (the model:
Anki's ``QueryOp`` and ``CollectionOp``). On a team register each query is a
network round trip, and on SQLite a write may wait for another program's
write lock; on the GUI thread either would freeze the window.

- :class:`QueryOp` runs ``fn(session)`` in ``register.reading()``;
  :class:`WriteOp` runs it in ``register.transaction()`` (committed when ``fn``
  returns, rolled back when it raises). Both run in Qt's global thread pool;
  ``fn`` never touches a widget and returns plain rows, never live ORM objects.
  With ``reporting=True`` it is ``fn(session, progress)``: it reports how far it
  is and checks for Cancel (:class:`contract_desk.ui.common.worker.Progress`).
  :class:`Op` runs any ``job(progress)`` (work that opens its own sessions, such
  as one transaction per attached file).
- ``success(result)`` and ``failure(error)`` are called on the GUI thread. The
  default failure is the window's last guard (:func:`contract_desk.ui.common.errors.report`):
  one sentence, the traceback in the log file, a lost server handed to the
  status bar's connection watch. ``ended()`` runs after either, and after Cancel.
- ``disabling(*controls)`` disables the control that started a write while it
  runs, so a double click does not write twice; each gets its earlier state back
  before the callbacks run.
- ``with_progress(title)`` shows a progress dialog (after 300 ms) with Cancel;
  a write cancelled before its commit rolls back.
- While a write waits for SQLite's write lock, the window's write-wait notice
  (:mod:`contract_desk.ui.shell.write_wait`) says so: the register tells its
  listeners from the pool thread where the op waits.
- If the ``parent`` widget is deleted before the op ends, the callbacks are
  dropped: there is nothing left to show the result in.
- Lifetime: a running op is held here, in a module-level set, until its
  callbacks have run; it is released on the next turn of the event loop (not
  inside its own signal), on the GUI thread, with every reference back to it
  dropped: no cycle is left for the garbage collector, which may run in a pool
  thread where PySide must not disconnect signals. So ``fn`` and ``job`` never
  refer to their op (``reporting=True`` hands them the progress instead).
  Nothing is parented to a long-lived widget: finished ``Task`` children of a
  window once stayed in memory for its whole life.
- :class:`Latest` keeps one kind of read to its newest request (the detail pane
  following the table's cursor): an older result is never shown over a newer one.
- ``wait()`` runs a local event loop that skips user input until the op has
  ended; for the few callers that must answer at once (Save in "Save the
  changes?", tests). The window keeps painting meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session

from contract_desk.storage import Register
from contract_desk.ui.common.worker import Progress, Task, start_with_dialog

log = logging.getLogger(__name__)
T = TypeVar("T")
#: A control an op disables while it runs.
Control = QWidget | QAction
_running: set[Op[Any]] = set()


def idle() -> bool:
    """True when no op is running (tests wait for this)."""
    return not _running


def running() -> int:
    """How many ops are running now."""
    return len(_running)


def _report(error: Exception) -> None:
    from contract_desk.ui.common import errors

    errors.report(error)


class Op(Generic[T]):
    """Runs ``job(progress)`` in the thread pool; results come back on the GUI thread."""

    def __init__(self, parent: QObject | None, job: Callable[[Progress], T]) -> None:
        self.parent = parent
        self.task = Task(job)  # no parent: released with this op once it has ended
        self.progress = self.task.progress
        self.result: T | None = None
        self.error: Exception | None = None
        #: The register the job works on (QueryOp, WriteOp): once it is closed (the window
        #: switched registers or is going), a failure is nobody's to hear of.
        self.register: Register | None = None
        self.finished = False
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: Callable[[Exception], object] = _report
        self._on_ended: list[Callable[[], object]] = []
        self._controls: list[tuple[Control, bool]] = []
        self._progress_title: str | None = None
        self._loops: list[QEventLoop] = []
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    # -- configuring ------------------------------------------------------------
    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Call ``callback(result)`` on the GUI thread when the job succeeded."""
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Op[T]:
        """Call ``callback(error)`` instead of the window's one-sentence error message."""
        self._on_failure = callback
        return self

    def ended(self, callback: Callable[[], object]) -> Op[T]:
        """Call ``callback()`` after success, failure or Cancel."""
        self._on_ended.append(callback)
        return self

    def disabling(self, *controls: Control) -> Op[T]:
        """Disable ``controls`` while the op runs."""
        self._controls += [(control, control.isEnabled()) for control in controls]
        return self

    def with_progress(self, title: str) -> Op[T]:
        """Show a progress dialog with Cancel (after 300 ms) while the op runs."""
        self._progress_title = title
        return self

    # -- running ----------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True from ``run()`` until the callbacks have run."""
        return self in _running

    def run(self) -> Op[T]:
        """Start the job in the background."""
        _running.add(self)
        for control, _ in self._controls:
            control.setEnabled(False)
        parent = self.parent
        if self._progress_title is not None and isinstance(parent, QWidget):
            start_with_dialog(parent, self.task, title=self._progress_title)
        else:
            self.task.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop; a running write rolls back, a read's result is dropped."""
        self.task.cancel()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Process events except user input until the op has ended; False on timeout."""
        if not self.running:
            return True
        loop = QEventLoop()
        self._loops.append(loop)
        if timeout_ms is not None:
            QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return not self.running

    # -- ending -----------------------------------------------------------------
    def _succeeded(self, result: T) -> None:
        if self.progress.cancelled:  # cancelled after the job was done: dropped
            self._end(lambda: None)
            return
        self.result = result
        self._end(lambda: [callback(result) for callback in self._on_success])

    def _failed(self, error: Exception) -> None:
        self.error = error
        if self.register is not None and self.register.closed:
            log.debug("an op failed after its register was closed: %s", error)
            self._end(lambda: None)
            return
        self._end(lambda: self._on_failure(error))

    def _cancelled(self) -> None:
        self._end(lambda: None)

    def _end(self, deliver: Callable[[], object]) -> None:
        self.finished = True
        for control, enabled in self._controls:
            if isValid(control):
                control.setEnabled(enabled)
        try:
            if self.parent is None or isValid(self.parent):
                deliver()
                for callback in self._on_ended:
                    callback()
            else:
                log.debug("an op ended after its window was closed; its result is dropped")
        finally:
            _running.discard(self)
            for loop in self._loops:
                loop.quit()
            # Released on the next turn of the event loop, not inside its own signal.
            QTimer.singleShot(0, self._release)

    def _release(self) -> None:
        # Every reference back to this op goes here, on the GUI thread: left to the
        # garbage collector, a cycle through Qt objects may be collected in a pool
        # thread, and PySide then disconnects signals there (a deadlock with this thread).
        for signal, slot in ((self.task.succeeded, self._succeeded),
                             (self.task.failed, self._failed),
                             (self.task.cancelled, self._cancelled)):
            signal.disconnect(slot)
        self.task.forget()
        self._loops.clear()
        self._on_success.clear()
        self._on_ended.clear()
        self._on_failure = _report
        self._controls.clear()


def _call(fn: Callable[..., T], session: Session, progress: Progress, reporting: bool) -> T:
    return fn(session, progress) if reporting else fn(session)


class QueryOp(Op[T]):
    """Reads: ``fn(session)`` (or ``fn(session, progress)``) in ``register.reading()``."""

    def __init__(self, parent: QObject | None, register: Register, fn: Callable[..., T], *,
                 reporting: bool = False) -> None:
        def job(progress: Progress) -> T:
            with register.reading() as session:
                return _call(fn, session, progress, reporting)

        super().__init__(parent, job)
        self.register = register


class WriteOp(Op[T]):
    """Writes: ``fn(session)`` (or ``fn(session, progress)``) in ``register.transaction()``.

    Committed when ``fn`` returns; rolled back when it raises or when Cancel was
    pressed before the commit. Through ``register.write``: a transaction a team
    server gave up for a lock conflict (a deadlock with a colleague's write) is
    made again, so ``fn`` writes only through its session.
    """

    def __init__(self, parent: QObject | None, register: Register, fn: Callable[..., T], *,
                 reporting: bool = False) -> None:
        def once(session: Session, progress: Progress) -> T:
            result = _call(fn, session, progress, reporting)
            progress.check()  # Cancel before the commit rolls everything back
            return result

        def job(progress: Progress) -> T:
            # Made again when a team server gave it up for a colleague's lock conflict.
            return register.write(lambda session: once(session, progress))

        super().__init__(parent, job)
        self.register = register


class Latest(Generic[T]):
    """The newest op of one kind: starting another cancels the one before."""

    def __init__(self) -> None:
        self.op: Op[T] | None = None

    @property
    def running(self) -> bool:
        """True while the newest op runs."""
        return self.op is not None and self.op.running

    def run(self, op: Op[T]) -> Op[T]:
        """Start ``op`` in place of any earlier one (whose result is then dropped)."""
        if self.op is not None and self.op.running:
            self.op.cancel()
        self.op = op
        return op.run()


__all__ = ["Latest", "Op", "QueryOp", "WriteOp", "idle", "running"]
