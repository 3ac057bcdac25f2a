"""What a cell looks like at a glance: a label, a number, a date, or nothing.

Header detection compares rows by the kinds of their cells: a header row is
labels over columns that hold numbers and dates. CSV cells are all text, so
text that reads as a number ("1.234,56", "R$ 11.340.000,66", "9.9 €") or a
date ("31.12.2025", "2/26/2025", "2025년 1월 1일") counts as such. This is a
glance, not parsing: the value parsers decide what a cell really holds.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum

from contract_desk.importers.read.table import CellValue


class Kind(Enum):
    """The look of one cell."""

    EMPTY = "empty"
    NUMBER = "number"
    DATE = "date"
    TEXT = "text"


_NUMBER = re.compile(
    r"[-+(]?\s*(?:[A-Z]{3}|[^\w\s]{1,3}|R\$|kr\.?|Kr\.?)?\s*[-+(]?"
    r"\d[\d\s.,'’\u00a0\u202f]*\)?\s*(?:%|[A-Z]{3}|[^\w\s]{1,3}|kr\.?|,-)?\s*-?",
)
_DATE = re.compile(
    r"\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}\.?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{4}\s*[년年]\s*\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日]?"
    r"|\d{1,2}\.?\s+[A-Za-zÀ-ÿ]{3,10}\.?\s+\d{4}"
    r"|[A-Za-zÀ-ÿ]{3,10}\.?\s+\d{1,2},?\s+\d{4}",
)


def kind_of(value: CellValue) -> Kind:
    """The look of a cell as read (any type, or text from a CSV)."""
    if value is None:
        return Kind.EMPTY
    if isinstance(value, bool | int | float | Decimal):
        return Kind.NUMBER
    if isinstance(value, date | datetime | time):
        return Kind.DATE
    text = str(value).strip()
    if not text:
        return Kind.EMPTY
    if len(text) <= 40 and any(char.isdigit() for char in text):
        if _DATE.fullmatch(text):
            return Kind.DATE
        if _NUMBER.fullmatch(text):
            return Kind.NUMBER
    return Kind.TEXT


def label_of(value: CellValue) -> str:
    """A cell as a column name: whitespace (line breaks too) collapsed, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    return " ".join(text.split())


def is_blank(row: list[CellValue]) -> bool:
    """Whether no cell of the row holds anything but whitespace."""
    return all(kind_of(value) is Kind.EMPTY for value in row)


def filled(row: list[CellValue]) -> int:
    """How many cells of the row hold something."""
    return sum(1 for value in row if kind_of(value) is not Kind.EMPTY)
