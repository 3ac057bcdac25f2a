"""The files of one contract: add by button or drag and drop, open with the OS, check them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.errors import DomainError
from contract_desk.services import (
    add_attachment,
    attachment_path,
    attachment_status,
    current_user,
    list_attachments,
    remove_attachment,
)
from contract_desk.services.attachment_store import store_for
from contract_desk.services.rows import AttachmentRow, ContractRow
from contract_desk.storage import Register, StorageError
from contract_desk.ui.formatting import Formatter
from contract_desk.ui.not_saved import failure_of, sentence

HEADERS = ("File", "Size", "Added", "By", "Check", "Note")
STATUS_TEXT = {"ok": "✓ intact", "missing": "✗ missing", "changed": "✗ changed since added"}


def human_size(size: int) -> str:
    """A byte count as people read it (1.2 MB)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


class AttachmentsTab(QWidget):
    """Lists the shown contract's attachments and accepts dropped files."""

    changed = Signal()

    def __init__(
        self, register: Register, parent: QWidget | None = None, formatter: Formatter | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.store = store_for(register)
        self.formatter = formatter or Formatter()
        self.contract: ContractRow | None = None
        self.rows: list[AttachmentRow] = []
        self.setAcceptDrops(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda *_: self.open_selected())
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        hint = QLabel(self.tr("Drop files here to attach them."), self)
        hint.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def show_contract(self, contract: ContractRow) -> None:
        """List the attachments of ``contract`` and check each stored file."""
        self.contract = contract
        with self.register.reading() as session:
            self.rows = list_attachments(session, contract.uid)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            status = attachment_status(self.store, row)
            cells = (row.file_name, human_size(row.size), self.formatter.timestamp(row.created_at),
                     row.created_by, self.tr(STATUS_TEXT.get(status, status)), row.note or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(f"SHA-256 {row.sha256}")
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()

    def add_files(self, paths: list[Path]) -> int:
        """Attach ``paths`` to the shown contract; returns how many were added."""
        if self.contract is None:
            return 0
        added, failures = 0, []
        for path in paths:
            try:
                with self.register.transaction() as session:
                    add_attachment(session, self.store, self.contract.uid, path,
                                   user=current_user())
                added += 1
            except (DomainError, OSError, StorageError) as error:
                failure = failure_of(self.register, error)
                failures.append(f"{path.name}: {sentence(failure) if failure else error}")
        if failures:
            QMessageBox.warning(self, self.tr("Some files were not attached"),
                                "\n".join(failures))
        self.show_contract(self.contract)
        if added:
            self.changed.emit()
        return added

    def choose_files(self) -> None:
        """Ask for files and attach them."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if names:
            self.add_files([Path(name) for name in names])

    def _selected(self) -> AttachmentRow | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows else None

    def open_selected(self) -> None:
        """Open the selected file with the program the OS uses for it."""
        row = self._selected()
        if row is None:
            return
        if attachment_status(self.store, row) != "ok":
            QMessageBox.warning(self, self.tr("Cannot open"), self.tr(
                "The stored copy of {0} is missing or changed; restore a backup.").format(
                row.file_name))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(attachment_path(self.store, row))))

    def remove_selected(self) -> None:
        """Remove the selected attachment after asking."""
        row = self._selected()
        if row is None or self.contract is None:
            return
        question = self.tr("Remove {0} from this contract?").format(row.file_name)
        answer = QMessageBox.question(self, self.tr("Remove attachment"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.register.transaction() as session:
            remove_attachment(session, self.store, row.uid, user=current_user())
        self.show_contract(self.contract)
        self.changed.emit()

    # -- drag and drop ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.contract is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
