"""Starting the window: the QApplication, the register, the first-start choice."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from contract_desk import APP_NAME, __version__
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.ui.common import errors
from contract_desk.ui.reminders.tray import close_to_tray
from contract_desk.ui.shell.offline_copy import offer_copy

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
#: The first reminder check waits this long after the window shows the register.
STARTUP_CHECK_DELAY_MS = 1500
#: Set to 1, the window quits (status 0) as soon as it shows the register's contracts:
#: how bench/bench_bundle.py times a start, bundle against ``python -m contract_desk``.
QUIT_WHEN_READY_ENV = "CONTRACT_DESK_QUIT_WHEN_READY"


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ContractDesk")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from contract_desk.os_identity import icon_path

    icon = icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    # The window speaks the core's language (chosen at start by the entry point),
    # loaded before the first widget is made.
    # Dates and money the same way: the language's, in the system's region when it
    # speaks that language.
    from contract_desk.i18n import language_in_use
    from contract_desk.ui.common.language import install_formats, install_translators

    install_translators(app, language_in_use())
    install_formats()
    # Python's collector only on this thread: a Qt object collected on a worker deadlocks.
    from contract_desk.ui.common.collector import GuiThreadCollector

    GuiThreadCollector(app)
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


def after_first_load(window: MainWindow, callback: Callable[[], object]) -> None:
    """Call ``callback`` once the window shows the register's contracts."""
    loading = window.loading
    if loading is not None and loading.running:
        loading.ended(callback)
    else:
        QTimer.singleShot(0, callback)


def start_reminders(window: MainWindow) -> None:
    """Start checking reminders a moment after the window shows the register.

    Never delaying its first paint, nor competing with its first load: 100,000
    contracts load about a second sooner without the check beside them.
    """
    after_first_load(window, lambda: QTimer.singleShot(STARTUP_CHECK_DELAY_MS,
                                                       window.reminders.start))


def run_gui(target: str | None = None, *, open_contract: str | None = None,
            open_inbox: bool = False) -> int:
    """Open the register and show the main window until the user quits.

    ``open_contract`` / ``open_inbox``: what a click on a notification's Open asked
    for, shown once the register's contracts are.
    """
    from contract_desk.ui.shell.main_window import MainWindow

    app = _application()
    errors.install()  # an error nobody caught is logged and said, never lost on stderr
    register = open_or_explain(target)
    if register is None:
        return 1
    window = MainWindow(register)
    window.show()
    if os.environ.get(QUIT_WHEN_READY_ENV) == "1":  # a timed start: nothing else
        after_first_load(window, lambda: QTimer.singleShot(0, app.quit))
    else:
        if open_contract:
            after_first_load(window, lambda: window.reminders.open_contract(open_contract))
        elif open_inbox:
            after_first_load(window, window.reminders.open_inbox)
        else:
            window.commands.offer_first_start()
        start_reminders(window)
        # Closing into the tray keeps the app running when the user chose that.
        app.setQuitOnLastWindowClosed(
            not (close_to_tray() and window.reminders.tray.available))
    try:
        return app.exec()
    finally:
        window.reminders.shutdown()  # no check left running (closing the window did it too)
        register.close()
