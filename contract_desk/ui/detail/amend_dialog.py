"""Edit → Amend contract…: record a dated amendment and see the contract's amendments.

The amendment changes only the fields filled in; the service keeps the terms
before it and lets it take effect on its day (``services.register.amendments``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.errors import DomainError
from contract_desk.domain.field_words import field_word
from contract_desk.domain.periods import period_words
from contract_desk.domain.validation import PERIOD_FIELDS, ValidationError
from contract_desk.i18n import clauses
from contract_desk.services.register.amendments import (
    AmendmentRow,
    list_amendments,
    record_amendment,
    withdraw_amendment,
)
from contract_desk.services.register.users import current_user
from contract_desk.storage import Register
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.fields import AmountField, DateField, PeriodField
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.ops import QueryOp, WriteOp
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

STATE_LABELS = {
    "in_force": QT_TRANSLATE_NOOP("AmendDialog", "In force"),
    "coming": QT_TRANSLATE_NOOP("AmendDialog", "Coming"),
    "withdrawn": QT_TRANSLATE_NOOP("AmendDialog", "Withdrawn"),
}


def changes_text(row: AmendmentRow, formatter: Formatter) -> str:
    """What an amendment changed, in the person's forms: "end date 31.12.2026 → 30.06.2028;
    value → 150 000,00" (joined as the language joins clauses: "；" in Chinese)."""
    return clauses(change_lines(row, formatter))


def change_lines(row: AmendmentRow, formatter: Formatter) -> list[str]:
    """Each change of an amendment, in the person's forms: "end date 31.12.2026 → 30.06.2028"."""
    def shown(name: str, value: Any) -> str:
        if value in (None, ""):
            return "—"
        if name in PERIOD_FIELDS:
            return period_words(value)
        if name in ("end_date", "final_end_date"):
            return formatter.date(date.fromisoformat(str(value)))
        if name == "value":
            return formatter.amount(Decimal(str(value)))
        return str(value)

    parts = []
    for name, value in row.changes.items():
        was = f"{shown(name, row.before.get(name))} → " if row.before is not None else "→ "
        parts.append(f"{field_word(name)} {was}{shown(name, value)}")
    return parts


