"""``check``: the full, read-only check of the register; says what is wrong, one line each."""

from __future__ import annotations

import argparse
from typing import Any

from contract_desk.cli.output import print_json
from contract_desk.domain.clock import local_today
from contract_desk.i18n import _


def add_parser(commands: Any) -> None:
    """Register check."""
    parser = commands.add_parser(
        "check", help="check the register thoroughly (changes nothing)",
        description="Check the register: SQLite's integrity and foreign key checks, every "
        "attachment file against its SHA-256, and the reminder index against a recomputation "
        "and a rolled-back trial check. Prints one line per problem; exit 1 if any.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    # The register is opened by the check itself: a damaged file still gets an answer,
    # and an older schema is not upgraded (a check writes nothing).
    parser.set_defaults(handler=run_check, needs_register=False)


def run_check(options: argparse.Namespace) -> int:
    """Check the register named by --db; exit 0 when sound, 1 when anything is wrong."""
    from contract_desk.services.checking.check import check_register_at

    report = check_register_at(options.db, today=local_today())
    if options.json:
        print_json(report.to_json())
    else:
        print(_("register: {location}").format(location=report.location))
        for line in report.lines():
            print(line)
    return 0 if report.sound else 1
