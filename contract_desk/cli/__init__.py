"""The command line: the same use cases as the window, for scripts and the OS scheduler.

No Qt is imported here; only a run without a sub-command starts the window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from contract_desk import __version__
from contract_desk.cli import (
    amend_cmd,
    approvals_cmd,
    check_cmd,
    damage,
    db_cmds,
    export_cmd,
    holidays_cmd,
    import_cmd,
    keydates_cmd,
    letter_cmd,
    notice_cmd,
    register_cmds,
    remind_cmd,
    team_cmd,
)
from contract_desk.cli.errors import describe, report_unexpected, user_error_types
from contract_desk.i18n import _
from contract_desk.storage.locations import use_home


@dataclass(frozen=True, slots=True)
class WindowRequest:
    """What a run without a sub-command asks of the window."""

    #: The register: a path, a URL or None for the default.
    database: str | None
    #: Show this contract once the register is open (a click on "Open" in a notification).
    open_contract: str | None = None
    #: Show the alerts inbox once the register is open (a summary notification's "Open").
    open_inbox: bool = False
    #: Run the smoke test instead of the window (the installed app or bundle checks itself).
    smoke_test: bool = False


#: Starts the window as asked; returns the exit code.
GuiStarter = Callable[[WindowRequest], int]

PROG = "contract-desk"


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        """Print the problem and where to find help, then exit with status 2."""
        self.exit(2, _("{program}: error: {message} (see {program} --help)").format(
            program=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command."""
    # Help texts stay English (as argparse's own words do): the sentences a run prints
    # are translated, the reference for scripts and their writers is not.
    parser = OneLineParser(
        prog=PROG,
        description="Contract Desk: a contract register that warns before every deadline. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="D",
        help="register to use: a file path or a SQLAlchemy URL "
        "(default: $CONTRACT_DESK_DB, else the file in your user data folder)",
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="data folder for settings, logs and caches (default: $CONTRACT_DESK_HOME, else "
        "your user data folder); what a portable install's scheduled run is given",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument("--open-contract", metavar="UID",
                        help="open the window on this contract (what a notification's Open does)")
    parser.add_argument("--open-inbox", action="store_true",
                        help="open the window on the alerts inbox")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this installation end to end (a temporary register, an "
                        "import, a notification and its action, a PDF, the window) and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for module in (register_cmds, import_cmd, export_cmd, letter_cmd, notice_cmd, keydates_cmd,
                   amend_cmd, approvals_cmd, holidays_cmd, db_cmds, remind_cmd, check_cmd,
                   team_cmd):
        module.add_parser(commands)
    return parser


def run(argv: list[str], *, start_gui: GuiStarter | None = None) -> int:
    """Parse ``argv`` and run it; returns the exit status.

    Without a sub-command the window starts through ``start_gui`` (given by the
    entry point, so this package never imports Qt itself).
    """
    options = build_parser().parse_args(argv)
    if options.home:  # before anything reads the data folder (main read it for the language)
        use_home(options.home)
    logging.basicConfig(
        level=logging.INFO if options.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if options.command is None:
        if start_gui is None:
            build_parser().print_help()
            return 2
        return start_gui(WindowRequest(options.db, options.open_contract, options.open_inbox,
                                       options.smoke_test))
    try:
        return _dispatch(options)
    except user_error_types() as error:
        print(_("{program} {command}: error: {message}").format(
            program=PROG, command=options.command, message=describe(error)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("{program}: interrupted").format(program=PROG), file=sys.stderr)
        return 130
    except Exception as error:  # the last guard: a person never sees a traceback
        return report_unexpected(options.command, error)


def _dispatch(options: argparse.Namespace) -> int:
    handler: Any = options.handler
    if not options.needs_register:
        return int(handler(options))
    from contract_desk.storage import open_register

    rescued = damage.before_open(options)  # restore over a damaged register
    if rescued is not None:
        return rescued
    register = open_register(options.db)
    try:
        for warning in register.warnings:
            print(_("{program}: warning: {message}").format(program=PROG, message=warning),
                  file=sys.stderr)
        damage.before_write(options, register)  # a damaged register is only read
        return int(handler(options, register))
    finally:
        register.close()
