"""Writing many rows of one table at once, as cheaply as the driver allows.

SQLAlchemy's ``session.execute(insert(table), rows)`` checks and converts
every row through several layers; for an import of 100,000 contracts that
costs more than SQLite's own work. On SQLite the statement is compiled once
here, each value goes through exactly the converter SQLAlchemy would use for
its column type (dates, JSON, money), and the rows go to the driver's
``executemany`` as plain tuples. The database receives the same values either
way (a test compares them). Other databases keep SQLAlchemy's path, which for
PostgreSQL already sends many rows per statement.

:func:`execute_many` does the same for any statement with bound parameters
(the reminder check's UPDATE of a next reminder day per row).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import itemgetter
from typing import Any, cast
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, CursorResult, Dialect, Table, insert
from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UpdateBase
from sqlalchemy.types import TypeEngine

Processor = Callable[[Any], Any] | None
#: (SQL, a row's values in its parameter order, the converters by position).
Direct = tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]],
               list[tuple[int, Callable[[Any], Any]]]]


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys: column values) into ``table``."""
    if not rows:
        return
    connection = session.connection()
    keys = tuple(rows[0])
    direct = (_direct_statement(connection.dialect, table, keys)
              if connection.dialect.name == "sqlite" else None)
    if direct is None:
        session.execute(insert(table), list(rows))
        return
    _run_direct(connection, direct, rows)


def insert_one(session: Session, table: Table, row: dict[str, Any]) -> Any:
    """Insert ``row`` (column values) into ``table``; the primary key it was given.

    An import inserts each new counterparty as soon as a row names it (so that
    later rows find it): on SQLite the statement compiled once, as for
    :func:`insert_rows`, not an INSERT built and compiled for each.
    """
    connection = session.connection()
    direct = (_direct_statement(connection.dialect, table, tuple(row))
              if connection.dialect.name == "sqlite" else None)
    if direct is None:
        key = cast(CursorResult[Any], session.execute(insert(table).values(row)))
        inserted = key.inserted_primary_key
        assert inserted is not None  # an INSERT of one row always has it
        return inserted[0]
    sql, values_of, converted = direct
    values = list(values_of(row))
    for index, process in converted:
        values[index] = process(values[index])
    return connection.exec_driver_sql(sql, tuple(values)).lastrowid


def _run_direct(connection: Connection, direct: Direct, rows: Sequence[dict[str, Any]]) -> None:
    """Each row's values converted as SQLAlchemy would, to the driver's executemany."""
    sql, values_of, converted = direct
    parameters = []
    for row in rows:
        values = list(values_of(row))
        for index, process in converted:
            values[index] = process(values[index])
        parameters.append(tuple(values))
    connection.exec_driver_sql(sql, parameters)


#: Per dialect, (table, keys) -> what ``_direct_statement`` worked out: compiling
#: an INSERT costs milliseconds, and an import inserts a chunk every 2,000 rows.
#: Held weakly: a register closed and its engine gone take their entries along.
_STATEMENTS: WeakKeyDictionary[Dialect, dict[tuple[str, tuple[str, ...]], Direct | None]] = (
    WeakKeyDictionary())


def _direct_statement(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> Direct | None:
    """(SQL, a row's values in its parameter order, the converters by position), or None."""
    known = _STATEMENTS.setdefault(dialect, {})
    cache_key = (table.fullname, keys)
    if cache_key in known:
        return known[cache_key]
    found: Direct | None = None
    if _direct_ok(table, list(keys)):
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        order = list(compiled.positiontup or ())
        if sorted(order) == sorted(keys):
            processors: list[Processor] = [_processor(table.columns[key].type, dialect)
                                           for key in order]
            converted = [(index, process) for index, process in enumerate(processors)
                         if process is not None]
            getter = itemgetter(*order)
            values_of = getter if len(order) > 1 else (lambda row: (getter(row),))
            found = (str(compiled), values_of, converted)
    known[cache_key] = found
    return found


def _direct_ok(table: Table, keys: list[str]) -> bool:
    # Values SQLAlchemy would fill in for a missing column (a Python-side
    # default) are not filled in here: such a row takes SQLAlchemy's path.
    given = set(keys)
    if not given <= set(table.columns.keys()):
        return False
    return all(column.default is None for column in table.columns
               if column.key not in given and not column.primary_key)


def execute_many(session: Session, statement: UpdateBase, rows: Sequence[dict[str, Any]],
                 *, name: str) -> None:
    """Run ``statement`` once per row of ``rows`` (dicts: its bound parameters by name).

    ``name`` names the statement for the cache of compiled statements: one
    name, one statement. On SQLite the values go through the converters of
    their parameters' types and straight to the driver; elsewhere through
    SQLAlchemy.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        session.execute(statement, list(rows))
        return
    known = _STATEMENTS.setdefault(dialect, {})
    cache_key = ("", (name,))
    direct = known.get(cache_key)
    if direct is None:
        direct = _direct_many(dialect, statement)
        known[cache_key] = direct
    _run_direct(connection, direct, rows)


def _direct_many(dialect: Dialect, statement: UpdateBase) -> Direct:
    compiled = statement.compile(dialect=dialect)
    order = list(compiled.positiontup or ())
    processors: list[Processor] = [_processor(compiled.binds[key].type, dialect)
                                   for key in order]
    converted = [(index, process) for index, process in enumerate(processors)
                 if process is not None]
    getter = itemgetter(*order)
    values_of = getter if len(order) > 1 else (lambda row: (getter(row),))
    return str(compiled), values_of, converted


def _processor(column_type: TypeEngine[Any], dialect: Dialect) -> Processor:
    """The converter SQLAlchemy uses for ``column_type``'s values, or one that gives the
    same values faster: SQLite's default date format is what ``date.isoformat`` writes
    (four-digit year, the date part of a datetime), in a third of the time (a first
    reminder check stores three dates for each of hundreds of thousands of rows)."""
    impl = column_type.dialect_impl(dialect)
    if (isinstance(impl, SQLITE_DATE) and impl._storage_format == SQLITE_DATE._storage_format
            and impl._reg is None):
        return _iso_date
    return impl.bind_processor(dialect)


_ISO = date.isoformat


def _iso_date(value: Any) -> str | None:
    # date.isoformat of anything but a date raises TypeError, as SQLAlchemy's does.
    return None if value is None else _ISO(value)
