"""Optimistic locking: a write over someone else's newer save is a ConflictError, never lost.

Two ways a stale write shows up: the version read by the person differs from
the stored one (checked before anything is written), or another session
committed between our read and our write. SQLAlchemy reports the second as a
StaleDataError (the versioned UPDATE matched no row); SQLite in WAL mode may
instead refuse the write outright because our snapshot is older than the
database (SQLITE_BUSY_SNAPSHOT). Both mean the same to the person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from contract_desk.services.register.errors import ConflictError


def check_version(
    stored: int, expected: int, mine: Mapping[str, Any], theirs: Callable[[], Any]
) -> None:
    """ConflictError when the record was saved since the person read version ``expected``."""
    if stored != expected:
        raise ConflictError(mine, theirs())


def is_stale_snapshot(error: OperationalError) -> bool:
    """True when SQLite refused a write because another session committed since our read."""
    return getattr(error.orig, "sqlite_errorname", None) == "SQLITE_BUSY_SNAPSHOT"


def flush_or_conflict(session: Session, mine: Mapping[str, Any],
                      theirs: Callable[[Connection], Any], message: str | None = None) -> None:
    """Flush; a write that lost a race becomes a ConflictError carrying the current record.

    ``theirs`` reads the record as the other session saved it, on a connection
    of its own: the failed flush left this session's transaction unusable
    until the caller's transaction block rolls it back.
    """
    try:
        session.flush()
    except StaleDataError:
        pass
    except OperationalError as error:
        if not is_stale_snapshot(error):
            raise
    else:
        return
    with session.get_bind().engine.connect() as connection:
        current = theirs(connection)
    raise ConflictError(mine, current, message) from None
