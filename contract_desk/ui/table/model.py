"""The contract table's model: plain rows in memory, filtered and sorted in Python.

``data()`` never queries the database. Filtering and sorting work on index
lists over the listed rows (no proxy model): with 100,000 contracts a keystroke
in the search box filters the already-sorted order, which keeps typing fluid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from contract_desk.domain.clock import local_today
from contract_desk.domain.health import Health
from contract_desk.domain.lifecycle import status_label
from contract_desk.domain.periods import period_words
from contract_desk.exporters.words import renewal_word
from contract_desk.services.listing.saved_views import Listed, search_words, view_by_key
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.health_style import health_background, health_icon
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UID_ROLE = Qt.ItemDataRole.UserRole + 3
HEALTH_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a stable key, its header, how to get its raw value, shown by default?"""

    key: str
    title: str
    value: Callable[[Listed], Any]
    visible: bool = True


def _row(field: str) -> Callable[[Listed], Any]:
    # attrgetter reads both attributes in C: sorting 100,000 rows asks each once.
    return attrgetter(f"row.{field}")


def build_columns() -> list[Column]:
    """Every column the table can show, in default order."""
    columns = [
        Column("health", QT_TRANSLATE_NOOP("ContractTableModel", "Health"),
               attrgetter("health")),
        Column("reference", QT_TRANSLATE_NOOP("ContractTableModel", "Reference"),
               _row("reference")),
        Column("title", QT_TRANSLATE_NOOP("ContractTableModel", "Title"),
               _row("title")),
        Column("counterparty", QT_TRANSLATE_NOOP("ContractTableModel", "Counterparty"),
               _row("counterparty")),
        Column("contract_type", QT_TRANSLATE_NOOP("ContractTableModel", "Type"),
               _row("contract_type"), visible=False),
        Column("owner", QT_TRANSLATE_NOOP("ContractTableModel", "Owner"),
               _row("owner")),
        Column("department", QT_TRANSLATE_NOOP("ContractTableModel", "Department"),
               _row("department"), visible=False),
        Column("project", QT_TRANSLATE_NOOP("ContractTableModel", "Project"),
               _row("project"), visible=False),
        Column("status", QT_TRANSLATE_NOOP("ContractTableModel", "Status"),
               lambda item: status_label(item.row.effective_status)),
        Column("start_date", QT_TRANSLATE_NOOP("ContractTableModel", "Start"),
               _row("start_date")),
        Column("current_term_end", QT_TRANSLATE_NOOP("ContractTableModel", "Current term ends"),
               _row("current_term_end")),
        Column("notice_deadline", QT_TRANSLATE_NOOP("ContractTableModel", "Notice deadline"),
               _row("notice_deadline")),
        Column("send_by", QT_TRANSLATE_NOOP("ContractTableModel", "Send notice by"),
               _row("send_by"), visible=False),
        # The end if notice went today: the current term's while notice is in time, else a
        # later one's; an open-ended contract's by its notice rule.
        Column("earliest_end", QT_TRANSLATE_NOOP("ContractTableModel", "Earliest end"),
               _row("earliest_end")),
        Column("renewal", QT_TRANSLATE_NOOP("ContractTableModel", "Renewal"),
               lambda item: renewal_word(item.row.renewal), visible=False),
        Column("value", QT_TRANSLATE_NOOP("ContractTableModel", "Value"),
               _row("value")),
        Column("currency", QT_TRANSLATE_NOOP("ContractTableModel", "Currency"),
               _row("currency")),
        Column("tags", QT_TRANSLATE_NOOP("ContractTableModel", "Tags"),
               lambda item: ", ".join(item.row.tags), visible=False),
        Column("signed_on", QT_TRANSLATE_NOOP("ContractTableModel", "Signed"),
               _row("signed_on"), visible=False),
        Column("end_date", QT_TRANSLATE_NOOP("ContractTableModel", "Original end"),
               _row("end_date"), visible=False),
        Column("notice_period", QT_TRANSLATE_NOOP("ContractTableModel", "Notice period"),
               lambda item: period_words(item.row.notice_period), visible=False),
        Column("payment_terms", QT_TRANSLATE_NOOP("ContractTableModel", "Payment terms"),
               _row("payment_terms"), visible=False),
        Column("updated_at", QT_TRANSLATE_NOOP("ContractTableModel", "Last changed"),
               _row("updated_at"), visible=False),
    ]
    # The headers in the window's language; the keys stay (settings, export).
    return [replace(column, title=QCoreApplication.translate("ContractTableModel", column.title))
            for column in columns]


