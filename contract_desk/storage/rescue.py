"""Keep what is still open when the register file was deleted or moved under the program.

On Linux and macOS the open connections still read the deleted file (and its
write-ahead log): everything saved until then is there, but it goes when the
program closes. ``save_open_register`` copies that live database with SQLite's
backup API, through a connection that still holds the opened file, into a new
file: back where it was, or wherever the user chooses. The copy is checked
before it takes its name, so a failed rescue never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from contract_desk.i18n import _
from contract_desk.storage.environment import classify
from contract_desk.storage.errors import StorageError
from contract_desk.storage.migrations_api import VERSION_TABLE
from contract_desk.storage.register import Register


def save_open_register(register: Register, target: Path) -> Path:
    """Write the register as it is open now to ``target`` (replacing a file there).

    Raises StorageError when no connection to the opened file is left, or when
    ``target`` cannot be written (the sentence says why). Close the register
    and open ``target`` afterwards to go on working.
    """
    if register.path is None:
        raise StorageError(_("only a register file can be saved as another file"))
    target = Path(target).absolute()
    temp = target.with_name(f".{target.name}.saving-{os.getpid()}")
    try:
        with _live_connection(register) as source:
            _copy(source, temp)
        temp.replace(target)
    except (OSError, sqlite3.Error) as error:
        failure = classify(error, str(target))
        raise (failure or StorageError(_("cannot save the open register as {target}: "
                                         "{error}").format(
            target=target, error=error))
               ) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target


@contextlib.contextmanager
def _live_connection(register: Register) -> Iterator[sqlite3.Connection]:
    """A pooled connection that still holds the register (never a new, empty one).

    A connection made after the file went would create an empty database at its
    path, so only connections already in the pool are taken.
    """
    pool: Any = register.engine.pool
    held: list[Any] = []
    try:
        while _idle(pool) > 0:
            raw = register.engine.raw_connection()
            held.append(raw)
            connection = raw.driver_connection
            if isinstance(connection, sqlite3.Connection) and _holds_register(connection):
                yield connection
                return
        raise StorageError(
            _("no connection to the register {register_path} is left open: what was open "
              "cannot be saved any more. Restore a backup of the register.").format(
                  register_path=register.path))
    finally:
        for raw in held:
            raw.close()


def _idle(pool: Any) -> int:
    counter = getattr(pool, "checkedin", None)
    return int(counter()) if callable(counter) else 0


def _holds_register(connection: sqlite3.Connection) -> bool:
    try:
        row = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                 "AND name = ?", (VERSION_TABLE,)).fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0])


def _copy(source: sqlite3.Connection, temp: Path) -> None:
    temp.unlink(missing_ok=True)
    copy = sqlite3.connect(temp)
    try:
        source.backup(copy)
        # A file of its own: no write-ahead log left beside it for someone to miss.
        copy.execute("PRAGMA journal_mode=DELETE")
        result = copy.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise StorageError(_("the copy of the open register did not check out: "
                                 "{result}").format(
                result=result))
    finally:
        copy.close()
    with temp.open("rb") as handle:
        os.fsync(handle.fileno())


__all__ = ["save_open_register"]
