"""Printing results: JSON for scripts, aligned text for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

from contract_desk.cli.text_width import clip, pad, text_width

#: A column is never wider than this many terminal columns; longer cells end in "…".
MAX_COLUMN_WIDTH = 40


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(data: Any, stream: TextIO | None = None) -> None:
    """Write ``data`` as indented UTF-8 JSON (non-ASCII kept readable)."""
    out = stream or sys.stdout
    # One write: json.dump writes each token separately (millions of writes for a
    # 100,000-contract list), which is slower than building the text once.
    out.write(json.dumps(data, default=_default, ensure_ascii=False, indent=2) + "\n")


def text(value: Any) -> str:
    """A cell as a person reads it: ISO dates, plain decimals, '' for nothing."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], stream: TextIO | None = None
) -> None:
    """Print rows as columns aligned under their headers, by terminal columns (Korean and
    Chinese characters take two), each at most ``MAX_COLUMN_WIDTH`` wide."""
    out = stream or sys.stdout
    cells = [[text(value) for value in row] for row in rows]
    widths = [text_width(header) for header in headers]
    for row in cells:
        widths = [max(width, text_width(cell)) for width, cell in zip(widths, row, strict=True)]
    widths = [min(width, MAX_COLUMN_WIDTH) for width in widths]
    out.write(_line(headers, widths))
    for row in cells:
        out.write(_line(row, widths))


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    padded = (pad(clip(cell, width), width) for cell, width in zip(cells, widths, strict=True))
    return "  ".join(padded).rstrip() + "\n"


def print_fields(pairs: Iterable[tuple[str, Any]], stream: TextIO | None = None) -> None:
    """Print "label: value" lines, labels aligned."""
    out = stream or sys.stdout
    items = [(label, text(value)) for label, value in pairs]
    width = max((text_width(label) for label, _ in items), default=0)
    for label, value in items:
        out.write(f"{pad(label, width)}  {value}\n")
