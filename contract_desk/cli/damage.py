"""A damaged register on the command line: writes refused, restore still the way out.

A command that writes is marked ``writes=True`` in its parser defaults: before
it runs, SQLite quick-checks the file, and a damaged register refuses with one
line (exit 1) before anything is written. A command with a ``rescue`` default
(restore) runs that instead of its handler when the file is damaged, without
opening the register the ordinary way (a damaged file may not open at all).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from contract_desk.i18n import _
from contract_desk.storage import Register, open_register
from contract_desk.storage.integrity import RegisterDamaged, check_register, quick_check, refusal
from contract_desk.storage.locations import resolve_database_url
from contract_desk.storage.recovery import restore_over_damaged
from contract_desk.storage.register import SQLITE_MAGIC, file_header, sqlite_file


def before_write(options: argparse.Namespace, register: Register) -> None:
    """Refuse (RegisterDamaged) a command that writes into a damaged SQLite register."""
    if not getattr(options, "writes", False) or getattr(options, "verify", False):
        return  # backup --verify reads the backups, never the register
    reason = check_register(register)
    if reason is not None:
        raise RegisterDamaged(refusal(register.location, reason))


def damaged_file(target: str | None) -> Path | None:
    """The register's SQLite file when it exists and is damaged (or empty); None otherwise.

    A file that is not SQLite at all is left to open_register, which refuses it:
    it is someone else's file, not a damaged register.
    """
    path = sqlite_file(resolve_database_url(target))
    if path is None or not path.is_file():
        return None
    try:
        head = file_header(path)  # never a plain open of a file this process holds
    except OSError:
        return None
    if head and head != SQLITE_MAGIC:
        return None
    return path if quick_check(path) else None


def before_open(options: argparse.Namespace) -> int | None:
    """Run the command's rescue on a damaged register; None when it runs as usual."""
    if getattr(options, "rescue", None) is None:
        return None
    path = damaged_file(options.db)
    if path is None:
        return None
    return int(options.rescue(options, path))


def restore_damaged(options: argparse.Namespace, path: Path) -> int:
    """``restore FILE`` over a damaged register: the damaged file is kept aside, not backed up."""
    aside = restore_over_damaged(path, options.file)
    open_register(path).close()  # an older backup's schema is brought up to date now
    print(_("restored {file}; the damaged register was kept aside as {aside}").format(
        file=options.file, aside=aside))
    return 0
