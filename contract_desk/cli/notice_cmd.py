"""``contract-desk notice``: record a notice given or received, list a contract's notices."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from contract_desk.cli import args as types
from contract_desk.cli.output import print_fields, print_json, print_table
from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.domain.notice_record import (
    CHANNEL_WORDS,
    DIRECTION_WORDS,
    NoticeChannel,
    NoticeDirection,
)
from contract_desk.i18n import _, ngettext
from contract_desk.i18n.formats import day_text
from contract_desk.storage import Register

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from contract_desk.services.notice_records.records import NoticeRow

CHANNELS = [channel.value.replace("_", "-") for channel in NoticeChannel]


def add_parser(commands: Any) -> None:
    """Register the notice sub-command."""
    parser = commands.add_parser(
        "notice", help="record a notice given or received, or list a contract's notices",
        description="Record a notice given to (or received from) the counterparty: the "
        "contract then ends on the term end the notice reaches, and its notice reminders "
        "stop. --list shows the notices recorded.")
    parser.add_argument("ref", metavar="REF", help="the contract's reference (or uid)")
    way = parser.add_mutually_exclusive_group()
    way.add_argument("--given", dest="direction", action="store_const",
                     const=NoticeDirection.GIVEN.value, help="we gave the notice")
    way.add_argument("--received", dest="direction", action="store_const",
                     const=NoticeDirection.RECEIVED.value,
                     help="the counterparty gave it to us")
    way.add_argument("--list", action=types.ReadsOnly, nargs=0, default=False,
                     help="list the notices recorded on the contract")
    way.add_argument("--withdraw", metavar="NOTICE_ID",
                     help="withdraw a mistaken record (its id from --list)")
    way.add_argument("--update", metavar="NOTICE_ID",
                     help="add to a recorded notice: --acknowledged-on and/or --proof")
    parser.add_argument("--on", type=types.iso_date, metavar="DATE",
                        help="the day it was sent (--given) or reached us (--received)")
    parser.add_argument("--channel", choices=CHANNELS, help="how it was sent")
    parser.add_argument("--proof", action="append", default=[], metavar="FILE",
                        help="a receipt or the e-mail, attached to the contract (repeatable)")
    parser.add_argument("--acknowledged-on", type=types.iso_date, metavar="DATE",
                        help="the day the notice was acknowledged")
    parser.add_argument("--note", help="a note (for --withdraw: why)")
    parser.add_argument("--today", type=types.iso_date, help="today, for checking the dates")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_notice, needs_register=True, writes=True)


def run_notice(options: argparse.Namespace, register: Register) -> int:
    """Record, withdraw or list notices of one contract."""
    if options.list:
        return _list(options, register)
    if options.withdraw:
        return _withdraw(options, register)
    if options.update:
        return _update(options, register)
    if options.direction is None or options.on is None or options.channel is None:
        raise DomainError(_("say --given or --received, --on DATE and --channel (or --list)"))
    return _record(options, register)


def _record(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import current_user, get_contract
    from contract_desk.services.notice_records import record_notice
    from contract_desk.services.register.attachment_store import store_for

    today = options.today or local_today()
    def record(session: Session) -> NoticeRow:
        uid = get_contract(session, options.ref, today=today).uid
        return record_notice(
            session, uid, direction=options.direction, on=options.on, channel=options.channel,
            user=current_user(), today=today, store=store_for(register), proofs=options.proof,
            acknowledged_on=options.acknowledged_on, note=options.note)

    row = register.write(record)
    if options.json:
        print_json(row.to_json())
        return 0
    end = row.effective_end
    print(_("Notice recorded: it ends the contract on {end}.").format(
        end=day_text(end) if end else "?"))
    print_fields(_fields(row))
    return 0


def _fields(row: Any) -> list[tuple[str, object]]:
    return [(_("Notice"), _(DIRECTION_WORDS[NoticeDirection(row.direction)])),
            (_("On"), row.sent_on),
            (_("Channel"), _(CHANNEL_WORDS[NoticeChannel(row.channel)])),
            (_("Ends the contract on"), row.effective_end),
            (_("Acknowledged on"), row.acknowledged_on),
            (_("Proof"), ngettext("{count} file", "{count} files", len(row.proof_uids)).format(
                count=len(row.proof_uids))),
            (_("Id"), row.uid)]


def _update(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import current_user
    from contract_desk.services.notice_records import acknowledge_notice, attach_proof
    from contract_desk.services.register.attachment_store import store_for

    if options.acknowledged_on is None and not options.proof:
        raise DomainError(_("say what to add: --acknowledged-on DATE and/or --proof FILE"))
    user, today, store = current_user(), options.today or local_today(), store_for(register)
    def add(session: Session) -> NoticeRow:
        for path in options.proof:
            row = attach_proof(session, store, options.update, path, user=user)
        if options.acknowledged_on is not None:
            row = acknowledge_notice(session, options.update, options.acknowledged_on,
                                     user=user, today=today)
        return row

    row = register.write(add)
    if options.json:
        print_json(row.to_json())
    else:
        print_fields(_fields(row))
    return 0


def _withdraw(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import current_user
    from contract_desk.services.notice_records import withdraw_notice

    row = register.write(lambda session: withdraw_notice(
        session, options.withdraw, user=current_user(), today=options.today or local_today(),
        reason=options.note))
    if options.json:
        print_json(row.to_json())
    else:
        print(_("Notice record withdrawn."))
    return 0


def _list(options: argparse.Namespace, register: Register) -> int:
    from contract_desk.services import get_contract
    from contract_desk.services.notice_records import list_notices

    with register.reading() as session:
        uid = get_contract(session, options.ref, today=options.today or local_today()).uid
        rows = list_notices(session, uid)
    if options.json:
        print_json([row.to_json() for row in rows])
        return 0
    print_table(
        [_("Notice"), _("On"), _("Channel"), _("Ends the contract on"), _("Acknowledged on"),
         _("Proof"), _("Withdrawn"), _("Id")],
        ([_(DIRECTION_WORDS[NoticeDirection(row.direction)]), row.sent_on,
          _(CHANNEL_WORDS[NoticeChannel(row.channel)]), row.effective_end, row.acknowledged_on,
          len(row.proof_uids), _("yes") if row.withdrawn_at else "", row.uid] for row in rows))
    print(ngettext("{count} notice", "{count} notices", len(rows)).format(count=len(rows)))
    return 0
