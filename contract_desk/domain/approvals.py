"""Approvals: which steps need whose yes, and whether the votes given are enough. Pure.

A register's rules (kept in its settings, decided by an administrator) say
that a *subject* — a new contract, a notice we give, a renewal decision —
needs the yes of named people, for every contract or only for one contract
type and/or from a value up. Every rule that applies must be satisfied: a
rule is satisfied when ``needed`` of its approvers said yes; one no from any
approver of an applying rule rejects the request. The rules are read when a
step is taken, so a rule added later, or a contract whose value grew past a
threshold, asks for the votes the rules ask for now.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import N_, _, clauses, enumerated
from contract_desk.i18n.formats import current_formats

#: At most this many approvers in one rule, and rules in a register.
MAX_APPROVERS, MAX_RULES = 50, 200


class Subject(StrEnum):
    """What a request asks approval for."""

    CONTRACT = "contract"
    NOTICE = "notice"
    DECISION = "decision"


#: Subject -> its English source words (translated where shown).
SUBJECT_WORDS = {
    Subject.CONTRACT: N_("a new contract"),
    Subject.NOTICE: N_("a notice we give"),
    Subject.DECISION: N_("a renewal decision"),
}


class Verdict(StrEnum):
    """Where a request stands by its votes."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


#: Verdict and stored states -> their words.
STATE_WORDS = {
    "pending": N_("Awaiting approval"),
    "approved": N_("Approved"),
    "rejected": N_("Rejected"),
    "cancelled": N_("Cancelled"),
    "used": N_("Approved and used"),
}


def subject_of(value: Subject | str) -> Subject:
    """The subject a word names (``contract``, ``notice``, ``decision``); DomainError if none."""
    try:
        return Subject(str(value).strip().casefold())
    except ValueError:
        raise DomainError(_("{value} is not something that needs approval; use {choices}").format(
            value=repr(value), choices=", ".join(s.value for s in Subject))) from None


def subjects_for(subject: Subject, decision: str | None) -> frozenset[Subject]:
    """The rule subjects a request must satisfy: deciding to terminate gives notice, so a
    ``terminate`` decision needs the notice rules' approvers too."""
    if subject is Subject.DECISION and decision == "terminate":
        return frozenset({Subject.DECISION, Subject.NOTICE})
    return frozenset({subject})


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class ApprovalRule:
    """One rule: ``subject`` needs ``needed`` yes of ``approvers``, for contracts of
    ``contract_type`` (any when None) worth ``min_value`` or more (any when None)
    in ``currency`` (any currency when None)."""

    subject: Subject
    approvers: tuple[str, ...]
    needed: int = 1
    contract_type: str | None = None
    min_value: Decimal | None = None
    currency: str | None = None

    def __post_init__(self) -> None:
        names = tuple(dict.fromkeys(" ".join(n.split()) for n in self.approvers if n.strip()))
        if not names:
            raise DomainError(_("an approval rule names at least one approver"))
        if len(names) > MAX_APPROVERS:
            raise DomainError(_("an approval rule names at most {limit} approvers").format(
                limit=MAX_APPROVERS))
        object.__setattr__(self, "approvers", names)
        if not 1 <= self.needed <= len(names):
            raise DomainError(_("an approval rule needs between 1 and {count} yes votes (it "
                                "names {count} approvers), not {needed}").format(
                count=len(names), needed=self.needed))
        if self.min_value is not None and self.min_value < 0:
            raise DomainError(_("an approval threshold is zero or more, not {value}").format(
                value=self.min_value))
        kind = (self.contract_type or "").strip() or None
        object.__setattr__(self, "contract_type", kind)
        code = (self.currency or "").strip().upper() or None
        if code is not None and (len(code) != 3 or not code.isalpha()):
            raise DomainError(_("{code} is not a currency code (three letters, like NOK)").format(
                code=repr(self.currency)))
        object.__setattr__(self, "currency", code)

    def is_approver(self, names: Iterable[str]) -> str | None:
        """The approver of this rule that one of ``names`` is (as the rule spells it)."""
        keys = {_name_key(name) for name in names if name.strip()}
        return next((name for name in self.approvers if _name_key(name) in keys), None)

    def applies(self, contract_type: str | None, value: Decimal | None,
                currency: str | None) -> bool:
        """Whether this rule covers a contract of this type, value and currency.

        A contract without a value is under every threshold. A value in another
        currency than the threshold's cannot be compared (the register keeps no
        exchange rates), so the rule applies: asking once too often beats a
        large contract slipping through.
        """
        if self.contract_type is not None and _name_key(contract_type or "") != _name_key(
                self.contract_type):
            return False
        if self.min_value is None:
            return True
        if value is None:
            return False
        if self.currency is not None and currency and currency.upper() != self.currency:
            return True
        return value >= self.min_value

    def describe(self) -> str:
        """The rule in one phrase ("a notice we give of type Lease worth NOK 1,000,000.00 or
        more: 1 of Kari, Ola"), the amount in the person's form."""
        what = _(SUBJECT_WORDS[self.subject])
        scope = []
        if self.contract_type:
            scope.append(_("of type {contract_type}").format(contract_type=self.contract_type))
        if self.min_value is not None:
            scope.append(_("worth {value} or more").format(
                value=current_formats().money(self.min_value, self.currency)))
        return _("{what}{scope}: {needed} of {approvers}").format(
            what=what, scope=("" if not scope else " " + " ".join(scope)), needed=self.needed,
            approvers=enumerated(self.approvers))

    def to_json(self) -> dict[str, Any]:
        """The rule as stored in the register's settings."""
        return {"subject": self.subject.value, "approvers": list(self.approvers),
                "needed": self.needed, "contract_type": self.contract_type,
                "min_value": None if self.min_value is None else str(self.min_value),
                "currency": self.currency}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ApprovalRule:
        """A rule from its stored form; DomainError naming what is wrong."""
        if not isinstance(data, Mapping):
            raise DomainError(_("an approval rule is a set of fields, not {value}").format(
                value=repr(data)))
        approvers = data.get("approvers")
        if isinstance(approvers, str) or not isinstance(approvers, Sequence):
            raise DomainError(_("an approval rule's approvers are a list of names"))
        raw_value = data.get("min_value")
        try:
            threshold = None if raw_value in (None, "") else Decimal(str(raw_value))
        except InvalidOperation:
            raise DomainError(_("{value} is not an amount").format(value=repr(raw_value))) from None
        needed = data.get("needed", 1)
        if isinstance(needed, bool) or not isinstance(needed, int):
            raise DomainError(_("an approval rule's number of yes votes is a whole number, "
                                "not {value}").format(value=repr(needed)))
        return cls(subject=subject_of(data.get("subject", "")),
                   approvers=tuple(str(name) for name in approvers), needed=needed,
                   contract_type=data.get("contract_type") or None, min_value=threshold,
                   currency=data.get("currency") or None)


