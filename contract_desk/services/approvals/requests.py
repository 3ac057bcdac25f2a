"""Requests for approval and the approvers' votes.

Anyone who may change the contract asks; the approvers the rules name (see
``domain.approvals``) answer yes or no, a no always with its reason. The one
who asked cannot approve their own request. A request for a new contract that
is approved puts the contract to ``approved`` at once; a request to give
notice or to record a decision allows that step once (the step marks it used).
Each request, vote and cancellation is an audit event of entity ``approval``
on the contract's history.

Who votes: on a team register the login, and only as itself (the database
holds it to that); on a register file the person at the computer, as the OS
user or one of the names they said are theirs (Settings → Reminders…).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from contract_desk.domain.approvals import (
    ApprovalRule,
    Subject,
    Verdict,
    Vote,
    applying_rules,
    needs_words,
    subject_of,
    subjects_for,
    tally,
)
from contract_desk.domain.errors import DomainError
from contract_desk.domain.json_values import json_value
from contract_desk.domain.lifecycle import Lifecycle
from contract_desk.domain.reminders import Decision
from contract_desk.i18n import _, enumerated
from contract_desk.models import Approval, ApprovalVote, Contract, utcnow
from contract_desk.services.register.approval_gate import (
    NOT_IN_FORCE,
    approval_tally,
    contract_rules,
    register_rules,
    standing_approval,
    votes_of,
)
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.contracts import load_contract, update_contract
from contract_desk.services.register.errors import NotFoundError

#: A reason for a no is at most this long (a comment too).
MAX_COMMENT = 2000


@dataclass(frozen=True, slots=True)
class VoteRow:
    """One approver's answer."""

    approver: str
    approve: bool
    comment: str | None
    voted_at: datetime
    recorded_by: str


@dataclass(frozen=True, slots=True)
class ApprovalRow:
    """A request for approval as people read it.

    ``state``: ``pending``, ``approved`` (not used yet), ``rejected``,
    ``used`` (the step was taken) or ``cancelled``. ``waiting_for`` names the
    approvers whose yes would still count; ``needs`` says whose yes the rules
    ask for ("1 of Kari, Ola").
    """

    uid: str
    contract_uid: str
    reference: str | None
    title: str
    subject: str
    decision: str | None
    note: str | None
    requested_at: datetime
    requested_by: str
    state: str
    needs: str
    waiting_for: tuple[str, ...]
    votes: tuple[VoteRow, ...]
    used_at: datetime | None
    cancelled_at: datetime | None
    cancelled_by: str | None

    def to_json(self) -> dict[str, object]:
        """The row as a JSON object keyed by field name (times ISO)."""
        data = {name: json_value(getattr(self, name)) for name in self.__dataclass_fields__
                if name != "votes"}
        data["votes"] = [{name: json_value(getattr(v, name)) for name in v.__dataclass_fields__}
                         for v in self.votes]
        return data


def _pairs() -> Select[Approval, Contract]:
    # Requests with their contracts, oldest first.
    return (select(Approval, Contract).join(Contract, Contract.id == Approval.contract_id)
            .order_by(Approval.id))


def _vote_rows(session: Session,
               approvals: Select[Approval, Contract]) -> dict[int, list[ApprovalVote]]:
    # The votes of every request ``approvals`` selects, in one read, oldest first.
    ids = approvals.with_only_columns(Approval.id).order_by(None).scalar_subquery()
    found: dict[int, list[ApprovalVote]] = defaultdict(list)
    query = select(ApprovalVote).where(ApprovalVote.approval_id.in_(ids)).order_by(ApprovalVote.id)
    for vote_row in session.scalars(query):
        found[vote_row.approval_id].append(vote_row)
    return found


