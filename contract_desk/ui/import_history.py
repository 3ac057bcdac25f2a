"""File → Import history: every past import, and Undo for a whole one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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
from contract_desk.services.import_results import ImportBatchRow
from contract_desk.services.importing import list_import_batches, undo_import
from contract_desk.storage import Register
from contract_desk.ui.formatting import Formatter


def undo_whole_import(register: Register, batch_uid: str) -> tuple[bool, str]:
    """Undo one import; (done, what to tell the user) — conflicts listed, errors explained."""
    try:
        with register.transaction() as session:
            result = undo_import(session, batch_uid, user=current_user())
    except DomainError as error:
        return False, str(error)
    # Ignored: PySide6 lets tr() be called on the class; its stubs only know the method.
    lines = [QDialog.tr("Undone: {0} contracts removed, {1} restored.").format(  # type: ignore[call-arg, arg-type]
        result.deleted, result.restored)]
    lines += [f"{c.reference or c.title}: {c.reason}" for c in result.conflicts]
    return True, "\n".join(lines)


HEADERS = ("When", "File", "Sheet", "Created", "Updated", "Unchanged", "Skipped", "By", "")


class ImportHistoryDialog(QDialog):
    """Lists the imports; ``changed`` fires after one was undone."""

    changed = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.formatter = Formatter()
        self.batches: list[ImportBatchRow] = []
        self.setWindowTitle(self.tr("Import history"))
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
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
        self.reload()

    def reload(self) -> None:
        """Read the import history again."""
        with self.register.reading() as session:
            self.batches = list_import_batches(session)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            counts = batch.counts
            cells = (self.formatter.timestamp(batch.started_at), batch.file_name,
                     batch.sheet or "", *(str(counts.get(k, 0)) for k in
                                          ("created", "updated", "unchanged", "skipped")),
                     batch.user, self.tr("undone") if batch.undone_at else "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
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
        done, text = undo_whole_import(self.register, batch.uid)
        self.message.setText(text)
        if done:
            self.reload()
            self.changed.emit()
