"""Choosing the backup to restore: every backup listed, the ones that failed their check greyed.

A backup that failed its check is shown (it is still there, in the backups
folder) but cannot be chosen; its tooltip and label say why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.i18n.sizes import file_size_text
from contract_desk.storage.backup import BackupInfo, reason_words


class RestoreDialog(QDialog):
    """Lists ``backups`` newest first; ``chosen`` is the one picked, after ``exec``."""

    def __init__(self, backups: Sequence[BackupInfo], timestamp: Callable[[datetime], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list(backups)
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        for info in self.backups:
            self.list.addItem(self._item(info, timestamp))
        # Wide enough to read each backup's line whole (its check says whether it can be used).
        widest = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24
        self.list.setMinimumWidth(min(max(widest, 360), 1000))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Replace the register with:"), self))
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._on_current_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        first = next((row for row, info in enumerate(self.backups) if info.restorable), None)
        if first is not None:
            self.list.setCurrentRow(first)
        self._on_current_changed(self.list.currentRow())

    @property
    def chosen(self) -> BackupInfo | None:
        """The backup picked (never one that failed its check), or None."""
        row = self.list.currentRow()
        if 0 <= row < len(self.backups) and self.backups[row].restorable:
            return self.backups[row]
        return None

    def _item(self, info: BackupInfo, timestamp: Callable[[datetime], str]) -> QListWidgetItem:
        label = (f"{timestamp(info.created)} — {reason_words(info.reason)} "
                 f"({file_size_text(info.size)})")
        item = QListWidgetItem()
        if info.restorable:
            state = (self.tr("checked: intact") if info.check is not None
                     else self.tr("never checked"))
            item.setText(f"{label} — {state}")
            item.setToolTip(str(info.path))
        else:
            problem = info.check.problem if info.check is not None else ""
            item.setText(self.tr("{0} — failed its check, cannot be restored").format(label))
            item.setToolTip(self.tr("{0} {1}. It is kept, but a damaged backup is never "
                                    "restored.").format(info.path, problem))
            item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled
                                           | Qt.ItemFlag.ItemIsSelectable))
        return item

    def _on_current_changed(self, _row: int) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen is not None)
