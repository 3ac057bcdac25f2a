"""Printing results: JSON for scripts, aligned text for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from json.encoder import encode_basestring
from operator import attrgetter
from types import MappingProxyType
from typing import Any, TextIO

from contract_desk.cli.text_width import clip, pad, text_width
from contract_desk.domain.json_values import json_value

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


def print_json_rows(rows: Sequence[Any], stream: TextIO | None = None) -> None:
    """``print_json([row.to_json() for row in rows])``, the same text, several times faster.

    ``json.dumps`` indents only through its pure-Python encoder, which with
    ``to_json`` was most of what ``list --json`` of 100,000 contracts cost. The
    rows' fields are flat, so each value is written by its class here; anything
    else (tags, custom fields) goes through ``json.dumps`` and is indented to its depth.
    """
    out = stream or sys.stdout
    if not rows:
        out.write("[]\n")
        return
    objects = []
    write, encode = _memo_writers(), encode_basestring
    for row in rows:
        row_type: type = type(row)  # plainly a type: mypy takes a row class for unhashable
        keys, values_of = _keys(row_type)
        objects.append("  {\n" + ",\n".join([
            key + ("null" if value is None else encode(value) if value.__class__ is str
                   else write[value.__class__](value))
            for key, value in zip(keys, values_of(row), strict=True)]) + "\n  }")
    out.write("[\n" + ",\n".join(objects) + "\n]\n")


@cache
def _keys(row_type: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    # Each field with the text before its value, as indent=2 writes it inside a list,
    # and all of a row's values at once.
    # A named tuple (ContractRow) lists its fields itself and is its values, in order;
    # the other rows are dataclasses.
    names = list(getattr(row_type, "_fields", ()))
    if names:
        return tuple(f"    {encode_basestring(name)}: " for name in names), _itself
    names = [field.name for field in fields(row_type)]
    keys = tuple(f"    {encode_basestring(name)}: " for name in names)
    if len(names) == 1:  # attrgetter of one name gives the value, not a tuple
        return keys, lambda row: (getattr(row, names[0]),)
    return keys, attrgetter(*names)


def _itself(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return row


def _nested_text(value: Any) -> str:
    # As json.dumps writes it two levels deep (in a list, in an object). JSON text
    # holds no raw line break inside a string, so every line break is indentation.
    shown = json.dumps(json_value(value), default=_default, ensure_ascii=False, indent=2)
    return shown.replace("\n", "\n    ")


def _quoted_iso(value: date | datetime) -> str:
    text = _ISO.get(value)
    if text is None:
        text = f'"{value.isoformat()}"'
        if len(_ISO) < 65536:  # a register repeats its days
            _ISO[value] = text
    return text


#: A day or moment as its quoted ISO text (a date and a datetime are never equal).
_ISO: dict[date, str] = {}


def _sequence_text(value: tuple[Any, ...]) -> str:
    return _nested_text(value) if value else "[]"


def _mapping_text(value: Mapping[str, Any]) -> str:
    return _nested_text(value) if value else "{}"


def _memo_writers() -> dict[type, Callable[[Any], str]]:
    # Listed rows share one tags tuple and one custom-fields mapping per distinct
    # stored text: each shared one is written once per call. The memo holds the
    # value, so its id cannot pass to another value meanwhile.
    memo: dict[int, tuple[Any, str]] = {}

    def shared(nested: Callable[[Any], str]) -> Callable[[Any], str]:
        def written(value: Any) -> str:
            known = memo.get(id(value))
            if known is None:
                known = memo[id(value)] = (value, nested(value))
            return known[1]
        return written

    writers = _Writers(_WRITERS)
    writers[tuple] = shared(_sequence_text)
    writers[MappingProxyType] = shared(_mapping_text)
    # Listed days are shared too, one object per distinct day (contract_columns.day_of).
    writers[date] = shared(_quoted_iso)
    return writers


class _Writers(dict[type, Callable[[Any], str]]):
    """How to write a value of each class; any other class is written by json.dumps."""

    def __missing__(self, _key: type) -> Callable[[Any], str]:
        return _nested_text


_WRITERS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _value: "null",
    date: _quoted_iso,
    datetime: _quoted_iso,
    Decimal: lambda value: f'"{value:f}"',
    tuple: _sequence_text,
    MappingProxyType: _mapping_text,
}


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