class AmendDialog(QDialog):
    """The contract's amendments, and a form for a new one; ``amended`` carries the contract's
    uid after one was recorded or withdrawn."""

    #: amended(str): the contract's uid.
    amended = Signal(str)

    def __init__(self, register: Register, contract_uid: str, contract_text: str,
                 parent: QWidget | None, today: date, formatter: Formatter | None = None
                 ) -> None:
        super().__init__(parent)
        self.register, self.contract_uid, self.today = register, contract_uid, today
        self.setWindowTitle(self.tr("Amend contract"))
        self.setMinimumWidth(640)
        self.rows: list[AmendmentRow] = []
        self.formatter = formatter or Formatter()
        self.list = QTreeWidget(self)
        self.list.setObjectName("amendments_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Effective"), self.tr("Amendment"), self.tr("State"),
                                   self.tr("Changes")])
        header = self.list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.setMaximumHeight(140)
        self.list.itemSelectionChanged.connect(self._selected)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.setToolTip(self.tr("Withdraw the selected amendment (only one "
                                                "still to come)"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.effective = DateField(self, formatter)
        self.effective.set_value(today)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Amendment 2"))
        self.signed = DateField(self, formatter)
        self.end = DateField(self, formatter)
        self.renewal = QComboBox(self)
        self.renewal.addItem(self.tr("(unchanged)"), None)
        for code, label in (("none", QT_TRANSLATE_NOOP("AmendDialog", "No renewal")),
                            ("automatic", QT_TRANSLATE_NOOP("AmendDialog", "Automatic renewal")),
                            ("option", QT_TRANSLATE_NOOP("AmendDialog", "Renewal by option"))):
            self.renewal.addItem(QCoreApplication.translate("AmendDialog", label), code)
        self.renewal_term = PeriodField(self)
        self.notice = PeriodField(self)
        self.value = AmountField(self, formatter)
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("e.g. NOK"))
        self.note = QLineEdit(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("amend_problem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Amendments of this contract:"), self))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("A new amendment (fill in only what it changes):"),
                                self))
        form = QFormLayout()
        form.addRow(self.tr("Effective from:"), self.effective)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Signed on:"), self.signed)
        form.addRow(self.tr("New end date:"), self.end)
        form.addRow(self.tr("Renewal:"), self.renewal)
        form.addRow(self.tr("Renewal term:"), self.renewal_term)
        form.addRow(self.tr("Notice period:"), self.notice)
        money = QHBoxLayout()
        money.addWidget(self.value, 1)
        money.addWidget(self.currency)
        form.addRow(self.tr("Value:"), money)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Record amendment"))
            ok.setEnabled(not self.register.read_only)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- the list ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the contract's amendments again in the background."""
        uid = self.contract_uid
        QueryOp(self, self.register, lambda session: list_amendments(session, uid)
                ).success(self._show).run()

    def _show(self, rows: list[AmendmentRow]) -> None:
        self.rows = rows
        self.list.clear()
        for amendment in rows:
            state = STATE_LABELS.get(amendment.state, amendment.state)
            lines = change_lines(amendment, self.formatter)
            changed = clauses(lines)
            item = QTreeWidgetItem(self.list, [
                self.formatter.date(amendment.effective_on), amendment.reference or "",
                QCoreApplication.translate("AmendDialog", state), changed])
            item.setToolTip(3, "\n".join(filter(None, [*lines, amendment.note])))
        self._selected()

    def _current(self) -> AmendmentRow | None:
        item = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _selected(self) -> None:
        chosen = self._current()
        self.withdraw_button.setEnabled(chosen is not None and chosen.state == "coming"
                                        and not self.register.read_only)

    # -- writing ----------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """The fields the new amendment changes (only those filled in)."""
        found: dict[str, Any] = {}
        if self.end.value() is not None:
            found["end_date"] = self.end.value()
        if self.renewal.currentData() is not None:
            found["renewal"] = self.renewal.currentData()
        if self.renewal_term.value() is not None:
            found["renewal_term"] = self.renewal_term.value()
        if self.notice.value() is not None:
            found["notice_period"] = self.notice.value()
        if self.value.value() is not None:
            found["value"] = self.value.value()
        if self.currency.text().strip():
            found["currency"] = self.currency.text().strip().upper()
        return found

    def _problems(self) -> list[str]:
        found = [p for p in (self.effective.problem(), self.signed.problem(), self.end.problem(),
                             self.renewal_term.problem(), self.notice.problem(),
                             self.value.problem()) if p]
        if self.effective.value() is None and not self.effective.problem():
            found.append(self.tr("Enter the day the amendment takes effect."))
        if not found and not self.changes():
            found.append(self.tr("Fill in at least one term the amendment changes."))
        return found

    def record(self) -> None:
        """Record the amendment in the background (the dialog stays open with its list)."""
        problems = self._problems()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        self.problem.clear()
        uid, changes, effective = self.contract_uid, self.changes(), self.effective.value()
        assert effective is not None  # _problems made sure
        name, signed, note = self.name.text(), self.signed.value(), self.note.text()
        user, today = current_user(), self.today
        WriteOp(self, self.register, lambda session: record_amendment(
            session, uid, effective, changes, user=user, today=today, reference=name,
            signed_on=signed, note=note)).success(self._recorded).failure(self._refused).run()

    def _recorded(self, _row: AmendmentRow) -> None:
        """A new or withdrawn amendment: the form empties, the list and contract follow."""
        for field in (self.end, self.signed):
            field.set_value(None)
        for line in (self.name, self.note, self.currency, self.renewal_term, self.notice,
                     self.value):
            line.clear()
        self.renewal.setCurrentIndex(0)
        self.amended.emit(self.contract_uid)
        self.refresh()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.problem.setText("\n".join(f"{field_word(name)}: {text}"
                                           for name, text in error.errors.items()))
        elif isinstance(error, DomainError):
            self.problem.setText(str(error))
        else:
            report(error)

    def withdraw_selected(self) -> None:
        """Withdraw the selected amendment still to come."""
        chosen = self._current()
        if chosen is None:
            return
        amendment_uid, user = chosen.uid, current_user()
        WriteOp(self, self.register, lambda session: withdraw_amendment(
            session, amendment_uid, user=user)).success(self._recorded).failure(
            self._refused).run()


__all__ = ["AmendDialog", "change_lines", "changes_text"]
