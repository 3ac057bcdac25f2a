"""Backups of a SQLite register: consistent copies while the app runs, rotated, restorable.

Copies go through SQLite's online backup API, so a backup taken while another
connection writes is still a consistent database, never a torn file copy. Each
backup is one self-contained file in rollback-journal mode: it can be mailed or
put on a stick, and checking it never leaves -wal/-shm files beside it.

Every copy is checked before it gets its name (SQLite's full integrity check
and the register schema); the result is kept beside it (see backup_check). A
backup that failed its check is kept, listed, and never restored.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from contract_desk.i18n import N_, _
from contract_desk.storage.backup_check import (
    RECORD_SUFFIX,
    BackupCheck,
    check_now,
    problem_of,
    read_record,
    record_path,
    refuse_failed,
    write_record,
)
from contract_desk.storage.migrations_api import upgrade
from contract_desk.storage.register import Register, StorageError

DEFAULT_KEEP = 10
#: How long a restore waits for other connections to the register to let go.
RESTORE_WAIT_SECONDS = 5.0
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)\.sqlite3$")


#: Why the program made a backup (the word in its file name) -> what a person reads.
REASON_WORDS = {
    "manual": N_("made by hand"),
    "before-upgrade": N_("before an upgrade"),
    "before-restore": N_("before a restore"),
    "moved-to-team": N_("when moved to a team register"),
}


def reason_words(reason: str) -> str:
    """A backup's ``reason`` in the person's language ("before-upgrade" -> "before an
    upgrade"); a reason someone gave a backup of their own (``db backup --reason``)
    is shown as they wrote it."""
    word = REASON_WORDS.get(reason)
    return _(word) if word is not None else reason


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file and its check (None: never checked, made by an older version)."""

    path: Path
    created: datetime
    size: int
    reason: str
    check: BackupCheck | None = None

    @property
    def restorable(self) -> bool:
        """False for a backup that failed its check: it is kept but never restored."""
        return self.check is None or self.check.ok

    @property
    def check_state(self) -> str:
        """"intact", "failed: <what is wrong>" or "never checked", for people."""
        if self.check is None:
            return _("never checked")
        return _("intact") if self.check.ok else _("failed: the backup {problem}").format(
            problem=self.check.problem)


def _now() -> datetime:
    return datetime.now(UTC)


def _file_of(register: Register) -> Path:
    if register.path is None:
        raise StorageError(
            _("backups here are for SQLite registers; a PostgreSQL register is backed up by "
              "the server's administrator (pg_dump)")
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

    ``reason`` (lower-case words and dashes) is kept in the file name. The copy
    is checked before it is named; :func:`backup_check` tells the result.
    """
    source = _file_of(register)
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(_("a backup reason is lower-case words and dashes, got {reason}").format(
            reason=repr(reason)))
    folder = register.backups_dir
    partial = folder / f".{source.stem}-in-progress.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # left by a crash, never a finished backup
        _copy(source, partial)
        check = check_now(partial, _now())
        target = _free_name(folder, source.stem, reason)
        # Only a complete, checked copy ever gets a backup's name; a failed one is
        # kept too (the register may be all there is), its record says why.
        write_record(target, check)
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(_("cannot back up {source} into {folder}: {error}").format(
            source=source, folder=folder, error=error)) from None
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
        found.append(BackupInfo(path, created, path.stat().st_size, match["reason"],
                                read_record(path)))
    return sorted(found, key=lambda info: info.created, reverse=True)


def backup_check(path: Path) -> BackupCheck | None:
    """The recorded check of a backup file (None: never checked)."""
    return read_record(Path(path))


def verify_backups(register: Register) -> list[BackupInfo]:
    """Check every backup of the register again now and record the results; newest first."""
    checked = []
    for info in list_backups(register):
        check = check_now(info.path, _now())
        try:
            write_record(info.path, check)
        except OSError as error:
            raise StorageError(_("cannot record the check of {info_path}: {value}").format(
                info_path=info.path, value=error.strerror or error)) from None
        checked.append(BackupInfo(info.path, info.created, info.size, info.reason, check))
    return checked


def _rotate(register: Register, keep: int) -> None:
    backups = list_backups(register)
    # Never rotate away the newest backup that may be restored: when the register
    # itself is damaged, every new backup fails its check and would push it out.
    spared = next((info for info in backups if info.restorable), None)
    for old in backups[max(keep, 1):]:
        if old is not spared:
            old.path.unlink(missing_ok=True)
            record_path(old.path).unlink(missing_ok=True)
    _sweep_records(register.backups_dir)


def _sweep_records(folder: Path) -> None:
    # A record whose backup is gone (deleted by hand, or a crash between the two).
    for record in folder.glob(f"*.sqlite3{RECORD_SUFFIX}"):
        if not record.with_name(record.name.removesuffix(RECORD_SUFFIX)).exists():
            record.unlink(missing_ok=True)


def check_backup(path: Path) -> str:
    """The schema revision of a backup file; StorageError unless it is an intact register."""
    path = Path(path)
    revision, problem = problem_of(path)
    if problem is not None:
        raise StorageError(f"{path} {problem}")
    return str(revision)


def restore(register: Register, backup_path: Path) -> Path:
    """Replace the register's contents with ``backup_path``; returns the safety backup.

    A backup whose recorded check failed is refused; the backup is checked
    again first; the current state is backed up ("before-restore")
    before anything is overwritten; an older schema is upgraded afterwards.
    """
    target = _file_of(register)
    backup_path = Path(backup_path)
    refuse_failed(backup_path)
    check_backup(backup_path)
    if backup_path.resolve() == target.resolve():
        raise StorageError(_("{backup_path} is the register itself, not a backup of it").format(
            backup_path=backup_path))
    # No rotation here: it could delete the very backup being restored.
    safety = backup(register, reason="before-restore", keep=None)
    register.engine.dispose()  # no pooled connection may hold the old pages
    try:
        _copy_into_register(backup_path, target)
    except sqlite3.Error as error:
        raise StorageError(
            _("cannot restore {backup_path} into {target}: {error}. If another Contract Desk "
              "window or reminder run has it open, close it and try again; the register as it "
              "was is saved in {safety}").format(
                  backup_path=backup_path, target=target, error=error, safety=safety)
        ) from None
    try:
        upgrade(register)
    except StorageError as error:
        raise StorageError(_("{error}. The backup was restored as it is; the register as it "
                             "was is saved in {safety}").format(
                                 error=error, safety=safety)) from None
    return safety


def _copy_into_register(backup_path: Path, target: Path) -> None:
    # Leave WAL first: the backup API cannot write into a WAL database whose page size
    # differs, and switching needs the only connection, which proves nobody else is in.
    with sqlite3.connect(target, timeout=RESTORE_WAIT_SECONDS) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    _copy(backup_path, target)
