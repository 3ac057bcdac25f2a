"""Sub-commands over the register's contracts: list, show, add, demo."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from contract_desk.cli import args as types
from contract_desk.cli.keydates_cmd import RENEWAL_CHOICES
from contract_desk.cli.output import print_fields, print_json, print_json_rows, print_table
from contract_desk.domain import DomainError, Lifecycle, TermStatus
from contract_desk.domain.clock import local_today
from contract_desk.domain.field_words import field_word
from contract_desk.domain.lifecycle import status_label
from contract_desk.domain.notice import NoticeTo
from contract_desk.domain.periods import period_words
from contract_desk.domain.validation import PERIOD_FIELDS
from contract_desk.exporters.words import kind_word, state_word
from contract_desk.i18n import N_, _, ngettext
from contract_desk.storage import Register

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from contract_desk.services.register.rows import ContractRow

STATUS_CHOICES = sorted({*(s.value for s in Lifecycle), *(s.value for s in TermStatus)})
LIST_COLUMNS = (
    (N_("Reference"), "reference"),
    (N_("Title"), "title"),
    (N_("Counterparty"), "counterparty"),
    (N_("Owner"), "owner"),
    (N_("Term ends"), "current_term_end"),
    (N_("Notice by"), "notice_deadline"),
    (N_("Status"), "effective_status"),
    (N_("Value"), "value"),
    (N_("Cur"), "currency"),
)


def add_parser(commands: Any) -> None:
    """Register list, show, add and demo."""
    _add_list(commands)
    _add_show(commands)
    _add_add(commands)
    _add_demo(commands)


def _add_list(commands: Any) -> None:
    parser = commands.add_parser("list", help="list contracts", description="List contracts.")
    parser.add_argument("--json", action="store_true", help="print a JSON array of contracts")
    parser.add_argument("--status", choices=STATUS_CHOICES, help="only contracts with this status")
    parser.add_argument(
        "--expiring-within", type=types.non_negative_int, metavar="DAYS",
        help="only contracts whose current term ends within DAYS days",
    )
    parser.add_argument("--search", help="text in reference, title, counterparty, owner, notes")
    parser.add_argument("--owner", help="only contracts of this responsible person")
    parser.add_argument("--today", type=types.iso_date, help="compute key dates as of this day")
    parser.set_defaults(handler=run_list, needs_register=True)


def run_list(options: argparse.Namespace, register: Register) -> int:
    """Print the contracts that match the filters."""
    from contract_desk.services import list_contracts

    with register.reading() as session:
        rows = list_contracts(
            session, today=options.today or local_today(), status=options.status,
            expiring_within=options.expiring_within, search=options.search, owner=options.owner,
        )
    if options.json:
        print_json_rows(rows)
    else:
        cells = ([_cell(row, field) for _header, field in LIST_COLUMNS] for row in rows)
        print_table([_(header) for header, _field in LIST_COLUMNS], cells)
        print(ngettext("{count} contract", "{count} contracts", len(rows)).format(count=len(rows)))
    return 0


def _cell(row: Any, field: str) -> Any:
    """A list cell: the status in the person's words, everything else as stored."""
    value = getattr(row, field)
    return status_label(value) if field == "effective_status" else value


def _add_show(commands: Any) -> None:
    parser = commands.add_parser("show", help="show one contract", description="Show one contract.")
    parser.add_argument("ref", metavar="REF", help="the contract's reference (or uid)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--today", type=types.iso_date, help="compute key dates as of this day")
    parser.set_defaults(handler=run_show, needs_register=True)


def run_show(options: argparse.Namespace, register: Register) -> int:
    """Print one contract with its obligations."""
    from contract_desk.services import get_contract, list_obligations

    with register.reading() as session:
        row = get_contract(session, options.ref, today=options.today or local_today())
        obligations = list_obligations(session, row.uid)
    data = row.to_json()
    data["obligations"] = [obligation.to_json() for obligation in obligations]
    if options.json:
        print_json(data)
        return 0
    hidden = {"obligations", "custom"}
    print_fields((field_word(k), period_words(v) if k in PERIOD_FIELDS else v)
                 for k, v in data.items() if k not in hidden)
    for key, value in row.custom.items():
        print_fields([(f"[{key}]", value)])
    if obligations:
        print()
        print_table(
            [_("Due"), _("Kind"), _("Title"), _("Owner"), _("Status"), _("Amount"), _("Cur")],
            (
                [o.due_date, kind_word(o.kind), o.title, o.owner, state_word(o.status), o.amount,
                 o.currency]
                for o in obligations
            ),
        )
    return 0


