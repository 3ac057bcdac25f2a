"""Dates, money and timestamps in the window, written by the core's formats.

The window, its notifications, the PDF report and the command line's sentences
all write through :class:`contract_desk.i18n.formats.Formats`, so a date or an
amount reads the same wherever a person meets it. The QLocale kept here is the
same locale's, for what Qt itself reads (amount fields' marks).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale

from contract_desk.i18n.formats import Formats, current_formats, formats_named

#: A calendar day (the name ``date`` is a method of :class:`Formatter`).
Day = date


def qt_locale(formats: Formats) -> QLocale:
    """The QLocale writing like ``formats`` (Qt's C locale for the plain ISO form)."""
    return QLocale.c() if formats.locale is None else QLocale(formats.name)


class Formatter:
    """Formats values for display; the core's formats of the person (or of a locale given)."""

    def __init__(self, locale: QLocale | Formats | None = None) -> None:
        if isinstance(locale, QLocale):
            locale = formats_named(locale.name())
        self.formats = locale if locale is not None else current_formats()
        self.locale = qt_locale(self.formats)
        self.date_pattern = self.formats.date_pattern

    def date(self, day: date | None) -> str:
        """A date in the locale's short form with a four-digit year."""
        return self.formats.date(day)

    def parse_date(self, text: str) -> Day | None:
        """A date typed as :meth:`date` writes it, or ISO 8601; None otherwise."""
        return self.formats.parse_date(text)

    def time(self, moment: datetime) -> str:
        """A time of day the locale's way (24-hour where it writes so)."""
        return self.formats.time(moment)

    def timestamp(self, moment: datetime | None) -> str:
        """A moment in local time, short form."""
        return self.formats.timestamp(moment)

    def number(self, value: int | Decimal) -> str:
        """A count or a number with the locale's group and decimal marks."""
        return self.formats.number(value)

    def amount(self, value: Decimal | None, currency: str | None = None) -> str:
        """An exact amount with the currency's decimals and the locale's separators."""
        return self.formats.amount(value, currency)

    def money(self, value: Decimal | None, currency: str | None) -> str:
        """An amount with its currency, the locale's way ("kr 1 250,50", "¥12,595,202.74")."""
        return self.formats.money(value, currency)

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
