"""A row's value as a spreadsheet cell: dates as dates, money as exact decimals, lists as text."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from contract_desk.exporters.columns import Column, Kind

#: What a cell may hold before the format (xlsx, csv) writes it.
CellValue = str | int | Decimal | date | None


def cell_value(row: Any, column: Column, extra: Mapping[str, Any] | None = None) -> CellValue:
    """The value of ``column`` in ``row``; ``extra`` holds what the row itself lacks (health)."""
    raw = extra[column.field] if extra and column.field in extra else getattr(row, column.field)
    if column.words is not None and isinstance(raw, str):
        return column.words(raw)  # a computed code, for people: in their words
    return plain(raw, column.kind)


def plain(raw: Any, kind: Kind = Kind.TEXT) -> CellValue:
    """``raw`` as a cell value of ``kind``."""
    if raw is None:
        return None
    if kind is Kind.LIST:
        return ", ".join(str(item) for item in raw) or None
    if kind is Kind.HEALTH:
        return str(getattr(raw, "label", raw))
    if isinstance(raw, datetime):
        return raw.date() if kind is Kind.DATE else raw.isoformat(sep=" ")
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, str | int | Decimal | date):
        return raw
    return str(raw)


def custom_value(custom: Mapping[str, Any], key: str) -> CellValue:
    """An imported custom field as text (it was text in the file it came from)."""
    value = custom.get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