def _rows(session: Session, approvals: Select[Approval, Contract]) -> list[ApprovalRow]:
    # ``approvals`` selects (Approval, Contract) pairs; the rules and the votes are read
    # once for all of them, not per request.
    pairs = session.execute(approvals).all()
    if not pairs:
        return []
    rules = register_rules(session)
    votes = _vote_rows(session, approvals)
    return [_row(approval, contract, rules, votes.get(approval.id, []))
            for approval, contract in pairs]


def _one(session: Session, approval: Approval, contract: Contract) -> ApprovalRow:
    votes = session.scalars(select(ApprovalVote).where(ApprovalVote.approval_id == approval.id)
                            .order_by(ApprovalVote.id))
    return _row(approval, contract, register_rules(session), list(votes))


def _row(approval: Approval, contract: Contract, every_rule: list[ApprovalRule],
         votes: list[ApprovalVote]) -> ApprovalRow:
    subjects = subjects_for(Subject(approval.subject), approval.decision)
    rules = applying_rules(every_rule, subjects, contract_type=contract.contract_type,
                           value=contract.value, currency=contract.currency)
    counted = tally(rules, [Vote(v.approver, v.approve) for v in votes])
    if approval.cancelled_at is not None:
        state = "cancelled"
    elif approval.used_at is not None:
        state = "used"
    else:
        state = counted.verdict.value
    return ApprovalRow(
        uid=approval.uid, contract_uid=contract.uid, reference=contract.reference,
        title=contract.title, subject=approval.subject, decision=approval.decision,
        note=approval.note, requested_at=approval.requested_at,
        requested_by=approval.requested_by, state=state, needs=needs_words(rules),
        waiting_for=counted.waiting_for() if state == "pending" else (),
        votes=tuple(VoteRow(v.approver, v.approve, v.comment, v.voted_at, v.recorded_by)
                    for v in votes),
        used_at=approval.used_at, cancelled_at=approval.cancelled_at,
        cancelled_by=approval.cancelled_by)


def _audit(session: Session, approval: Approval, contract: Contract, *, user: str, action: str,
           changes: dict[str, object], note: str | None = None) -> None:
    record_event(session, user=user, entity="approval", entity_uid=approval.uid,
                 contract_uid=contract.uid, action=action, changes=changes, note=note)


def _decision(subject: Subject, decision: str | None) -> str | None:
    if subject is not Subject.DECISION:
        if decision:
            raise DomainError(_("only a renewal decision names a decision"))
        return None
    try:
        return Decision(str(decision or "").strip().casefold()).value
    except ValueError:
        raise DomainError(_("say which decision needs approval: {choices}").format(
            choices=", ".join(d.value for d in Decision))) from None


def _comment(text: str | None) -> str | None:
    clean = (text or "").strip() or None
    if clean is not None and len(clean) > MAX_COMMENT:
        raise DomainError(_("a comment is at most {limit} characters").format(limit=MAX_COMMENT))
    return clean


def _open(session: Session, contract: Contract) -> list[Approval]:
    return list(session.scalars(select(Approval).where(
        Approval.contract_id == contract.id, Approval.used_at.is_(None),
        Approval.cancelled_at.is_(None)).order_by(Approval.id)))


