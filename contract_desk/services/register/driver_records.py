"""A query's records as the database driver gives them, without SQLAlchemy's row objects.

For the reads of a whole register (listing, health) whose columns are selected
so that the driver's values are what the caller decodes (ISO text for a day on
SQLite, a ``date`` on PostgreSQL): SQLAlchemy's result rows would only cost time,
about a tenth of a second per 100,000 records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def driver_chunks(session: Session, query: Executable, size: int) -> Iterator[Sequence[Any]]:
    """The records of ``query`` in lists of at most ``size``, through the session's
    connection (its transaction); a driver error is raised as SQLAlchemy raises it."""
    connection = session.connection()
    result = connection.execute(query)
    cursor, failure = result.cursor, connection.dialect.loaded_dbapi.Error
    try:
        while True:
            try:
                chunk = cursor.fetchmany(size)
            except failure as error:  # as SQLAlchemy would raise it: callers know those
                raise DBAPIError.instance(None, None, error, failure) from error
            if not chunk:
                return
            yield chunk
    finally:
        result.close()


def driver_records(session: Session, query: Executable) -> Iterator[Any]:
    """Each record of ``query`` in turn, fetched a chunk at a time (see :func:`driver_chunks`)."""
    for chunk in driver_chunks(session, query, 10_000):
        yield from chunk
