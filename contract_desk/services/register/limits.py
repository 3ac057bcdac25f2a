"""Text lengths the database holds, checked before writing.

SQLite would keep a 600-character title; PostgreSQL refuses it in the middle
of a save with a driver error. Checking the column lengths first gives the
same clear message on both.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import String, Table

from contract_desk.i18n import _


def too_long(table: Table, values: Mapping[str, Any]) -> dict[str, str]:
    """field -> message for each text value longer than its column allows."""
    limits = _limits(table)
    problems: dict[str, str] = {}
    for name, value in values.items():
        limit = limits.get(name)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            problems[name] = _("is {count} characters long; at most {limit} fit").format(
                count=len(value), limit=limit)
    return problems


@cache
def _limits(table: Table) -> dict[str, int]:
    # The schema is fixed while the program runs; an import asks for every row.
    return {column.name: column.type.length for column in table.columns
            if isinstance(column.type, String) and column.type.length is not None}
