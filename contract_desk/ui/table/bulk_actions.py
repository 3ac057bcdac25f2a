"""Bulk actions on the selected contracts: handover, status, tag, delete with undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.lifecycle import Lifecycle, status_label
from contract_desk.services import (
    add_tag,
    bulk_set_status,
    current_user,
    delete_contract,
    handover,
    undo_delete,
)
from contract_desk.storage import StorageError
from contract_desk.ui.common.ops import Op, WriteOp
from contract_desk.ui.common.worker import Progress

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow


class BulkActions(QObject):
    """Runs the Edit menu's bulk commands for a main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: Audit event ids of the last delete, for Undo.
        self.deleted: list[int] = []
        a = window.actions
        a.handover.triggered.connect(self.change_owner)
        a.set_status.triggered.connect(self.change_status)
        a.add_tag.triggered.connect(self.tag)
        a.delete.triggered.connect(self.delete)
        a.undo_delete.triggered.connect(self.undo)

    def _uids(self) -> list[str]:
        return [item.row.uid for item in self.window.selected_items()]

    def change_owner(self) -> None:
        """Hand the selected contracts (and their obligations) to another owner."""
        uids = self._uids()
        if not uids:
            return
        owners = sorted({item.row.owner for item in self.window.model.all_items()
                         if item.row.owner})
        owner, ok = QInputDialog.getItem(
            self.window, self.tr("Change owner"),
            self.tr("New owner of {0} contract(s) and their obligations:", "", len(uids)).format(
                len(uids)),
            owners, 0, True,
        )
        if ok and owner.strip():
            new_owner = owner.strip()
            self._run(self.tr("Handing over"), lambda session: handover(
                session, uids, new_owner, user=current_user()))

    def change_status(self) -> None:
        """Set the lifecycle status of the selected contracts."""
        uids = self._uids()
        if not uids:
            return
        labels = [status_label(status.value) for status in Lifecycle]  # the core's words
        chosen, ok = QInputDialog.getItem(
            self.window, self.tr("Change status"),
            self.tr("Status of {0} contract(s):", "", len(uids)).format(len(uids)), labels, 0,
            False,
        )
        if ok:
            status = list(Lifecycle)[labels.index(chosen)].value
            self._run(self.tr("Changing status"), lambda session: bulk_set_status(
                session, uids, status, user=current_user()))

    def tag(self) -> None:
        """Add a tag to the selected contracts."""
        uids = self._uids()
        if not uids:
            return
        prompt = self.tr("Tag for {0} contract(s):", "", len(uids)).format(len(uids))
        text, ok = QInputDialog.getText(self.window, self.tr("Add tag"), prompt)
        if ok and text.strip():
            tag = text.strip()
            self._run(self.tr("Tagging"), lambda session: add_tag(
                session, uids, tag, user=current_user()))

    def delete(self) -> None:
        """Delete the selected contracts after asking; Edit → Undo delete brings them back."""
        items = self.window.selected_items()
        if not items:
            return
        names = "\n".join(f"• {i.row.reference or ''} {i.row.title}" for i in items[:8])
        more = len(items) - 8
        if more > 0:
            names += "\n" + self.tr("…and {0} more", "", more).format(more)
        answer = QMessageBox.question(
            self.window, self.tr("Delete contracts"),
            self.tr("Delete {0} contract(s) with their obligations?\n\n{1}\n\n"
                    "You can undo this (Edit → Undo delete).", "", len(items)).format(
                len(items), names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        targets = [(item.row.uid, item.row.version_id) for item in items]

        def job(session: Session) -> list[int]:
            return [delete_contract(session, uid, expected_version=version, user=current_user())
                    for uid, version in targets]

        self._run(self.tr("Deleting"), job, remember=True)

    def undo(self) -> None:
        """Bring back the contracts deleted last."""
        events, self.deleted = self.deleted, []

        def job(session: Session) -> int:
            for event_id in events:
                undo_delete(session, event_id, user=current_user())
            return len(events)

        self._run(self.tr("Undoing delete"), job)

    def _run(self, title: str, action: Callable[[Session], Any], *,
             remember: bool = False) -> Op[Any]:
        reporting = self.tr("{0}…").format(title)  # "Deleting…"

        def write(session: Session, progress: Progress) -> Any:  # all or nothing
            progress.report(0, 0, reporting)
            return action(session)  # Cancel before the commit undoes it all

        def done(result: Any) -> None:
            if remember:
                self.deleted = list(result)
            self.window.detail.show_nothing()
            self.window.reload()
            self.window.actions.undo_delete.setEnabled(bool(self.deleted))

        op = WriteOp(self.window, self.window.register, write, reporting=True).with_progress(
            title)
        return op.success(done).failure(self._failed).run()

    def _failed(self, error: Exception) -> None:
        known = isinstance(error, DomainError | StorageError)  # StorageError: a damaged register
        text = str(error) if known else repr(error)
        QMessageBox.warning(self.window, self.tr("Nothing was changed"), text)
