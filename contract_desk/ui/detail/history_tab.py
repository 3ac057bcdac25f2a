"""The audit trail of one contract, newest first."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from contract_desk.services import history
from contract_desk.services.register.rows import AuditRow, ContractRow
from contract_desk.storage import Register
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import Latest, Op, QueryOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.detail.contract_form import field_label

HEADERS = (QT_TRANSLATE_NOOP("HistoryTab", "When"), QT_TRANSLATE_NOOP("HistoryTab", "Who"),
           QT_TRANSLATE_NOOP("HistoryTab", "What"), QT_TRANSLATE_NOOP("HistoryTab", "Changes"))


def describe_changes(changes: Mapping[str, Any] | None) -> str:
    """Field-level changes as lines of "field: old → new"."""
    if not changes:
        return ""
    lines = []
    for field, pair in changes.items():
        if isinstance(pair, list | tuple) and len(pair) == 2:
            old, new = pair
            lines.append(f"{field_label(field)}: {_show(old)} → {_show(new)}")
        else:
            lines.append(f"{field_label(field)}: {_show(pair)}")
    return "\n".join(lines)


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class HistoryTab(QWidget):
    """Who changed what and when, for the shown contract."""

    def __init__(
        self, register: Register, parent: QWidget | None = None, formatter: Formatter | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.formatter = formatter or Formatter()
        self.loading: Latest[list[AuditRow]] = Latest()
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("HistoryTab", header)
                                             for header in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_contract(self, row: ContractRow) -> Op[list[AuditRow]]:
        """Read the audit events of ``row`` in the background, then list them."""
        uid = row.uid
        return self.loading.run(QueryOp(self, self.register, lambda session: history(
            session, uid)).success(self.fill))

    def fill(self, events: Sequence[AuditRow]) -> None:
        """List ``events``, newest first as given."""
        self.table.setRowCount(len(events))
        for index, event in enumerate(events):
            what = f"{event.entity} {event.action}"
            if event.note:
                what += f" ({event.note})"
            cells = (self.formatter.timestamp(event.at), event.user, what,
                     describe_changes(event.changes))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
