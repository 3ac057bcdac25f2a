"""``team``: set up a team register on PostgreSQL and manage who may read or change it."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from contract_desk.cli.output import print_json
from contract_desk.i18n import _
from contract_desk.i18n.formats import number_text

if TYPE_CHECKING:
    from sqlalchemy import Connection

T = TypeVar("T")


def add_parser(commands: Any) -> None:
    """Register team init, add-user, users and remove-user."""
    parser = commands.add_parser(
        "team", help="a team register on PostgreSQL: roles and users",
        description="Set up a register on PostgreSQL for a team (run `team init` as the "
        "database's owner) and give colleagues a role: viewer (reads), editor (reads and "
        "changes contracts), admin (also settings and users). The database enforces the roles.",
    )
    team = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = team.add_parser("init", help="create the schema and the team roles (database owner)")
    init.set_defaults(handler=run_init, needs_register=False)
    add = team.add_parser("add-user", help="create a login or change its role")
    add.add_argument("name", help="the login name (lower-case letters, digits, _)")
    add.add_argument("--role", required=True, choices=("viewer", "editor", "admin"))
    add.add_argument("--password-stdin", action="store_true",
                     help="read the new password from standard input (for scripts); "
                     "otherwise it is asked for, twice, when the login is new")
    add.set_defaults(handler=run_add_user, needs_register=False)
    listed = team.add_parser("users", help="list the team's logins and roles")
    listed.add_argument("--json", action="store_true", help="print one JSON object")
    listed.set_defaults(handler=run_users, needs_register=False)
    remove = team.add_parser("remove-user", help="take a login out of the team")
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove_user, needs_register=False)
    push = team.add_parser("push", help="move a register file to this (empty) team register")
    push.add_argument("--from", dest="source", required=True, metavar="FILE",
                      help="the register file (SQLite) to move; it is backed up and kept "
                      "read-only afterwards")
    push.set_defaults(handler=run_push, needs_register=False)
    # `team init --db URL` as well as `--db URL team init`
    for sub in (init, add, listed, remove, push):
        sub.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                         help="the team register: postgresql+psycopg://USER@HOST:PORT/DATABASE")


def _server(options: argparse.Namespace) -> Any:
    """The register named by --db, which must be a PostgreSQL URL, opened (schema made)."""
    from contract_desk.storage import open_register
    from contract_desk.storage.team import TeamError

    if not options.db or not str(options.db).startswith("postgresql"):
        raise TeamError(_("give the team register with --db "
                          "postgresql+psycopg://USER@HOST/DATABASE"))
    return open_register(options.db)


def _on_server(options: argparse.Namespace, work: Callable[[Connection], T]) -> T:
    """``work(connection)`` in one transaction on the team register named by --db."""
    from contract_desk.storage.environment import failures_said

    register = _server(options)
    try:  # a refusal by the server (or a lost connection): one sentence naming the login
        with failures_said(register), register.engine.begin() as connection:
            return work(connection)
    finally:
        register.close()


def run_init(options: argparse.Namespace) -> int:
    """Make the schema and the roles; print what was done."""
    from contract_desk.storage.team import init_team

    done = _on_server(options, init_team)
    for line in done:
        print(line)
    print(_("next: contract-desk --db URL team add-user NAME --role viewer|editor|admin"))
    return 0


def _password(options: argparse.Namespace, name: str) -> str | None:
    if options.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(_("password for {name} (empty keeps the current one): ").format(
        name=name))
    if first and getpass.getpass(_("the same password again: ")) != first:
        from contract_desk.storage.team import TeamError

        raise TeamError(_("the two passwords differ; nothing was changed"))
    return first or None


def run_add_user(options: argparse.Namespace) -> int:
    """Create or change a login; print the one line to give the colleague (no password)."""
    from contract_desk.storage.environment import failures_said
    from contract_desk.storage.team import add_user

    register = _server(options)
    try:
        password = _password(options, options.name)
        with failures_said(register), register.engine.begin() as connection:
            created = add_user(connection, options.name, options.role, password)
        url = register.engine.url
    finally:
        register.close()
    said = _("{name} added as {role}") if created else _("{name} is now {role}")
    print(said.format(name=options.name, role=options.role))
    print(_("give {name}: File → Connect to a team register…, server {host}, port {port}, "
            "database {database}, user {name} (and the password you chose, said "
            "separately)").format(name=options.name, host=url.host, port=url.port or 5432,
                                  database=url.database))
    return 0


def run_users(options: argparse.Namespace) -> int:
    """List the team's logins."""
    from contract_desk.storage.team import users

    found = _on_server(options, users)
    if options.json:
        print_json({"users": [{"name": u.name, "role": u.role, "can_login": u.can_login}
                              for u in found]})
        return 0
    if not found:
        print(_("no users yet: contract-desk --db URL team add-user NAME --role editor"))
    for user in found:
        print(f"{user.name}\t{user.role}" + ("" if user.can_login else "\t" + _("(cannot log in)")))
    return 0


def run_remove_user(options: argparse.Namespace) -> int:
    """Take a login out of the team."""
    from contract_desk.storage.team import remove_user

    said = _on_server(options, lambda connection: remove_user(connection, options.name))
    print(said)
    return 0


def run_push(options: argparse.Namespace) -> int:
    """Copy a register file whole into the team register; print what was copied."""
    from contract_desk.storage import open_register
    from contract_desk.storage.push import push_register

    source = open_register(options.source, create=False)
    try:
        target = _server(options)
        try:
            result = push_register(source, target)
        finally:
            target.close()
    finally:
        source.close()
    rows = ", ".join(f"{number_text(count)} {table}" for table, count in result.rows.items())
    print(_("moved: {rows}; {files} attachment files ({size} bytes)").format(
        rows=rows, files=number_text(result.files), size=number_text(result.file_bytes)))
    print(_("the file {source} is kept read-only; its backup: {backup}").format(
        source=options.source, backup=result.backup))
    return 0
