"""Contracts through the services: create, update, audit, conflicts, delete and undo, bulk."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, update

from contract_desk.domain.errors import DomainError
from contract_desk.models import AuditEvent, Contract, Party
from contract_desk.services import (
    ConflictError,
    NotFoundError,
    ValidationError,
    add_attachment,
    add_obligation,
    add_tag,
    bulk_set_status,
    create_contract,
    delete_contract,
    delete_obligation,
    get_contract,
    handover,
    history,
    list_attachments,
    list_obligations,
    undo_delete,
    update_contract,
)
from contract_desk.services.register.attachment_store import store_for
from contract_desk.services.register.contracts import load_contract
from contract_desk.storage import Register, open_register

TODAY = date(2026, 11, 23)
LEASE: dict[str, Any] = {
    "reference": "L-7", "title": "Office lease Bryggen", "counterparty": "Bergen kommune",
    "start_date": "2024-01-15", "initial_term": "3 years", "renewal": "automatic",
    "renewal_term": "1 year", "notice_period": "6 months", "notice_buffer_days": 14,
    "value": "1250000.50", "currency": "nok", "owner": "Kari Nordmann", "tags": "lease, HQ",
}


def create(register: Register, fields: dict[str, Any] | None = None, **more: Any):
    with register.transaction() as session:
        return create_contract(session, {**(fields or LEASE), **more}, user="kari", today=TODAY)


def test_create_stores_typed_fields_and_computes_key_dates(register: Register) -> None:
    row = create(register)
    assert row.value == Decimal("1250000.50") and row.currency == "NOK"
    assert row.tags == ("lease", "HQ")
    assert row.initial_term == "3 years" and row.notice_period == "6 months"
    assert row.term_end == date(2027, 1, 14)
    assert row.notice_deadline == date(2026, 7, 14)
    assert row.send_by == date(2026, 6, 30)
    assert row.effective_status == "active"
    assert row.created_by == "kari" and row.version_id == 1


def test_counterparties_are_found_by_name_in_any_case(register: Register) -> None:
    first = create(register)
    second = create(register, reference="L-8", counterparty="  BERGEN   Kommune ")
    assert first.counterparty_uid == second.counterparty_uid
    with register.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Party)) == 1


def test_create_writes_an_audit_event_with_the_new_values(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        events = history(session, row.uid)
    assert [e.action for e in events] == ["create"]
    assert events[0].user == "kari"
    assert events[0].changes["value"] == [None, "1250000.50"]
    assert events[0].changes["start_date"] == [None, "2024-01-15"]


def test_invalid_fields_are_all_reported_and_nothing_is_written(register: Register) -> None:
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        create_contract(session, {"title": "", "start_date": "2024-05-01",
                                  "end_date": "2024-04-01", "value": "-5",
                                  "currency": "XYZ", "colour": "red"}, user="kari")
    errors = caught.value.errors
    assert set(errors) >= {"title", "end_date", "currency", "colour"}
    assert "before the start" in errors["end_date"]
    with register.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Contract)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_a_float_value_is_refused_rather_than_rounded(register: Register) -> None:
    with pytest.raises(ValidationError, match="float"), register.transaction() as session:
        create_contract(session, {**LEASE, "value": 0.1}, user="kari")


def test_update_changes_only_what_differs_and_audits_old_and_new(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        updated = update_contract(session, row.uid, {"value": "1300000", "title": row.title},
                                  expected_version=row.version_id, user="ola", today=TODAY)
    assert updated.value == Decimal("1300000.00") and updated.version_id == 2
    assert updated.updated_by == "ola"
    with register.transaction() as session:
        latest = history(session, row.uid)[0]
    assert latest.action == "update"
    assert latest.changes == {"value": ["1250000.50", "1300000.00"]}


def test_an_update_that_changes_nothing_writes_nothing(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        same = update_contract(session, row.uid, {"title": row.title, "notice_period": "6 months"},
                               expected_version=row.version_id, user="ola")
        assert same.version_id == row.version_id
        assert len(history(session, row.uid)) == 1


def test_an_update_that_breaks_a_rule_across_fields_is_refused(register: Register) -> None:
    row = create(register)
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        update_contract(session, row.uid, {"end_date": "2023-01-01"},
                        expected_version=row.version_id, user="ola")
    assert "end_date" in caught.value.errors


def test_a_stale_version_is_a_conflict_not_an_overwrite(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:  # a colleague saves first
        update_contract(session, row.uid, {"owner": "Ola"}, expected_version=1, user="ola")
    with pytest.raises(ConflictError) as caught, register.transaction() as session:
        update_contract(session, row.uid, {"owner": "Per"}, expected_version=1, user="per")
    assert caught.value.mine == {"owner": "Per"}
    assert caught.value.theirs.owner == "Ola" and caught.value.theirs.updated_by == "ola"
    with register.transaction() as session:
        assert get_contract(session, row.uid).owner == "Ola"


def test_two_sessions_racing_cannot_both_win(register: Register) -> None:
    row = create(register)
    first, second = register.session_factory(), register.session_factory()
    try:
        with first.begin():
            update_contract(first, row.uid, {"owner": "A"}, expected_version=1, user="a")
        with pytest.raises(ConflictError), second.begin():
            update_contract(second, row.uid, {"owner": "B"}, expected_version=1, user="b")
    finally:
        first.close()
        second.close()
    with register.transaction() as session:
        assert get_contract(session, row.uid).owner == "A"


def test_delete_and_undo_bring_back_the_contract_and_its_obligations(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        add_obligation(session, row.uid, {"kind": "payment", "title": "Rent",
                                          "due_date": date(2024, 2, 1),
                                          "recurrence": "FREQ=MONTHLY", "amount": "104166.67"},
                       user="kari")
    with register.transaction() as session:
        event_id = delete_contract(session, row.uid, expected_version=row.version_id, user="ola")
    with register.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Contract)) == 0
    with register.transaction() as session:
        back = undo_delete(session, event_id, user="ola", today=TODAY)
    assert back.uid == row.uid and back.value == row.value and back.tags == row.tags
    assert back.counterparty == "Bergen kommune" and back.notice_deadline == row.notice_deadline
    with register.transaction() as session:
        obligations = list_obligations(session, row.uid)
        actions = [e.action for e in history(session, row.uid)]
    assert [(o.title, o.amount, o.recurrence) for o in obligations] == [
        ("Rent", Decimal("104166.67"), "FREQ=MONTHLY")
    ]
    assert actions[:2] == ["undelete", "delete"]


def test_handover_moves_the_contract_and_the_old_owners_obligations(register: Register) -> None:
    row = create(register)
    other = create(register, reference="L-9", owner="Per")
    with register.transaction() as session:
        add_obligation(session, row.uid, {"title": "Pay", "due_date": "2027-01-01"}, user="k")
        add_obligation(session, row.uid, {"title": "Audit", "due_date": "2027-02-01",
                                          "owner": "Siri"}, user="k")
    with register.transaction() as session:
        changed = handover(session, [row.uid, other.uid], "Ingrid", user="boss",
                           only_from="Kari Nordmann")
    assert changed == 1
    with register.transaction() as session:
        assert get_contract(session, row.uid).owner == "Ingrid"
        assert get_contract(session, other.uid).owner == "Per"
        owners = {o.title: o.owner for o in list_obligations(session, row.uid)}
        event = history(session, row.uid)[0]
    assert owners == {"Pay": "Ingrid", "Audit": "Siri"}
    assert event.action == "handover" and event.changes == {"owner": ["Kari Nordmann", "Ingrid"]}


def test_bulk_status_and_tag_change_only_what_differs(register: Register) -> None:
    first = create(register)
    second = create(register, reference="L-9", tags=["HQ"])
    with register.transaction() as session:
        assert bulk_set_status(session, [first.uid, second.uid], "terminated", user="k") == 2
        assert bulk_set_status(session, [first.uid], "terminated", user="k") == 0
        assert add_tag(session, [first.uid, second.uid], "HQ", user="k") == 0
        assert add_tag(session, [first.uid, second.uid], "review", user="k") == 2
    with register.transaction() as session:
        row = get_contract(session, second.uid)
    assert row.effective_status == "terminated" and row.tags == ("HQ", "review")
    with pytest.raises(ValidationError), register.transaction() as session:
        bulk_set_status(session, [first.uid], "sleeping", user="k")


def test_a_write_that_loses_a_race_is_a_conflict_on_every_backend(register: Register) -> None:
    row = create(register)
    # Per opened the contract (his editor holds version 1) before Ola saved hers.
    with register.reading() as seen:
        version = load_contract(seen, row.uid).version_id
    with register.transaction() as early:
        update_contract(early, row.uid, {"owner": "Ola"}, expected_version=version, user="ola")
    with pytest.raises(ConflictError) as caught, register.transaction() as late:
        update_contract(late, row.uid, {"owner": "Per"}, expected_version=version, user="per")
    assert caught.value.mine == {"owner": "Per"}
    assert caught.value.theirs.owner == "Ola" and caught.value.theirs.version_id == 2
    assert "changed by ola" in str(caught.value)
    with register.transaction() as session:
        assert get_contract(session, row.uid).owner == "Ola"
        assert [e.user for e in history(session, row.uid)] == ["ola", "kari"]


def test_a_race_against_a_delete_says_the_contract_is_gone(register: Register) -> None:
    row = create(register)
    with register.reading() as seen:  # Per opened the contract
        version = load_contract(seen, row.uid).version_id
    with register.transaction() as early:
        delete_contract(early, row.uid, expected_version=version, user="ola")
    with pytest.raises(NotFoundError, match="no contract"), register.transaction() as late:
        update_contract(late, row.uid, {"owner": "Per"}, expected_version=version, user="per")


def test_a_write_begun_before_another_commits_sees_it_on_postgres(pg_url: str) -> None:
    # A server has no write lock to wait for: two sessions overlap, and the one that
    # writes last finds the other's change through the version check.
    register = open_register(pg_url)
    try:
        row = create(register)
        with pytest.raises(ConflictError) as caught, register.transaction() as late:
            load_contract(late, row.uid)
            with register.transaction() as early:
                update_contract(early, row.uid, {"owner": "Ola"}, expected_version=1,
                                user="ola")
            update_contract(late, row.uid, {"owner": "Per"}, expected_version=1, user="per")
        assert caught.value.theirs.owner == "Ola"
    finally:
        register.close()


def test_deleting_a_stale_version_is_refused(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        update_contract(session, row.uid, {"notes": "renegotiated"}, expected_version=1,
                        user="ola")
    with pytest.raises(ConflictError), register.transaction() as session:
        delete_contract(session, row.uid, expected_version=1, user="per")
    with register.transaction() as session:
        assert get_contract(session, row.uid).notes == "renegotiated"
    with register.transaction() as session:
        delete_contract(session, row.uid, expected_version=2, user="per")
    with pytest.raises(NotFoundError), register.transaction() as session:
        delete_contract(session, row.uid, expected_version=2, user="per")


def test_update_audits_periods_dates_and_tags_as_json_values(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        updated = update_contract(
            session, row.uid,
            {"notice_period": "3 months", "start_date": date(2024, 2, 1), "tags": ["HQ"],
             "counterparty": "Vestland fylkeskommune"},
            expected_version=1, user="ola", today=TODAY)
        changes = history(session, row.uid)[0].changes
    assert changes == {
        "notice_period": ["6 months", "3 months"],
        "start_date": ["2024-01-15", "2024-02-01"],
        "tags": [["lease", "HQ"], ["HQ"]],
        "counterparty": ["Bergen kommune", "Vestland fylkeskommune"],
    }
    assert updated.term_end == date(2027, 1, 31) and updated.notice_deadline == date(2026, 10, 31)


def test_unknown_fields_and_overlong_text_are_refused_by_name(register: Register) -> None:
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        create_contract(session, {"title": "x" * 501, "colour": "red", "owner": "o" * 121},
                        user="kari")
    assert set(caught.value.errors) == {"title", "colour", "owner"}
    assert "at most 500" in caught.value.errors["title"]
    assert "colour: is not a contract field" in str(caught.value)
    row = create(register)
    with pytest.raises(ValidationError, match="colour"), register.transaction() as session:
        update_contract(session, row.uid, {"colour": "blue"}, expected_version=1, user="k")


def test_amounts_that_would_be_rounded_are_refused(register: Register) -> None:
    with pytest.raises(ValidationError, match="7 decimals"), register.transaction() as session:
        create_contract(session, {**LEASE, "value": "1.1234567"}, user="kari")
    row = create(register, value="0.123456")
    assert row.value == Decimal("0.123456")
    with register.transaction() as session:
        assert get_contract(session, row.uid).value == Decimal("0.123456")


def test_the_delete_snapshot_holds_the_contract_obligations_and_files(
    register: Register, tmp_path
) -> None:
    row = create(register)
    store = store_for(register)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(b"%PDF signed")
    with register.transaction() as session:
        duty = add_obligation(session, row.uid, {"title": "Rent", "due_date": "2024-02-01"},
                              user="kari")
        add_attachment(session, store, row.uid, signed, user="kari", obligation_uid=duty.uid)
    with register.transaction() as session:
        event_id = delete_contract(session, row.uid, expected_version=1, user="ola")
        snapshot = session.get(AuditEvent, event_id).snapshot
    assert snapshot["contract"]["uid"] == row.uid and snapshot["counterparty"] == "Bergen kommune"
    assert snapshot["contract"]["value"] == "1250000.50"
    assert [o["title"] for o in snapshot["obligations"]] == ["Rent"]
    assert [(a["original_name"], a["obligation_uid"]) for a in snapshot["attachments"]] == [
        ("signed.pdf", duty.uid)
    ]
    with register.transaction() as session:
        undo_delete(session, event_id, user="ola")
        files = list_attachments(session, row.uid)
    assert [(f.file_name, f.obligation_uid) for f in files] == [("signed.pdf", duty.uid)]


def test_undo_only_undoes_a_delete_once(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        event_id = delete_contract(session, row.uid, expected_version=1, user="ola")
        create_event = history(session, row.uid)[-1].id
    with register.transaction() as session:
        undo_delete(session, event_id, user="ola")
    with pytest.raises(DomainError, match="exists again"), register.transaction() as session:
        undo_delete(session, event_id, user="ola")
    with pytest.raises(DomainError, match="not a delete"), register.transaction() as session:
        undo_delete(session, create_event, user="ola")


def test_handover_can_leave_obligations_and_reports_missing_contracts(
    register: Register,
) -> None:
    row = create(register)
    with register.transaction() as session:
        add_obligation(session, row.uid, {"title": "Pay", "due_date": "2027-01-01"}, user="k")
        assert handover(session, [row.uid], "Ingrid", user="boss",
                        include_obligations=False) == 1
        assert [o.owner for o in list_obligations(session, row.uid)] == ["Kari Nordmann"]
        assert handover(session, [row.uid], " Ingrid ", user="boss") == 0
    with pytest.raises(NotFoundError, match="1 of the chosen"), register.transaction() as s:
        handover(s, [row.uid, "gone"], "Per", user="boss")
    with pytest.raises(ValidationError), register.transaction() as session:
        handover(session, [row.uid], "  ", user="boss")
    with register.transaction() as session:
        assert get_contract(session, row.uid).owner == "Ingrid"


def test_a_new_counterparty_is_audited_once(register: Register) -> None:
    create(register)
    create(register, reference="L-8", counterparty="bergen kommune")
    with register.transaction() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "party")).all()
    assert [(e.action, e.changes) for e in events] == [
        ("create", {"name": [None, "Bergen kommune"]})
    ]


def test_undo_refuses_events_that_are_not_contract_deletes(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:
        duty = add_obligation(session, row.uid, {"title": "Pay", "due_date": "2027-01-01"},
                              user="k")
        delete_obligation(session, duty.uid, user="k")
        obligation_delete = history(session, row.uid)[0].id
    with pytest.raises(DomainError, match="not a delete"), register.transaction() as session:
        undo_delete(session, obligation_delete, user="k")


def test_a_bad_stored_period_is_named_until_it_is_corrected(register: Register) -> None:
    row = create(register)
    with register.transaction() as session:  # written by another tool, below our rules
        session.execute(update(Contract).where(Contract.uid == row.uid)
                        .values(notice_period_count=0, version_id=2))
    with pytest.raises(ValidationError) as caught, register.transaction() as session:
        update_contract(session, row.uid, {"notes": "x"}, expected_version=2, user="k")
    assert set(caught.value.errors) == {"notice_period"}
    assert "'0 months'" in caught.value.errors["notice_period"]
    with register.transaction() as session:
        fixed = update_contract(session, row.uid, {"notice_period": "3 months"},
                                expected_version=2, user="k", today=TODAY)
    assert fixed.notice_period == "3 months" and fixed.notice_deadline == date(2026, 10, 14)
