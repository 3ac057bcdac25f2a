"""Dialogs for one obligation: add/edit it, and record how it went (met, waived...)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from contract_desk.domain.obligations import ObligationKind, ObligationStatus, Performer
from contract_desk.domain.recurrence import validate_rrule
from contract_desk.domain.reminders import OBLIGATION_OFFSETS
from contract_desk.services.register.rows import ObligationRow
from contract_desk.services.reminders.settings import offsets_text
from contract_desk.ui.common.fields import AmountField, DateField, OffsetsField
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

REPEATS = (
    ("", QT_TRANSLATE_NOOP("ObligationDialog", "Once")),
    ("FREQ=MONTHLY", QT_TRANSLATE_NOOP("ObligationDialog", "Every month")),
    ("FREQ=MONTHLY;INTERVAL=3", QT_TRANSLATE_NOOP("ObligationDialog", "Every quarter")),
    ("FREQ=MONTHLY;INTERVAL=6", QT_TRANSLATE_NOOP("ObligationDialog", "Every half year")),
    ("FREQ=YEARLY", QT_TRANSLATE_NOOP("ObligationDialog", "Every year")),
)
KIND_LABELS = {
    ObligationKind.PAYMENT: QT_TRANSLATE_NOOP("ObligationDialog", "Payment"),
    ObligationKind.DELIVERY: QT_TRANSLATE_NOOP("ObligationDialog", "Delivery"),
    ObligationKind.ACCEPTANCE: QT_TRANSLATE_NOOP("ObligationDialog", "Acceptance"),
    ObligationKind.REPORT: QT_TRANSLATE_NOOP("ObligationDialog", "Report"),
    ObligationKind.NOTICE: QT_TRANSLATE_NOOP("ObligationDialog", "Notice"),
    ObligationKind.RENEWAL_DECISION: QT_TRANSLATE_NOOP("ObligationDialog", "Renewal decision"),
    ObligationKind.CONFIDENTIALITY: QT_TRANSLATE_NOOP("ObligationDialog", "Confidentiality"),
    ObligationKind.COMPLIANCE: QT_TRANSLATE_NOOP("ObligationDialog", "Compliance"),
    ObligationKind.OTHER: QT_TRANSLATE_NOOP("ObligationDialog", "Other"),
}
OUTCOME_LABELS = {
    ObligationStatus.SCHEDULED: QT_TRANSLATE_NOOP("MarkDialog", "Scheduled"),
    ObligationStatus.MET: QT_TRANSLATE_NOOP("MarkDialog", "Met"),
    ObligationStatus.PARTIALLY_MET: QT_TRANSLATE_NOOP("MarkDialog", "Partially met"),
    ObligationStatus.NOT_MET: QT_TRANSLATE_NOOP("MarkDialog", "Not met"),
    ObligationStatus.WAIVED: QT_TRANSLATE_NOOP("MarkDialog", "Waived"),
}
#: The obligation form's labels, in its order.
FORM_LABELS = (
    QT_TRANSLATE_NOOP("ObligationDialog", "What"), QT_TRANSLATE_NOOP("ObligationDialog", "Who"),
    QT_TRANSLATE_NOOP("ObligationDialog", "Title"), QT_TRANSLATE_NOOP("ObligationDialog", "Due"),
    QT_TRANSLATE_NOOP("ObligationDialog", "Repeats"),
    QT_TRANSLATE_NOOP("ObligationDialog", "Owner"),
    QT_TRANSLATE_NOOP("ObligationDialog", "Amount"),
    QT_TRANSLATE_NOOP("ObligationDialog", "Currency"),
    QT_TRANSLATE_NOOP("ObligationDialog", "Remind (days before)"),
    QT_TRANSLATE_NOOP("ObligationDialog", "Description"),
)


class ObligationDialog(QDialog):
    """Edits what, who, when and how much of one obligation."""

    def __init__(
        self,
        parent: QWidget | None,
        row: ObligationRow | None = None,
        *,
        default_owner: str | None = None,
        default_currency: str | None = None,
        formatter: Formatter | None = None,
    ) -> None:
        super().__init__(parent)
        fmt = formatter or Formatter()
        self.setWindowTitle(self.tr("Edit obligation") if row else self.tr("New obligation"))
        self.kind = QComboBox(self)
        for kind in ObligationKind:
            self.kind.addItem(QCoreApplication.translate("ObligationDialog", KIND_LABELS[kind]),
                              kind.value)
        self.performer = QComboBox(self)
        self.performer.addItem(self.tr("We do"), Performer.US.value)
        self.performer.addItem(self.tr("The counterparty does"), Performer.COUNTERPARTY.value)
        self.title = QLineEdit(self)
        self.due = DateField(self, fmt)
        self.repeat = QComboBox(self)
        self.repeat.setEditable(True)
        self.repeat.setToolTip(self.tr("Choose, or type an iCalendar rule such as FREQ=WEEKLY"))
        for rule, label in REPEATS:
            self.repeat.addItem(QCoreApplication.translate("ObligationDialog", label), rule)
        self.owner = QLineEdit(self)
        self.amount = AmountField(self, fmt)
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("EUR")
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(80)
        self.reminders = OffsetsField(self, offsets_text(OBLIGATION_OFFSETS))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        for label, widget in zip(FORM_LABELS, (
                self.kind, self.performer, self.title, self.due, self.repeat, self.owner,
                self.amount, self.currency, self.reminders, self.description), strict=True):
            form.addRow(self.tr("{0}:").format(
                QCoreApplication.translate("ObligationDialog", label)), widget)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._load(row, default_owner, default_currency)

    def _load(self, row: ObligationRow | None, owner: str | None, currency: str | None) -> None:
        if row is None:
            self.owner.setText(owner or "")
            self.currency.setText(currency or "")
            return
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.performer.setCurrentIndex(max(self.performer.findData(row.performer), 0))
        self.title.setText(row.title)
        self.due.set_value(row.due_date)
        index = self.repeat.findData(row.recurrence or "")
        if index >= 0:
            self.repeat.setCurrentIndex(index)
        else:
            self.repeat.setEditText(row.recurrence or "")
        self.owner.setText(row.owner or "")
        self.amount.set_value(row.amount)
        self.currency.setText(row.currency or "")
        self.description.setPlainText(row.description or "")
        self.reminders.set_value(row.reminder_offsets)

    def _rule(self) -> str | None:
        index = self.repeat.currentIndex()
        text = self.repeat.currentText().strip()
        if index >= 0 and self.repeat.itemText(index) == text:
            return self.repeat.itemData(index) or None
        return text or None

    def fields(self) -> dict[str, Any]:
        """The obligation as entered, in the shapes the services accept."""
        offsets = self.reminders.value()
        return {
            "kind": self.kind.currentData(), "performer": self.performer.currentData(),
            "title": self.title.text().strip(), "due_date": self.due.value(),
            "recurrence": self._rule(), "owner": self.owner.text().strip() or None,
            "amount": self.amount.value(),
            "currency": self.currency.text().strip().upper() or None,
            "description": self.description.toPlainText().strip() or None,
            "reminder_offsets": None if offsets is None else tuple(offsets),
        }

    def problems(self) -> list[str]:
        """What must be fixed before OK."""
        found = [p for p in (self.due.problem(), self.amount.problem(),
                             self.reminders.problem()) if p]
        fields = self.fields()
        if not fields["title"]:
            found.append(self.tr("Give the obligation a title."))
        if fields["due_date"] is None and not self.due.problem():
            found.append(self.tr("Enter the due date."))
        if fields["recurrence"]:
            rule_problem = validate_rrule(fields["recurrence"])
            if rule_problem:
                found.append(self.tr("Repeats: {0}").format(rule_problem))
        return found

    def _accept_if_valid(self) -> None:
        found = self.problems()
        self.problem.setText("\n".join(found))
        if not found:
            self.accept()


class MarkDialog(QDialog):
    """Records how an obligation went: met (on which day, with what evidence), waived..."""

    def __init__(self, parent: QWidget | None, row: ObligationRow, today: date,
                 formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record “{0}”").format(row.title))
        self.status = QComboBox(self)
        for status in ObligationStatus:
            self.status.addItem(QCoreApplication.translate("MarkDialog", OUTCOME_LABELS[status]),
                                status.value)
        self.status.setCurrentIndex(self.status.findData(ObligationStatus.MET.value))
        self.met_on = DateField(self, formatter)
        self.met_on.set_value(today)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setPlaceholderText(self.tr("e.g. paid, bank reference 448812"))
        self.evidence.setMaximumHeight(80)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        form = QFormLayout(self)
        form.addRow(self.tr("Outcome:"), self.status)
        form.addRow(self.tr("On:"), self.met_on)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_valid(self) -> None:
        problem = self.met_on.problem()
        self.problem.setText(problem or "")
        if not problem:
            self.accept()

    def outcome(self) -> tuple[str, date | None, str | None]:
        """The chosen status, the day it happened, and the evidence note."""
        note = self.evidence.toPlainText().strip() or None
        return self.status.currentData(), self.met_on.value(), note
