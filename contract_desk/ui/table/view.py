"""The contract table view: sorting, a column chooser, a health legend."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.health import Health
from contract_desk.ui.common.health_style import health_icon
from contract_desk.ui.common.room import room_for_titles
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.table.model import ContractTableModel

LEGEND = {
    Health.OVERDUE: QT_TRANSLATE_NOOP(
        "ContractTable", "An obligation's due date has passed and it is not met."),
    Health.AT_RISK: QT_TRANSLATE_NOOP(
        "ContractTable",
        "A notice deadline, a final expiry or an obligation is due within 7 days."),
    Health.ATTENTION: QT_TRANSLATE_NOOP(
        "ContractTable", "One of those dates is within its 90-day reminder window."),
    Health.ON_TRACK: QT_TRANSLATE_NOOP(
        "ContractTable", "Nothing needs action in the next 90 days."),
    Health.ENDED: QT_TRANSLATE_NOOP("ContractTable", "Expired, terminated or archived."),
}


class ContractTable(QTableView):
    """Shows a ContractTableModel; multi-select, sort by header, choose columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_table")
        self._contracts = ContractTableModel(self)
        self.setModel(self._contracts)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)  # the health tint is the row colour
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._apply_default_columns()
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # health: the urgent first

    def model(self) -> ContractTableModel:
        """The table's model (typed): the one it was made with, never replaced."""
        return self._contracts

    def _apply_default_columns(self) -> None:
        widths = {"health": 96, "reference": 150, "title": 260, "counterparty": 220,
                  "owner": 140, "status": 80, "value": 110, "currency": 64}
        for index, column in enumerate(self.model().columns):
            self.setColumnHidden(index, not column.visible)
            self.setColumnWidth(index, widths.get(column.key, 110))
        # Never narrower than a title in the person's language (Norwegian compounds).
        room_for_titles(self.horizontalHeader())

    def restore_columns(self, state: Any) -> None:
        """Restore widths, order and hidden columns saved by a previous session."""
        if isinstance(state, QByteArray | bytes) and state:
            self.horizontalHeader().restoreState(QByteArray(state))

    # -- column chooser ---------------------------------------------------------
    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for index, column in enumerate(self.model().columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(index))
            action.toggled.connect(lambda shown, i=index: self.setColumnHidden(i, not shown))
        menu.exec(self.horizontalHeader().mapToGlobal(position))

    def choose_columns(self) -> None:
        """A dialog with a checkbox per column."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Columns"))
        layout = QVBoxLayout(dialog)
        boxes = []
        for index, column in enumerate(self.model().columns):
            box = QCheckBox(column.title, dialog)
            box.setChecked(not self.isColumnHidden(index))
            layout.addWidget(box)
            boxes.append(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec():
            for index, box in enumerate(boxes):
                self.setColumnHidden(index, not box.isChecked())

    def show_legend(self) -> None:
        """What the colours mean."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Health colours"))
        layout = QVBoxLayout(dialog)
        for health, meaning in LEGEND.items():
            row = QLabel(dialog)
            pixmap = health_icon(health).pixmap(12, 12)
            said = QCoreApplication.translate("ContractTable", meaning)
            row.setText(f"<b>{health.label}</b> — {said}")
            icon = QLabel(dialog)
            icon.setPixmap(pixmap)
            line = QWidget(dialog)
            inner = QHBoxLayout(line)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(icon)
            inner.addWidget(row, 1)
            layout.addWidget(line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.exec()