def _narrows(before: list[str], after: list[str]) -> bool:
    """True when every row matching ``after`` also matched ``before`` (the user typed on)."""
    if not before or len(after) < len(before):
        return False
    return all(old in new for old, new in zip(before, after, strict=False))


_HEALTH_RANK = {health: health.rank for health in Health}


def _key_for(sample: Any) -> Callable[[Any], Any] | None:
    """How a column's values sort, judged from one value (a column holds one type).

    Health sorts worst first; text without regard to case; dates and numbers as
    themselves (None: the value is its own key). Money is sorted by
    :func:`_decimal_order` instead.
    """
    if isinstance(sample, Health):
        return _HEALTH_RANK.__getitem__
    if isinstance(sample, str):
        return str.casefold
    return None


def _decimal_order(present: list[int], raw: list[Any], descending: bool) -> list[int]:
    """``present`` sorted by the exact decimals in ``raw``, stably.

    Sorting by floats is several times faster than by decimals (Python compares
    a list of floats without calling back into objects). Rounding to a float
    keeps the order, so only decimals that round to the same float can be out of
    place: each such run is sorted again by its decimals.
    """
    floats = [0.0] * len(raw)
    for i in present:
        floats[i] = float(raw[i])
    order = sorted(present, key=floats.__getitem__, reverse=descending)
    if len({floats[i] for i in present}) == len({raw[i] for i in present}):
        return order  # no two different decimals share a float
    start, count = 0, len(order)
    while start < count:
        end = start + 1
        first = floats[order[start]]
        while end < count and floats[order[end]] == first:
            end += 1
        if end - start > 1:
            order[start:end] = sorted(order[start:end], key=raw.__getitem__, reverse=descending)
        start = end
    return order