def request_approval(session: Session, contract_uid: str, subject: Subject | str, *,
                     user: str, decision: str | None = None,
                     note: str | None = None) -> ApprovalRow:
    """Ask the approvers the rules name to approve a step on a contract.

    DomainError, nothing written, when no rule asks approval for it, when the
    same step is asked already (pending or approved and not used), or for a
    new contract already in force.
    """
    what = subject_of(subject)
    chosen = _decision(what, decision)
    contract = load_contract(session, contract_uid)
    rules = contract_rules(session, contract, subjects_for(what, chosen))
    if not rules:
        raise DomainError(_("no approval rule of this register applies to this step on this "
                            "contract: it may be taken without approval"))
    if what is Subject.CONTRACT and contract.status not in NOT_IN_FORCE:
        raise DomainError(_("this contract is in force already; approval of a new contract is "
                            "asked while it is a draft or in review"))
    for earlier in _open(session, contract):
        if earlier.subject != what.value or earlier.decision != chosen:
            continue
        if approval_tally(session, earlier, contract).verdict is not Verdict.REJECTED:
            raise DomainError(_("approval of this step was asked already by {who} on {day}; "
                                "it is {state}").format(
                who=earlier.requested_by, day=earlier.requested_at.date().isoformat(),
                state=_one(session, earlier, contract).state))
    approval = Approval(contract_id=contract.id, subject=what.value, decision=chosen,
                        note=_comment(note), requested_by=user)
    session.add(approval)
    session.flush()
    _audit(session, approval, contract, user=user, action="request", note=approval.note,
           changes={"subject": [None, what.value], "decision": [None, chosen],
                    "needs": [None, needs_words(rules)]})
    return _one(session, approval, contract)


def _load(session: Session, uid: str) -> tuple[Approval, Contract]:
    found = session.execute(select(Approval, Contract)
                            .join(Contract, Contract.id == Approval.contract_id)
                            .where(Approval.uid == uid)).first()
    if found is None:
        raise NotFoundError(_("no approval request with id {uid}").format(uid=uid))
    return found[0], found[1]


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def vote(session: Session, approval_uid: str, approve: bool, *, person: str,
         names: Iterable[str] = (), team: bool = False, comment: str | None = None,
         ) -> ApprovalRow:
    """Record ``person``'s yes (``approve``) or no on a request.

    ``names``: the other names the person goes by (a register file only; on a
    team register only the login counts). DomainError, nothing written, when
    the request is closed or decided, the person asked for it, is no approver
    whose vote counts, voted already, or says no without a reason.
    """
    approval, contract = _load(session, approval_uid)
    if approval.cancelled_at is not None or approval.used_at is not None:
        raise DomainError(_("this request is closed (cancelled, or the step was taken)"))
    counted = approval_tally(session, approval, contract)
    if counted.verdict is not Verdict.PENDING:
        raise DomainError(_("this request is {state} already").format(
            state=_one(session, approval, contract).state))
    if _same(person, approval.requested_by):
        raise DomainError(_("you asked for this approval; another approver must decide it"))
    reason = _comment(comment)
    if not approve and reason is None:
        raise DomainError(_("say why the request is rejected (a comment)"))
    subjects = subjects_for(Subject(approval.subject), approval.decision)
    rules = contract_rules(session, contract, subjects)
    candidates = [person] if team else [person, *names]
    matched = next((name for rule in rules if (name := rule.is_approver(candidates))), None)
    if matched is None:
        raise DomainError(_("{person} is not an approver of this request; it waits for "
                            "{whom}").format(person=person,
                                             whom=enumerated(counted.waiting_for())))
    approver = person if team else matched
    voted = {v.approver.casefold() for v in votes_of(session, approval.id)}
    if approver.casefold() in voted:
        raise DomainError(_("{approver} has answered this request already").format(
            approver=approver))
    session.add(ApprovalVote(approval_id=approval.id, approver=approver, approve=approve,
                             comment=reason, recorded_by=person))
    try:
        session.flush()
    except IntegrityError:  # the same approver at the same moment elsewhere
        raise DomainError(_("{approver} has answered this request already").format(
            approver=approver)) from None
    _audit(session, approval, contract, user=person, action="approve" if approve else "reject",
           changes={"approver": [None, approver]}, note=reason)
    if (approve and approval.subject == Subject.CONTRACT.value
            and contract.status in NOT_IN_FORCE
            and standing_approval(session, contract, Subject.CONTRACT) is not None):
        update_contract(session, contract.uid, {"status": Lifecycle.APPROVED.value},
                        expected_version=contract.version_id, user=person,
                        note=_("approved by {whom}").format(whom=approver))
        approval.used_at = utcnow()
        session.flush()
    return _one(session, approval, contract)


