"""Inserting many rows of one table at once, as cheaply as the driver allows.

SQLAlchemy's ``session.execute(insert(table), rows)`` checks and converts
every row through several layers; for an import of 100,000 contracts that
costs more than SQLite's own work. On SQLite the statement is compiled once
here, each value goes through exactly the converter SQLAlchemy would use for
its column type (dates, JSON, money), and the rows go to the driver's
``executemany`` as plain tuples. The database receives the same values either
way (a test compares them). Other databases keep SQLAlchemy's path, which for
PostgreSQL already sends many rows per statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

Processor = Callable[[Any], Any] | None


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys: column values) into ``table``."""
    if not rows:
        return
    connection = session.connection()
    keys = list(rows[0])
    if connection.dialect.name != "sqlite" or not _direct_ok(table, keys):
        session.execute(insert(table), list(rows))
        return
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(keys):  # pragma: no cover - a statement this code never builds
        session.execute(insert(table), list(rows))
        return
    processors: list[Processor] = [
        table.columns[key].type.dialect_impl(dialect).bind_processor(dialect) for key in order]
    converted = [(index, process) for index, process in enumerate(processors)
                 if process is not None]
    values_of = itemgetter(*order)
    parameters = []
    for row in rows:
        values = list(values_of(row)) if len(order) > 1 else [values_of(row)]
        for index, process in converted:
            values[index] = process(values[index])
        parameters.append(tuple(values))
    connection.exec_driver_sql(str(compiled), parameters)


def _direct_ok(table: Table, keys: list[str]) -> bool:
    # Values SQLAlchemy would fill in for a missing column (a Python-side
    # default) are not filled in here: such a row takes SQLAlchemy's path.
    given = set(keys)
    if not given <= set(table.columns.keys()):
        return False
    return all(column.default is None for column in table.columns
               if column.key not in given and not column.primary_key)
