"""The computed key dates of the contract being edited, recomputed on every keystroke."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import KeyDates, TermSpec, key_dates
from contract_desk.domain.terms import RenewalMode
from contract_desk.ui.formatting import Formatter

ROWS = (
    ("original_term", "Original term"),
    ("current_term", "Current term"),
    ("renewals", "Renewals so far"),
    ("notice_deadline", "Notice deadline"),
    ("send_by", "Send notice by"),
    ("next_renewal_start", "Next renewal starts"),
    ("status", "Status by dates"),
)


def spec_from_fields(fields: Mapping[str, Any]) -> TermSpec | None:
    """The term rules of the edited fields, or None without a start date.

    Raises ``DomainError`` when the fields contradict each other.
    """
    start = fields.get("start_date")
    if start is None:
        return None
    return TermSpec(
        start_date=start,
        end_date=fields.get("end_date"),
        initial_term=fields.get("initial_term"),
        renewal=RenewalMode(fields.get("renewal") or RenewalMode.NONE),
        renewal_term=fields.get("renewal_term"),
        max_renewals=fields.get("max_renewals"),
        final_end_date=fields.get("final_end_date"),
        notice_period=fields.get("notice_period"),
        notice_buffer_days=int(fields.get("notice_buffer_days") or 0),
        notice_given_on=fields.get("notice_given_on"),
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
            layout.addRow(self.tr(label) + ":", value)
            self.values[key] = value
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addRow(self.note)

    def show_for(self, fields: Mapping[str, Any], today: date, *, blocked: bool = False) -> None:
        """Recompute from ``fields`` as of ``today``."""
        try:
            spec = spec_from_fields(fields)
            dates = None if spec is None else key_dates(spec, today)
        except DomainError as error:
            self._clear(self.tr("Cannot compute: {0}").format(error))
            return
        if spec is None or dates is None:
            self._clear(self.tr("Enter a start date to see the key dates."))
            return
        self._show(spec, dates)
        self.note.setText(self.tr("Fix the marked fields to save.") if blocked else "")

    def _clear(self, why: str) -> None:
        for label in self.values.values():
            label.setText("—")
        self.note.setText(why)

    def _show(self, spec: TermSpec, dates: KeyDates) -> None:
        fmt = self.formatter.date
        first_end = spec.first_term_end
        self.values["original_term"].setText(
            f"{fmt(spec.start_date)} – {fmt(first_end) if first_end else self.tr('open-ended')}"
        )
        current_end = fmt(dates.current_term_end) if dates.current_term_end else self.tr("open")
        self.values["current_term"].setText(f"{fmt(dates.current_term_start)} – {current_end}")
        self.values["renewals"].setText(str(dates.renewals))
        for key in ("notice_deadline", "send_by", "next_renewal_start"):
            day = getattr(dates, key)
            self.values[key].setText(fmt(day) if day else "—")
        self.values["status"].setText(self.tr(dates.status.value.capitalize()))
