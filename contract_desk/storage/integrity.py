"""Is a SQLite register file sound? SQLite's own quick check, and the sentences about damage.

A damaged register is only read, never written: a write into a broken b-tree
can spread the damage or lose what is still readable. The check runs on a
connection of its own, opened read-only, so looking never changes a byte of
the file. A PostgreSQL server looks after its own storage: nothing is checked
there.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from contract_desk.i18n import N_, _, clauses
from contract_desk.storage.errors import StorageError

if TYPE_CHECKING:
    from contract_desk.storage.register import Register

#: Problems shown in a sentence; SQLite can list hundreds for one broken page.
SHOWN_PROBLEMS = 3
WHAT_TO_DO = (N_("Restore the newest good backup (the window's banner or File → Restore, or "
                 "`contract-desk restore FILE`); `contract-desk check` shows the details."))


class RegisterDamaged(StorageError):
    """The register's file is damaged: it may be read, never written; the message says so."""


def quick_check(path: Path) -> list[str]:
    """SQLite's ``PRAGMA quick_check`` of the file at ``path``: its problems, [] when sound.

    Opened read-only (nothing is ever written to the file). A file SQLite cannot
    read at all, or an empty one (a register is never empty), is one problem.
    """
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return [_("the file is empty (0 bytes)")]
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as error:
        return [_("it cannot be read: {value}").format(
            value=getattr(error, 'strerror', None) or error)]
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()
    # SQLite answers one row "ok", or rows of problems (a row may hold several lines).
    problems = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    problems = [line for line in problems if line and not line.startswith("*** in database")]
    return [] if problems == ["ok"] else problems


def summary(problems: list[str]) -> str:
    """The first few problems in one line: for a sentence, not a report."""
    shown = clauses(problems[:SHOWN_PROBLEMS])
    more = len(problems) - SHOWN_PROBLEMS
    return f"{shown} (and {more} more)" if more > 0 else shown


def check_register(register: Register) -> str | None:
    """Quick-check a SQLite register and mark it damaged when SQLite finds problems.

    Returns what SQLite said (one line), or None when the register is sound or
    lives on a server (PostgreSQL checks its own storage).
    """
    path = register.path
    if path is None:
        return None
    problems = quick_check(path)
    if not problems:
        return None
    reason = summary(problems)
    register.mark_damaged(reason)
    return reason


def refusal(where: str, reason: str) -> str:
    """Why a write into the damaged register ``where`` was refused, and what to do."""
    return (_("The register {where} is damaged (SQLite: {reason}), so it is open read-only: "
               "nothing was changed. {what_to_do}").format(
                   where=where, reason=reason, what_to_do=_(WHAT_TO_DO)))


def unreadable(path: Path, reason: str) -> StorageError:
    """The error for a register file SQLite cannot even open or read."""
    return RegisterDamaged(
        _("{path} is damaged: SQLite cannot read it ({reason}). Nothing was changed. "
           "{restore_advice}").format(
               path=path, reason=reason, restore_advice=restore_advice(path)))


def empty_file(path: Path) -> StorageError:
    """The error for an existing register file of 0 bytes (cut short, never a register)."""
    return RegisterDamaged(
        _("{path} is empty (0 bytes): it holds no register. Nothing was changed. If it was "
           "your register, it was cut short: {restore_advice} To start a new register, choose a "
           "name that does not exist yet.").format(path=path, restore_advice=restore_advice(path)))


def refuse_damaged_upgrade(register: Register) -> None:
    """Refuse to migrate a damaged register: a schema change rewrites whole tables."""
    reason = check_register(register)
    if reason is not None:
        raise RegisterDamaged(
            _("The register {location} needs an upgrade, but it is damaged (SQLite: {reason}); "
              "it was not upgraded and nothing was changed. {what_to_do}").format(
                  location=register.location, reason=reason, what_to_do=_(WHAT_TO_DO)))


def restore_advice(path: Path) -> str:
    """What to run to put the newest good backup of ``path`` in its place."""
    from contract_desk.storage.recovery import newest_good_backup

    good = newest_good_backup(path)
    if good is None:
        return (_("There is no good backup in {backups_dir_of}; keep the file for an expert, "
                   "and do not write over it.").format(backups_dir_of=backups_dir_of(path)))
    return (_("Restore the newest good backup ({created} UTC) with `contract-desk --db {path} "
               "restore {good_path}`; the damaged file is kept aside.").format(
                   created=format(good.created, "%Y-%m-%d %H:%M"), path=path, good_path=good.path))


def backups_dir_of(path: Path) -> Path:
    """The backups folder beside a register file (as Register.backups_dir names it)."""
    return path.parent / f"{path.stem}-backups"
