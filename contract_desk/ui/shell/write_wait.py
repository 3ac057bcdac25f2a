"""The status bar's word while a save waits for another program's write to end.

SQLite lets one program write at a time. A save that finds the register busy
(the scheduled reminder run, a colleague's import into the same file) waits its
turn in the background; after two seconds the window says so, and the word goes
when the wait ends. The register tells its listeners from whichever thread is
waiting; the signal carries that into the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from contract_desk.storage import Register


class WriteWaitNotice(QLabel):
    """A status-bar label shown while a writer of this register waits for the write lock.

    Signals:
        waiting(bool): a writer started (True) or stopped (False) waiting, from any thread.
    """

    #: waiting(bool): a writer started (True) or stopped (False) waiting, from any thread.
    waiting = Signal(bool)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("write_wait")
        self.setText(self.tr("Waiting for another program using this register…"))
        self.setStyleSheet("QLabel { background: #ffe0b2; color: #000; padding: 0 6px; }")
        self.hide()
        self._count = 0
        self.register = register
        self.waiting.connect(self._on_waiting)
        register.waiting.append(self.waiting.emit)

    def detach(self) -> None:
        """Stop listening (the window closes; the register may live on)."""
        if self.waiting.emit in self.register.waiting:
            self.register.waiting.remove(self.waiting.emit)

    def _on_waiting(self, waiting: bool) -> None:
        self._count = max(0, self._count + (1 if waiting else -1))
        self.setVisible(self._count > 0)


__all__ = ["WriteWaitNotice"]
