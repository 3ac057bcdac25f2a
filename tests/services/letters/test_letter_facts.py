"""The facts of a notice letter: the day the notice ends the contract, its deadline, the parties."""

from __future__ import annotations

from datetime import date

import pytest
from letter_helpers import LETTER_DAY, RECIPIENT_ADDRESS, SENDER, add_contract

from contract_desk.services.letters import (
    LetterError,
    LetterFacts,
    letter_facts,
    remember_addresses,
    stored_recipient_address,
    stored_sender,
)
from contract_desk.storage import Register


def _facts(register: Register, key: str = "L-1", day: date = LETTER_DAY,
           **extra: object) -> LetterFacts:
    with register.reading() as session:
        return letter_facts(session, key, language="en", letter_date=day,
                            signatory="Kari Nordmann", **extra)  # type: ignore[arg-type]


def test_deadline_passed_the_notice_ends_the_next_term(lease: Register) -> None:
    facts = _facts(lease)  # 2026's deadline was 30 September: the renewal runs to its end
    assert (facts.term_start, facts.end_date) == (date(2027, 1, 1), date(2027, 12, 31))
    assert facts.notice_deadline == date(2027, 9, 30)


def test_in_time_the_notice_ends_the_current_term(lease: Register) -> None:
    facts = _facts(lease, day=date(2026, 9, 30))
    assert (facts.term_start, facts.end_date) == (date(2024, 1, 1), date(2026, 12, 31))
    assert facts.notice_deadline == date(2026, 9, 30)


def test_open_ended_to_the_end_of_a_month(sqlite_register: Register) -> None:
    add_contract(sqlite_register, reference="O-1", end_date=None, renewal="none",
                 renewal_term=None, notice_to="month-end")
    facts = _facts(sqlite_register, "O-1")
    assert facts.end_date == date(2027, 3, 31)
    assert facts.notice_deadline is None


def test_parties_and_the_remembered_addresses(lease: Register) -> None:
    facts = _facts(lease, sender=SENDER, recipient_address=RECIPIENT_ADDRESS)
    assert (facts.reference, facts.title, facts.signed_on) == (
        "L-1", "Office lease Bergen", date(2023, 12, 1))
    assert facts.recipient.name == "Bergen kommune"
    with lease.transaction() as session:
        remember_addresses(session, facts)
    with lease.reading() as session:
        assert stored_sender(session) == SENDER
        assert stored_recipient_address(session, facts.recipient_uid) == RECIPIENT_ADDRESS
    assert _facts(lease).recipient.address == RECIPIENT_ADDRESS
    assert _facts(lease).sender == SENDER


def test_the_context_writes_dates_in_the_letter_language(lease: Register) -> None:
    with lease.reading() as session:
        facts = letter_facts(session, "L-1", language="nb", letter_date=LETTER_DAY,
                             signatory="Kari Nordmann", sender=SENDER)
    context = facts.context()
    assert context["letter_date"] == "4. desember 2026"
    assert context["end_date"] == "31. desember 2027"
    assert context["sender_address"] == "Storgata 1\n0155 Oslo"


def test_no_notice_period_is_refused(sqlite_register: Register) -> None:
    add_contract(sqlite_register, reference="N-1", end_date=None, renewal="none",
                 renewal_term=None, notice_period=None)
    with pytest.raises(LetterError, match="no notice period"):
        _facts(sqlite_register, "N-1")


def test_an_ended_contract_is_refused(sqlite_register: Register) -> None:
    add_contract(sqlite_register, reference="E-1", renewal="none", renewal_term=None)
    with pytest.raises(LetterError, match="already ended"):
        _facts(sqlite_register, "E-1", day=date(2027, 2, 1))


def test_an_unknown_language_is_refused(lease: Register) -> None:
    with lease.reading() as session, pytest.raises(LetterError, match="en, nb, ko, zh_CN"):
        letter_facts(session, "L-1", language="de", letter_date=LETTER_DAY, signatory="K")
