"""Waiting for the main window's own load, for the tests of the window and the timeline.

Importable from every test folder: tests/ is on sys.path through its conftest.py.
"""

from __future__ import annotations

from typing import Any

from contract_desk.ui.shell.main_window import MainWindow


def wait_until_loaded(qtbot: Any, window: MainWindow, timeout: int = 10_000) -> None:
    """Wait until the load the window started itself (in the background) has shown the register.

    The tests see the register exactly as a user does after opening it, through the
    same path, instead of a second load of their own racing the window's.
    """
    load = window.loading
    if load is not None and load.running:
        qtbot.waitUntil(lambda: not load.running, timeout=timeout)


def other_window(window: MainWindow) -> MainWindow | None:
    """The visible main window opened in place of ``window`` (restored, switched...), if any."""
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w is not window and w.isVisible()]
    return found[0] if found else None
