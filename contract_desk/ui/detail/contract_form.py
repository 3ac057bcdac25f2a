"""The contract editor: every field, checked as you type, with key dates computed live."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.clock import local_today
from contract_desk.domain.currency import ISO_CURRENCIES
from contract_desk.domain.lifecycle import Direction, Lifecycle, status_label
from contract_desk.domain.notice import MAX_POSTAL_DAYS, NoticeTo
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import RenewalMode
from contract_desk.domain.typed_lists import split_typed_list, typed_list_text
from contract_desk.domain.validation import validate_contract
from contract_desk.i18n.formats import country_name
from contract_desk.services.register.rows import ContractRow
from contract_desk.ui.common.fields import AmountField, DateField, OffsetsField, PeriodField
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.detail.key_dates_panel import KeyDatesPanel

TEXT_FIELDS = ("reference", "title", "counterparty", "contract_type", "department", "project",
               "owner", "payment_terms")
DATE_FIELDS = ("signed_on", "start_date", "end_date", "final_end_date", "notice_given_on",
               "confidential_until")
PERIOD_FIELDS = ("initial_term", "renewal_term", "notice_period")
#: The notice period's placeholder, in the person's units ("3개월, 90일 또는 30영업일").
NOTICE_EXAMPLES = (Period(3, PeriodUnit.MONTHS), Period(90, PeriodUnit.DAYS),
                   Period(30, PeriodUnit.BUSINESS_DAYS))
LABELS = {
    "reference": QT_TRANSLATE_NOOP("ContractForm", "Reference"),
    "title": QT_TRANSLATE_NOOP("ContractForm", "Title"),
    "counterparty": QT_TRANSLATE_NOOP("ContractForm", "Counterparty"),
    "contract_type": QT_TRANSLATE_NOOP("ContractForm", "Type"),
    "direction": QT_TRANSLATE_NOOP("ContractForm", "Direction"),
    "department": QT_TRANSLATE_NOOP("ContractForm", "Department"),
    "project": QT_TRANSLATE_NOOP("ContractForm", "Project"),
    "owner": QT_TRANSLATE_NOOP("ContractForm", "Owner"),
    "tags": QT_TRANSLATE_NOOP("ContractForm", "Tags"),
    "status": QT_TRANSLATE_NOOP("ContractForm", "Status"),
    "signed_on": QT_TRANSLATE_NOOP("ContractForm", "Signed on"),
    "start_date": QT_TRANSLATE_NOOP("ContractForm", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ContractForm", "End date"),
    "initial_term": QT_TRANSLATE_NOOP("ContractForm", "Initial term"),
    "renewal": QT_TRANSLATE_NOOP("ContractForm", "Renewal"),
    "renewal_term": QT_TRANSLATE_NOOP("ContractForm", "Renewal term"),
    "max_renewals": QT_TRANSLATE_NOOP("ContractForm", "Max. renewals"),
    "final_end_date": QT_TRANSLATE_NOOP("ContractForm", "Final end date"),
    "notice_period": QT_TRANSLATE_NOOP("ContractForm", "Notice period"),
    "notice_buffer_days": QT_TRANSLATE_NOOP("ContractForm", "Send notice … days earlier"),
    "notice_given_on": QT_TRANSLATE_NOOP("ContractForm", "Notice given on"),
    "notice_to": QT_TRANSLATE_NOOP("ContractForm", "Notice ends it at"),
    "holiday_country": QT_TRANSLATE_NOOP("ContractForm", "Public holidays of"),
    "postal_days": QT_TRANSLATE_NOOP("ContractForm", "Postal days"),
    "value": QT_TRANSLATE_NOOP("ContractForm", "Value"),
    "currency": QT_TRANSLATE_NOOP("ContractForm", "Currency"),
    "payment_terms": QT_TRANSLATE_NOOP("ContractForm", "Payment terms"),
    "confidential_until": QT_TRANSLATE_NOOP("ContractForm", "Confidential until"),
    "scope": QT_TRANSLATE_NOOP("ContractForm", "Scope"),
    "notes": QT_TRANSLATE_NOOP("ContractForm", "Notes"),
    "reminder_offsets": QT_TRANSLATE_NOOP("ContractForm", "Remind (days before)"),
}
TOOLTIPS = {
    "reference": QT_TRANSLATE_NOOP(
        "ContractForm", "Your own number for the contract, e.g. C-2025-014"),
    "counterparty": QT_TRANSLATE_NOOP(
        "ContractForm", "The other party; typing an existing name reuses it"),
    "owner": QT_TRANSLATE_NOOP("ContractForm", "The one person who looks after this contract"),
    "status": QT_TRANSLATE_NOOP(
        "ContractForm", "Draft, in review, terminated and archived win over the dates; "
        "active, renewed and expired follow the dates"),
    "end_date": QT_TRANSLATE_NOOP(
        "ContractForm", "The last day of the first term (inclusive); leave empty to use "
        "the initial term"),
    "initial_term": QT_TRANSLATE_NOOP(
        "ContractForm", "Length of the first term, e.g. 2 years, 18 months, 90 days"),
    "renewal": QT_TRANSLATE_NOOP(
        "ContractForm", "Automatic: renews unless notice is given in time. By option: "
        "renews only if someone acts"),
    "renewal_term": QT_TRANSLATE_NOOP(
        "ContractForm", "Length of each renewal; empty means the same as the "
        "initial term"),
    "max_renewals": QT_TRANSLATE_NOOP("ContractForm", "How many times it may renew at most"),
    "final_end_date": QT_TRANSLATE_NOOP("ContractForm", "No term runs past this day"),
    "notice_period": QT_TRANSLATE_NOOP(
        "ContractForm", "e.g. 3 months, 90 days, 30 business days (weekends "
        "skipped)"),
    "notice_buffer_days": QT_TRANSLATE_NOOP(
        "ContractForm", "Send the notice this many days before the deadline "
        "(post, signatures)"),
    "notice_given_on": QT_TRANSLATE_NOOP(
        "ContractForm", "The day notice was given; on or before a deadline, that "
        "term is the last"),
    "notice_to": QT_TRANSLATE_NOOP(
        "ContractForm", "\"3 months' notice to the end of a month\": notice can end the "
        "contract only on such a day"),
    "holiday_country": QT_TRANSLATE_NOOP(
        "ContractForm", "Business days and postal days skip this country's public holidays: "
        "its ISO code, e.g. NO, DE, US; empty means Monday to Friday"),
    "postal_days": QT_TRANSLATE_NOOP(
        "ContractForm", "Working days the notice takes to arrive (registered post); the "
        "send-by date comes that much earlier"),
    "value": QT_TRANSLATE_NOOP("ContractForm", "The contract value, exact to the cent"),
    "currency": QT_TRANSLATE_NOOP("ContractForm", "ISO 4217 code, e.g. EUR, NOK, KRW"),
}
RENEWAL_LABELS = {
    RenewalMode.NONE: QT_TRANSLATE_NOOP("ContractForm", "None"),
    RenewalMode.AUTOMATIC: QT_TRANSLATE_NOOP("ContractForm", "Automatic (tacit)"),
    RenewalMode.OPTION: QT_TRANSLATE_NOOP("ContractForm", "By option only"),
}
NOTICE_TO_LABELS = {
    "": QT_TRANSLATE_NOOP("ContractForm", "any day"),
    NoticeTo.MONTH_END: QT_TRANSLATE_NOOP("ContractForm", "the end of a month"),
    NoticeTo.QUARTER_END: QT_TRANSLATE_NOOP("ContractForm", "the end of a quarter"),
    NoticeTo.YEAR_END: QT_TRANSLATE_NOOP("ContractForm", "the end of a year"),
}
# The countries offered first; any other ISO code can be typed.
HOLIDAY_COUNTRIES = ("NO", "SE", "DK", "FI", "DE", "GB", "FR", "ES", "NL", "US", "KR", "CN")
DIRECTION_LABELS = {
    Direction.BUY: QT_TRANSLATE_NOOP("ContractForm", "Buy"),
    Direction.SELL: QT_TRANSLATE_NOOP("ContractForm", "Sell"),
    Direction.OTHER: QT_TRANSLATE_NOOP("ContractForm", "Other"),
}


def _count_suffix(box: QSpinBox, suffix: Callable[[int], str]) -> None:
    """Give ``box`` a unit that agrees with its number (" 1 day", " 3 days", " 3 dager")."""
    box.valueChanged.connect(lambda count: box.setSuffix(suffix(count)))
    box.setSuffix(suffix(box.value()))


def _translated(text: str) -> str:
    return QCoreApplication.translate("ContractForm", text)


def field_label(name: str) -> str:
    """A contract field's label in the person's language ("start_date" → "Start date");
    a field the form does not know (a custom one) by its name."""
    label = LABELS.get(name)
    return name.replace("_", " ") if label is None else _translated(label)


class ContractForm(QWidget):
    """Edits one contract's fields; ``edited`` fires on every change."""

    #: edited(): the person changed a field (not emitted while a contract is loaded).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter or Formatter()
        self.today = local_today()
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self._loading = False
        self.require_reference = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._group(self.tr("Contract"), self._contract_fields()))
        layout.addWidget(self._group(self.tr("Term and notice"), self._term_fields()))
        self.key_dates = KeyDatesPanel(self, self.formatter)
        layout.addWidget(self.key_dates)
        layout.addWidget(self._group(self.tr("Money and notes"), self._money_fields()))
        layout.addStretch(1)
        self._connect()

    # -- building ---------------------------------------------------------------
    def _group(self, title: str, fields: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow pane puts a long label (a Norwegian compound) above its field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, widget in fields:
            message = QLabel(box)
            message.setObjectName(f"problem_{name}")
            message.setWordWrap(True)
            message.setStyleSheet("color: #c62828;")
            message.hide()
            holder = QWidget(box)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(message)
            label = QLabel(self.tr("{0}:").format(_translated(LABELS[name])), box)
            label.setBuddy(widget)
            form.addRow(label, holder)
            widget.setObjectName(name)
            if name in TOOLTIPS:
                widget.setToolTip(_translated(TOOLTIPS[name]))
            self.widgets[name], self.messages[name] = widget, message
        return box

    def _contract_fields(self) -> list[tuple[str, QWidget]]:
        direction = QComboBox(self)
        direction.addItem(self.tr("(not set)"), "")
        for member in Direction:
            direction.addItem(_translated(DIRECTION_LABELS[member]), member.value)
        status = QComboBox(self)
        for lifecycle in Lifecycle:
            status.addItem(status_label(lifecycle.value), lifecycle.value)  # the core's words
        tags = QLineEdit(self)
        tags.setPlaceholderText(self.tr("comma-separated, e.g. critical, IT"))
        texts = {name: QLineEdit(self) for name in TEXT_FIELDS if name != "payment_terms"}
        texts["reference"].setPlaceholderText(self.tr("e.g. C-2025-014"))
        return [
            ("reference", texts["reference"]), ("title", texts["title"]),
            ("counterparty", texts["counterparty"]), ("contract_type", texts["contract_type"]),
            ("direction", direction), ("status", status), ("owner", texts["owner"]),
            ("department", texts["department"]), ("project", texts["project"]), ("tags", tags),
        ]

    def _term_fields(self) -> list[tuple[str, QWidget]]:
        renewal = QComboBox(self)
        # Long choices must not make the whole form wider than the pane.
        renewal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        renewal.setMinimumContentsLength(14)
        for mode, label in RENEWAL_LABELS.items():
            renewal.addItem(_translated(label), mode.value)
        max_renewals = QSpinBox(self)
        max_renewals.setRange(0, 999)
        max_renewals.setSpecialValueText(self.tr("no limit"))
        buffer_days = QSpinBox(self)
        buffer_days.setRange(0, 3650)
        _count_suffix(buffer_days, lambda count: self.tr(" day(s)", "", count))
        dates = {name: DateField(self, self.formatter) for name in DATE_FIELDS
                 if name != "confidential_until"}
        return [
            ("signed_on", dates["signed_on"]), ("start_date", dates["start_date"]),
            ("end_date", dates["end_date"]),
            ("initial_term", PeriodField(self, (Period(2, PeriodUnit.YEARS),))),
            ("renewal", renewal),
            ("renewal_term", PeriodField(self, (Period(12, PeriodUnit.MONTHS),))),
            ("max_renewals", max_renewals), ("final_end_date", dates["final_end_date"]),
            ("notice_period", PeriodField(self, NOTICE_EXAMPLES)),
            *self._notice_rule_fields(),
            ("notice_buffer_days", buffer_days), ("notice_given_on", dates["notice_given_on"]),
            ("reminder_offsets", OffsetsField(self)),
        ]

    def _notice_rule_fields(self) -> list[tuple[str, QWidget]]:
        notice_to = QComboBox(self)
        for value, label in NOTICE_TO_LABELS.items():
            notice_to.addItem(_translated(label), str(value))
        country = QComboBox(self)
        country.setEditable(True)
        country.addItem("", "")
        for code in HOLIDAY_COUNTRIES:  # named in the person's language; a code may be typed
            country.addItem(f"{country_name(code)} ({code})", code)
        line = country.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("none: Monday to Friday"))
        postal_days = QSpinBox(self)
        postal_days.setRange(0, MAX_POSTAL_DAYS)
        _count_suffix(postal_days, lambda count: self.tr(" working day(s)", "", count))
        return [("notice_to", notice_to), ("holiday_country", country),
                ("postal_days", postal_days)]

    def _money_fields(self) -> list[tuple[str, QWidget]]:
        currency = QComboBox(self)
        currency.setEditable(True)
        currency.addItem("", "")
        for code in sorted(ISO_CURRENCIES):
            currency.addItem(code, code)
        notes, scope = QPlainTextEdit(self), QPlainTextEdit(self)
        for box in (notes, scope):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(90)
        return [
            ("value", AmountField(self, self.formatter)), ("currency", currency),
            ("payment_terms", QLineEdit(self)),
            ("confidential_until", DateField(self, self.formatter)),
            ("scope", scope), ("notes", notes),
        ]

    def _connect(self) -> None:
        for widget in self.widgets.values():
            for signal_name in ("changed", "textChanged", "currentIndexChanged", "valueChanged",
                                "editTextChanged"):
                signal = getattr(widget, signal_name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(self._on_edit)

    # -- reading and writing ----------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """Fields that show but do not change (a register only read here); text stays selectable."""
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit):
                if read_only and widget.isClearButtonEnabled():
                    widget.setProperty("clears", True)  # its ⊗ would promise a change
                    widget.setClearButtonEnabled(False)
                elif not read_only and widget.property("clears"):
                    widget.setClearButtonEnabled(True)
                widget.setReadOnly(read_only)
            elif isinstance(widget, QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(read_only)
            else:  # drop-downs, date pickers' buttons and the like
                widget.setEnabled(not read_only)

    def load(self, row: ContractRow | None, today: date) -> None:
        """Show ``row`` (an empty form for a new contract)."""
        self._loading = True
        self.today = today
        for name, widget in self.widgets.items():
            _set(widget, None if row is None else _field_of(row, name))
        self._loading = False
        self.refresh()

    def put(self, values: dict[str, Any]) -> None:
        """Type ``values`` (as ``fields()`` gives them) into the form: edits carried over."""
        for name, value in values.items():
            shown = typed_list_text(value) if name == "tags" and value else value
            _set(self.widgets[name], shown)

    def fields(self) -> dict[str, Any]:
        """Every field as typed, in the shapes the services accept."""
        values = {name: _get(widget) for name, widget in self.widgets.items()}
        tags = values.pop("tags") or ""
        values["tags"] = split_typed_list(tags)  # "，", "、" and ";" separate tags too
        values["max_renewals"] = values["max_renewals"] or None
        values["notice_to"] = values["notice_to"] or None  # "any day": no rule
        return values

    def problems(self) -> dict[str, str]:
        """What is wrong, field by field: unreadable text first, then the business rules."""
        found: dict[str, str] = {}
        for name, widget in self.widgets.items():
            problem = getattr(widget, "problem", None)
            message = problem() if callable(problem) else None
            if message:
                found[name] = message
        rules = validate_contract(self.fields(), require_reference=self.require_reference)
        for name, message in rules.items():
            found.setdefault(name, message)
        return found

    def refresh(self) -> dict[str, str]:
        """Show each field's problem next to it and recompute the key dates."""
        found = self.problems()
        for name, label in self.messages.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        self.key_dates.show_for(self.fields(), self.today, blocked=bool(found))
        return found

    def _on_edit(self, *_: object) -> None:
        if self._loading:
            return
        self.refresh()
        self.edited.emit()


def _field_of(row: ContractRow, name: str) -> Any:
    value = getattr(row, name)
    if name == "tags":
        return typed_list_text(value)
    return value


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, DateField | PeriodField | AmountField | OffsetsField):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value if value is not None else "")
        if index < 0 and widget.isEditable():
            widget.setEditText(str(value or ""))
        else:
            widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))


def _get(widget: QWidget) -> Any:
    if isinstance(widget, DateField | PeriodField | AmountField | OffsetsField):
        return widget.value()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            text = widget.currentText().strip()
            listed = widget.findText(text)
            if listed >= 0 and widget.itemData(listed) is not None:
                return widget.itemData(listed) or None
            return text.upper() or None
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    raise TypeError(f"no reader for {type(widget).__name__}")

