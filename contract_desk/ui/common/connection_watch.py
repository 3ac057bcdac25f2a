"""The status bar's notice while a team register's server is out of reach.

When a save or a read finds the connection to the PostgreSQL server gone (the
server restarted, the network dropped), the window says so and tries again in
the background: every few seconds a ``SELECT 1`` runs off the window's thread.
Nothing typed is lost meanwhile: the contract editor keeps its text and stays
in edit mode. When the server answers again the notice goes; if a save was
left undone, the notice offers it ("Save now") instead of saving on its own, so
the person decides, and the usual check that nobody else changed the contract
meanwhile still applies.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy import text

from contract_desk.storage import Register
from contract_desk.storage.environment import is_connection_lost, server_name
from contract_desk.ui.common.worker import Progress, Task

log = logging.getLogger(__name__)
_watches: weakref.WeakValueDictionary[int, ConnectionWatch] = weakref.WeakValueDictionary()


def take(register: Register, error: BaseException) -> bool:
    """Hand a lost connection of ``register`` to its window's watch; True when it took it."""
    watch = _watches.get(id(register))
    if watch is None or watch.register is not register or not is_connection_lost(error):
        return False
    watch.lost()
    return True


def take_any(error: BaseException) -> bool:
    """Hand a lost connection to the watch of a window open on a server; True when taken."""
    watches = list(_watches.values())
    if len(watches) != 1 or not is_connection_lost(error):
        return False
    watches[0].lost()
    return True


class ConnectionWatch(QWidget):
    """A status-bar notice with a background retry while the server is out of reach.

    Signals:
        restored(): the server answered again.
        save_requested(): the user pressed "Save now" for the save that was left undone.
    """

    #: restored(): the server answered again.
    restored = Signal()
    #: save_requested(): "Save now" was pressed for the save left undone.
    save_requested = Signal()
    #: How long to wait between two tries.
    RETRY_MS = 3000

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_watch")
        self.register = register
        #: Asked when the server is back: is there a save the user still has to make?
        self.has_pending: Callable[[], bool] = lambda: False
        self.is_lost = False
        self.label = QLabel(self)
        self.save_button = QPushButton(self.tr("Save now"), self)
        self.save_button.clicked.connect(self._save_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.save_button)
        self.setStyleSheet("QLabel { background: #ffe0b2; color: #000; padding: 0 6px; }")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._try)
        self._task: Task | None = None
        _watches[id(register)] = self
        self.hide()

    @property
    def server(self) -> str:
        """HOST/DATABASE of the register, without the password."""
        return server_name(self.register.url)

    def lost(self) -> None:
        """Say the connection is lost and start trying again in the background."""
        if self.is_lost:
            return
        self.is_lost = True
        self.label.setText(self.tr(
            "Lost the connection to the team register {0} — retrying; nothing you typed "
            "is lost.").format(self.server))
        self.save_button.hide()
        self.show()
        self._timer.start(self.RETRY_MS)

    def stop(self) -> None:
        """No more tries (the window closes)."""
        self._timer.stop()
        _watches.pop(id(self.register), None)

    def _try(self) -> None:
        if self._task is not None and self._task.running:
            return
        engine = self.register.engine

        def ping(_progress: Progress) -> None:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))

        self._task = Task(ping, self)
        self._task.succeeded.connect(self._back)
        self._task.failed.connect(self._still_lost)
        self._task.start()

    def _still_lost(self, error: Exception) -> None:
        log.info("the team register %s is still out of reach: %s", self.server, error)
        if self.is_lost:
            self._timer.start(self.RETRY_MS)

    def _back(self, _result: object) -> None:
        self.is_lost = False
        if self.has_pending():
            self.label.setText(self.tr(
                "The connection to {0} is back. Your changes are not saved yet.").format(
                self.server))
            self.save_button.show()
        else:
            self.hide()
        self.restored.emit()

    def _save_now(self) -> None:
        self.hide()
        self.save_requested.emit()


__all__ = ["ConnectionWatch", "take", "take_any"]