def rules_from_json(value: Any) -> list[ApprovalRule]:
    """The register's rules from their stored form (none stored: no rules)."""
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        raise DomainError(_("the register's approval rules are damaged (not a list); an "
                            "administrator should set them again"))
    if len(value) > MAX_RULES:
        raise DomainError(_("a register has at most {limit} approval rules").format(
            limit=MAX_RULES))
    return [ApprovalRule.from_json(item) for item in value]


def applying_rules(rules: Iterable[ApprovalRule], subjects: Iterable[Subject], *,
                   contract_type: str | None, value: Decimal | None,
                   currency: str | None) -> list[ApprovalRule]:
    """The rules a step on this contract must satisfy (none: no approval needed)."""
    wanted = frozenset(subjects)
    return [rule for rule in rules
            if rule.subject in wanted and rule.applies(contract_type, value, currency)]


@dataclass(frozen=True, slots=True)
class Vote:
    """One approver's answer."""

    approver: str
    approve: bool


@dataclass(frozen=True, slots=True)
class Tally:
    """Where a request stands against the rules that apply."""

    verdict: Verdict
    #: Per unsatisfied rule: how many more yes votes, and from whom they may come.
    missing: tuple[tuple[int, tuple[str, ...]], ...] = field(default=())
    rejected_by: tuple[str, ...] = field(default=())

    def waiting_for(self) -> tuple[str, ...]:
        """Everyone whose yes would still count."""
        return tuple(dict.fromkeys(name for _count, names in self.missing for name in names))


def tally(rules: Sequence[ApprovalRule], votes: Iterable[Vote]) -> Tally:
    """Approved when every rule has its yes votes, rejected on any approver's no.

    A vote counts for every rule that names its approver; votes of people no
    applying rule names do not count at all.
    """
    answers: dict[str, bool] = {}
    for vote in votes:
        answers[_name_key(vote.approver)] = vote.approve
    rejected = tuple(name for rule in rules for name in rule.approvers
                     if answers.get(_name_key(name)) is False)
    if rejected:
        return Tally(Verdict.REJECTED, rejected_by=tuple(dict.fromkeys(rejected)))
    missing = []
    for rule in rules:
        yes = sum(1 for name in rule.approvers if answers.get(_name_key(name)) is True)
        if yes < rule.needed:
            waiting = tuple(name for name in rule.approvers if _name_key(name) not in answers)
            missing.append((rule.needed - yes, waiting))
    return Tally(Verdict.PENDING if missing else Verdict.APPROVED, missing=tuple(missing))


def needs_words(rules: Sequence[ApprovalRule]) -> str:
    """Whose yes the rules ask for, in one phrase ("1 of Kari, Ola; 2 of Per, Liv, Ane")."""
    return clauses(_("{needed} of {approvers}").format(
        needed=rule.needed, approvers=enumerated(rule.approvers)) for rule in rules)


__all__ = [
    "MAX_APPROVERS",
    "MAX_RULES",
    "STATE_WORDS",
    "SUBJECT_WORDS",
    "ApprovalRule",
    "Subject",
    "Tally",
    "Verdict",
    "Vote",
    "applying_rules",
    "needs_words",
    "rules_from_json",
    "subject_of",
    "subjects_for",
    "tally",
]
