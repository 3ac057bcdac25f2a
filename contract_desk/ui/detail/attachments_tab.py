"""The files of one contract: add by button or drag and drop, open with the OS, check them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
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
from contract_desk.i18n.sizes import file_size_text
from contract_desk.services import (
    add_attachment,
    attachment_path,
    attachment_status,
    current_user,
    remove_attachment,
)
from contract_desk.services.listing.contract_detail import CheckedAttachment, checked_attachments
from contract_desk.services.register.attachment_store import store_for
from contract_desk.services.register.rows import AttachmentRow, ContractRow
from contract_desk.storage import Register, StorageError
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.not_saved import failure_of, sentence
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.save_to import ask_open_many
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.common.worker import Progress

HEADERS = (QT_TRANSLATE_NOOP("AttachmentsTab", "File"), QT_TRANSLATE_NOOP("AttachmentsTab", "Size"),
           QT_TRANSLATE_NOOP("AttachmentsTab", "Added"), QT_TRANSLATE_NOOP("AttachmentsTab", "By"),
           QT_TRANSLATE_NOOP("AttachmentsTab", "Check"),
           QT_TRANSLATE_NOOP("AttachmentsTab", "Note"))
STATUS_TEXT = {"ok": QT_TRANSLATE_NOOP("AttachmentsTab", "✓ intact"),
               "missing": QT_TRANSLATE_NOOP("AttachmentsTab", "✗ missing"),
               "changed": QT_TRANSLATE_NOOP("AttachmentsTab", "✗ changed since added")}


class AttachmentsTab(QWidget):
    """Lists the shown contract's attachments and accepts dropped files."""

    #: changed(): a file was attached or removed here.
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
        self.loading: Latest[tuple[CheckedAttachment, ...]] = Latest()
        self.setAcceptDrops(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("AttachmentsTab", header)
                                             for header in HEADERS])
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
        self.read_only = False
        hint = self.hint = QLabel(self.tr("Drop files here to attach them."), self)
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

    def show_contract(self, contract: ContractRow) -> Op[tuple[CheckedAttachment, ...]]:
        """Read the attachments of ``contract`` and check each stored file, in the background."""
        uid, store = contract.uid, self.store
        return self.loading.run(QueryOp(self, self.register, lambda session: checked_attachments(
            session, store, uid)).success(lambda checked: self.fill(contract, checked)))

    def fill(self, contract: ContractRow, checked: Sequence[CheckedAttachment]) -> None:
        """List ``checked``, the attachments of ``contract`` with their stored copies' state."""
        self.contract = contract
        self.rows = [attachment.row for attachment in checked]
        self.table.setRowCount(len(self.rows))
        for index, (row, status) in enumerate((a.row, a.status) for a in checked):
            cells = (row.file_name, file_size_text(row.size),
                     self.formatter.timestamp(row.created_at), row.created_by,
                     QCoreApplication.translate("AttachmentsTab", STATUS_TEXT.get(status, status)),
                     row.note or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(f"SHA-256 {row.sha256}")
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()

    def add_files(self, paths: list[Path]) -> Op[tuple[int, list[str]]] | None:
        """Attach ``paths`` to the shown contract in the background, each in its own write.

        The op's result: how many were added, and a line for each that was not.
        """
        if self.contract is None:
            return None
        contract, register, store, user = self.contract, self.register, self.store, current_user()

        def attach(_progress: Progress) -> tuple[int, list[str]]:
            added, failures = 0, []
            for path in paths:
                try:
                    register.write(partial(add_attachment, store=store,
                                           contract_uid=contract.uid, file_path=path, user=user))
                    added += 1
                except (DomainError, OSError, StorageError) as error:
                    failure = failure_of(register, error)
                    failures.append(f"{path.name}: {sentence(failure) if failure else error}")
            return added, failures

        return Op(self, attach).success(lambda result: self._attached(contract, *result)
                                        ).disabling(self.add_button, self.remove_button).run()

    def _attached(self, contract: ContractRow, added: int, failures: list[str]) -> None:
        if failures:
            QMessageBox.warning(self, self.tr("Some files were not attached"),
                                "\n".join(failures))
        self.show_contract(contract)
        if added:
            self.changed.emit()

    def choose_files(self) -> None:
        """Ask for files and attach them."""
        names = ask_open_many(self, self.tr("Attach files"))
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
        contract, store, user = self.contract, self.store, current_user()
        WriteOp(self, self.register, lambda session: remove_attachment(
            session, store, row.uid, user=user)).success(lambda _: self._removed(contract)
                                                          ).disabling(self.remove_button).run()

    def _removed(self, contract: ContractRow) -> None:
        self.show_contract(contract)
        self.changed.emit()

    # -- drag and drop ----------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """Open only: no adding (buttons or drops) or removing (a register only read here)."""
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.hint.setVisible(not read_only)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.contract is not None and not self.read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
