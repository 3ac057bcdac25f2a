"""Text lengths the database holds, checked before writing.

SQLite would keep a 600-character title; PostgreSQL refuses it in the middle
of a save with a driver error. Checking the column lengths first gives the
same clear message on both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import String, Table


def too_long(table: Table, values: Mapping[str, Any]) -> dict[str, str]:
    """field -> message for each text value longer than its column allows."""
    problems: dict[str, str] = {}
    for name, value in values.items():
        column = table.columns.get(name)
        if column is None or not isinstance(value, str):
            continue
        limit = column.type.length if isinstance(column.type, String) else None
        if limit is not None and len(value) > limit:
            problems[name] = f"is {len(value)} characters long; at most {limit} fit"
    return problems
