"""``contract-desk amend``: record a dated amendment, list them, the terms of a day."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from contract_desk.cli import args as types
from contract_desk.cli.keydates_cmd import RENEWAL_CHOICES
from contract_desk.cli.output import print_fields, print_json, print_table
from contract_desk.domain.amendments import AMENDABLE
from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.domain.field_words import field_word
from contract_desk.domain.notice import NoticeTo
from contract_desk.domain.periods import period_words
from contract_desk.domain.validation import PERIOD_FIELDS
from contract_desk.exporters.words import NOTICE_TO as NOTICE_TO_WORDS
from contract_desk.exporters.words import RENEWALS, word
from contract_desk.i18n import N_, _, clauses
from contract_desk.storage import Register

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from contract_desk.services.register.amendments import AmendmentRow

#: Option -> the field it amends.
_FIELDS = {
    "end": "end_date", "term": "initial_term", "renewal_term": "renewal_term",
    "max_renewals": "max_renewals", "final_end": "final_end_date", "notice": "notice_period",
    "buffer_days": "notice_buffer_days", "notice_to": "notice_to", "holidays": "holiday_country",
    "postal_days": "postal_days", "value": "value", "currency": "currency",
    "payment_terms": "payment_terms",
}
STATES = {"in_force": N_("in force"), "coming": N_("coming"), "withdrawn": N_("withdrawn")}


def add_parser(commands: Any) -> None:
    """Register the amend sub-command."""
    parser = commands.add_parser(
        "amend", help="record a dated amendment of a contract's terms, or list them",
        description="Record an amendment: the term, renewal, notice or money fields it "
        "changes from --effective. The terms before it are kept: --terms-on DATE shows the "
        "contract as it stood on a day, --list every amendment.")
    parser.add_argument("ref", metavar="REF", help="the contract's reference (or uid)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--effective", type=types.iso_date, metavar="DATE",
                      help="the day the amendment takes effect")
    mode.add_argument("--list", action=types.ReadsOnly, nargs=0, default=False,
                      help="the contract's amendments, each version of its terms")
    mode.add_argument("--terms-on", action=types.ReadsOnly, type=types.iso_date, metavar="DATE",
                      help="the contract and its key dates as its terms stood on DATE")
    mode.add_argument("--withdraw", metavar="ID", help="withdraw an amendment still to come")
    parser.add_argument("--reference", dest="amendment_reference", metavar="NAME",
                        help='the amendment\'s own name, e.g. "Amendment 2"')
    parser.add_argument("--signed", type=types.iso_date, metavar="DATE")
    parser.add_argument("--end", type=types.iso_date)
    parser.add_argument("--term", type=types.period)
    parser.add_argument("--renewal", choices=sorted(RENEWAL_CHOICES))
    parser.add_argument("--renewal-term", type=types.period)
    parser.add_argument("--max-renewals", type=types.non_negative_int)
    parser.add_argument("--final-end", type=types.iso_date)
    parser.add_argument("--notice", type=types.period)
    parser.add_argument("--notice-to", choices=[choice.value for choice in NoticeTo])
    parser.add_argument("--buffer-days", type=types.non_negative_int)
    parser.add_argument("--holidays", type=types.country, metavar="CC")
    parser.add_argument("--postal-days", type=types.non_negative_int)
    parser.add_argument("--value", type=types.amount)
    parser.add_argument("--currency")
    parser.add_argument("--payment-terms")
    parser.add_argument("--note", help="a note (for --withdraw: why)")
    parser.add_argument("--today", type=types.iso_date, help="today (default: the real day)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_amend, needs_register=True, writes=True, terms_on=None)


def run_amend(options: argparse.Namespace, register: Register) -> int:
    """Record, withdraw or list amendments, or show the terms of a day."""
    if options.list:
        return _list(options, register)
    if options.terms_on is not None:
        return _terms_on(options, register)
    if options.withdraw:
        return _withdraw(options, register)
    if options.effective is None:
        raise DomainError(_("say --effective DATE and what changes (or --list, --terms-on)"))
    return _record(options, register)


def _record(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import current_user, get_contract
    from contract_desk.services.register.amendments import record_amendment

    changes = {field: getattr(options, option) for option, field in _FIELDS.items()
               if getattr(options, option) is not None}
    if options.renewal is not None:
        changes["renewal"] = RENEWAL_CHOICES[options.renewal].value
    today = options.today or local_today()
    def record(session: Session) -> AmendmentRow:
        uid = get_contract(session, options.ref, today=today).uid
        return record_amendment(session, uid, options.effective, changes, user=current_user(),
                                today=today, reference=options.amendment_reference,
                                signed_on=options.signed, note=options.note)

    row = register.write(record)
    if options.json:
        print_json(row.to_json())
        return 0
    print(_("Amendment recorded: {state} from {day}.").format(
        state=_(STATES[row.state]), day=row.effective_on.isoformat()))
    print_fields(_changes(row.changes, row.before))
    return 0


def _shown(name: str, value: Any) -> Any:
    if value is None or value == "":
        return "—" if value is None else value
    if name in PERIOD_FIELDS:
        return period_words(value)
    if name == "renewal":
        return word(RENEWALS, value)
    if name == "notice_to":
        return word(NOTICE_TO_WORDS, value)
    return value


def _changes(changes: Mapping[str, Any], before: Mapping[str, Any] | None
             ) -> list[tuple[str, str]]:
    def shown(name: str, value: Any) -> str:
        return str(_shown(name, value))

    return [(field_word(name), (f"{shown(name, before.get(name))} → " if before else "")
             + shown(name, value)) for name, value in changes.items()]


def _list(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import get_contract
    from contract_desk.services.register.amendments import amendment_versions, list_amendments

    with register.reading() as session:
        uid = get_contract(session, options.ref).uid
        rows = list_amendments(session, uid)
        versions = amendment_versions(session, uid)
    if options.json:
        print_json({"amendments": [row.to_json() for row in rows],
                    "versions": [{"from": day, "terms": terms} for day, terms in versions]})
        return 0
    if not rows:
        print(_("No amendments."))
        return 0
    print_table([_("Effective"), _("Amendment"), _("State"), _("Changes"), _("Id")],
                [(row.effective_on, row.reference or "", _(STATES[row.state]),
                  clauses(f"{name}: {value}" for name, value in _changes(row.changes,
                                                                         row.before)),
                  row.uid) for row in rows])
    return 0


def _terms_on(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import get_contract
    from contract_desk.services.register.amendments import terms_on

    with register.reading() as session:
        uid = get_contract(session, options.ref).uid
        row = terms_on(session, uid, options.terms_on)
    data = row.to_json()
    if options.json:
        print_json(data)
        return 0
    shown = [*AMENDABLE, "current_term_end", "notice_deadline", "send_by", "next_renewal_start"]
    print_fields((field_word(name), _shown(name, data[name]) if name in AMENDABLE
                  else data[name]) for name in shown if name in data)
    return 0


def _withdraw(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import current_user
    from contract_desk.services.register.amendments import withdraw_amendment

    row = register.write(lambda session: withdraw_amendment(
        session, options.withdraw, user=current_user(), reason=options.note))
    if options.json:
        print_json(row.to_json())
    else:
        print(_("Amendment withdrawn."))
    return 0
