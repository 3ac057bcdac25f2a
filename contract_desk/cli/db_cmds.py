"""Sub-commands that look after the database: backup, restore, backups, db upgrade."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contract_desk.cli.damage import restore_damaged
from contract_desk.cli.output import print_table
from contract_desk.i18n import _
from contract_desk.storage import Register

if TYPE_CHECKING:
    from contract_desk.storage.backup import BackupInfo

PROG = "contract-desk"


def add_parser(commands: Any) -> None:
    """Register backup, backups, restore and db."""
    backup = commands.add_parser("backup", help="back up the register now")
    backup.add_argument("--reason", default="manual", help="a word kept in the file name")
    backup.add_argument("--verify", action="store_true",
                        help="check every existing backup again now (make no new one)")
    # A copy of a damaged register is damaged too, and rotation would drop a good one
    # (checking the backups already made stays possible: see cli.damage.before_write).
    backup.set_defaults(handler=run_backup, needs_register=True, writes=True)

    listing = commands.add_parser("backups", help="list the register's backups, newest first")
    listing.set_defaults(handler=run_backups, needs_register=True)

    restore = commands.add_parser(
        "restore", help="replace the register with a backup (the current one is backed up first)"
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="a backup file")
    restore.set_defaults(handler=run_restore, needs_register=True, rescue=restore_damaged)

    database = commands.add_parser("db", help="database maintenance")
    actions = database.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="apply pending schema migrations")
    upgrade.set_defaults(handler=run_upgrade, needs_register=True, writes=True)
    status = actions.add_parser("status", help="show where the register is and its schema version")
    status.set_defaults(handler=run_status, needs_register=True)


def run_backup(options: argparse.Namespace, register: Register) -> int:
    """Write a backup (checked as it is made) and say where; exit 1 when it failed its check."""
    from contract_desk.storage.backup import backup, backup_check

    if options.verify:
        return _verify(register)
    path = backup(register, reason=options.reason)
    check = backup_check(path)
    if check is not None and not check.ok:
        print(_("{program} backup: the backup {path} was kept but failed its check (it "
                "{problem}); it will not be offered for restore").format(
                    program=PROG, path=path, problem=check.problem), file=sys.stderr)
        return 1
    print(_("backed up to {path} (checked: intact)").format(path=path))
    return 0


def _verify(register: Register) -> int:
    from contract_desk.storage.backup import verify_backups

    checked = verify_backups(register)
    if not checked:
        print(_("there are no backups of {location} yet").format(location=register.location))
        return 0
    for info in checked:
        print(f"{info.path}: {info.check_state}")
    failed = sum(not info.restorable for info in checked)
    if failed:
        print(_("{program} backup: {failed} of {count} backups failed their check; they are kept "
                "but will not be offered for restore").format(
                    program=PROG, failed=failed, count=len(checked)), file=sys.stderr)
    return 1 if failed else 0


def run_backups(options: argparse.Namespace, register: Register) -> int:
    """List the backups of this register, with the state of each one's check."""
    from contract_desk.storage.backup import list_backups

    backups = list_backups(register)
    print_table(
        ["Created (UTC)", "Reason", "Size", "Check", "File"],
        ([b.created.strftime("%Y-%m-%d %H:%M:%S"), b.reason, b.size, _state_word(b), b.path]
         for b in backups),
    )
    if any(not b.restorable for b in backups):
        print(_("a failed backup is kept but never restored; `contract-desk backup --verify` "
                "checks every backup again and says what is wrong"))
    return 0


def _state_word(info: BackupInfo) -> str:
    return info.check_state if info.restorable else "FAILED"


def run_restore(options: argparse.Namespace, register: Register) -> int:
    """Restore a backup over the current register."""
    from contract_desk.storage.backup import restore

    saved = restore(register, options.file)
    print(_("restored {file}; the register as it was is saved in {saved}").format(
        file=options.file, saved=saved))
    return 0


def run_upgrade(options: argparse.Namespace, register: Register) -> int:
    """Bring the schema up to date (opening the register already does this)."""
    from contract_desk.storage.migrations_api import current_revision, upgrade

    upgrade(register)
    print(_("the register's schema is up to date (revision {current_revision})").format(
        current_revision=current_revision(register)))
    return 0


def run_status(options: argparse.Namespace, register: Register) -> int:
    """Say which database is in use and its schema revision."""
    from contract_desk.storage.migrations_api import current_revision, head_revision

    print(_("register: {location}").format(
        location=register.path or register.url.render_as_string(hide_password=True)))
    print(_("schema revision: {current_revision} (this version knows {head_revision})").format(
        current_revision=current_revision(register), head_revision=head_revision()))
    return 0
