"""Recording a notice: the contract's key dates and reminders follow; proof, withdrawal, audit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from contract_desk.domain import clock
from contract_desk.domain.errors import DomainError
from contract_desk.domain.event_words import event_words
from contract_desk.models import Alert
from contract_desk.services import create_contract, get_contract, history, list_attachments
from contract_desk.services.notice_records import (
    acknowledge_notice,
    attach_proof,
    list_notices,
    record_notice,
    withdraw_notice,
)
from contract_desk.services.register.attachment_store import store_for
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register

TODAY = date(2026, 12, 4)
#: Renews by a year; its term ends 31 Mar 2027, so notice (3 months) is due by 31 Dec 2026.
RENEWING = {"reference": "CLEAN-1", "title": "Cleaning", "start_date": "2025-04-01",
            "end_date": "2027-03-31", "renewal": "automatic", "renewal_term": "1 year",
            "notice_period": "3 months"}


@pytest.fixture(autouse=True)
def today() -> None:
    clock.freeze(TODAY)


@pytest.fixture
def contract_uid(register: Register) -> str:
    with register.transaction() as session:
        return create_contract(session, RENEWING, user="kari").uid


def _open_alerts(register: Register) -> list[tuple[str, date]]:
    with register.reading() as session:
        query = select(Alert.key_kind, Alert.key_date).where(Alert.withdrawn_at.is_(None))
        return sorted((kind, day) for kind, day in session.execute(query))


def test_a_notice_given_in_time_ends_the_term_and_stops_its_notice_reminders(
    register: Register, contract_uid: str
) -> None:
    with register.transaction() as session:
        check_reminders(session, today=TODAY)
    assert ("notice_deadline", date(2026, 12, 31)) in _open_alerts(register)
    with register.transaction() as session:
        row = record_notice(session, contract_uid, direction="given", on=TODAY,
                            channel="registered-post", user="kari", today=TODAY)
    assert row.effective_end == date(2027, 3, 31) and row.channel == "registered_post"
    assert _open_alerts(register) == []  # withdrawn at once
    with register.reading() as session:
        contract = get_contract(session, contract_uid, today=TODAY)
    assert contract.notice_given_on == TODAY
    assert contract.current_term_end == date(2027, 3, 31)
    assert contract.next_renewal_start is None  # it no longer renews
    with register.transaction() as session:  # up to the deadline and past it
        check_reminders(session, today=date(2027, 1, 2))
    kinds = {kind for kind, _day in _open_alerts(register)}
    assert "notice_deadline" not in kinds and "send_by" not in kinds


def test_a_late_notice_ends_the_contract_a_term_later(
    register: Register, contract_uid: str
) -> None:
    clock.freeze(date(2027, 1, 5))
    with register.transaction() as session:
        row = record_notice(session, contract_uid, direction="given", on=date(2027, 1, 5),
                            channel="email", user="kari", today=date(2027, 1, 5))
    assert row.effective_end == date(2028, 3, 31)
    with register.reading() as session:
        contract = get_contract(session, contract_uid, today=date(2027, 6, 1))
    assert contract.current_term_end == date(2028, 3, 31) and contract.next_renewal_start is None


def test_an_open_ended_contract_ends_on_the_earliest_end_from_the_notice(
    register: Register,
) -> None:
    with register.transaction() as session:
        uid = create_contract(session, {"title": "Rent", "start_date": "2024-03-01",
                                        "notice_period": "3 months", "notice_to": "month-end"},
                              user="kari").uid
        row = record_notice(session, uid, direction="received", on=date(2026, 11, 10),
                            channel="portal", user="kari", today=TODAY)
    assert row.direction == "received" and row.effective_end == date(2027, 2, 28)
    with register.reading() as session:
        assert get_contract(session, uid, today=TODAY).current_term_end == date(2027, 2, 28)


def test_proof_and_acknowledgement_are_kept_and_every_step_is_in_the_history(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    receipt = tmp_path / "kvittering.pdf"
    receipt.write_bytes(b"%PDF-1.7 receipt")
    store = store_for(register)
    with register.transaction() as session:
        row = record_notice(session, contract_uid, direction="given", on=date(2026, 12, 1),
                            channel="registered_post", user="kari", today=TODAY, store=store,
                            proofs=[receipt], note="Sent by Posten")
        email = tmp_path / "ack.eml"
        email.write_text("Received, thanks")
        attach_proof(session, store, row.uid, email, user="kari")
        acknowledge_notice(session, row.uid, date(2026, 12, 3), user="kari", today=TODAY)
    with register.reading() as session:
        [notice] = list_notices(session, contract_uid)
        files = {a.uid: a.file_name for a in list_attachments(session, contract_uid)}
        events = [(e.entity, e.action) for e in history(session, contract_uid)]
    assert [files[uid] for uid in notice.proof_uids] == ["kvittering.pdf", "ack.eml"]
    assert notice.acknowledged_on == date(2026, 12, 3) and notice.note == "Sent by Posten"
    assert ("notice", "record") in events and ("notice", "acknowledge") in events
    assert events.count(("notice", "proof")) == 2
    assert ("contract", "update") in events  # notice_given_on, audited with the contract
    assert event_words("notice", "record") == "Notice recorded"


def test_withdrawing_a_mistaken_notice_brings_the_reminders_back(
    register: Register, contract_uid: str
) -> None:
    with register.transaction() as session:
        first = record_notice(session, contract_uid, direction="given", on=date(2026, 12, 2),
                              channel="email", user="kari", today=TODAY)
        later = record_notice(session, contract_uid, direction="given", on=TODAY,
                              channel="registered_post", user="kari", today=TODAY)
        assert get_contract(session, contract_uid, today=TODAY).notice_given_on == first.sent_on
        withdraw_notice(session, first.uid, user="kari", today=TODAY, reason="wrong contract")
        assert get_contract(session, contract_uid, today=TODAY).notice_given_on == later.sent_on
        withdraw_notice(session, later.uid, user="kari", today=TODAY)
        contract = get_contract(session, contract_uid, today=TODAY)
        with pytest.raises(DomainError, match="already withdrawn"):
            withdraw_notice(session, later.uid, user="kari", today=TODAY)
    assert contract.notice_given_on is None and contract.next_renewal_start == date(2027, 4, 1)
    with register.transaction() as session:
        check_reminders(session, today=TODAY)
    assert ("notice_deadline", date(2026, 12, 31)) in _open_alerts(register)
    with register.reading() as session:
        notices = list_notices(session, contract_uid)
    assert all(n.withdrawn_by == "kari" for n in notices)


def test_bad_input_writes_nothing(register: Register, contract_uid: str) -> None:
    with register.transaction() as session:
        with pytest.raises(DomainError, match="is after today"):
            record_notice(session, contract_uid, direction="given", on=date(2026, 12, 5),
                          channel="email", user="kari", today=TODAY)
        with pytest.raises(DomainError, match="unknown notice channel 'fax'"):
            record_notice(session, contract_uid, direction="given", on=TODAY,
                          channel="fax", user="kari", today=TODAY)
        assert list_notices(session, contract_uid) == []
        assert get_contract(session, contract_uid, today=TODAY).notice_given_on is None


def test_undoing_a_contracts_delete_brings_its_notices_back(
    register: Register, contract_uid: str
) -> None:
    from contract_desk.services import delete_contract, undo_delete

    with register.transaction() as session:
        row = record_notice(session, contract_uid, direction="given", on=TODAY,
                            channel="hand-delivery", user="kari", today=TODAY,
                            acknowledged_on=TODAY)
        version = get_contract(session, contract_uid, today=TODAY).version_id
        event_id = delete_contract(session, contract_uid, expected_version=version, user="kari")
    with register.transaction() as session:
        undo_delete(session, event_id, user="kari")
    with register.reading() as session:
        [back] = list_notices(session, contract_uid)
    assert back.uid == row.uid and back.sent_on == TODAY and back.acknowledged_on == TODAY
    assert back.effective_end == date(2027, 3, 31) and back.channel == "hand_delivery"


def test_a_proof_file_removed_from_the_attachments_is_no_longer_listed(
    register: Register, contract_uid: str, tmp_path: Path
) -> None:
    from contract_desk.services import remove_attachment

    kept, removed = tmp_path / "receipt.pdf", tmp_path / "wrong.pdf"
    kept.write_bytes(b"%PDF receipt")
    removed.write_bytes(b"%PDF another contract's")
    store = store_for(register)
    with register.transaction() as session:
        row = record_notice(session, contract_uid, direction="given", on=TODAY,
                            channel="registered_post", user="kari", today=TODAY, store=store,
                            proofs=[kept, removed])
        gone = {a.file_name: a.uid for a in list_attachments(session, contract_uid)}["wrong.pdf"]
        remove_attachment(session, store, gone, user="kari")
        [listed] = list_notices(session, contract_uid)
    assert len(row.proof_uids) == 2 and gone not in listed.proof_uids
    assert len(listed.proof_uids) == 1