def cancel_request(session: Session, approval_uid: str, *, user: str,
                   reason: str | None = None) -> ApprovalRow:
    """Withdraw a request that was not used (also to clear a rejected one away)."""
    approval, contract = _load(session, approval_uid)
    if approval.cancelled_at is not None or approval.used_at is not None:
        raise DomainError(_("this request is closed (cancelled, or the step was taken)"))
    approval.cancelled_at, approval.cancelled_by = utcnow(), user
    session.flush()
    _audit(session, approval, contract, user=user, action="cancel",
           changes={"cancelled": [False, True]}, note=_comment(reason))
    return _one(session, approval, contract)


def get_approval(session: Session, approval_uid: str) -> ApprovalRow:
    """One request by its id."""
    approval, contract = _load(session, approval_uid)
    return _one(session, approval, contract)


def contract_approvals(session: Session, contract_uid: str) -> list[ApprovalRow]:
    """A contract's requests, oldest first (closed ones too)."""
    contract = load_contract(session, contract_uid)
    return _rows(session, _pairs().where(Approval.contract_id == contract.id))


def list_approvals(session: Session, *, open_only: bool = True) -> list[ApprovalRow]:
    """The register's requests, oldest first: with ``open_only`` those not used or cancelled
    (pending, approved and waiting to be used, rejected and not cleared away)."""
    query = _pairs()
    if open_only:
        query = query.where(Approval.used_at.is_(None), Approval.cancelled_at.is_(None))
    return _rows(session, query)


def _awaits(row: ApprovalRow, person: str, keys: set[str]) -> bool:
    return (row.state == Verdict.PENDING.value and not _same(row.requested_by, person)
            and any(" ".join(name.split()).casefold() in keys for name in row.waiting_for))


def _keys(person: str, names: Iterable[str], team: bool) -> set[str]:
    mine = [person] if team else [person, *names]
    return {" ".join(n.split()).casefold() for n in mine if n.strip()}


def awaiting_me(session: Session, *, person: str, names: Iterable[str] = (),
                team: bool = False) -> list[ApprovalRow]:
    """The pending requests whose answer may come from this person (not asked by them,
    not answered by them), oldest first: the approver's inbox."""
    keys = _keys(person, names, team)
    return [row for row in list_approvals(session) if _awaits(row, person, keys)]


def waiting_for_answer(session: Session, *, person: str, names: Iterable[str] = (),
                       team: bool = False) -> int:
    """How many requests wait for this person's answer (:func:`awaiting_me`): what the
    window's badge adds to the deadlines that need attention now."""
    return len(awaiting_me(session, person=person, names=names, team=team))


@dataclass(frozen=True, slots=True)
class ApprovalInbox:
    """The approvals part of a person's inbox: what waits for their answer, and the other
    open requests shown (their own; with ``everyone``, all)."""

    awaiting: tuple[ApprovalRow, ...]
    others: tuple[ApprovalRow, ...]


def approval_inbox(session: Session, *, person: str, names: Iterable[str] = (),
                   team: bool = False, everyone: bool = False) -> ApprovalInbox:
    """The open requests for the inbox: awaiting this person's answer first, then their
    own requests (approved and ready, rejected, still pending) or, with ``everyone``,
    every other open request."""
    keys = _keys(person, names, team)
    awaiting, others = [], []
    for row in list_approvals(session):
        if _awaits(row, person, keys):
            awaiting.append(row)
        elif everyone or _same(row.requested_by, person):
            others.append(row)
    return ApprovalInbox(tuple(awaiting), tuple(others))


__all__ = [
    "ApprovalInbox",
    "ApprovalRow",
    "VoteRow",
    "approval_inbox",
    "awaiting_me",
    "cancel_request",
    "contract_approvals",
    "get_approval",
    "list_approvals",
    "request_approval",
    "vote",
]
