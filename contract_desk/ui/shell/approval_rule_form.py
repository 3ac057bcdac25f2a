"""One approval rule to add or change: what needs approval, for which contracts, whose yes.

The form builds an :class:`contract_desk.domain.approvals.ApprovalRule`; a rule the
core refuses (no approver, more yes votes than approvers, a currency that is not
three letters…) keeps the form open with the core's sentence under it.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.approvals import SUBJECT_WORDS, ApprovalRule, Subject
from contract_desk.domain.errors import DomainError
from contract_desk.domain.typed_lists import split_typed_list, typed_list_text
from contract_desk.i18n import _ as core_text
from contract_desk.ui.common.fields import parse_amount
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.room import room_for_placeholder

#: An example threshold, shown the person's way in the value field's hint.
EXAMPLE_THRESHOLD = Decimal("1000000")


def subject_words(subject: Subject) -> str:
    """What a rule is about, translated, with a capital letter ("A renewal decision")."""
    words = core_text(SUBJECT_WORDS[subject])
    return words[:1].upper() + words[1:]


def sentence(error: Exception) -> str:
    """An error's text as a sentence (the core's start in lower case)."""
    said = str(error)
    return said[:1].upper() + said[1:]


class RuleForm(QDialog):
    """Edits one rule; ``rule`` holds it once OK was pressed and the core accepted it."""

    def __init__(self, parent: QWidget, *, rule: ApprovalRule | None = None,
                 contract_types: Iterable[str] = (), formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an approval rule") if rule is None
                            else self.tr("Change the approval rule"))
        self.formatter = formatter or Formatter()
        self.rule: ApprovalRule | None = None
        self.subject = QComboBox(self)
        for subject in Subject:
            self.subject.addItem(subject_words(subject), subject.value)
        self.contract_type = QComboBox(self)
        self.contract_type.setEditable(True)
        self.contract_type.addItem("")
        self.contract_type.addItems(sorted(set(contract_types), key=str.casefold))
        self._hint(self.contract_type.lineEdit(), self.tr("any type"))
        self.value = QLineEdit(self)
        self.value.setClearButtonEnabled(True)
        self._hint(self.value, self.tr("any value"))
        self.value.setToolTip(self.tr("The rule covers contracts worth this much or more, "
                                      "e.g. {0}. Empty: every value.").format(
            self.formatter.amount(EXAMPLE_THRESHOLD)))
        self.currency = QLineEdit(self)
        self._hint(self.currency, self.tr("e.g. NOK"))
        self.currency.setToolTip(self.tr("The threshold's currency (three letters). A contract "
                                         "in another currency is always covered: the register "
                                         "keeps no exchange rates."))
        self.approvers = QLineEdit(self)
        self._hint(self.approvers, self.tr("e.g. Kari Nordmann, Ola Hansen"))
        self.approvers.setToolTip(self.tr("The people who approve, separated by commas"))
        self.needed = QSpinBox(self)
        self.approvers.textChanged.connect(self._bound_needed)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.take)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)  # room for a few approvers' names
        self.put(rule)

    def _hint(self, edit: QLineEdit | None, text: str) -> None:
        if edit is not None:
            edit.setPlaceholderText(text)
            room_for_placeholder(edit)

    def _form(self) -> QFormLayout:
        money = QHBoxLayout()
        money.addWidget(self.value, 3)
        money.addWidget(self.currency, 1)
        form = QFormLayout()
        form.addRow(self.tr("Needs approval:"), self.subject)
        form.addRow(self.tr("Contract type:"), self.contract_type)
        form.addRow(self.tr("From value:"), money)
        form.addRow(self.tr("Approvers:"), self.approvers)
        form.addRow(self.tr("Yes votes needed:"), self.needed)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def put(self, rule: ApprovalRule | None) -> None:
        """Show ``rule`` in the fields (None: an empty rule for a new contract)."""
        self.subject.setCurrentIndex(max(0, self.subject.findData(
            Subject.CONTRACT.value if rule is None else rule.subject.value)))
        self.contract_type.setCurrentText("" if rule is None else rule.contract_type or "")
        threshold = None if rule is None else rule.min_value
        self.value.setText("" if threshold is None else self.formatter.amount(threshold))
        self.currency.setText("" if rule is None else rule.currency or "")
        self.approvers.setText("" if rule is None else typed_list_text(rule.approvers))
        self._bound_needed()
        self.needed.setValue(1 if rule is None else rule.needed)

    def _bound_needed(self) -> None:
        """No more yes votes than approvers typed; "of N" says how many there are."""
        count = len(split_typed_list(self.approvers.text()))
        self.needed.setRange(1, max(1, count))
        self.needed.setSuffix(self.tr(" of {0}").format(count) if count else "")

    def built(self) -> ApprovalRule:
        """The rule the fields describe; DomainError with the sentence saying what is wrong."""
        text = self.value.text().strip()
        threshold = parse_amount(text, self.formatter.locale) if text else None
        if text and threshold is None:
            raise DomainError(self.tr("The value {0} is not an amount; write it like {1}").format(
                text, self.formatter.amount(EXAMPLE_THRESHOLD)))
        return ApprovalRule(
            subject=Subject(str(self.subject.currentData())),
            approvers=tuple(split_typed_list(self.approvers.text())),
            needed=self.needed.value(), contract_type=self.contract_type.currentText(),
            min_value=threshold, currency=self.currency.text())

    def take(self) -> None:
        """OK: keep the rule and close, or say what is wrong and stay open."""
        try:
            self.rule = self.built()
        except DomainError as error:
            self.problem.setText(sentence(error))
            return
        self.accept()


__all__ = ["RuleForm", "sentence", "subject_words"]
