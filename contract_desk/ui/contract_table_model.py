"""The Qt table model over plain contract rows (no ORM objects, no queries in data())."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from contract_desk.services.rows import ContractRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class Column:
    """One column: its header and how to get its raw value from a row."""

    def __init__(self, title: str, value: Callable[[ContractRow], Any]) -> None:
        self.title = title
        self.value = value


def _columns() -> list[Column]:
    tr = ContractTableModel.tr
    return [
        Column(tr("Reference"), lambda r: r.reference),
        Column(tr("Title"), lambda r: r.title),
        Column(tr("Counterparty"), lambda r: r.counterparty),
        Column(tr("Owner"), lambda r: r.owner),
        Column(tr("Start"), lambda r: r.start_date),
        Column(tr("Current term ends"), lambda r: r.current_term_end),
        Column(tr("Notice deadline"), lambda r: r.notice_deadline),
        Column(tr("Status"), lambda r: r.effective_status),
        Column(tr("Value"), lambda r: r.value),
        Column(tr("Currency"), lambda r: r.currency),
    ]


class ContractTableModel(QAbstractTableModel):
    """Contracts as table rows; a reload is a model reset."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContractRow] = []
        self._columns = _columns()
        self._locale = QLocale()

    def set_rows(self, rows: Sequence[ContractRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ContractRow:
        """The contract shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if not 0 <= index.column() < len(self._columns):
            return None
        value = self._columns[index.column()].value(row)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, Decimal):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return self._locale.toString(value, QLocale.FormatType.ShortFormat)
        if isinstance(value, Decimal):
            return format_amount(value, self._locale)
        return str(value)


def format_amount(value: Decimal, locale: QLocale) -> str:
    """An exact amount with two decimals and the locale's separators (no float rounding)."""
    text = f"{value.quantize(Decimal('0.01')):,.2f}"
    marks = str.maketrans({",": locale.groupSeparator(), ".": locale.decimalPoint()})
    return text.translate(marks)
