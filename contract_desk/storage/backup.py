"""Backups of a SQLite register: consistent copies while the app runs, rotated, restorable.

Copies go through SQLite's online backup API, so a backup taken while another
connection writes is still a consistent database, never a torn file copy. Each
backup is one self-contained file in rollback-journal mode: it can be mailed or
put on a stick, and checking it never leaves -wal/-shm files beside it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from contract_desk.storage.migrations_api import (
    REGISTER_TABLES,
    VERSION_TABLE,
    known_revisions,
    upgrade,
)
from contract_desk.storage.register import Register, StorageError

DEFAULT_KEEP = 10
#: How long a restore waits for other connections to the register to let go.
RESTORE_WAIT_SECONDS = 5.0
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file."""

    path: Path
    created: datetime
    size: int
    reason: str


def _now() -> datetime:
    return datetime.now(UTC)


def _file_of(register: Register) -> Path:
    if register.path is None:
        raise StorageError(
            "backups here are for SQLite registers; a PostgreSQL register is backed up by "
            "the server's administrator (pg_dump)"
        )
    return register.path


def _copy(source: Path, target: Path) -> None:
    """Copy the database ``source`` over ``target`` through SQLite's backup API."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # The copy carries the source's WAL flag; a backup stands alone instead.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _free_name(folder: Path, stem: str, reason: str) -> Path:
    # Clocks on some systems tick in 15 ms steps: step past a name already taken.
    moment = _now()
    while True:
        target = folder / f"{stem}-{moment.strftime(_STAMP)}-{reason}.sqlite3"
        if not target.exists():
            return target
        moment += timedelta(microseconds=1)


def backup(register: Register, reason: str = "manual", *, keep: int | None = DEFAULT_KEEP) -> Path:
    """Copy the register into its backups folder; keeps the newest ``keep`` (None: all).

    ``reason`` (lower-case words and dashes) is kept in the file name.
    """
    source = _file_of(register)
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"a backup reason is lower-case words and dashes, got {reason!r}")
    folder = register.backups_dir
    partial = folder / f".{source.stem}-in-progress.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # left by a crash, never a finished backup
        _copy(source, partial)
        target = _free_name(folder, source.stem, reason)
        # Only a complete copy ever gets a backup's name.
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"cannot back up {source} into {folder}: {error}") from None
    if keep is not None:
        _rotate(register, keep)
    return target


def list_backups(register: Register) -> list[BackupInfo]:
    """The register's backups, newest first."""
    source = _file_of(register)
    folder = register.backups_dir
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != source.stem:
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(path, created, path.stat().st_size, match["reason"]))
    return sorted(found, key=lambda info: info.created, reverse=True)


def _rotate(register: Register, keep: int) -> None:
    for old in list_backups(register)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)


def _read_backup(path: Path) -> tuple[str, set[str], str | None]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if VERSION_TABLE in tables:
            row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = row[0] if row else None
        return (str(integrity[0]) if integrity else "no answer"), tables, revision
    finally:
        connection.close()


def check_backup(path: Path) -> str:
    """The schema revision of a backup file; StorageError unless it is an intact register."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(f"{path} does not exist or is not a file")
    try:
        integrity, tables, revision = _read_backup(path)
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{path} is not a readable register: {error}") from None
    if integrity != "ok":
        raise StorageError(f"{path} is damaged (SQLite integrity check: {integrity})")
    if revision is None or not REGISTER_TABLES.issubset(tables):
        raise StorageError(f"{path} is not a Contract Desk register (no register schema in it)")
    if revision not in known_revisions():
        raise StorageError(f"{path} was made by a newer version of Contract Desk "
                           f"(schema {revision}); update Contract Desk to restore it")
    return str(revision)


def restore(register: Register, backup_path: Path) -> Path:
    """Replace the register's contents with ``backup_path``; returns the safety backup.

    The backup is checked first; the current state is backed up ("before-restore")
    before anything is overwritten; an older schema is upgraded afterwards.
    """
    target = _file_of(register)
    backup_path = Path(backup_path)
    check_backup(backup_path)
    if backup_path.resolve() == target.resolve():
        raise StorageError(f"{backup_path} is the register itself, not a backup of it")
    # No rotation here: it could delete the very backup being restored.
    safety = backup(register, reason="before-restore", keep=None)
    register.engine.dispose()  # no pooled connection may hold the old pages
    try:
        _copy_into_register(backup_path, target)
    except sqlite3.Error as error:
        raise StorageError(
            f"cannot restore {backup_path} into {target}: {error}. If another Contract Desk "
            f"window or reminder run has it open, close it and try again; the register as "
            f"it was is saved in {safety}"
        ) from None
    try:
        upgrade(register)
    except StorageError as error:
        raise StorageError(f"{error}. The backup was restored as it is; the register as it "
                           f"was is saved in {safety}") from None
    return safety


def _copy_into_register(backup_path: Path, target: Path) -> None:
    # Leave WAL first: the backup API cannot write into a WAL database whose page size
    # differs, and switching needs the only connection, which proves nobody else is in.
    with sqlite3.connect(target, timeout=RESTORE_WAIT_SECONDS) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    _copy(backup_path, target)
