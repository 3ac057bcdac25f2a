"""Reading a date from a spreadsheet cell, however it was written.

Real date cells pass through; Excel serial numbers are converted (1900 system);
text is read in the forms registers use: ISO, day-first or month-first with
dots, slashes or dashes, month names in several languages, Korean and
Chinese/Japanese year-month-day. Nothing is guessed: a cell that could be
3 April or 4 March needs the column's ``DateOrder`` (see ``date_order``).

Two-digit years (31.12.25) follow one fixed rule, the POSIX one: 00-69 mean
2000-2069 and 70-99 mean 1970-1999. Contracts outside those years need four digits.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from contract_desk.i18n import _, language_in_use
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.month_names import MONTHS
from contract_desk.importers.values.normalize import fold

#: Excel serials accepted as dates: 1950-01-01 to 2200-12-31, so that an amount or
#: a year (2016) in a date column is refused instead of becoming a date in 1905.
SERIAL_FIRST = 18264
SERIAL_LAST = 109939
TEXT_YEARS = range(1900, 10000)
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 0 after Excel's fake 29 February 1900

_JUNK = " \t\r\n\u00a0\u202f\u2009-\u2013\u2014_,;'\""
_TIME_RE = re.compile(r"(?:[ T]|\s+kl\.?\s*)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?"
                      r"\s*(?:am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_NUMERIC_RE = re.compile(r"^(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?$")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_CJK_RE = re.compile(r"^(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日号號]?$")
# "Wednesday, 31 de diciembre de 2025 14:30" is about as long as a date gets.
_LONGEST_NAMED_DATE = 40
_FILLER = frozenset({"de", "del", "den", "the", "of", "le", "el", "er", "st", "nd", "rd", "th"})


class DateOrder(StrEnum):
    """How the parts of a numeric date are ordered in a column."""

    DMY = "dmy"  # 31.12.2025, 31/12/2025
    MDY = "mdy"  # 12/31/2025
    YMD = "ymd"  # 2025-12-31, 2025/12/31, 2025.12.31


def parse_date(value: CellValue, order: DateOrder | None = None) -> date:
    """The date in ``value``; ``order`` settles numeric text such as 03/04/2025.

    Raises ValueParseError saying what was expected when the cell is not a date,
    is an impossible date, or is ambiguous and no order was given.
    """
    if isinstance(value, bool) or value is None or isinstance(value, time):
        raise ValueParseError(_("{value} is not a date").format(value=repr(value)))
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float | Decimal):
        return serial_date(value)
    return _parse_text(str(value), order)


def serial_date(serial: int | float | Decimal) -> date:
    """The date of an Excel serial number (1900 system), between 1950 and 2200.

    An 8-digit whole number such as 20251231 is read as YYYYMMDD (exports from
    ERP systems write dates so); no serial comes near that size.
    """
    # A signalling NaN refuses even float(); ask Decimal first.
    finite = serial.is_finite() if isinstance(serial, Decimal) else math.isfinite(serial)
    if not finite:
        raise ValueParseError(_("{value} is not a date: it is not a finite number").format(
            value=repr(serial)))
    number = float(serial)
    whole = math.floor(number)
    if 10_000_000 <= whole <= 99_991_231 and whole == number:
        year, month_day = divmod(whole, 10_000)
        return make_date(str(serial), year, *divmod(month_day, 100))
    if not SERIAL_FIRST <= whole <= SERIAL_LAST:
        raise ValueParseError(
            _("{value} is not a date: as an Excel serial date it falls outside 1950-2200 "
              "(is it an amount or a year?)").format(value=repr(serial)))
    return excel_serial_to_date(whole)


def excel_serial_to_date(serial: int) -> date:
    """Any whole Excel serial (1900 system) as a date, honouring the fake 29 Feb 1900."""
    if serial == 60:
        raise ValueParseError(_("60 is not a date: Excel's serial 60 is 29 February 1900, "
                                "a day that never existed"))
    if serial < 1:
        raise ValueParseError(_("{value} is not a date: Excel serials start at 1 "
                                "(1900-01-01)").format(value=serial))
    # Serials below 60 come before the day Excel invented, so they count from one day later.
    return _EXCEL_EPOCH + timedelta(days=serial + (1 if serial < 60 else 0))


def split_numeric(text: str) -> tuple[str, str, str] | None:
    """The three digit groups of a numeric date like 31.12.2025, or None."""
    match = _NUMERIC_RE.match(_clean(text))
    return (match[1], match[3], match[4]) if match else None


def _clean(text: str) -> str:
    stripped = text.strip(_JUNK)
    return _TIME_RE.sub("", stripped).strip(_JUNK)


def _parse_text(text: str, order: DateOrder | None) -> date:
    clean = _clean(unicodedata.normalize("NFKC", text))  # full-width digits: ２０２５年
    if not clean:
        raise ValueParseError(_("{value} is not a date: the cell is empty").format(
            value=repr(text)))
    if match := _CJK_RE.match(clean):
        return make_date(text, int(match[1]), int(match[2]), int(match[3]))
    if match := _COMPACT_RE.match(clean):
        return make_date(text, int(match[1]), int(match[2]), int(match[3]))
    parts = split_numeric(clean)
    if parts is not None:
        return _numeric_date(text, parts, order)
    return _named_month_date(text, clean)


def _numeric_date(text: str, parts: tuple[str, str, str], order: DateOrder | None) -> date:
    first, second, last = parts
    year_first = len(first) == 4 or (order is DateOrder.YMD and len(first) == 2)
    if year_first:
        if len(last) > 2:
            raise ValueParseError(_("{value} is not a date: after the year, expected "
                                    "a month and a day").format(value=repr(text)))
        return make_date(text, full_year(text, first), int(second), int(last))
    if len(last) not in (2, 4):
        raise ValueParseError(_("{value} is not a date: expected a year of 4 (or 2) "
                                "digits").format(value=repr(text)))
    year = full_year(text, last)
    day, month = _day_and_month(text, int(first), int(second), order)
    return make_date(text, year, month, day)


def _day_and_month(text: str, first: int, second: int, order: DateOrder | None
                   ) -> tuple[int, int]:
    if order is DateOrder.DMY:
        return first, second
    if order is DateOrder.MDY:
        return second, first
    # No order for this column: only a cell that proves its own order is read.
    if first > 12 >= second or first == second:
        return first, second
    if second > 12 >= first:
        return second, first
    if first > 12 and second > 12:
        raise ValueParseError(_("{value} is not a date: neither {first} nor {second} is a "
                                "month").format(value=repr(text), first=first, second=second))
    raise ValueParseError(
        _("{value} is ambiguous: it could be day-first or month-first; "
          "the column needs a date order (day/month/year or month/day/year)").format(
            value=repr(text)))


def _named_month_date(text: str, clean: str) -> date:
    if len(clean) > _LONGEST_NAMED_DATE:
        raise ValueParseError(_("{value}... is not a date: it is too long for one").format(
            value=repr(text[:40])))
    tokens = re.findall(r"\d+|[^\W\d_]+", fold(clean))
    words = [token for token in tokens if not token.isdecimal() and token not in _FILLER]
    numbers = [token for token in tokens if token.isdecimal()]
    months = [MONTHS[word] for word in words if word in MONTHS]
    unknown = [word for word in words if word not in MONTHS]
    if unknown:
        raise ValueParseError(_("{value} is not a date: {word} is not a month name and the "
                                "text is not a date like 31.12.2025 or 2025-12-31").format(
            value=repr(text), word=repr(unknown[0])))
    if len(months) != 1 or len(numbers) != 2:
        raise ValueParseError(_("{value} is not a date: expected a day, a month and a year "
                                "(like 31.12.2025, 2025-12-31 or 31 Dec 2025)").format(
            value=repr(text)))
    day, year = _day_and_year(text, numbers)
    return make_date(text, year, months[0], day)


def _day_and_year(text: str, numbers: list[str]) -> tuple[int, int]:
    first, second = numbers
    if len(first) <= 2 and len(second) in (2, 4):
        return int(first), full_year(text, second)  # "31 Dec 2025", "Dec 31, 25"
    if len(first) == 4 and len(second) <= 2:
        return int(second), int(first)  # "2025 Dec 31"
    raise ValueParseError(_("{value} is not a date: cannot tell the day from the "
                            "year").format(value=repr(text)))


def full_year(text: str, digits: str) -> int:
    """A four-digit year, or a two-digit one by the rule 00-69 -> 20xx, 70-99 -> 19xx."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        short = int(digits)
        return 2000 + short if short < 70 else 1900 + short
    raise ValueParseError(_("{value} is not a date: {digits} is not a year").format(
        value=repr(text), digits=repr(digits)))


def make_date(text: str, year: int, month: int, day: int) -> date:
    """``date(year, month, day)``, or a ValueParseError saying what is impossible."""
    if year not in TEXT_YEARS:
        raise ValueParseError(_("{value} is not a date: the year {year} is outside "
                                "1900-9999").format(value=repr(text), year=year))
    if not 1 <= month <= 12:
        raise ValueParseError(_("{value} is not a date: there is no month {month}").format(
            value=repr(text), month=month))
    if not 1 <= day <= 31:
        raise ValueParseError(_("{value} is not a date: there is no day {day}").format(
            value=repr(text), day=day))
    last_day = calendar.monthrange(year, month)[1]
    if day > last_day:
        raise ValueParseError(_("{value} is not a date: {month} {year} has {days} days").format(
            value=repr(text), month=_month_name(month), year=year, days=last_day))
    return date(year, month, day)


def _month_name(month: int) -> str:
    """The month's name in the language in use ("February", "februar", "2월", "二月")."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    try:
        return str(get_month_names("wide", "stand-alone", locale=language_in_use())[month])
    except (UnknownLocaleError, ValueError):  # a language Babel does not know (a pseudo one)
        return calendar.month_name[month]
