"""Approvals on a register: what waits for whose yes, who may answer, what a yes allows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from contract_desk.domain import clock
from contract_desk.domain.approvals import ApprovalRule, Subject
from contract_desk.domain.errors import DomainError
from contract_desk.domain.event_words import event_words
from contract_desk.domain.validation import ValidationError
from contract_desk.models import Alert, AuditEvent
from contract_desk.services import (
    bulk_set_status,
    create_contract,
    get_contract,
    history,
    update_contract,
)
from contract_desk.services.approvals import (
    ApprovalNeeded,
    awaiting_me,
    cancel_request,
    contract_approvals,
    get_approval,
    list_approvals,
    read_rules,
    request_approval,
    save_rules,
    vote,
)
from contract_desk.services.notice_records import record_notice
from contract_desk.services.reminders.actions import decide
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register

TODAY = date(2026, 12, 4)
#: Renews by a year; notice (3 months) is due by 31 Dec 2026.
LEASE = {"reference": "L-9", "title": "Office lease", "contract_type": "Lease",
         "start_date": "2025-04-01", "end_date": "2027-03-31", "renewal": "automatic",
         "renewal_term": "1 year", "notice_period": "3 months", "value": "2500000",
         "currency": "NOK"}
RULES = [ApprovalRule(Subject.CONTRACT, ("Kari Nordmann", "Ola")),
         ApprovalRule(Subject.NOTICE, ("Per", "Liv", "Ane"), needed=2, contract_type="Lease",
                      min_value=Decimal(1_000_000), currency="NOK"),
         ApprovalRule(Subject.DECISION, ("Kari Nordmann",))]


@pytest.fixture(autouse=True)
def today() -> None:
    clock.freeze(TODAY)


@pytest.fixture
def ruled(register: Register) -> Register:
    with register.transaction() as session:
        save_rules(session, RULES, user="admin")
    return register


def _lease(register: Register, **fields: object) -> str:
    with register.transaction() as session:
        return create_contract(session, {**LEASE, **fields}, user="siri").uid


def test_the_rules_are_kept_in_the_register_and_audited(ruled: Register) -> None:
    with ruled.reading() as session:
        assert read_rules(session) == RULES
        changes = session.scalars(select(AuditEvent.changes)
                                  .where(AuditEvent.entity == "setting")).all()
    assert changes and "2 of Per, Liv, Ane" in str(changes[-1])


def test_a_new_contract_is_put_in_force_only_by_its_approvers_yes(ruled: Register) -> None:
    with pytest.raises(ValidationError, match="needs approval by 1 of Kari Nordmann, Ola"):
        _lease(ruled)
    uid = _lease(ruled, status="draft")
    with ruled.transaction() as session, pytest.raises(ValidationError, match="approval"):
        update_contract(session, uid, {"status": "active"}, expected_version=1, user="siri")
    with ruled.transaction() as session, pytest.raises(ValidationError, match="approval"):
        bulk_set_status(session, [uid], "active", user="siri")
    with ruled.transaction() as session:
        asked = request_approval(session, uid, "contract", user="siri", note="signed by both")
    assert asked.state == "pending" and asked.waiting_for == ("Kari Nordmann", "Ola")
    with ruled.transaction() as session, pytest.raises(DomainError, match="asked already"):
        request_approval(session, uid, "contract", user="siri")
    with ruled.transaction() as session, pytest.raises(DomainError, match="another approver"):
        vote(session, asked.uid, True, person="siri", names=["Ola"])  # not one's own request
    with ruled.transaction() as session, pytest.raises(DomainError, match="not an approver"):
        vote(session, asked.uid, True, person="mallory")
    with ruled.reading() as session:
        assert [row.uid for row in awaiting_me(session, person="ola")] == [asked.uid]
        assert awaiting_me(session, person="siri", names=["Ola"]) == []  # asked it herself
    with ruled.transaction() as session:  # "kn" at this computer, who goes by Kari Nordmann
        done = vote(session, asked.uid, True, person="kn", names=["kari  nordmann"],
                    comment="ok")
    assert done.state == "used" and done.votes[0].approver == "Kari Nordmann"
    with ruled.reading() as session:
        assert get_contract(session, uid, today=TODAY).status == "approved"
        assert awaiting_me(session, person="ola") == []
        words = [event_words(row.entity, row.action) for row in history(session, uid)]
    assert "Approval requested" in words and "Approved" in words


def test_a_notice_we_give_waits_for_two_of_three_and_a_no_needs_a_reason(
        ruled: Register) -> None:
    uid = _lease(ruled, status="draft")
    with ruled.transaction() as session:  # in force the quick way, as an import would be
        update_contract(session, uid, {"status": "active"}, expected_version=1, user="siri",
                        approvals=False)
    with ruled.transaction() as session, pytest.raises(ApprovalNeeded, match="2 of Per, Liv"):
        record_notice(session, uid, direction="given", on=TODAY, channel="email",
                      user="siri", today=TODAY)
    with ruled.transaction() as session:
        first = request_approval(session, uid, "notice", user="siri")
    with ruled.transaction() as session, pytest.raises(DomainError, match="say why"):
        vote(session, first.uid, False, person="per")
    with ruled.transaction() as session:
        vote(session, first.uid, True, person="per")
        no = vote(session, first.uid, False, person="liv", comment="wait for the new offer")
    assert no.state == "rejected"
    with ruled.transaction() as session, pytest.raises(ApprovalNeeded):
        record_notice(session, uid, direction="given", on=TODAY, channel="email",
                      user="siri", today=TODAY)
    with ruled.transaction() as session:
        second = request_approval(session, uid, "notice", user="siri")  # asked anew
        vote(session, second.uid, True, person="per")
        assert vote(session, second.uid, True, person="ane").state == "approved"
        record_notice(session, uid, direction="given", on=TODAY, channel="email",
                      user="siri", today=TODAY)
        cancel_request(session, first.uid, user="siri")  # the rejected one cleared away
    with ruled.reading() as session:
        states = {row.uid: row.state for row in contract_approvals(session, uid)}
    assert states == {first.uid: "cancelled", second.uid: "used"}


def test_a_notice_received_and_a_small_contract_wait_for_nobody(ruled: Register) -> None:
    small = _lease(ruled, reference="L-10", value="50000", status="in_review")
    with ruled.transaction() as session:
        record_notice(session, small, direction="given", on=TODAY, channel="email",
                      user="siri", today=TODAY)
    big = _lease(ruled, reference="L-11", status="in_review")
    with ruled.transaction() as session:
        record_notice(session, big, direction="received", on=TODAY, channel="portal",
                      user="siri", today=TODAY)
    with ruled.transaction() as session, pytest.raises(DomainError, match="without approval"):
        request_approval(session, small, "notice", user="siri")


def test_a_contract_grown_past_a_threshold_asks_the_new_rules_approvers(
        ruled: Register) -> None:
    uid = _lease(ruled, value="500000", status="draft")
    with ruled.transaction() as session:
        update_contract(session, uid, {"status": "active"}, expected_version=1, user="siri",
                        approvals=False)
        record_notice(session, uid, direction="given", on=TODAY, channel="email",
                      user="siri", today=TODAY)  # under 1 000 000 NOK: no rule
        version = get_contract(session, uid, today=TODAY).version_id
        update_contract(session, uid, {"value": Decimal(1_500_000), "notice_given_on": None},
                        expected_version=version, user="siri")
    with ruled.transaction() as session, pytest.raises(ApprovalNeeded):
        record_notice(session, uid, direction="given", on=TODAY, channel="email",
                      user="siri", today=TODAY)


def test_terminating_from_the_inbox_needs_the_decision_and_the_notice_approvers(
        ruled: Register) -> None:
    uid = _lease(ruled, status="draft")
    with ruled.transaction() as session:
        update_contract(session, uid, {"status": "active"}, expected_version=1, user="siri",
                        approvals=False)
        check_reminders(session, today=TODAY)
        alert_id = session.scalar(select(Alert.id).where(Alert.key_kind == "notice_deadline"))
    assert alert_id is not None
    with ruled.transaction() as session, pytest.raises(ApprovalNeeded, match="terminate"):
        decide(session, alert_id, "terminate", user="siri", today=TODAY)
    with ruled.transaction() as session:
        asked = request_approval(session, uid, "decision", decision="terminate", user="siri")
        assert vote(session, asked.uid, True, person="Kari Nordmann").state == "pending"
        vote(session, asked.uid, True, person="liv")
        assert vote(session, asked.uid, True, person="per").state == "approved"
        decide(session, alert_id, "terminate", user="siri", today=TODAY)
    with ruled.reading() as session:
        contract = get_contract(session, uid, today=TODAY)
        assert contract.notice_given_on == TODAY and contract.status == "terminated"
        assert [row.state for row in contract_approvals(session, uid)] == ["used"]
    with ruled.transaction() as session, pytest.raises(DomainError, match="which decision"):
        request_approval(session, uid, "decision", decision="maybe", user="siri")


def test_the_open_requests_are_read_in_a_few_statements_whatever_their_number(
        ruled: Register) -> None:
    uids = [_lease(ruled, reference=f"L-{n}", status="draft") for n in range(20, 44)]
    with ruled.transaction() as session:
        asked = []
        for n, uid in enumerate(uids):
            update_contract(session, uid, {"status": "active"}, expected_version=1, user="siri",
                            approvals=False)
            asked.append(request_approval(session, uid, "notice", user="siri").uid)
            if n % 3 == 0:
                vote(session, asked[-1], True, person="per")
            if n % 4 == 0:
                vote(session, asked[-1], False, person="liv", comment="not now")
        cancel_request(session, asked[5], user="siri")
    statements: list[str] = []

    def seen(*args: object) -> None:
        if str(args[2]).startswith("SELECT"):
            statements.append(str(args[2]))

    with ruled.reading() as session:
        event.listen(ruled.engine, "before_cursor_execute", seen)
        try:
            listed = list_approvals(session)
            read_open = len(statements)
            everything = list_approvals(session, open_only=False)
        finally:
            event.remove(ruled.engine, "before_cursor_execute", seen)
        one_by_one = [get_approval(session, uid) for uid in asked]
    # The requests, the rules and the votes: three reads each time, not one per request.
    assert read_open <= 3 and len(statements) - read_open <= 3, statements
    assert everything == one_by_one
    assert listed == [row for row in one_by_one if row.uid != asked[5]]
    states = {row.state for row in listed}
    assert states == {"pending", "rejected"} and any(row.votes for row in listed)
    assert all(len(row.votes) == (n % 3 == 0) + (n % 4 == 0)
               for n, row in enumerate(everything))
