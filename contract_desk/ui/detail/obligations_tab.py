"""The obligations of one contract; recurring ones expanded for the next 12 months."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.health import Health
from contract_desk.services import (
    add_obligation,
    current_user,
    delete_obligation,
    list_obligations,
    mark_obligation,
    obligation_occurrences,
    update_obligation,
)
from contract_desk.services.register.rows import ContractRow, ObligationRow
from contract_desk.storage import Register, StorageError
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.health_style import health_icon
from contract_desk.ui.common.not_saved import show_not_saved
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.detail.obligation_dialog import MarkDialog, ObligationDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# What a person looks for first (when, done or not, what, how much, met when) before
# what describes it further, so a pane of the detail view's usual width shows it.
HEADERS = (QT_TRANSLATE_NOOP("ObligationsTab", "Due"),
           QT_TRANSLATE_NOOP("ObligationsTab", "Status"),
           QT_TRANSLATE_NOOP("ObligationsTab", "Title"),
           QT_TRANSLATE_NOOP("ObligationsTab", "Amount"),
           QT_TRANSLATE_NOOP("ObligationsTab", "Met on"),
           QT_TRANSLATE_NOOP("ObligationsTab", "What"),
           QT_TRANSLATE_NOOP("ObligationsTab", "Owner"),
           QT_TRANSLATE_NOOP("ObligationsTab", "Who"))
#: The cells' words for an obligation's status and kind (lower case, as in a sentence).
CELL_WORDS = {
    "scheduled": QT_TRANSLATE_NOOP("ObligationsTab", "scheduled"),
    "met": QT_TRANSLATE_NOOP("ObligationsTab", "met"),
    "partially_met": QT_TRANSLATE_NOOP("ObligationsTab", "partially met"),
    "not_met": QT_TRANSLATE_NOOP("ObligationsTab", "not met"),
    "waived": QT_TRANSLATE_NOOP("ObligationsTab", "waived"),
    "payment": QT_TRANSLATE_NOOP("ObligationsTab", "payment"),
    "delivery": QT_TRANSLATE_NOOP("ObligationsTab", "delivery"),
    "acceptance": QT_TRANSLATE_NOOP("ObligationsTab", "acceptance"),
    "report": QT_TRANSLATE_NOOP("ObligationsTab", "report"),
    "notice": QT_TRANSLATE_NOOP("ObligationsTab", "notice"),
    "renewal_decision": QT_TRANSLATE_NOOP("ObligationsTab", "renewal decision"),
    "confidentiality": QT_TRANSLATE_NOOP("ObligationsTab", "confidentiality"),
    "compliance": QT_TRANSLATE_NOOP("ObligationsTab", "compliance"),
    "other": QT_TRANSLATE_NOOP("ObligationsTab", "other"),
}
STATUS_COLUMN = 1
TITLE_COLUMN = 2
# The narrowest the Title column is made so that the columns after it fit the pane.
MIN_TITLE = 120
# The columns that give way in a narrow pane, in turn, and the narrowest each is made
# (their tooltips hold their text whole): Title, then What, then Owner.
GIVING_WAY = ((TITLE_COLUMN, MIN_TITLE), (5, 70), (6, 70))
UID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How far ahead recurring obligations are listed occurrence by occurrence.
EXPAND_DAYS = 365


class ObligationsTab(QWidget):
    """Lists, adds, edits, marks and deletes the obligations of the shown contract."""

    #: changed(): an obligation was added, edited, marked or deleted here.
    changed = Signal()

    def __init__(
        self, register: Register, parent: QWidget | None = None, formatter: Formatter | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.formatter = formatter or Formatter()
        self.contract: ContractRow | None = None
        #: Only read here (a viewer's team register...): no adding, changing or deleting.
        self.read_only = False
        self.rows: dict[str, ObligationRow] = {}
        self.today = date.min
        self.loading: Latest[list[ObligationRow]] = Latest()
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([QCoreApplication.translate("ObligationsTab", header)
                                   for header in HEADERS])
        self.tree.setAlternatingRowColors(True)
        self.tree.itemDoubleClicked.connect(
            lambda *_: None if self.read_only else self.edit_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        # Each column's width fitting its contents (as last filled).
        self.natural: list[int] = []
        self.tree.viewport().installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.mark_button = QPushButton(self.tr("&Mark met…"), self)
        self.mark_button.setToolTip(self.tr("Record that it was met (with date and evidence), "
                                            "partly met, not met or waived"))
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.mark_button.clicked.connect(self.mark_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.mark_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)
        self._update_buttons()

    def show_contract(self, contract: ContractRow, today: date) -> Op[list[ObligationRow]]:
        """Read the obligations of ``contract`` in the background, then list them."""
        uid = contract.uid
        return self.loading.run(QueryOp(self, self.register, lambda session: list_obligations(
            session, uid)).success(lambda rows: self.fill(contract, today, rows)))

    def fill(self, contract: ContractRow, today: date, rows: Sequence[ObligationRow]) -> None:
        """List ``rows``, the obligations of ``contract``, as of ``today``."""
        self.contract, self.today = contract, today
        self.rows = {row.uid: row for row in rows}
        self.tree.clear()
        for row in sorted(rows, key=lambda r: (r.due_date or date.max, r.title)):
            self._add_item(row)
        for column in range(len(HEADERS)):
            self.tree.resizeColumnToContents(column)
        self.natural = [self.tree.columnWidth(column) for column in range(len(HEADERS))]
        self.fit_columns()
        self._update_buttons()

    def fit_columns(self) -> None:
        """Every column fitting its contents, but in a narrow pane Title, then What, then
        Owner narrowed (each down to its least in ``GIVING_WAY``, its tooltip holding it
        whole), so that Amount and Met on, and then the columns after them, come into view
        rather than lie past the right edge. A pane too narrow even then scrolls."""
        if not self.natural:
            return
        excess = sum(self.natural) - self.tree.viewport().width()
        for column, least in GIVING_WAY:
            natural = self.natural[column]
            width = natural if excess <= 0 else max(min(natural, least), natural - excess)
            self.tree.setColumnWidth(column, width)
            excess -= natural - width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the pane was made wider or narrower
        return super().eventFilter(watched, event)

    def _add_item(self, row: ObligationRow) -> None:
        fmt = self.formatter
        status = self._word(row.status)
        if row.is_overdue(self.today):
            status = self.tr("overdue")
        who = self.tr("we") if row.performer == "us" else self.tr("they")
        cells = (fmt.date(row.due_date), status, row.title, fmt.money(row.amount, row.currency),
                 fmt.date(row.met_on), self._word(row.kind), row.owner or "", who)
        item = QTreeWidgetItem(self.tree, list(cells))
        item.setData(0, UID_ROLE, row.uid)
        for column, _least in GIVING_WAY:  # whole, when the column is narrowed
            item.setToolTip(column, cells[column])
        if row.is_overdue(self.today):
            item.setIcon(STATUS_COLUMN, health_icon(Health.OVERDUE))
            font = item.font(STATUS_COLUMN)
            font.setBold(True)
            item.setFont(STATUS_COLUMN, font)
        if row.recurrence:
            item.setToolTip(TITLE_COLUMN, f"{row.title}\n{row.recurrence}")
            end = self.today + timedelta(days=EXPAND_DAYS)
            for day in obligation_occurrences(row, self.today, end):
                child = QTreeWidgetItem(item, [fmt.date(day), self.tr("due"), row.title])
                child.setData(0, UID_ROLE, row.uid)
            item.setExpanded(item.childCount() <= 12)

    @staticmethod
    def _word(value: str) -> str:
        word = CELL_WORDS.get(value)
        return value.replace("_", " ") if word is None else QCoreApplication.translate(
            "ObligationsTab", word)

    def _selected(self) -> ObligationRow | None:
        items = self.tree.selectedItems()
        return self.rows.get(items[0].data(0, UID_ROLE)) if items else None

    def set_read_only(self, read_only: bool) -> None:
        """List only: no adding, changing or deleting (a register only read here)."""
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self._selected() is not None and not self.read_only
        self.add_button.setEnabled(self.contract is not None and not self.read_only)
        for button in (self.edit_button, self.mark_button, self.delete_button):
            button.setEnabled(has)

    # -- actions ----------------------------------------------------------------
    def add(self) -> None:
        """Ask for a new obligation and add it."""
        if self.contract is None:
            return
        dialog = ObligationDialog(self, default_owner=self.contract.owner,
                                  default_currency=self.contract.currency,
                                  formatter=self.formatter)
        if dialog.exec():
            contract_uid = self.contract.uid
            self._run(lambda session: add_obligation(session, contract_uid, dialog.fields(),
                                                     user=current_user()))

    def edit_selected(self) -> None:
        """Edit the selected obligation."""
        row = self._selected()
        if row is None:
            return
        dialog = ObligationDialog(self, row, formatter=self.formatter)
        if dialog.exec():
            changes = {k: v for k, v in dialog.fields().items() if getattr(row, k) != v}
            if changes:
                self._run(lambda session: update_obligation(
                    session, row.uid, changes, expected_version=row.version_id,
                    user=current_user()))

    def mark_selected(self) -> None:
        """Record how the selected obligation went."""
        row = self._selected()
        if row is None:
            return
        dialog = MarkDialog(self, row, self.today, self.formatter)
        if dialog.exec():
            status, met_on, note = dialog.outcome()
            self._run(lambda session: mark_obligation(
                session, row.uid, status, met_on=met_on, evidence_note=note,
                expected_version=row.version_id, user=current_user()))

    def delete_selected(self) -> None:
        """Delete the selected obligation after asking."""
        row = self._selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete obligation"),
            self.tr("Delete “{0}”? The history keeps a record of it.").format(row.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda session: delete_obligation(session, row.uid, user=current_user()))

    def _run(self, action: Callable[[Session], object]) -> Op[object]:
        """Write ``action`` in the background; the buttons wait until it is done."""
        return WriteOp(self, self.register, action).success(self._done).failure(
            self._not_saved).disabling(*self._buttons()).run()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return self.add_button, self.edit_button, self.mark_button, self.delete_button

    def _done(self, _result: object) -> None:
        if self.contract is not None:
            self.show_contract(self.contract, self.today)
        self.changed.emit()

    def _not_saved(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
        elif not (isinstance(error, StorageError)  # a full disk, a lost server...
                  and show_not_saved(self, self.register, error)):
            report(error)
