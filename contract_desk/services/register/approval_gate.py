"""Where a step waits for approval: the register's rules, a contract's standing approvals.

The requests and votes themselves are ``services.approvals``; this is the part
the register's own writes consult, so that no path that puts a contract in
force, gives notice or records a renewal decision can pass an approval by.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.approvals import (
    ApprovalRule,
    Subject,
    Tally,
    Verdict,
    Vote,
    applying_rules,
    needs_words,
    rules_from_json,
    subjects_for,
    tally,
)
from contract_desk.domain.errors import DomainError
from contract_desk.domain.lifecycle import Lifecycle
from contract_desk.i18n import _
from contract_desk.models import Approval, ApprovalVote, Contract, RegisterSetting, utcnow

#: The register setting holding the rules (a team's administrators' setting).
RULES_SETTING = "team.approval_rules"
#: Lifecycle states a contract is in before it is in force: approval is asked from these.
NOT_IN_FORCE = frozenset({Lifecycle.DRAFT.value, Lifecycle.IN_REVIEW.value})
#: Leaving NOT_IN_FORCE for one of these puts a contract in force.
IN_FORCE = frozenset({Lifecycle.APPROVED.value, Lifecycle.ACTIVE.value,
                      Lifecycle.RENEWED.value, Lifecycle.EXPIRED.value})


class ApprovalNeeded(DomainError):
    """A step that waits for approval; the sentence says whose and how to ask."""


def register_rules(session: Session) -> list[ApprovalRule]:
    """The register's approval rules (none set: none)."""
    setting = session.get(RegisterSetting, RULES_SETTING)
    return rules_from_json(None if setting is None else setting.value)


def rules_for(session: Session, subjects: Iterable[Subject], *, contract_type: str | None,
              value: Decimal | None, currency: str | None) -> list[ApprovalRule]:
    """The rules a step with these subjects on a contract like this must satisfy."""
    return applying_rules(register_rules(session), subjects, contract_type=contract_type,
                          value=value, currency=currency)


def contract_rules(session: Session, contract: Contract,
                   subjects: Iterable[Subject]) -> list[ApprovalRule]:
    """The rules that apply to ``subjects`` on ``contract`` as it is now."""
    return rules_for(session, subjects, contract_type=contract.contract_type,
                     value=contract.value, currency=contract.currency)


def votes_of(session: Session, approval_id: int) -> list[Vote]:
    """The votes cast on a request, oldest first."""
    rows = session.execute(select(ApprovalVote.approver, ApprovalVote.approve)
                           .where(ApprovalVote.approval_id == approval_id)
                           .order_by(ApprovalVote.id))
    return [Vote(approver, approve) for approver, approve in rows]


def approval_tally(session: Session, approval: Approval, contract: Contract) -> Tally:
    """Where a request stands against the rules that apply now."""
    subjects = subjects_for(Subject(approval.subject), approval.decision)
    return tally(contract_rules(session, contract, subjects), votes_of(session, approval.id))


def standing_approval(session: Session, contract: Contract, subject: Subject,
                      decision: str | None = None) -> Approval | None:
    """An approved request for this step not used or cancelled yet, the oldest first.

    A notice may be given on an approved request to give notice or to decide
    ``terminate`` (which gives notice).
    """
    query = select(Approval).where(Approval.contract_id == contract.id,
                                   Approval.used_at.is_(None), Approval.cancelled_at.is_(None))
    if subject is Subject.NOTICE:
        query = query.where((Approval.subject == Subject.NOTICE.value)
                            | ((Approval.subject == Subject.DECISION.value)
                               & (Approval.decision == "terminate")))
    else:
        query = query.where(Approval.subject == subject.value)
        if decision is not None:
            query = query.where(Approval.decision == decision)
    for approval in session.scalars(query.order_by(Approval.id)):
        if approval_tally(session, approval, contract).verdict is Verdict.APPROVED:
            return approval
    return None


def needed_sentence(subject: Subject, rules: list[ApprovalRule], decision: str | None) -> str:
    """The refusal: what waits for whose approval, and what to do."""
    what = {Subject.CONTRACT: _("This contract must be approved before it is put in force"),
            Subject.NOTICE: _("A notice on this contract must be approved before it is given"),
            Subject.DECISION: _("The decision {decision} on this contract must be approved "
                                "first").format(decision=repr(decision))}[subject]
    return _("{what} (approval by {whom}): request approval, and the step can be taken "
             "once it is approved.").format(what=what, whom=needs_words(rules))


def require_approval(session: Session, contract: Contract, subject: Subject, *,
                     decision: str | None = None, use: bool = True) -> Approval | None:
    """Refuse (ApprovalNeeded) a step the rules ask approval for and no approved request
    allows; the request that allows it (marked used with ``use``), None when no rule applies."""
    rules = contract_rules(session, contract, subjects_for(subject, decision))
    if not rules:
        return None
    approval = standing_approval(session, contract, subject, decision)
    if approval is None:
        raise ApprovalNeeded(needed_sentence(subject, rules, decision))
    if use and subject is not Subject.CONTRACT:
        approval.used_at = utcnow()
        session.flush()
    return approval


def status_problem(session: Session, contract: Contract | None, before: str | None,
                   merged: Mapping[str, Any]) -> str | None:
    """Why a contract may not take the status in ``merged`` yet (None: it may).

    Asked when a person adds a contract (``contract`` None, ``before`` None) or
    changes one whose status was ``before``: a contract put in force from draft
    or in review (or added in force) waits for the approval the rules ask for.
    Imports and undo do not ask: they bring contracts signed already.
    """
    after = merged.get("status") or Lifecycle.ACTIVE.value
    if after not in IN_FORCE or (before is not None and before not in NOT_IN_FORCE):
        return None
    rules = rules_for(session, (Subject.CONTRACT,), contract_type=merged.get("contract_type"),
                      value=merged.get("value"), currency=merged.get("currency"))
    if not rules:
        return None
    if contract is not None and standing_approval(session, contract, Subject.CONTRACT):
        return None
    return _("this contract needs approval by {whom} before it is in force: keep it as "
             "Draft or In review and request approval").format(whom=needs_words(rules))


__all__ = [
    "IN_FORCE",
    "NOT_IN_FORCE",
    "RULES_SETTING",
    "ApprovalNeeded",
    "approval_tally",
    "contract_rules",
    "needed_sentence",
    "register_rules",
    "require_approval",
    "rules_for",
    "standing_approval",
    "status_problem",
    "votes_of",
]
