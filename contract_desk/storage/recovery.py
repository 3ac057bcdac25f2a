"""The way out of a damaged register: the newest good backup in its place, the damage kept aside.

A damaged file is never overwritten and never deleted: it is renamed beside
the register (``<stem>-damaged-<UTC stamp>.sqlite3``, with its -wal/-shm), so
whatever it still holds can be read by an expert later. Only then is the
backup copied into the register's place. The ordinary restore (storage.backup)
first backs the register up through SQLite, which a damaged file may not allow.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

from contract_desk.i18n import _
from contract_desk.storage.backup import BackupInfo, check_backup, list_backups
from contract_desk.storage.errors import StorageError
from contract_desk.storage.register import Register

log = logging.getLogger(__name__)
_STAMP = "%Y%m%dT%H%M%S%fZ"
#: The files of one SQLite database: the main file, and in WAL mode its log and index.
COMPANIONS = ("", "-wal", "-shm")


def register_at(path: Path) -> Register:
    """A Register naming the file ``path`` without opening it: for its folders and backups.

    Nothing connects to the file (a damaged one may not open); close it all the same.
    """
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)
    return Register(url, engine, sessionmaker(engine))


def _as_register(target: Register | Path) -> Register:
    return target if isinstance(target, Register) else register_at(Path(target))


def newest_good_backup(target: Register | Path) -> BackupInfo | None:
    """The newest backup of the register that passes SQLite's integrity check; None if none."""
    register = _as_register(target)
    for info in list_backups(register):
        try:
            check_backup(info.path)
        except StorageError as error:
            log.warning("backup skipped: %s", error)
            continue
        return info
    return None


def _aside_name(path: Path, moment: datetime) -> Path:
    # Clocks on some systems tick in 15 ms steps: step past a name already taken.
    while True:
        aside = path.with_name(f"{path.stem}-damaged-{moment.strftime(_STAMP)}{path.suffix}")
        if not any(Path(f"{aside}{tail}").exists() for tail in COMPANIONS):
            return aside
        moment += timedelta(microseconds=1)


def keep_aside(path: Path) -> Path:
    """Rename the damaged file ``path`` (and its -wal/-shm) beside it; returns the new name."""
    aside = _aside_name(path, datetime.now(UTC))
    try:
        # The -wal first: a main file without its log is the only way to lose its pages.
        for tail in reversed(COMPANIONS):
            source = Path(f"{path}{tail}")
            if source.exists():
                source.rename(f"{aside}{tail}")
    except OSError as error:
        raise StorageError(
            _("cannot move the damaged register {path} aside: {value}. If another Contract "
              "Desk window or reminder run has it open, close it and try again. Nothing was "
              "restored.").format(path=path, value=error.strerror or error)) from None
    return aside


def _copy_backup(backup_path: Path, target: Path) -> None:
    partial = target.with_name(f".{target.name}-restoring")
    partial.unlink(missing_ok=True)  # left by a crash, never a register
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    # Only a complete copy ever takes the register's name.
    partial.replace(target)


def restore_over_damaged(target: Register | Path, backup_path: Path) -> Path:
    """Put ``backup_path`` in place of a damaged register; returns where the damage was kept.

    The backup is checked first (integrity and schema); the damaged file is
    renamed aside, never overwritten. An older schema is brought up to date when
    the register is next opened. A Register given is closed first.
    """
    backup_path = Path(backup_path)
    register = _as_register(target)
    path = register.path
    if path is None:
        raise StorageError(_("only a SQLite register file can be restored from a backup file"))
    check_backup(backup_path)
    if backup_path.resolve() == path.resolve():
        raise StorageError(_("{backup_path} is the register itself, not a backup of it").format(
            backup_path=backup_path))
    if not path.exists():
        raise StorageError(_("there is no register file at {path} to restore over").format(
            path=path))
    register.close()  # no pooled connection may hold the damaged file's pages
    aside = keep_aside(path)
    try:
        _copy_backup(backup_path, path)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            _("cannot copy {backup_path} into {path}: {error}. The damaged register is kept as "
              "{aside}.").format(
                  backup_path=backup_path, path=path, error=error, aside=aside)) from None
    log.info("restored %s over the damaged %s (kept as %s)", backup_path, path, aside)
    return aside
