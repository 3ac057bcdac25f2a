"""The detail pane: a contract's editor, obligations, attachments, history and custom fields."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
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
    update_contract,
)
from contract_desk.services.listing.contract_detail import ContractDetail, load_detail
from contract_desk.services.register.holiday_default import register_holidays
from contract_desk.services.register.rows import ContractRow
from contract_desk.storage import Register, StorageError
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.not_saved import show_not_saved
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.room import WideEnough, room_for_placeholder
from contract_desk.ui.detail.approvals_section import ApprovalsSection
from contract_desk.ui.detail.attachments_tab import AttachmentsTab
from contract_desk.ui.detail.conflict_dialog import Choice, ConflictDialog
from contract_desk.ui.detail.contract_form import ContractForm
from contract_desk.ui.detail.custom_tab import CustomFieldsTab
from contract_desk.ui.detail.history_tab import HistoryTab
from contract_desk.ui.detail.notices_section import NoticesSection
from contract_desk.ui.detail.obligations_tab import ObligationsTab


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


#: A contract still being read after this long greys the editor: nothing is typed
#: into the contract the person just left.
SLOW_LOAD_MS = 150


class DetailPane(QWidget):
    """Shows and edits the selected contract.

    Reads and saves run off the GUI thread (``contract_desk.ui.common.ops``); the editor
    keeps what was typed until a save has succeeded.
    """

    #: saved(str): the uid of a contract saved here or changed in one of its tabs.
    saved = Signal(str)
    #: save_ended(bool): a save ended; True saved (or nothing to save), False not saved
    #: (problems in the form, a conflict left open, an error).
    save_ended = Signal(bool)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.formatter = Formatter()
        self.row: ContractRow | None = None
        self.dirty = False
        #: Only read here: nothing can be typed or saved (see set_read_only).
        self.read_only = False
        #: The read of the contract to show (the newest request wins).
        self.loading: Latest[ContractDetail] = Latest()
        #: The save under way, if any.
        self.saving: Op[ContractRow] | None = None
        self._edits = 0  # counts edits, to know whether any came during a save
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
        self.notices = NoticesSection(register, self, self.formatter)
        self.approvals = ApprovalsSection(register, self, self.formatter)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.form)
        details_layout.addWidget(self.notices)
        details_layout.addWidget(self.approvals)
        scroll.setWidget(details)
        # The pane is never narrower than the form in the person's language: no clipped
        # label or example (a splitter keeps its parts at their minimum).
        for edit in self.form.findChildren(QLineEdit):
            room_for_placeholder(edit)
        WideEnough(scroll)
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
        self.tabs.tabBar().setUsesScrollButtons(False)  # every tab readable, none scrolled away
        self.obligations.changed.connect(self._child_changed)
        self.attachments.changed.connect(self._child_changed)
        self.notices.changed.connect(self._child_changed)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_LOAD_MS)
        self._slow.timeout.connect(lambda: self.tabs.setEnabled(False))
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes since the last save"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # "Changed by kari at 14:02": a colleague changed the contract shown (team register).
        self.changed_notice = QLabel(self)
        self.changed_notice.setObjectName("changed_notice")
        self.changed_notice.setWordWrap(True)
        self.changed_notice.setStyleSheet(
            "QLabel { background: #e3f2fd; color: #0d2a45; padding: 4px 6px; }")
        self.changed_notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.changed_notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.show_nothing()

    # -- what is shown ----------------------------------------------------------
    def show_nothing(self) -> None:
        """No contract selected."""
        self.changed_notice.hide()
        self.row, self.dirty = None, False
        self.heading.setText(self.tr("Select a contract, or press Ctrl+N for a new one."))
        self.tabs.setEnabled(False)
        self._update_buttons()

    def show_contract(self, uid: str) -> Op[ContractDetail]:
        """Read contract ``uid`` in the background, then show it (nothing if it is gone)."""
        today, store = local_today(), self.attachments.store
        if self.row is None or self.row.uid != uid:
            self._slow.start()
            self.changed_notice.hide()  # it was about the contract shown before
        op = QueryOp(self, self.register,
                     lambda session: load_detail(session, uid, today=today, store=store))
        op.success(self._show_detail).failure(self._not_shown)
        return self.loading.run(op)

    def _not_shown(self, error: Exception) -> None:
        self._slow.stop()
        if isinstance(error, NotFoundError):
            self.show_nothing()
            return
        self.tabs.setEnabled(self.row is not None or self.dirty)
        report(error)

    def refresh(self) -> None:
        """Read the shown contract again (changed elsewhere) unless it has unsaved edits."""
        if self.row is not None and not self.dirty:
            self.show_contract(self.row.uid)

    def set_read_only(self, read_only: bool) -> None:
        """Show contracts without changing them (a viewer's team register, a moved file)."""
        self.read_only = read_only
        self.form.set_read_only(read_only)
        self.obligations.set_read_only(read_only)
        self.attachments.set_read_only(read_only)
        self._update_buttons()

    def changed_by(self, who: str, at: datetime) -> None:
        """A colleague changed the contract shown: say who and when, and show their version.

        Unsaved edits stay in the form; saving them then shows both versions
        (the conflict dialog), as before.
        """
        if self.row is None:
            return
        clock = self.formatter.time(at)
        text = self.tr("Changed by {0} at {1}.").format(who, clock)
        if self.dirty:
            text += " " + self.tr("Your edits are kept; saving them shows both versions.")
        self.changed_notice.setText(text)
        self.changed_notice.show()
        self.refresh()

    def start_new(self) -> None:
        """An empty form for a new contract."""
        self._slow.stop()
        if self.loading.op is not None:
            self.loading.op.cancel()  # a read still under way must not replace the form
        self.row, self.dirty = None, True
        self.changed_notice.hide()
        self.heading.setText(self.tr("New contract"))
        self.tabs.setEnabled(True)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        self.tabs.setCurrentIndex(0)
        self.form.load(None, local_today())
        self.notices.clear()
        self.approvals.clear()
        self.form.widgets["owner"].setProperty("text", current_user())
        self.form.widgets["title"].setFocus()
        self._update_buttons()
        QueryOp(self, self.register, register_holidays).success(self._holidays_for_new).run()

    def _holidays_for_new(self, code: str | None) -> None:
        """A new contract starts with the register's public-holiday country (if it names one
        and nobody chose another meanwhile)."""
        country = self.form.widgets["holiday_country"]
        if not code or self.row is not None or not isinstance(country, QComboBox):
            return
        if not country.currentText().strip():
            index = country.findData(code)
            if index >= 0:
                country.setCurrentIndex(index)
            else:
                country.setEditText(code)

    def _show_detail(self, detail: ContractDetail) -> None:
        self._slow.stop()
        row = detail.row
        # Typed on while it was read (or saved): keep the text, save over the newer version.
        keep_text = self.dirty and self.row is not None and self.row.uid == row.uid
        self.row, self.dirty = row, keep_text
        self.heading.setText(f"{row.reference or ''}  {row.title}".strip())
        self.tabs.setEnabled(True)
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        if not keep_text:
            self.form.load(row, detail.today)
        self._fill_tabs(detail)
        self._update_buttons()

    def _fill_tabs(self, detail: ContractDetail) -> None:
        self.obligations.fill(detail.row, detail.today, detail.obligations)
        self.attachments.fill(detail.row, detail.attachments)
        self.notices.show_contract(detail.row)
        self.approvals.show_contract(detail.row)
        self.history.fill(detail.history)
        self.custom.show_contract(detail.row)

    # -- saving -----------------------------------------------------------------
    def save(self) -> None:
        """Save the form in the background; ``save_ended`` says how it went.

        A save already under way is not started twice (a double click, Ctrl+S).
        """
        if self.saving is not None:
            return
        problems = self.form.refresh()
        if problems:
            first = next(iter(problems))
            self.tabs.setCurrentIndex(0)
            self.form.widgets[first].setFocus()
            self.save_ended.emit(False)
            return
        fields = self.form.fields()
        if self.row is None:
            user = current_user()
            self._write(lambda session: create_contract(session, fields, user=user))
            return
        self._update(fields)

    def save_and_wait(self) -> bool:
        """Save, and wait for the outcome (the window keeps painting, input waits)."""
        outcomes: list[bool] = []
        self.save_ended.connect(outcomes.append)
        try:
            self.save()
            while not outcomes and self.saving is not None:
                self.saving.wait()
        finally:
            self.save_ended.disconnect(outcomes.append)
        return bool(outcomes) and outcomes[-1]

    def _update(self, fields: dict[str, Any], expected_version: int | None = None) -> None:
        assert self.row is not None
        changes = changed_fields(self.row, fields)
        if not changes:
            self.dirty = False
            self._update_buttons()
            self.save_ended.emit(True)
            return
        uid, version, user = self.row.uid, expected_version or self.row.version_id, current_user()
        self._write(lambda session: update_contract(
            session, uid, changes, expected_version=version, user=user))

    def _write(self, write: Any) -> None:
        edits = self._edits
        self.saving = WriteOp(self, self.register, write).disabling(
            self.save_button, self.revert_button)
        self.saving.success(lambda row: self._after_save(row, edits)).failure(self._not_saved)
        self.saving.run()

    def _not_saved(self, error: Exception) -> None:
        self.saving = None
        self._update_buttons()
        if isinstance(error, ConflictError):
            self._resolve(error)
            return
        if isinstance(error, DomainError):
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
        elif isinstance(error, StorageError):  # a full disk, a lost server, a damaged register...
            # ...: the form keeps it all; the sentence says what happened and what to do
            if not show_not_saved(self, self.register, error):
                QMessageBox.warning(self, self.tr("Not saved"), str(error))
        else:
            report(error)
        self.save_ended.emit(False)

    def _resolve(self, conflict: ConflictError) -> None:
        dialog = ConflictDialog(conflict.mine, conflict.theirs, self, self.formatter)
        dialog.exec()
        if dialog.choice is Choice.TAKE_THEIRS:
            self.dirty = False
            self.show_contract(conflict.theirs.uid)
            self.save_ended.emit(False)
        elif dialog.choice is Choice.KEEP_MINE:
            fields = self.form.fields()
            self.row = conflict.theirs
            self._update(fields, expected_version=conflict.theirs.version_id)
        else:
            self.save_ended.emit(False)

    def _after_save(self, row: ContractRow, edits: int) -> None:
        self.saving = None
        self.changed_notice.hide()  # saved over their change, having seen it
        self.row = row  # the version saved: a next save goes over it
        # Typed on while it saved: the text stays (and stays unsaved); else the form
        # is what is stored, read again below with its tabs.
        self.dirty = self._edits != edits
        self._update_buttons()
        self.show_contract(row.uid)
        self.saved.emit(row.uid)
        self.save_ended.emit(True)

    def revert(self) -> None:
        """Forget the edits: show the stored contract again."""
        if self.row is None:
            self.show_nothing()
        else:
            self.dirty = False
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
            return self.save_and_wait()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def _on_edited(self) -> None:
        self.dirty = True
        self._edits += 1
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
        idle = self.saving is None and not self.read_only
        self.notices.set_read_only(self.read_only or self.dirty or self.row is None)
        # A request changes nothing of the contract: unsaved edits need not be saved first.
        self.approvals.set_read_only(self.read_only or self.row is None)
        self.save_button.setEnabled(self.dirty and idle)
        self.revert_button.setEnabled(self.dirty and idle)
