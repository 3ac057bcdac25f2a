"""``contract-desk approvals``: the register's approval rules, requests and votes."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from contract_desk.cli.output import print_fields, print_json, print_table
from contract_desk.domain.approvals import STATE_WORDS, SUBJECT_WORDS, ApprovalRule, Subject
from contract_desk.domain.errors import DomainError
from contract_desk.domain.typed_lists import split_typed_list
from contract_desk.exporters.words import DECISIONS, word
from contract_desk.i18n import _, enumerated
from contract_desk.storage import Register

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from contract_desk.services.approvals.requests import ApprovalRow

SUBJECTS = [subject.value for subject in Subject]


def add_parser(commands: Any) -> None:
    """Register approvals rules, add-rule, remove-rule, list, request, approve, reject, cancel."""
    parser = commands.add_parser(
        "approvals", help="approval rules, requests for approval, approving and rejecting",
        description="A register's rules say which new contracts, notices we give and renewal "
        "decisions need whose approval; until then the step is refused. Ask with `request`, "
        "answer with `approve` or `reject`.")
    actions = parser.add_subparsers(dest="approvals_command", metavar="ACTION", required=True)
    rules = actions.add_parser("rules", help="list the register's approval rules")
    rules.add_argument("--json", action="store_true", help="print JSON")
    rules.set_defaults(handler=run_rules, needs_register=True, writes=False)
    add = actions.add_parser("add-rule", help="add a rule (an administrator's, on a team)")
    add.add_argument("--for", dest="subject", required=True, choices=SUBJECTS,
                     help="what needs approval: a new contract, a notice we give, a renewal "
                     "decision")
    add.add_argument("--approvers", required=True, metavar="NAMES",
                     help="who approves, separated by commas (on a team register: logins)")
    add.add_argument("--needed", type=int, default=1, metavar="N",
                     help="how many of them must say yes (default 1)")
    add.add_argument("--type", dest="contract_type", metavar="TYPE",
                     help="only contracts of this type")
    add.add_argument("--from-value", metavar="AMOUNT",
                     help="only contracts worth this much or more")
    add.add_argument("--currency", metavar="CODE", help="the currency of --from-value")
    add.set_defaults(handler=run_add_rule, needs_register=True, writes=True)
    remove = actions.add_parser("remove-rule", help="remove a rule by its number in `rules`")
    remove.add_argument("number", type=int, metavar="N")
    remove.set_defaults(handler=run_remove_rule, needs_register=True, writes=True)
    listed = actions.add_parser("list", help="the open requests (or --all), or those for me")
    listed.add_argument("--all", action="store_true", help="closed requests too")
    listed.add_argument("--mine", action="store_true",
                        help="only the requests waiting for my answer")
    listed.add_argument("--ref", metavar="REF", help="only this contract's requests")
    listed.add_argument("--json", action="store_true", help="print JSON")
    listed.set_defaults(handler=run_list, needs_register=True, writes=False)
    request = actions.add_parser("request", help="ask for approval of a step on a contract")
    request.add_argument("ref", metavar="REF", help="the contract's reference (or uid)")
    request.add_argument("--for", dest="subject", required=True, choices=SUBJECTS)
    request.add_argument("--decision", choices=sorted(DECISIONS),
                         help="with --for decision: which decision")
    request.add_argument("--note", help="a note for the approvers")
    request.add_argument("--json", action="store_true", help="print JSON")
    request.set_defaults(handler=run_request, needs_register=True, writes=True)
    for name, helped in (("approve", "say yes to a request"), ("reject", "say no, with why")):
        answer = actions.add_parser(name, help=helped)
        answer.add_argument("approval", metavar="ID", help="the request's id (from `list`)")
        answer.add_argument("--comment", required=name == "reject",
                            help="why (required to reject)")
        answer.add_argument("--json", action="store_true", help="print JSON")
        answer.set_defaults(handler=run_vote, needs_register=True, writes=True,
                            approve=name == "approve")
    cancel = actions.add_parser("cancel", help="withdraw a request (or clear a rejected one)")
    cancel.add_argument("approval", metavar="ID")
    cancel.add_argument("--note", help="why")
    cancel.set_defaults(handler=run_cancel, needs_register=True, writes=True)


def _me(register: Register) -> tuple[str, list[str], bool]:
    from contract_desk.services.reminders.people import approver

    return approver(register)


def run_rules(options: argparse.Namespace, register: Register) -> int:
    """Print the rules, numbered."""
    from contract_desk.services.approvals import read_rules

    with register.reading() as session:
        rules = read_rules(session)
    if options.json:
        print_json([rule.to_json() for rule in rules])
        return 0
    if not rules:
        print(_("No approval rules: nothing waits for approval."))
        return 0
    for number, rule in enumerate(rules, 1):
        print(f"{number:>3}. {rule.describe()}")
    return 0


def _amount(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.replace(" ", "").replace(",", ""))
    except InvalidOperation:
        raise DomainError(_("{value} is not an amount (write it like 1000000)").format(
            value=repr(text))) from None


def run_add_rule(options: argparse.Namespace, register: Register) -> int:
    """Add one rule at the end."""
    from contract_desk.services.approvals import read_rules, save_rules

    rule = ApprovalRule(Subject(options.subject), tuple(split_typed_list(options.approvers)),
                        needed=options.needed, contract_type=options.contract_type,
                        min_value=_amount(options.from_value), currency=options.currency)
    person, _names, _team = _me(register)
    rules = register.write(lambda session: save_rules(session, [*read_rules(session), rule],
                                                      user=person))
    print(_("Rule {number} added: {rule}").format(number=len(rules), rule=rule.describe()))
    return 0


def run_remove_rule(options: argparse.Namespace, register: Register) -> int:
    """Remove the rule numbered N."""
    from contract_desk.services.approvals import read_rules, save_rules

    person, _names, _team = _me(register)
    def remove(session: Session) -> ApprovalRule:
        rules = read_rules(session)
        if not 1 <= options.number <= len(rules):
            raise DomainError(_("there is no rule {number}; `approvals rules` lists {count}")
                              .format(number=options.number, count=len(rules)))
        gone = rules.pop(options.number - 1)
        save_rules(session, rules, user=person)
        return gone

    gone = register.write(remove)
    print(_("Rule removed: {rule}").format(rule=gone.describe()))
    return 0


def _what(row: Any) -> str:
    what = _(SUBJECT_WORDS[Subject(row.subject)])
    return f"{what}: {word(DECISIONS, row.decision)}" if row.decision else what


def run_list(options: argparse.Namespace, register: Register) -> int:
    """Print the requests."""
    from contract_desk.services import get_contract
    from contract_desk.services.approvals import awaiting_me, contract_approvals, list_approvals

    person, names, team = _me(register)
    with register.reading() as session:
        if options.mine:
            rows = awaiting_me(session, person=person, names=names, team=team)
        elif options.ref:
            rows = contract_approvals(session, get_contract(session, options.ref).uid)
        else:
            rows = list_approvals(session, open_only=not options.all)
        if options.ref and options.mine:
            uid = get_contract(session, options.ref).uid
            rows = [row for row in rows if row.contract_uid == uid]
    if options.json:
        print_json([row.to_json() for row in rows])
        return 0
    if not rows:
        print(_("No requests for approval."))
        return 0
    print_table([_("Id"), _("Contract"), _("What"), _("State"), _("Asked by"), _("Waiting for")],
                [(row.uid, row.reference or row.title, _what(row), _(STATE_WORDS[row.state]),
                  row.requested_by, enumerated(row.waiting_for)) for row in rows])
    return 0


def _show(row: Any, options: argparse.Namespace) -> None:
    if options.json:
        print_json(row.to_json())
        return
    print_fields([(_("Contract"), row.reference or row.title), (_("What"), _what(row)),
                  (_("State"), _(STATE_WORDS[row.state])), (_("Approval by"), row.needs),
                  (_("Waiting for"), enumerated(row.waiting_for)), (_("Id"), row.uid)])


def run_request(options: argparse.Namespace, register: Register) -> int:
    """Ask for approval."""
    from contract_desk.services import get_contract
    from contract_desk.services.approvals import request_approval

    person, _names, _team = _me(register)
    def ask(session: Session) -> ApprovalRow:
        uid = get_contract(session, options.ref).uid
        return request_approval(session, uid, options.subject, decision=options.decision,
                                user=person, note=options.note)

    row = register.write(ask)
    _show(row, options)
    return 0


def run_vote(options: argparse.Namespace, register: Register) -> int:
    """Approve or reject."""
    from contract_desk.services.approvals import vote

    person, names, team = _me(register)
    row = register.write(lambda session: vote(
        session, options.approval, options.approve, person=person, names=names, team=team,
        comment=options.comment))
    _show(row, options)
    return 0


def run_cancel(options: argparse.Namespace, register: Register) -> int:
    """Withdraw a request."""
    from contract_desk.services.approvals import cancel_request

    person, _names, _team = _me(register)
    register.write(lambda session: cancel_request(session, options.approval, user=person,
                                                  reason=options.note))
    print(_("Request cancelled."))
    return 0
