"""Approval rules and the tally of votes: pure."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.approvals import (
    ApprovalRule,
    Subject,
    Verdict,
    Vote,
    applying_rules,
    rules_from_json,
    subjects_for,
    tally,
)
from contract_desk.domain.errors import DomainError

BIG_LEASES = ApprovalRule(Subject.NOTICE, ("Kari Nordmann", "Ola"), needed=1,
                          contract_type="Lease", min_value=Decimal(1_000_000), currency="nok")


def test_a_rule_covers_its_type_from_its_threshold_and_asks_when_currencies_differ() -> None:
    assert BIG_LEASES.currency == "NOK"
    assert BIG_LEASES.applies("lease", Decimal(1_000_000), "NOK")  # from: the threshold counts
    assert not BIG_LEASES.applies("Lease", Decimal(999_999), "NOK")
    assert not BIG_LEASES.applies("Service", Decimal(5_000_000), "NOK")
    assert not BIG_LEASES.applies("Lease", None, None)  # no value: under every threshold
    assert BIG_LEASES.applies("Lease", Decimal(10), "EUR")  # cannot compare: ask
    anything = ApprovalRule(Subject.CONTRACT, ("Per",))
    assert anything.applies(None, None, None)


def test_bad_rules_are_refused_with_a_sentence() -> None:
    with pytest.raises(DomainError, match="at least one approver"):
        ApprovalRule(Subject.NOTICE, (" ", ""))
    with pytest.raises(DomainError, match="between 1 and 2 yes votes"):
        ApprovalRule(Subject.NOTICE, ("A", "B"), needed=3)
    with pytest.raises(DomainError, match="not a currency code"):
        ApprovalRule(Subject.NOTICE, ("A",), min_value=Decimal(1), currency="kroner")
    with pytest.raises(DomainError, match="zero or more"):
        ApprovalRule(Subject.NOTICE, ("A",), min_value=Decimal(-1))
    with pytest.raises(DomainError, match="not something that needs approval"):
        rules_from_json([{"subject": "payment", "approvers": ["A"]}])
    with pytest.raises(DomainError, match="damaged"):
        rules_from_json({"subject": "notice"})
    with pytest.raises(DomainError, match="a list of names"):
        rules_from_json([{"subject": "notice", "approvers": "A, B"}])


def test_rules_survive_their_stored_form() -> None:
    rules = [BIG_LEASES, ApprovalRule(Subject.DECISION, ("王丽", "이민준"), needed=2)]
    assert rules_from_json([rule.to_json() for rule in rules]) == rules
    assert rules_from_json(None) == []


def test_terminating_needs_the_notice_rules_too() -> None:
    rules = [BIG_LEASES, ApprovalRule(Subject.DECISION, ("Per",))]
    kinds = subjects_for(Subject.DECISION, "terminate")
    found = applying_rules(rules, kinds, contract_type="Lease", value=Decimal(2_000_000),
                           currency="NOK")
    assert found == rules
    renew = applying_rules(rules, subjects_for(Subject.DECISION, "renew"),
                           contract_type="Lease", value=Decimal(2_000_000), currency="NOK")
    assert renew == [rules[1]]


def test_every_rule_needs_its_yes_votes_and_one_no_rejects() -> None:
    two_of_three = ApprovalRule(Subject.NOTICE, ("A", "B", "C"), needed=2)
    finance = ApprovalRule(Subject.NOTICE, ("CFO",))
    rules = [two_of_three, finance]
    assert tally(rules, []).verdict is Verdict.PENDING
    half = tally(rules, [Vote("a", True), Vote("CFO", True)])
    assert half.verdict is Verdict.PENDING and half.waiting_for() == ("B", "C")
    assert tally(rules, [Vote("A", True), Vote("c", True), Vote("cfo", True)]).verdict \
        is Verdict.APPROVED
    rejected = tally(rules, [Vote("A", True), Vote("B", True), Vote("CFO", False)])
    assert rejected.verdict is Verdict.REJECTED and rejected.rejected_by == ("CFO",)
    # A vote of someone no rule names counts for nothing.
    assert tally(rules, [Vote("Mallory", True)] * 3).verdict is Verdict.PENDING
    assert tally([], []).verdict is Verdict.APPROVED


names = st.lists(st.sampled_from(["A", "B", "C", "D", "E"]), min_size=1, max_size=5, unique=True)


@given(names, st.data())
def test_approved_exactly_when_enough_approvers_said_yes_and_none_said_no(
        approvers: list[str], data: st.DataObject) -> None:
    needed = data.draw(st.integers(1, len(approvers)))
    rule = ApprovalRule(Subject.CONTRACT, tuple(approvers), needed=needed)
    voters = data.draw(st.lists(st.sampled_from(["A", "B", "C", "D", "E", "X"]), unique=True))
    answers = {voter: data.draw(st.booleans()) for voter in voters}
    verdict = tally([rule], [Vote(name, yes) for name, yes in answers.items()]).verdict
    yes = sum(1 for name in approvers if answers.get(name) is True)
    no = any(answers.get(name) is False for name in approvers)
    expected = Verdict.REJECTED if no else Verdict.APPROVED if yes >= needed else Verdict.PENDING
    assert verdict is expected
