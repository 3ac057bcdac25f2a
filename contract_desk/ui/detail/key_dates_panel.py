"""The computed key dates of the contract being edited, recomputed on every keystroke."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import KeyDates, TermSpec
from contract_desk.domain.lifecycle import status_label
from contract_desk.services.register.contract_records import key_dates_of
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

ROWS = (
    ("original_term", QT_TRANSLATE_NOOP("KeyDatesPanel", "Original term")),
    ("current_term", QT_TRANSLATE_NOOP("KeyDatesPanel", "Current term")),
    ("renewals", QT_TRANSLATE_NOOP("KeyDatesPanel", "Renewals so far")),
    ("notice_deadline", QT_TRANSLATE_NOOP("KeyDatesPanel", "Notice deadline")),
    ("send_by", QT_TRANSLATE_NOOP("KeyDatesPanel", "Send notice by")),
    ("next_renewal_start", QT_TRANSLATE_NOOP("KeyDatesPanel", "Next renewal starts")),
    ("earliest_end", QT_TRANSLATE_NOOP("KeyDatesPanel", "Earliest end if notice is given today")),
    ("status", QT_TRANSLATE_NOOP("KeyDatesPanel", "Status by dates")),
)


class KeyDatesPanel(QGroupBox):
    """Shows the key dates the edited fields give, or why there are none."""

    def __init__(self, parent: QWidget | None = None, formatter: Formatter | None = None) -> None:
        super().__init__(self.tr("Key dates (computed)"), parent)
        self.formatter = formatter or Formatter()
        layout = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for key, label in ROWS:
            value = QLabel("—", self)
            value.setObjectName(f"keydate_{key}")
            shown = QCoreApplication.translate("KeyDatesPanel", label)
            layout.addRow(self.tr("{0}:").format(shown), value)
            self.values[key] = value
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addRow(self.note)

    def show_for(self, fields: Mapping[str, Any], today: date, *, blocked: bool = False) -> None:
        """Recompute from ``fields`` as of ``today``."""
        try:
            found = key_dates_of(fields, today)  # the same rules as the table's
        except (DomainError, ValueError) as error:
            self._clear(self.tr("Cannot compute: {0}").format(error))
            return
        if found is None:
            self._clear(self.tr("Enter a start or an end date to see the key dates."))
            return
        spec, dates = found
        self._show(spec, dates, start_known=fields.get("start_date") is not None)
        self.note.setText(self.tr("Fix the marked fields to save.") if blocked else "")

    def _clear(self, why: str) -> None:
        for label in self.values.values():
            label.setText("—")
        self.note.setText(why)

    def _show(self, spec: TermSpec, dates: KeyDates, *, start_known: bool) -> None:
        fmt = self.formatter.date
        first_end = spec.first_term_end
        unknown = self.tr("start unknown")
        first_start = fmt(spec.start_date) if start_known else unknown
        first_end_text = fmt(first_end) if first_end else self.tr("open-ended")
        self.values["original_term"].setText(f"{first_start} – {first_end_text}")
        current_end = fmt(dates.current_term_end) if dates.current_term_end else self.tr("open")
        current_start = (fmt(dates.current_term_start) if dates.current_term_start
                         else unknown)
        self.values["current_term"].setText(f"{current_start} – {current_end}")
        self.values["renewals"].setText(str(dates.renewals))
        for key in ("notice_deadline", "send_by", "next_renewal_start", "earliest_end"):
            day = getattr(dates, key)
            self.values[key].setText(fmt(day) if day else "—")
        self.values["status"].setText(status_label(dates.status.value))  # the core's words
