"""Editor fields that can be empty and say what is wrong: dates, periods, amounts.

Qt's QDateEdit cannot be empty, but most contract dates may be; these fields are
line edits that parse what the user types (locale or ISO dates, "3 months",
"1 234,50") and expose ``value()`` (None when empty) and ``problem()``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QWidget,
    QWidgetAction,
)

from contract_desk.domain.errors import DomainError
from contract_desk.domain.periods import Period, PeriodUnit, period_words
from contract_desk.domain.reminders import CONTRACT_OFFSETS
from contract_desk.domain.validation import to_offsets
from contract_desk.services.reminders.settings import offsets_text
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.menu_button import MenuButton


class DateField(QWidget):
    """A date that may be empty: type it (locale or ISO form) or pick it from a calendar."""

    #: changed(): the date was typed or picked (or cleared).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter or Formatter()
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("e.g. {0}").format(self.formatter.date(date(2025, 12, 31))))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.button = MenuButton("…", self)
        self.button.setToolTip(self.tr("Pick a date"))
        self.calendar = QCalendarWidget()
        # The popup's week starts where the person's formats start it (Monday in
        # Norway, Sunday in Korea), whatever Qt's default locale says.
        self.calendar.setLocale(self.formatter.locale)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(self.formatter.formats.first_weekday + 1))
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._before_popup)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        """The date typed, or None when empty or not a date."""
        return self.formatter.parse_date(self.edit.text())

    def problem(self) -> str | None:
        """Why the text is not a date, or None."""
        text = self.edit.text().strip()
        if not text or self.value() is not None:
            return None
        example = self.formatter.date(date(2025, 12, 31))
        return self.tr("Not a date; write it like {0} or 2025-12-31").format(example)

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (empty for None)."""
        self.edit.setText(self.formatter.date(day))

    def _before_popup(self) -> None:
        current = self.value()
        if current is not None:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.button.menu().hide()


class PeriodField(QLineEdit):
    """A period like "12 months", "90 days" or "30 business days"; may be empty.

    It reads and shows the person's own units ("12개월", "12 måneder", "12 个月"),
    and its examples are written by the same words, so each one parses.
    """

    def __init__(self, parent: QWidget | None = None,
                 examples: tuple[Period, ...] = (Period(12, PeriodUnit.MONTHS),)) -> None:
        super().__init__(parent)
        words = [period_words(example) for example in examples]
        if len(words) == 3:
            placeholder = self.tr("e.g. {0}, {1} or {2}").format(*words)
        else:
            placeholder = self.tr("e.g. {0}").format(", ".join(words))
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)

    def value(self) -> Period | None:
        """The period typed, or None when empty or unreadable."""
        try:
            return self._parse()
        except DomainError:
            return None

    def problem(self) -> str | None:
        """Why the text is not a period, or None."""
        try:
            self._parse()
        except DomainError as error:
            return str(error)
        return None

    def _parse(self) -> Period | None:
        text = self.text().strip()
        return Period.parse(text) if text else None

    def set_value(self, period: Period | str | None) -> None:
        """Show ``period`` (stored text or a Period) in the person's words (empty for None)."""
        self.setText(period_words(period))


class AmountField(QLineEdit):
    """An exact amount: the locale's or a plain decimal mark, group separators allowed."""

    def __init__(self, parent: QWidget | None = None, formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter or Formatter()
        self.setPlaceholderText(self.formatter.amount(Decimal("12500")))
        self.setClearButtonEnabled(True)

    def value(self) -> Decimal | None:
        """The amount typed, or None when empty or unreadable."""
        return parse_amount(self.text(), self.formatter.locale)

    def problem(self) -> str | None:
        """Why the text is not an amount, or None."""
        if not self.text().strip() or self.value() is not None:
            return None
        return self.tr("Not an amount; write it like {0}").format(self.placeholderText())

    def set_value(self, amount: Decimal | None) -> None:
        """Show ``amount`` exactly as stored (empty for None)."""
        self.setText("" if amount is None else self.formatter.amount(amount))


def parse_amount(text: str, locale: QLocale) -> Decimal | None:
    """An exact Decimal from text in the user's locale, or None."""
    text = "".join(text.split())  # spaces, incl. no-break spaces used as group marks
    if not text:
        return None
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if point != "." and point in text:
        text = text.replace(".", "").replace(group, "").replace(point, ".")
    else:
        text = text.replace(group, "") if group != "." else text
        text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


class OffsetsField(QLineEdit):
    """Days before a date to remind, "30, 7, 0"; empty for the register's defaults."""

    def __init__(self, parent: QWidget | None = None,
                 defaults: str = offsets_text(CONTRACT_OFFSETS)) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.set_defaults(defaults)

    def set_defaults(self, defaults: str) -> None:
        """Say in the placeholder what an empty field means."""
        self.setPlaceholderText(self.tr("register default: {0}").format(defaults))
        self.setToolTip(self.tr("Days before the date to remind, e.g. 30, 7, 0 (0 = on the "
                                "day). Empty: the register's default ({0}). \"none\": no "
                                "reminders.").format(defaults))

    def value(self) -> list[int] | None:
        """The days, latest first; None for the defaults; [] for no reminders."""
        try:
            return self._parse()
        except ValueError:
            return None

    def problem(self) -> str | None:
        """Why the text is not a list of days, or None."""
        try:
            self._parse()
        except ValueError:
            return self.tr("Write whole days before the date, like 30, 7, 0 (or \"none\")")
        return None

    def _parse(self) -> list[int] | None:
        text = self.text().strip()
        return to_offsets(text) if text else None

    def set_value(self, offsets: tuple[int, ...] | list[int] | None) -> None:
        """Show ``offsets`` ("none" for an empty list, empty for the defaults)."""
        if offsets is None:
            self.setText("")
        else:
            self.setText(offsets_text(offsets) if offsets else "none")
