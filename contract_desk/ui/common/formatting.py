"""Dates, money and timestamps in the user's locale (QLocale), exactly."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale

from contract_desk.domain.currency import minor_units


def _four_digit_years(pattern: str) -> str:
    # Short formats like M/d/yy make 2025 and 1925 look alike; contracts span
    # decades, so always show the full year.
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


class Formatter:
    """Formats values for display, once per locale."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if self.locale.language() == QLocale.Language.C:
            short = "yyyy-MM-dd"  # no locale set (LANG=C): ISO 8601 beats "d MM yyyy"
        self.date_pattern = _four_digit_years(short)

    def date(self, day: date | None) -> str:
        """A date in the locale's short form with a four-digit year."""
        if day is None:
            return ""
        return self.locale.toString(QDate(day.year, day.month, day.day), self.date_pattern)

    def timestamp(self, moment: datetime | None) -> str:
        """A moment in local time, short form."""
        if moment is None:
            return ""
        local = moment.astimezone()
        return f"{self.date(local.date())} {local:%H:%M}"

    def amount(self, value: Decimal | None, currency: str | None = None) -> str:
        """An exact amount with the currency's decimals and the locale's separators."""
        if value is None:
            return ""
        digits = minor_units(currency)
        exponent = Decimal(1).scaleb(-digits)
        text = f"{value.quantize(exponent):,.{digits}f}"
        marks = str.maketrans({",": self.locale.groupSeparator(), ".": self.locale.decimalPoint()})
        return text.translate(marks)

    def money(self, value: Decimal | None, currency: str | None) -> str:
        """An amount followed by its ISO currency code."""
        if value is None:
            return ""
        return f"{self.amount(value, currency)} {currency or ''}".strip()

    def value(self, value: Any) -> str:
        """Any listed value as text."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            return self.timestamp(value)
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, Decimal):
            return self.amount(value)
        return str(value)
