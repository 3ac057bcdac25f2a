"""Imported columns that have no field of their own: kept, shown, searchable."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.services.register.rows import ContractRow


class CustomFieldsTab(QWidget):
    """Shows the contract's custom fields as name and value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = QLabel(self.tr("No custom fields. Imported columns without a field of "
                                    "their own appear here."), self)
        self.empty.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def show_contract(self, row: ContractRow) -> None:
        """List the custom fields of ``row``."""
        items = sorted(row.custom.items())
        self.table.setRowCount(len(items))
        for index, (name, value) in enumerate(items):
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            self.table.setItem(index, 0, QTableWidgetItem(name))
            self.table.setItem(index, 1, QTableWidgetItem(text))
        self.empty.setVisible(not items)
        self.table.setVisible(bool(items))
        self.table.resizeColumnToContents(0)
