"""The window's last guard: an error nobody caught becomes a message, never a lost traceback.

Qt calls our slots from its event loop; an exception escaping one would only
be printed to a console the person never sees, and the click would seem to do
nothing. Installed by the app, this hook writes the traceback to the logs
folder and tells the person in one sentence what happened and where the
details are. A busy database (another program, or a background reminder check,
holding SQLite's write lock for longer than it waits) gets its own plain advice.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from contract_desk.storage import environment
from contract_desk.storage.crash_log import log_path, write_crash_log
from contract_desk.storage.integrity import RegisterDamaged
from contract_desk.ui.common import connection_watch

log = logging.getLogger(__name__)
_showing = False


def error_log_path() -> Path:
    """Where the window writes errors in full."""
    return log_path("window-errors.log")


def is_busy(error: BaseException) -> bool:
    """SQLite's write lock was held by someone else for longer than we wait."""
    text = str(getattr(error, "orig", None) or error).lower()
    return isinstance(error, OperationalError) and ("locked" in text or "busy" in text)


def explain(error: BaseException) -> str:
    """One sentence for the person."""
    if isinstance(error, RegisterDamaged):  # a write into a damaged register: its own words
        return str(error)
    if is_busy(error):
        return QApplication.translate(
            "errors", "The register is busy: another program or a background check is "
            "writing to it. Nothing was changed; try again in a moment.")
    said = environment.explain(error)  # a full disk, a read-only file, a lost server...
    if said is not None:
        return said[:1].upper() + said[1:]
    return QApplication.translate("errors", "Something went wrong: {0}").format(error)


def report(error: BaseException) -> None:
    """Log ``error`` in full and show one message (never two at once)."""
    global _showing
    path = write_crash_log(error, error_log_path())
    log.error("unexpected error in the window: %s", error)
    if _showing or QApplication.instance() is None:
        return
    if connection_watch.take_any(error):  # the status bar says so and retries
        return
    _showing = True
    try:
        details = "" if path is None else "\n\n" + QApplication.translate(
            "errors", "Details are in {0}").format(path)
        parent = QApplication.activeWindow()
        if is_busy(error):
            QMessageBox.warning(parent, QApplication.translate("errors", "Register busy"),
                                explain(error))
        elif isinstance(error, RegisterDamaged):
            QMessageBox.warning(parent, QApplication.translate("errors", "Not changed"),
                                explain(error))
        elif (failure := environment.classify(error, "")) is not None:
            title = (QApplication.translate("errors", "Not changed")  # a team role's refusal
                     if failure.kind == "denied" else QApplication.translate("errors",
                                                                             "Not saved"))
            QMessageBox.warning(parent, title, explain(error))
        else:
            QMessageBox.critical(parent, QApplication.translate("errors", "Unexpected error"),
                                 explain(error) + details)
    finally:
        _showing = False


def _hook(kind: type[BaseException], error: BaseException,
          trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    report(error.with_traceback(trace))


def install() -> None:
    """Route uncaught exceptions of the window to :func:`report`."""
    sys.excepthook = _hook
