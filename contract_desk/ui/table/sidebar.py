"""The sidebar of saved views with live counts, and group-by views (owner, counterparty...)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from contract_desk.i18n import _ as core_text
from contract_desk.i18n.formats import current_formats
from contract_desk.services.listing.saved_views import BUILT_IN, GROUPS, ViewSummary
from contract_desk.services.reminders.inbox import APPROVALS_WAITING, needs_attention

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The sidebar key of the alerts inbox (not a view of the table).
ALERTS_KEY = "alerts"
#: Group views list their most common values; the rest are reached through search.
MAX_GROUP_ENTRIES = 200


def _count(count: int) -> str:
    """A count with the person's group mark ("1 234" in Norwegian, where "1,234" is a fraction)."""
    return current_formats().number(count)


class Sidebar(QTreeWidget):
    """Saved views; choosing one emits ``view_chosen`` with its key."""

    #: view_chosen(str): the key of the saved view chosen ("all", "owner:Kari", ALERTS_KEY...).
    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Saved views"))
        self._built_in: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self.alerts = QTreeWidgetItem(self, [self.tr("Alerts"), ""])
        self.alerts.setData(0, KEY_ROLE, ALERTS_KEY)
        self.alerts.setToolTip(0, self.tr("Reminders that need attention (Ctrl+4)"))
        self.alerts.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for view in BUILT_IN:
            item = QTreeWidgetItem(self, [view.title, ""])  # the core's words, translated there
            item.setData(0, KEY_ROLE, view.key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._built_in[view.key] = item
        for field, label in GROUPS.items():
            group = QTreeWidgetItem(self, [core_text(label), ""])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self._groups[field] = group
        self.setCurrentItem(self._built_in["all"])
        self.currentItemChanged.connect(self._on_current)

    def set_alert_counts(self, counts: dict[str, int]) -> None:
        """The alerts entry: deadlines needing attention now and requests for approval
        waiting for this person's answer (red), else the deadlines coming up."""
        badge, waiting = needs_attention(counts), counts.get(APPROVALS_WAITING, 0)
        deadlines, upcoming = badge - waiting, counts.get("upcoming", 0)
        font = QFont(self.font())
        font.setBold(badge > 0)
        self.alerts.setFont(0, font)
        self.alerts.setFont(1, font)
        if badge:
            self.alerts.setText(1, _count(badge))
            self.alerts.setForeground(1, QBrush(QColor("#c62828")))
            said = (self.tr("{0} overdue or due today; {1} coming up").format(deadlines, upcoming)
                    if deadlines else self.tr("nothing due today; {0} coming up").format(upcoming))
            if waiting:
                said += "\n" + self.tr("{0} request(s) for approval wait for your answer", "",
                                        waiting).format(waiting)
            self.alerts.setToolTip(1, said)
        else:
            self.alerts.setText(1, _count(upcoming))
            self.alerts.setForeground(1, self.palette().text())
            self.alerts.setToolTip(1, self.tr("nothing due today; {0} coming up").format(upcoming))

    def count_text(self, key: str) -> str:
        """The count shown beside a built-in saved view ("all", "expiring"...)."""
        return self._built_in[key].text(1)

    def update_counts(self, summary: ViewSummary) -> None:
        """Show the counts of every view and group."""
        for key, count in summary.counts.items():
            self._built_in[key].setText(1, _count(count))
        current = self.current_key()
        for field, group in self._groups.items():
            self._fill_group(group, summary.groups[field])
        if current is not None:
            self.select_key(current)

    def _fill_group(self, group: QTreeWidgetItem, counts: list[tuple[str | None, int]]) -> None:
        field = next(name for name, item in self._groups.items() if item is group)
        expanded = group.isExpanded()
        self.blockSignals(True)
        group.takeChildren()
        for value, count in counts[:MAX_GROUP_ENTRIES]:
            child = QTreeWidgetItem(group, [value or self.tr("(none)"), _count(count)])
            child.setData(0, KEY_ROLE, f"{field}:{value or ''}")
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            child.setToolTip(0, value or "")
        group.setText(1, _count(len(counts)))
        group.setExpanded(expanded)
        self.blockSignals(False)

    def current_key(self) -> str | None:
        """The key of the chosen view."""
        item = self.currentItem()
        return None if item is None else item.data(0, KEY_ROLE)

    def select_key(self, key: str) -> bool:
        """Choose the view ``key`` (no signal); False when it is not listed."""
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is None:
                continue
            for item in (top, *(top.child(i) for i in range(top.childCount()))):
                if item is not None and item.data(0, KEY_ROLE) == key:
                    self.blockSignals(True)
                    self.setCurrentItem(item)
                    self.blockSignals(False)
                    return True
        return False

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        key = None if current is None else current.data(0, KEY_ROLE)
        if key:
            self.view_chosen.emit(key)
