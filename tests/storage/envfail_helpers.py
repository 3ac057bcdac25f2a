"""Real SQLite failures without a full disk or a read-only mount (the suite runs as root).

``PRAGMA max_page_count`` at the file's present size makes any growth fail with
SQLITE_FULL; ``PRAGMA query_only`` makes every write fail with SQLITE_READONLY.
Both are set on each new connection of the register's engine.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select, text

from contract_desk.models import Contract
from contract_desk.storage import Register

#: Long enough to need new pages (overflow pages) in any register.
BIG_NOTES = "n" * 200_000


def _full(dbapi_connection: Any, _record: Any) -> None:
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count={pages}")


def _read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


FAILURES: dict[str, Callable[[Any, Any], None]] = {"full": _full, "read-only": _read_only}


def fail_writes(register: Register, how: str) -> Callable[[], None]:
    """Make the register's writes fail ``how`` ("full", "read-only"); returns the undo."""
    listener = FAILURES[how]
    event.listen(register.engine, "connect", listener)
    register.engine.dispose()

    def undo() -> None:
        event.remove(register.engine, "connect", listener)
        register.engine.dispose()

    return undo


def contract_count(register: Register) -> int:
    """How many contracts the register holds."""
    with register.reading() as session:
        return session.scalar(select(func.count()).select_from(Contract)) or 0


def integrity(register: Register) -> str:
    """SQLite's integrity_check of the register file."""
    with register.reading() as session:
        return str(session.execute(text("PRAGMA integrity_check")).scalar())


def file_integrity(path: Any) -> str:
    """integrity_check of a file, read with a plain sqlite3 connection."""
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()