class ContractTableModel(QAbstractTableModel):
    """Listed contracts as table rows, with a saved view and a search applied."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = build_columns()
        self.formatter = Formatter()
        self._items: list[Listed] = []
        self._haystacks: list[str] = []
        self._order: list[int] = []
        #: The sorted order restricted to the saved view, before the search words.
        self._in_view: list[int] = []
        self._visible: list[int] = []
        self._view_key = "all"
        #: Contracts picked on the dashboard (None: no such restriction).
        self._only: frozenset[str] | None = None
        self._words: list[str] = []
        self._today = local_today()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- contents ---------------------------------------------------------------
    def set_items(self, items: Sequence[Listed], today: date) -> None:
        """Replace every listed contract (keeps the view, search and sort)."""
        self.beginResetModel()
        self._items = list(items)
        self._haystacks = [item.haystack for item in self._items]
        self._today = today
        self._order = list(range(len(self._items)))
        if self._sort is not None:
            self._order = self._sorted_order(*self._sort)
        self._in_view = self._view_filtered()
        self._visible = self._searched(self._in_view)
        self.endResetModel()

    def set_filter(self, view_key: str | None = None, search: str | None = None) -> None:
        """Show only the contracts of a saved view that match the search words."""
        start_from, view_changed = self._in_view, False
        if view_key is not None and self._only is not None:
            self._only, view_changed = None, True  # a saved view replaces a dashboard pick
            self._in_view = start_from = self._view_filtered()
        if view_key is not None and view_key != self._view_key:
            view_by_key(view_key)  # fail here on an unknown view, not inside data()
            self._view_key, view_changed = view_key, True
            self._in_view = start_from = self._view_filtered()
        if search is not None:
            words = search_words(search)
            if not view_changed and _narrows(self._words, words):
                start_from = self._visible  # typing on: only rows that matched can match
            self._words = words
        self.beginResetModel()
        self._visible = self._searched(start_from)
        self.endResetModel()

    def set_only(self, uids: frozenset[str] | None) -> None:
        """Show only these contracts (picked on the dashboard) within the view; None: all."""
        self._only = uids
        self.beginResetModel()
        self._in_view = self._view_filtered()
        self._visible = self._searched(self._in_view)
        self.endResetModel()

    @property
    def only(self) -> frozenset[str] | None:
        """The contracts picked on the dashboard, or None."""
        return self._only

    @property
    def today(self) -> date:
        """The day the listed rows were computed for."""
        return self._today

    def _view_filtered(self) -> list[int]:
        order, items = self._order, self._items
        if self._only is not None:
            only = self._only
            order = [i for i in order if items[i].row.uid in only]
        if self._view_key == "all":
            return list(order)
        rule, today = view_by_key(self._view_key).rule, self._today
        return [i for i in order if rule(items[i], today)]

    def _searched(self, rows: list[int]) -> list[int]:
        # Plain comprehensions over pre-lower-cased texts: 100,000 rows per keystroke.
        words, hay = self._words, self._haystacks
        if not words:
            return list(rows)
        if len(words) == 1:
            word = words[0]
            return [i for i in rows if word in hay[i]]
        return [i for i in rows if all(word in hay[i] for word in words)]

    @property
    def view_key(self) -> str:
        """The saved view applied now."""
        return self._view_key

    def item_at(self, row: int) -> Listed:
        """The listed contract shown in visible ``row``."""
        return self._items[self._visible[row]]

    def visible_items(self) -> list[Listed]:
        """The listed contracts shown now, in display order."""
        return [self._items[i] for i in self._visible]

    def total_count(self) -> int:
        """How many contracts are listed, whatever the filter."""
        return len(self._items)

    def all_items(self) -> list[Listed]:
        """Every listed contract, whatever the filter."""
        return list(self._items)

    def row_of_uid(self, uid: str) -> int | None:
        """The visible row showing contract ``uid``, or None when filtered out."""
        for row, i in enumerate(self._visible):
            if self._items[i].row.uid == uid:
                return row
        return None

    def column_index(self, key: str) -> int:
        """The position of the column called ``key``."""
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    # -- sorting ----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the raw value of ``column``; empty values always go last."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [self._visible[index.row()] for index in before]  # item numbers, not rows
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        self._in_view = self._view_filtered()
        self._visible = self._searched(self._in_view)
        wanted = set(kept)
        position = {i: row for row, i in enumerate(self._visible) if i in wanted}
        after = [
            self.index(position[item], index.column())
            for item, index in zip(kept, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        value = self.columns[column].value
        raw = [value(item) for item in self._items]
        # "Empty" is None or the empty text. Asking isinstance first spares a
        # decimal's comparison with text, which is slow.
        missing = [i for i, v in enumerate(raw) if v is None or (isinstance(v, str) and not v)]
        if missing:
            gone = set(missing)
            present = [i for i in range(len(raw)) if i not in gone]
        else:
            present = list(range(len(raw)))
        descending = order == Qt.SortOrder.DescendingOrder
        if not present:
            return missing
        sample = raw[present[0]]
        if isinstance(sample, Decimal):
            return _decimal_order(present, raw, descending) + missing
        key = _key_for(sample)
        keys: list[Any] = raw if key is None else [None] * len(raw)
        if key is not None:
            for i in present:
                keys[i] = key(raw[i])
        present.sort(key=keys.__getitem__, reverse=descending)
        return present + missing

    # -- Qt model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        item = self._items[self._visible[index.row()]]
        if role == ROW_ROLE:
            return item.row
        if role == UID_ROLE:
            return item.row.uid
        if role == HEALTH_ROLE:
            return item.health
        if role == Qt.ItemDataRole.BackgroundRole:
            return health_background(item.health)
        column = self.columns[index.column()]
        return self._cell(item, column, role)

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._visible)
            and 0 <= index.column() < len(self.columns)
        )

    def _cell(self, item: Listed, column: Column, role: int) -> Any:
        value = column.value(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(value, item.row.currency)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.DecorationRole and column.key == "health":
            return health_icon(item.health)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, Decimal | date):
            return _RIGHT
        return None

    def _display(self, value: Any, currency: str | None) -> str:
        if isinstance(value, Health):
            return value.label
        if isinstance(value, Decimal):  # the contract's value: its currency's decimals
            return self.formatter.amount(value, currency)
        return self.formatter.value(value)

    def _tooltip(self, item: Listed) -> str:
        row, fmt = item.row, self.formatter
        lines = [f"{row.reference or ''} {row.title}".strip(), f"{item.health.label}"]
        for label, day in (
            (self.tr("Send notice by"), row.send_by),
            (self.tr("Notice deadline"), row.notice_deadline),
            (self.tr("Current term ends"), row.current_term_end),
        ):
            if day is not None:
                lines.append(f"{label}: {fmt.date(day)}")
        if item.overdue_obligations:
            lines.append(self.tr("{0} overdue obligation(s)", "",
                                 item.overdue_obligations).format(item.overdue_obligations))
        return "\n".join(lines)
