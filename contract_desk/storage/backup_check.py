"""The check of a backup file, and its record kept beside it.

A backup is checked when it is made (SQLite's full ``integrity_check`` and the
register schema) and whenever ``contract-desk backup --verify`` runs. The
result is written to ``<backup>.check``, a small JSON file: when it was
checked and "ok", or SQLite's own words about what is wrong. A backup without
that record (made by an older version) was never checked. The pair is one
backup: listed, rotated and deleted together.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from contract_desk.i18n import _, clauses
from contract_desk.storage.errors import StorageError
from contract_desk.storage.migrations_api import (
    REGISTER_TABLES,
    known_revisions,
    recorded_revision,
)

RECORD_SUFFIX = ".check"
#: SQLite is asked for at most this many problems; a record keeps the first few.
MAX_PROBLEMS = 20
SHOWN_PROBLEMS = 5


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """The result of checking one backup: ``problem`` is None when it is intact.

    ``problem`` continues a sentence about the file: "is damaged (…)".
    """

    checked_at: datetime
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """True when the backup passed its check."""
        return self.problem is None


def record_path(backup_path: Path) -> Path:
    """Where the check record of ``backup_path`` is kept."""
    return backup_path.with_name(backup_path.name + RECORD_SUFFIX)


def read_record(backup_path: Path) -> BackupCheck | None:
    """The recorded check of a backup; None when never checked (or the record is unreadable)."""
    try:
        data = json.loads(record_path(backup_path).read_text(encoding="utf-8"))
        checked_at = datetime.fromisoformat(data["checked_at"])
        result = data["result"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if result == "ok":
        return BackupCheck(checked_at)
    return BackupCheck(checked_at, str(data.get("problem") or _("the check failed")))


def write_record(backup_path: Path, check: BackupCheck) -> None:
    """Store ``check`` beside ``backup_path`` (written whole or not at all)."""
    data = {"checked_at": check.checked_at.isoformat(), "result": "ok" if check.ok else "failed",
            "problem": check.problem}
    target = record_path(backup_path)
    partial = target.with_name(f".{target.name}.partial")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)


def problem_of(path: Path) -> tuple[str | None, str | None]:
    """(schema revision, None) for an intact register file; (None, what is wrong) otherwise.

    What is wrong is said after the file's name: "is damaged (…)".
    """
    if not path.is_file():
        return None, _("does not exist or is not a file")
    try:
        problems, tables, revision = _read(path)
    except sqlite3.DatabaseError as error:
        return None, _("is not a readable register: {error}").format(error=error)
    if problems:
        shown = clauses(problems[:SHOWN_PROBLEMS])
        more = len(problems) - SHOWN_PROBLEMS
        if more > 0:
            shown += _("; and {more} more").format(more=more)
        return None, _("is damaged (SQLite integrity check: {shown})").format(shown=shown)
    if revision is None or not REGISTER_TABLES.issubset(tables):
        return None, _("is not a Contract Desk register (no register schema in it)")
    if revision not in known_revisions():
        return None, (_("was made by a newer version of Contract Desk (schema {revision}); "
                        "update Contract Desk to restore it").format(revision=revision))
    return revision, None


def integrity_lines(answer: list[str]) -> list[str]:
    """SQLite's integrity_check answer as one problem per line (its headings left out)."""
    return [line.strip() for row in answer for line in row.splitlines()
            if line.strip() and not line.startswith("***")]


def check_now(path: Path, when: datetime) -> BackupCheck:
    """Check the file ``path`` now (nothing is written)."""
    _revision, problem = problem_of(path)
    return BackupCheck(when, problem)


def _read(path: Path) -> tuple[list[str], set[str], str | None]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        answer = [str(row[0]) for row in
                  connection.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
        problems = [] if answer == ["ok"] else (integrity_lines(answer) or [_("no answer")])
        if problems:  # the schema may be among the damage: read no further
            return problems, set(), None
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = recorded_revision(connection, tables)
        return problems, tables, revision
    finally:
        connection.close()


def refuse_failed(backup_path: Path) -> None:
    """StorageError when the backup's recorded check failed: it is kept, never restored."""
    check = read_record(backup_path)
    if check is not None and not check.ok:
        raise StorageError(
            _("{backup_path} failed its check on {checked_at} UTC (it {problem}); it is kept "
              "but cannot be restored. Choose another backup, or run `contract-desk backup "
              "--verify` if you believe it was repaired").format(
                  backup_path=backup_path, checked_at=format(check.checked_at, "%Y-%m-%d %H:%M"),
                  problem=check.problem))
