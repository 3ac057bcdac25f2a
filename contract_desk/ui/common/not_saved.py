"""Telling the person a save failed because the world failed, and keeping their work.

A full disk, a read-only register, a register file deleted or moved, a team
server out of reach: each gets its sentence (from storage.environment), never
"unexpected error". The caller keeps what was typed. A register file that is
gone is offered "Save the open register as…": the still-open database is
written to a file (back where it was, or elsewhere) and opened in its place,
with the unsaved changes of the contract editor carried over.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from contract_desk.storage import Register, StorageError
from contract_desk.storage.environment import RegisterUnavailable, classify
from contract_desk.storage.rescue import save_open_register
from contract_desk.ui.common import connection_watch

log = logging.getLogger(__name__)


def file_filter() -> str:
    """The register files offered by "Save as…" here and by New and Open in the register menu."""
    return QCoreApplication.translate(
        "not_saved", "Contract Desk registers (*.sqlite3 *.sqlite *.db);;All files (*)")


def _not_saved() -> str:
    return QCoreApplication.translate("not_saved", "Not saved")


def sentence(failure: RegisterUnavailable | StorageError) -> str:
    """The failure's sentence, starting with a capital letter."""
    said = str(failure)
    return said[:1].upper() + said[1:]


def failure_of(register: Register, error: BaseException) -> RegisterUnavailable | None:
    """What ``error`` means for ``register`` when the world failed; None for other errors."""
    return classify(error, register.location, register.url)


def show_not_saved(parent: QWidget, register: Register, error: BaseException) -> bool:
    """Say why a save failed; False when ``error`` is not a failure of the world."""
    failure = failure_of(register, error)
    if failure is None:
        return False
    log.warning("not saved: %s", failure)
    if failure.kind == "connection-lost":
        first = not _watch_is_lost(register)
        connection_watch.take(register, failure)
        if first:
            QMessageBox.warning(parent, _not_saved(), sentence(failure))
        return True
    if failure.kind == "gone":
        offer_rescue(parent, register, failure)
        return True
    QMessageBox.warning(parent, _not_saved(), sentence(failure))
    return True


def _watch_is_lost(register: Register) -> bool:
    watch = connection_watch._watches.get(id(register))
    return watch is not None and watch.is_lost


def offer_rescue(parent: QWidget, register: Register, failure: RegisterUnavailable) -> None:
    """Say the file is gone and offer to save what is still open to a file."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("not_saved", "Register file gone"),
        sentence(failure) + "\n\n" + QCoreApplication.translate(
            "not_saved", "Save the open register as a file now?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)
    if answer != QMessageBox.StandardButton.Save:
        return
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("not_saved", "Save the open register as…"),
        str(register.path), file_filter())
    if not name:
        return
    try:
        target = save_open_register(register, Path(name))
    except StorageError as error:
        QMessageBox.critical(parent, _not_saved(), sentence(error))
        return
    window = parent.window()
    commands = getattr(window, "commands", None)  # the main window's (ui.shell)
    if commands is not None:
        commands.reopen_saved_copy(target)


__all__ = ["failure_of", "offer_rescue", "sentence", "show_not_saved"]
