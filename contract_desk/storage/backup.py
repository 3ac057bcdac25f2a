"""Backups of a SQLite register: consistent copies while the app runs, rotated, restorable.

Copies go through SQLite's online backup API, so a backup taken while another
connection writes is still a consistent database, never a torn file copy.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from contract_desk.storage.migrations_api import VERSION_TABLE, known_revisions
from contract_desk.storage.register import Register, StorageError

DEFAULT_KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file."""

    path: Path
    created: datetime
    size: int
    reason: str


def _file_of(register: Register) -> Path:
    if register.path is None:
        raise StorageError(
            "backups here are for SQLite registers; a PostgreSQL register is backed up by "
            "the server's administrator (pg_dump)"
        )
    return register.path


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    # sqlite3's context manager commits but does not close.
    src.close()
    dst.close()


def backup(register: Register, reason: str = "manual", *, keep: int | None = DEFAULT_KEEP) -> Path:
    """Copy the register into its backups folder; keeps the newest ``keep`` (None: all)."""
    source = _file_of(register)
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"a backup reason is lower-case words and dashes, got {reason!r}")
    folder = register.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    _copy(source, target)
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
    for path in folder.glob(f"{source.stem}-*.sqlite3"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != source.stem:
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append(BackupInfo(path, created, path.stat().st_size, match["reason"]))
    return sorted(found, key=lambda info: info.created, reverse=True)


def _rotate(register: Register, keep: int) -> None:
    for old in list_backups(register)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)


def check_backup(path: Path) -> str:
    """The schema revision of a backup file; StorageError unless it is an intact register."""
    if not path.is_file():
        raise StorageError(f"{path} does not exist or is not a file")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if VERSION_TABLE in tables:
                revision = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{path} is not a readable register: {error}") from None
    if integrity is None or integrity[0] != "ok":
        raise StorageError(f"{path} is damaged (integrity check: {integrity})")
    if revision is None:
        raise StorageError(f"{path} is not a Contract Desk register (no schema version)")
    if revision[0] not in known_revisions():
        raise StorageError(f"{path} was made by a newer version of Contract Desk")
    return str(revision[0])


def restore(register: Register, backup_path: Path) -> Path:
    """Replace the register's contents with ``backup_path``; returns the safety backup.

    The backup is checked first; the current state is backed up ("before-restore")
    before anything is overwritten; an older schema is upgraded afterwards.
    """
    target = _file_of(register)
    backup_path = Path(backup_path)
    check_backup(backup_path)
    # No rotation here: it could delete the very backup being restored.
    safety = backup(register, reason="before-restore", keep=None)
    register.engine.dispose()  # no pooled connection may hold the old pages
    _copy(backup_path, target)
    register.engine.dispose()
    from contract_desk.storage.migrations_api import upgrade_engine

    upgrade_engine(register.engine)
    return safety
