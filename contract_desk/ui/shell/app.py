"""Starting the window: the QApplication, the register, the first-start choice."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from contract_desk import APP_NAME, __version__
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.ui.common import errors
from contract_desk.ui.reminders.tray import close_to_tray
from contract_desk.ui.shell.offline_copy import offer_copy

log = logging.getLogger(__name__)
#: The first reminder check waits this long after the window shows.
STARTUP_CHECK_DELAY_MS = 1500


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ContractDesk")
    app.setApplicationVersion(__version__)
    return app


def open_or_explain(target: str | None) -> Register | None:
    """Open the register, or show why it cannot be opened and return None."""
    try:
        return open_register(target)
    except (StorageError, OSError, ValueError) as error:
        url = _server_url(target)
        offered, copy = offer_copy(None, url, error) if url is not None else (False, None)
        if copy is not None:  # a team register out of reach: its offline copy instead
            return open_or_explain(str(copy))
        if offered:
            return None  # the person chose not to open the copy
        QMessageBox.critical(
            None,
            QApplication.translate("app", "Cannot open the register"),
            QApplication.translate("app", "The register could not be opened:\n\n{0}").format(error),
        )
        return None


def _server_url(target: str | None) -> URL | None:
    """The URL of a team register named by ``target`` (None for a file)."""
    if not target or "://" not in target:
        return None
    try:
        url = make_url(target)
    except ArgumentError:
        return None
    return None if url.get_backend_name() == "sqlite" else url


def run_gui(target: str | None = None) -> int:
    """Open the register and show the main window until the user quits."""
    from contract_desk.ui.shell.main_window import MainWindow

    app = _application()
    errors.install()  # an error nobody caught is logged and said, never lost on stderr
    register = open_or_explain(target)
    if register is None:
        return 1
    window = MainWindow(register)
    window.show()
    window.commands.offer_first_start()
    # Reminders are checked once the window is up (they never delay its first paint);
    # closing into the tray keeps the app running when the user chose that.
    QTimer.singleShot(STARTUP_CHECK_DELAY_MS, window.reminders.start)
    app.setQuitOnLastWindowClosed(not (close_to_tray() and window.reminders.tray.available))
    try:
        return app.exec()
    finally:
        register.close()