def _add_add(commands: Any) -> None:
    parser = commands.add_parser("add", help="add a contract", description="Add a contract.")
    parser.add_argument("--reference", help="contract number")
    parser.add_argument("--title", required=True)
    parser.add_argument("--party", help="counterparty name (created if new)")
    parser.add_argument("--signed", type=types.iso_date, help="day it was signed")
    parser.add_argument("--start", type=types.iso_date, help="first day")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--end", type=types.iso_date, help="last day of the initial term")
    length.add_argument("--term", type=types.period, help='initial term, e.g. "24 months"')
    length.add_argument("--open-ended", action="store_true",
                        help="no end and no term: it runs until notice ends it")
    parser.add_argument("--notice", type=types.period, help='notice period, e.g. "3 months"')
    parser.add_argument("--notice-to", choices=[choice.value for choice in NoticeTo],
                        help="notice ends it only at the end of a month, quarter or year")
    parser.add_argument("--holidays", type=types.country, metavar="CC",
                        help="business days and postal days skip this country's public "
                        "holidays (ISO code, e.g. NO)")
    parser.add_argument("--postal-days", type=types.non_negative_int,
                        help="working days the notice takes to arrive (registered post)")
    parser.add_argument("--buffer-days", type=types.non_negative_int, default=0)
    parser.add_argument("--renewal", choices=sorted(RENEWAL_CHOICES), default="none")
    parser.add_argument("--renewal-term", type=types.period)
    parser.add_argument("--max-renewals", type=types.non_negative_int)
    parser.add_argument("--final-end", type=types.iso_date)
    parser.add_argument("--value", type=types.amount, help="contract value, e.g. 125000.00")
    parser.add_argument("--currency", help="ISO 4217 code, e.g. EUR")
    parser.add_argument("--owner", help="responsible person")
    parser.add_argument("--type", dest="contract_type", help="contract type")
    parser.add_argument("--department")
    parser.add_argument("--direction", choices=["buy", "sell", "other"])
    parser.add_argument("--tag", dest="tags", action="append", default=[], help="repeatable")
    parser.add_argument("--status", choices=[s.value for s in Lifecycle], default="active")
    parser.add_argument("--notes")
    parser.add_argument("--review-every", type=types.period, metavar="P",
                        help='remind to review it on this cycle, e.g. "1 year" (a recurring '
                        "renewal-decision obligation; for open-ended contracts)")
    parser.add_argument("--json", action="store_true", help="print the stored contract as JSON")
    parser.set_defaults(handler=run_add, needs_register=True, writes=True)


_ADD_FIELDS = {
    "reference": "reference", "title": "title", "party": "counterparty", "signed": "signed_on",
    "start": "start_date", "end": "end_date", "term": "initial_term", "notice": "notice_period",
    "buffer_days": "notice_buffer_days", "renewal_term": "renewal_term",
    "max_renewals": "max_renewals", "final_end": "final_end_date", "value": "value",
    "currency": "currency", "owner": "owner", "contract_type": "contract_type",
    "department": "department", "direction": "direction", "tags": "tags", "status": "status",
    "notes": "notes", "notice_to": "notice_to", "holidays": "holiday_country",
    "postal_days": "postal_days",
}


def run_add(options: argparse.Namespace, register: Register) -> int:
    """Store a new contract and print it."""
    from contract_desk.services import create_contract, current_user

    fields = {field: getattr(options, option) for option, field in _ADD_FIELDS.items()}
    fields = {k: v for k, v in fields.items() if v is not None}
    fields["renewal"] = RENEWAL_CHOICES[options.renewal].value
    def add(session: Session) -> ContractRow:
        row = create_contract(session, fields, user=current_user(), today=local_today())
        if options.review_every is not None:
            from contract_desk.services.register.reviews import add_review

            add_review(session, row.uid, options.review_every, user=current_user(),
                       today=local_today())
        return row

    row = register.write(add)  # made again if a team server gave it up for a lock conflict
    if options.json:
        print_json(row.to_json())
    else:
        print(_("added {contract} ({uid})").format(
            contract=row.reference or row.title, uid=row.uid))
    return 0


def _add_demo(commands: Any) -> None:
    parser = commands.add_parser(
        "demo", help="fill an empty register with demo contracts",
        description="Fill an empty register with realistic, deterministic demo contracts.",
    )
    parser.add_argument("--count", type=types.positive_int, default=250)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=types.iso_date, help="date the demo is built around")
    parser.set_defaults(handler=run_demo, needs_register=True, writes=True)


def run_demo(options: argparse.Namespace, register: Register) -> int:
    """Generate demo data into an empty register."""
    from contract_desk.services.demo.generate import generate_demo
    from contract_desk.services.listing.queries import count_contracts

    with register.transaction() as session:
        existing = count_contracts(session)
        if existing:
            raise DomainError(_(
                "the register already holds {count} contracts; "
                "demo data only goes into an empty register (pick another with --db)"
            ).format(count=existing))
        summary = generate_demo(
            session, count=options.count, seed=options.seed, today=options.today or local_today()
        )
    print(_("added {contracts} demo contracts, {obligations} obligations "
            "and {parties} counterparties to {register}").format(
        contracts=summary.contracts, obligations=summary.obligations,
        parties=summary.parties, register=register.path or register.url))
    return 0
