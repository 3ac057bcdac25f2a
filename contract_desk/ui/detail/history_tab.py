"""The audit trail of one contract, newest first."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.event_words import event_words
from contract_desk.domain.field_words import field_word
from contract_desk.domain.periods import period_words
from contract_desk.i18n.sizes import file_size_text
from contract_desk.services import history
from contract_desk.services.register.rows import AuditRow, ContractRow
from contract_desk.storage import Register
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import Latest, Op, QueryOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.detail.contract_form import LABELS, PERIOD_FIELDS, field_label

HEADERS = (QT_TRANSLATE_NOOP("HistoryTab", "When"), QT_TRANSLATE_NOOP("HistoryTab", "Who"),
           QT_TRANSLATE_NOOP("HistoryTab", "What"), QT_TRANSLATE_NOOP("HistoryTab", "Changes"))
#: The column of the changes (the one that stretches and wraps).
CHANGES = 3


def describe_changes(changes: Mapping[str, Any] | None) -> str:
    """Field-level changes as lines of "field: old → new"."""
    if not changes:
        return ""
    lines = []
    for field, pair in changes.items():
        if isinstance(pair, list | tuple) and len(pair) == 2:
            old, new = pair
            lines.append(f"{_field_name(field)}: {_show(field, old)} → {_show(field, new)}")
        else:
            lines.append(f"{_field_name(field)}: {_show(field, pair)}")
    return "\n".join(lines)


def _field_name(field: str) -> str:
    # The editor's label for a contract field; the core's word for the others
    # (an obligation's due date, an attachment's file name).
    if field in LABELS:
        return field_label(field)
    word = field_word(field)
    return word[:1].upper() + word[1:]


def _show(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field in PERIOD_FIELDS:
        return period_words(value)
    if field == "size" and isinstance(value, int):
        return file_size_text(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def event_text(event: AuditRow) -> str:
    """The "What" of an event in the person's words, with its note ("Contract changed (…)")."""
    what = event_words(event.entity, event.action)
    return what if not event.note else f"{what} ({event.note})"


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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        # The changes wrap to the column's width: when it changes (the pane or the
        # window resized, the tab first shown), each row takes the lines it needs
        # again, instead of cutting its last line with "…".
        # Fitted once the resize is laid out (a table measures a row over the columns
        # its viewport shows, which are not settled while the header resizes).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_rows)
        header.sectionResized.connect(self._column_resized)
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
            cells = (self.formatter.timestamp(event.at), event.user, event_text(event),
                     describe_changes(event.changes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == CHANGES and text:
                    item.setToolTip(text)  # the whole of it, whatever the row shows
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row as tall as its changes wrap to in the width they are painted in.

        The item delegate's size hint wraps the text to the whole column, but the
        text is painted inside the style's margins: a line that just fits the one
        does not fit the other and is cut with "…" (seen with a long title)."""
        table = self.table
        table.resizeRowsToContents()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                None, table) + 1)
        width = max(1, table.columnWidth(CHANGES) - margin)
        metrics = table.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap
        for row in range(table.rowCount()):
            item = table.item(row, CHANGES)
            if item is None or not item.text():
                continue
            needed = metrics.boundingRect(QRect(0, 0, width, 1 << 20), int(flags),
                                          item.text()).height() + margin
            if needed > table.rowHeight(row):
                table.setRowHeight(row, needed)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == CHANGES and new > 0 and self.table.rowCount():
            self._refit.start()
