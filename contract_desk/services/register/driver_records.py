"""A query's records as the database driver gives them, without SQLAlchemy's row objects.

For the reads of a whole register (listing, health) whose columns are selected
so that the driver's values are what the caller decodes (ISO text for a day on
SQLite, a ``date`` on PostgreSQL): SQLAlchemy's result rows would only cost time,
about a tenth of a second per 100,000 records. Where the values are wanted as
SQLAlchemy's types give them, :func:`column_rows` reads them as Core rows, without
the ORM's loading.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Executable, Result
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def driver_chunks(session: Session, query: Executable, size: int) -> Iterator[Sequence[Any]]:
    """The records of ``query`` in lists of at most ``size``, through the session's
    connection (its transaction); a driver error is raised as SQLAlchemy raises it.

    Not for a query with ``yield_per`` (or ``stream_results``): SQLAlchemy then reads
    ahead from the cursor for its own buffer, and those records would never be seen
    here (ValueError).
    """
    options = query.get_execution_options()
    if options.get("yield_per") or options.get("stream_results"):
        raise ValueError("driver_chunks reads the cursor itself: give it the query without "
                         "yield_per or stream_results")
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


def column_rows(session: Session, query: Executable, *, yield_per: int | None = None
                ) -> Result[*tuple[Any, ...]]:
    """SQLAlchemy's rows of a select of columns, through the session's connection (its
    transaction), streamed ``yield_per`` at a time when given.

    Core, not ``session.execute``: for columns (no ORM objects) the ORM's loading only
    wraps each row once more, a third of the time of reading 1,000,000 obligations
    (measured). Types are processed as ``session.execute`` does them; what the session
    holds is flushed first, as it would autoflush.
    """
    session.flush()
    if yield_per is not None:
        query = query.execution_options(yield_per=yield_per)
    return session.connection().execute(query)
