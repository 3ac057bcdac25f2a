"""The detail pane: a contract's editor, obligations, attachments, history and custom fields."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.services import (
    ConflictError,
    NotFoundError,
    create_contract,
    current_user,
    get_contract,
    update_contract,
)
from contract_desk.services.rows import ContractRow
from contract_desk.storage import Register, StorageError
from contract_desk.ui.attachments_tab import AttachmentsTab
from contract_desk.ui.conflict_dialog import Choice, ConflictDialog
from contract_desk.ui.contract_form import ContractForm
from contract_desk.ui.custom_tab import CustomFieldsTab
from contract_desk.ui.formatting import Formatter
from contract_desk.ui.history_tab import HistoryTab
from contract_desk.ui.not_saved import show_not_saved
from contract_desk.ui.obligations_tab import ObligationsTab


def changed_fields(before: ContractRow, after: Mapping[str, Any]) -> dict[str, Any]:
    """The fields whose edited value differs from the stored row."""
    changes = {}
    for name, value in after.items():
        old = getattr(before, name)
        if name == "reminder_offsets":
            # None (the register's defaults) and [] (no reminders) differ here.
            if (None if old is None else list(old)) != value:
                changes[name] = value
            continue
        old = list(old) if name == "tags" else old
        if _normal(old) != _normal(value):
            changes[name] = value
    return changes


def _normal(value: Any) -> Any:
    # The form gives periods as Period objects and the row keeps their text.
    if value is None or value == "" or value == []:
        return None
    if hasattr(value, "unit") and hasattr(value, "count"):
        return str(value)
    return value


class DetailPane(QWidget):
    """Shows and edits the selected contract; ``saved`` carries the uid after a save."""

    saved = Signal(str)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.formatter = Formatter()
        self.row: ContractRow | None = None
        self.dirty = False
        self.heading = QLabel(self)
        self.heading.setObjectName("detail_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = ContractForm(self, self.formatter)
        self.form.edited.connect(self._on_edited)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.obligations = ObligationsTab(register, self, self.formatter)
        self.attachments = AttachmentsTab(register, self, self.formatter)
        self.history = HistoryTab(register, self, self.formatter)
        self.custom = CustomFieldsTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("&Details"))
        self.tabs.addTab(self.obligations, self.tr("&Obligations"))
        self.tabs.addTab(self.attachments, self.tr("&Attachments"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.custom, self.tr("&Custom fields"))
        self.obligations.changed.connect(self._child_changed)
        self.attachments.changed.connect(self._child_changed)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes since the last save"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.show_nothing()

    # -- what is shown ----------------------------------------------------------
    def show_nothing(self) -> None:
        """No contract selected."""
        self.row, self.dirty = None, False
        self.heading.setText(self.tr("Select a contract, or press Ctrl+N for a new one."))
        self.tabs.setEnabled(False)
        self._update_buttons()

    def show_contract(self, uid: str) -> bool:
        """Load contract ``uid`` from the register; False if it is gone."""
        today = local_today()
        try:
            with self.register.reading() as session:
                row = get_contract(session, uid, today=today)
        except NotFoundError:
            self.show_nothing()
            return False
        self._show_row(row, today)
        return True

    def refresh(self) -> None:
        """Read the shown contract again (changed elsewhere) unless it has unsaved edits."""
        if self.row is not None and not self.dirty:
            self.show_contract(self.row.uid)

    def start_new(self) -> None:
        """An empty form for a new contract."""
        self.row, self.dirty = None, True
        self.heading.setText(self.tr("New contract"))
        self.tabs.setEnabled(True)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        self.tabs.setCurrentIndex(0)
        self.form.load(None, local_today())
        self.form.widgets["owner"].setProperty("text", current_user())
        self.form.widgets["title"].setFocus()
        self._update_buttons()

    def _show_row(self, row: ContractRow, today: date) -> None:
        self.row, self.dirty = row, False
        self.heading.setText(f"{row.reference or ''}  {row.title}".strip())
        self.tabs.setEnabled(True)
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self.form.load(row, today)
        self.obligations.show_contract(row, today)
        self.attachments.show_contract(row)
        self.history.show_contract(row)
        self.custom.show_contract(row)
        self._update_buttons()

    # -- saving -----------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; False when nothing was saved (problems, conflict, cancelled)."""
        problems = self.form.refresh()
        if problems:
            first = next(iter(problems))
            self.tabs.setCurrentIndex(0)
            self.form.widgets[first].setFocus()
            return False
        fields = self.form.fields()
        try:
            return self._create(fields) if self.row is None else self._update(fields)
        except ConflictError as conflict:
            return self._resolve(conflict)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        except StorageError as error:  # a full disk, a lost server, a damaged register...
            # ...: the form keeps it all; the sentence says what happened and what to do
            if not show_not_saved(self, self.register, error):
                QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False

    def _create(self, fields: dict[str, Any]) -> bool:
        with self.register.transaction() as session:
            row = create_contract(session, fields, user=current_user())
        self._after_save(row.uid)
        return True

    def _update(self, fields: dict[str, Any], expected_version: int | None = None) -> bool:
        assert self.row is not None
        changes = changed_fields(self.row, fields)
        if not changes:
            self.dirty = False
            self._update_buttons()
            return True
        with self.register.transaction() as session:
            update_contract(
                session, self.row.uid, changes,
                expected_version=expected_version or self.row.version_id, user=current_user(),
            )
        self._after_save(self.row.uid)
        return True

    def _resolve(self, conflict: ConflictError) -> bool:
        dialog = ConflictDialog(conflict.mine, conflict.theirs, self, self.formatter)
        dialog.exec()
        if dialog.choice is Choice.TAKE_THEIRS:
            self._show_row(conflict.theirs, local_today())
            return False
        if dialog.choice is Choice.KEEP_MINE:
            fields = self.form.fields()
            self.row = conflict.theirs
            return self._update(fields, expected_version=conflict.theirs.version_id)
        return False

    def _after_save(self, uid: str) -> None:
        self.show_contract(uid)
        self.saved.emit(uid)

    def revert(self) -> None:
        """Forget the edits: show the stored contract again."""
        if self.row is None:
            self.show_nothing()
        else:
            self.show_contract(self.row.uid)

    def may_leave(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to show something else."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}”?").format(self.heading.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def _on_edited(self) -> None:
        self.dirty = True
        self._update_buttons()

    def _child_changed(self) -> None:
        if self.row is not None:
            uid = self.row.uid
            if not self.dirty:
                self.show_contract(uid)
            else:
                self.history.show_contract(self.row)
            self.saved.emit(uid)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
