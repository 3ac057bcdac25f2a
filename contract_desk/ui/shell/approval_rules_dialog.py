"""Settings → Approval rules…: which new contracts, notices and renewal decisions need whose yes.

The register's rules (``domain.approvals``, kept by ``services.approvals.rules``)
are listed here, added, changed and removed, then saved as a whole in one write.
On a team register only an administrator (or the database's owner) may change
them — the database refuses anyone else — so a viewer or an editor sees them
read-only, told why in one sentence. Reading and saving run off the window's thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.approvals import ApprovalRule
from contract_desk.domain.errors import DomainError
from contract_desk.services.approvals.rules import read_rules, save_rules
from contract_desk.services.register.users import current_user
from contract_desk.storage import Register
from contract_desk.storage.environment import classify
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import Op, QueryOp, WriteOp
from contract_desk.ui.shell.approval_rule_form import RuleForm, sentence, subject_words

#: The table's column that grows with the dialog: the approvers' names.
APPROVERS_COLUMN = 3


def may_change_rules(register: Register) -> bool:
    """Whether this login may change the rules: a register of one's own, a team's admin or
    the database's owner (the rules are a team setting, refused to others by the database)."""
    return not register.read_only and register.team_role in ("admin", None)


class ApprovalRulesDialog(QDialog):
    """The register's approval rules: add, change, remove, save.

    Signals:
        saved(str): the rules were saved; the sentence that says so.
    """

    #: saved(str): the rules were saved; what was done.
    saved = Signal(str)

    def __init__(self, register: Register, parent: QWidget | None = None, *,
                 contract_types: Iterable[str] = (), formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.contract_types = sorted(set(contract_types), key=str.casefold)
        self.formatter = formatter or Formatter()
        self.may_change = may_change_rules(register)
        self.rules: list[ApprovalRule] = []
        self.dirty = False
        self.setWindowTitle(self.tr("Approval rules"))
        intro = QLabel(self.tr(
            "Steps that wait for named people's yes. Every rule that covers a contract must "
            "get its yes votes; one no from any of its approvers rejects the request."), self)
        intro.setWordWrap(True)
        self.table = self._table()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.add_button.clicked.connect(lambda: self.add_rule())
        self.edit_button.clicked.connect(lambda: self.edit_rule())
        self.remove_button.clicked.connect(lambda: self.remove_rule())
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        if not self.may_change:
            self.status.setText(self._read_only_sentence())
        self._update_buttons()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 5, self)
        table.setHorizontalHeaderLabels([
            self.tr("Needs approval"), self.tr("Contract type"), self.tr("From value"),
            self.tr("Approvers"), self.tr("Yes votes needed")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # Whole amounts, types and titles; the approvers' names take the rest of the width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(APPROVERS_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.cellDoubleClicked.connect(lambda *_cell: self.edit_rule())
        return table

    def _buttons(self) -> QDialogButtonBox:
        Button = QDialogButtonBox.StandardButton
        if not self.may_change:
            buttons = QDialogButtonBox(Button.Close, self)
        else:
            buttons = QDialogButtonBox(Button.Save | Button.Cancel, self)
            buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        return buttons

    def _read_only_sentence(self) -> str:
        if self.register.team_role in ("viewer", "editor"):
            return self.tr("Only an administrator of this team register may change its "
                           "approval rules; you see them as they are.")
        return self.tr("This register is only read here: its approval rules cannot be "
                       "changed.")

    # -- reading ----------------------------------------------------------------
    def refresh(self) -> Op[list[ApprovalRule]]:
        """Read the register's rules (in the background)."""
        op = QueryOp(self, self.register, read_rules)
        return op.success(self._read).failure(self._failed).run()

    def _read(self, rules: list[ApprovalRule]) -> None:
        self.rules, self.dirty = list(rules), False
        self._show()
        if self.may_change and not rules:
            self.status.setText(self.tr("No rules yet: nothing waits for approval. Add one."))

    def _show(self, select: int | None = None) -> None:
        self.table.setRowCount(len(self.rules))
        anything = {self.tr("any type"), self.tr("any value")}
        for index, rule in enumerate(self.rules):
            for column, text in enumerate(self._texts(rule)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (1, 2) and text in anything:  # no limit: greyed, not data
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(index, column, item)
        if select is not None and 0 <= select < len(self.rules):
            self.table.selectRow(select)
        self._update_buttons()

    def _texts(self, rule: ApprovalRule) -> tuple[str, ...]:
        value = (self.tr("any value") if rule.min_value is None
                 else self.formatter.money(rule.min_value, rule.currency))
        return (subject_words(rule.subject), rule.contract_type or self.tr("any type"), value,
                ", ".join(rule.approvers),
                self.tr("{0} of {1}").format(rule.needed, len(rule.approvers)))

    def selected(self) -> int | None:
        """The position of the rule selected in the list."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return min(rows) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.add_button.setEnabled(self.may_change)
        self.edit_button.setEnabled(self.may_change and has)
        self.remove_button.setEnabled(self.may_change and has)

    # -- changing (kept here until Save) ------------------------------------------
    def add_rule(self) -> RuleForm | None:
        """Open the form for a new rule; it joins the list when the form is accepted."""
        return self._open_form(None)

    def edit_rule(self) -> RuleForm | None:
        """Open the form on the selected rule; it replaces it when the form is accepted."""
        index = self.selected()
        return None if index is None else self._open_form(index)

    def _open_form(self, index: int | None) -> RuleForm | None:
        if not self.may_change:
            return None
        form = RuleForm(self, rule=None if index is None else self.rules[index],
                        contract_types=self.contract_types, formatter=self.formatter)
        form.accepted.connect(lambda: self._put(form.rule, index))
        form.open()
        return form

    def _put(self, rule: ApprovalRule | None, index: int | None) -> None:
        if rule is None:
            return
        if index is None:
            self.rules.append(rule)
            index = len(self.rules) - 1
        else:
            self.rules[index] = rule
        self.dirty = True
        self.status.setText(self.tr("Not saved yet: Save keeps the rules."))
        self._show(select=index)

    def remove_rule(self) -> None:
        """Take the selected rule out of the list (the register keeps it until Save)."""
        index = self.selected()
        if index is None or not self.may_change:
            return
        del self.rules[index]
        self.dirty = True
        self.status.setText(self.tr("Not saved yet: Save keeps the rules."))
        self._show(select=min(index, len(self.rules) - 1))

    # -- saving -----------------------------------------------------------------
    def save(self) -> Op[list[ApprovalRule]] | None:
        """Replace the register's rules with the list shown (in the background), then close."""
        if not self.may_change:
            return None
        rules, user = list(self.rules), current_user()
        op = WriteOp(self, self.register, lambda session: save_rules(session, rules, user=user))
        op.disabling(self.buttons, self.add_button, self.edit_button, self.remove_button)
        return op.success(self._saved).failure(self._failed).run()

    def _saved(self, rules: list[ApprovalRule]) -> None:
        self.dirty = False
        said = (self.tr("The approval rules are saved.") if rules
                else self.tr("The approval rules are saved: nothing waits for approval."))
        self.saved.emit(said)
        self.accept()

    def _failed(self, error: Exception) -> None:
        failure = classify(error, self.register.location, self.register.url)
        if isinstance(error, DomainError) or failure is not None:
            self.status.setText(sentence(failure or error))
        else:
            report(error)
        self._update_buttons()

    def reject(self) -> None:
        """Close; changes not saved are given up after asking."""
        if self.dirty and QMessageBox.question(
                self, self.tr("Approval rules"),
                self.tr("The changed approval rules are not saved. Discard the changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        ) != QMessageBox.StandardButton.Discard:
            return
        super().reject()


__all__ = ["ApprovalRulesDialog", "may_change_rules"]
