"""File → Import history: every past import, and Undo for a whole one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.errors import DomainError
from contract_desk.services import current_user
from contract_desk.services.importing.batches import list_import_batches, undo_import
from contract_desk.services.importing.results import ImportBatchRow, UndoResult
from contract_desk.storage import Register
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import Op, QueryOp, WriteOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP


def undone_text(result: UndoResult) -> str:
    """What an undo did, for the person: the counts, then each conflict on its line."""
    lines = [QCoreApplication.translate(
        "ImportHistoryDialog", "Undone: {0} contracts removed, {1} restored.").format(
        result.deleted, result.restored)]
    lines += [f"{c.reference or c.title}: {c.reason}" for c in result.conflicts]
    return "\n".join(lines)


HEADERS = (QT_TRANSLATE_NOOP("ImportHistoryDialog", "When"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", "File"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", "Sheet"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", "Created"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", "Updated"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", "Unchanged"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", "Skipped"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", "By"),
           QT_TRANSLATE_NOOP("ImportHistoryDialog", ""))
FILE_COLUMN = 1


class ImportHistoryDialog(QDialog):
    """Lists the imports (``batches`` read by the opener, else read here in the background)."""

    #: changed(): an import was undone.
    changed = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None, *,
                 batches: Sequence[ImportBatchRow] | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.formatter = Formatter()
        self.batches: list[ImportBatchRow] = []
        self.setWindowTitle(self.tr("Import history"))
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ImportHistoryDialog", h)
                                             for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # The file's name takes the room the others leave: the table fills the dialog,
        # empty or not (it stood as narrow as its headers, half the dialog blank).
        self.table.horizontalHeader().setSectionResizeMode(
            FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 420)
        if batches is None:
            self.reload()
        else:
            self.fill(batches)

    def reload(self) -> Op[list[ImportBatchRow]]:
        """Read the import history again, in the background."""
        return QueryOp(self, self.register, list_import_batches).success(self.fill).run()

    def fill(self, batches: Sequence[ImportBatchRow]) -> None:
        """List ``batches``."""
        self.batches = list(batches)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            counts = batch.counts
            cells = (self.formatter.timestamp(batch.started_at), batch.file_name,
                     batch.sheet or "", *(str(counts.get(k, 0)) for k in
                                          ("created", "updated", "unchanged", "skipped")),
                     batch.user, self.tr("undone") if batch.undone_at else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == FILE_COLUMN:
                    item.setToolTip(text)  # whole, when the dialog is too narrow for it
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if not self.batches:
            self.message.setText(self.tr("Nothing has been imported into this register yet."))
        self._update_button()

    def _selected(self) -> ImportBatchRow | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.batches[min(rows)] if rows else None

    def _update_button(self) -> None:
        batch = self._selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        """Undo the selected import after asking."""
        batch = self._selected()
        if batch is None:
            return
        answer = QMessageBox.question(self, self.tr("Undo import"), self.tr(
            "Undo the import of {0}? Contracts it created are deleted (each can be brought "
            "back from its history); contracts it changed get their earlier values back, "
            "unless someone changed them since.").format(batch.file_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        uid, user = batch.uid, current_user()
        WriteOp(self, self.register, lambda session: undo_import(session, uid, user=user)
                ).success(self._undone).failure(self._not_undone).disabling(
            self.undo_button).run()

    def _undone(self, result: UndoResult) -> None:
        self.message.setText(undone_text(result))
        self.reload()
        self.changed.emit()

    def _not_undone(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.message.setText(str(error))
        else:
            report(error)
