"""``contract-desk letter``: a contract's notice letter as .docx or .pdf, attached if asked."""

from __future__ import annotations

import argparse
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from contract_desk.cli import args as types
from contract_desk.cli.output import print_json
from contract_desk.domain.clock import local_today
from contract_desk.i18n import _
from contract_desk.storage import Register


def add_parser(commands: Any) -> None:
    """Register the letter command."""
    from contract_desk.services.letters.facts import LETTER_LANGUAGES

    parser = commands.add_parser(
        "letter", help="write a contract's notice letter as .docx or .pdf",
        description="Write the notice letter that ends a contract, from the register's "
                    "template in the chosen language: the parties, the reference, the term "
                    "it ends and the day it takes effect. The sender and the recipient's "
                    "address are the ones last used (or given here).")
    parser.add_argument("ref", metavar="REF", help="the contract's reference (or uid)")
    parser.add_argument("--language", choices=LETTER_LANGUAGES, default="en",
                        help="the letter's language (default en)")
    parser.add_argument("--date", type=types.iso_date, dest="letter_date",
                        help="the letter's date, the day notice is given (default today)")
    parser.add_argument("--output", "-o", type=Path, required=True, metavar="FILE",
                        help="the file to write: .docx or .pdf (replaced if it exists)")
    parser.add_argument("--attach", action=_Attach, nargs=0, default=False,
                        help="also keep the letter as an attachment of the contract")
    parser.add_argument("--signatory", help="who signs (default: your login name)")
    parser.add_argument("--sender-name", help="our organisation's name")
    parser.add_argument("--sender-address", help="our postal address (\\n between lines)")
    parser.add_argument("--sender-org-number", help="our organisation number")
    parser.add_argument("--recipient-address",
                        help="the counterparty's postal address (\\n between lines)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.set_defaults(handler=run_letter, needs_register=True, writes=False)


class _Attach(argparse.Action):
    """--attach: the letter is written into the register too, so the command writes
    (a damaged register refuses it, see cli.damage); without it, it only reads."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        namespace.attach = namespace.writes = True


def _lines(text: str | None) -> str | None:
    return None if text is None else text.replace("\\n", "\n")


def run_letter(options: argparse.Namespace, register: Register) -> int:
    """Write the letter (and attach it) and say where it went."""
    from contract_desk.services.letters import (
        attach_letter,
        letter_facts,
        letter_format,
        stored_sender,
        write_letter,
    )
    from contract_desk.services.register.attachment_store import store_for
    from contract_desk.services.register.users import current_user

    kind = letter_format(options.output)
    user = current_user()
    with register.transaction() as session:
        sender = stored_sender(session)
        given = {key: value.replace("\\n", "\n") for key, value in (
            ("name", options.sender_name), ("address", options.sender_address),
            ("org_number", options.sender_org_number)) if value is not None}
        sender = replace(sender, **given)
        facts = letter_facts(
            session, options.ref, language=options.language,
            letter_date=options.letter_date or local_today(),
            signatory=options.signatory or user, sender=sender,
            recipient_address=_lines(options.recipient_address))
        if options.attach:
            row = attach_letter(session, store_for(register), facts, kind, user=user)
            shutil.copyfile(store_for(register).path_for(row.sha256), options.output)
        else:
            write_letter(session, facts, options.output)
    _report(options, facts.end_date.isoformat(), facts.notice_deadline)
    return 0


def _report(options: argparse.Namespace, end: str, deadline: Any) -> None:
    if options.json:
        print_json({"path": str(options.output), "language": options.language,
                    "end_date": end, "notice_deadline": deadline and deadline.isoformat(),
                    "attached": bool(options.attach)})
        return
    line = _("wrote the notice letter to {path}; it ends the contract on {day}").format(
        path=options.output, day=end)
    print(line + (" " + _("(kept as an attachment of the contract)") if options.attach else ""))
