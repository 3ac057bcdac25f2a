"""Importing planned rows: provenance and audit, re-import, changed files, all or nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from import_helpers import (
    SHEET,
    TODAY,
    assert_invariant,
    base_rows,
    commit,
    make_plan,
    planned,
    register_counts,
)
from sqlalchemy import select

from contract_desk.models import AuditEvent, Contract, ImportBatch
from contract_desk.services import create_contract, get_contract, history
from contract_desk.services.importing.batches import ImportResult, commit_import, preview_import
from contract_desk.storage import Register


def test_commit_creates_every_row_with_provenance_and_a_batch(register: Register) -> None:
    result = commit(register, make_plan(*base_rows()))
    assert (result.created, result.updated, result.unchanged, result.skipped) == (4, 0, 0, 0)
    assert_invariant(result)
    with register.transaction() as session:
        batch = session.scalar(select(ImportBatch))
        assert batch is not None and batch.uid == result.batch_uid
        assert (batch.file_name, batch.sheet, batch.user) == ("register.xlsx", SHEET, "kari")
        assert batch.file_sha256 == "0" * 64 and batch.mapping["Avtalenr"] == "reference"
        assert batch.counts["created"] == 4 and batch.counts["warnings"] == 1
        assert batch.finished_at is not None and batch.finished_at >= batch.started_at
        contracts = session.scalars(select(Contract).order_by(Contract.source_row)).all()
        assert [c.source_row for c in contracts] == [3, 4, 5, 6]
        assert {c.import_batch_id for c in contracts} == {batch.id}
        assert {c.source_sheet for c in contracts} == {SHEET}
        assert all(c.version_id == 1 for c in contracts)
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "contract")).all()
        assert len(events) == 4 and {e.import_batch_id for e in events} == {batch.id}


def test_values_in_every_language_and_custom_fields_are_stored(register: Register) -> None:
    commit(register, make_plan(*base_rows()))
    with register.transaction() as session:
        lease = get_contract(session, "NO-1", today=TODAY)
        korean = get_contract(session, "KR-2", today=TODAY)
        german = get_contract(session, "DE-3", today=TODAY)
        chinese = get_contract(session, "CN-4", today=TODAY)
    assert lease.counterparty == "Bergen kommune" and lease.value == Decimal("1250000.50")
    assert lease.custom == {"Merknad": "Indeksreguleres årlig"}
    assert korean.title == "유지보수 계약" and korean.currency == "KRW"
    assert german.custom == {"Beløp": "ca. 40 000", "Kostenstelle": "4711"}
    assert chinese.counterparty == "华为" and chinese.tags == ("IT", "lisens")


def test_the_report_keeps_cell_problems_and_has_the_cli_shape(register: Register) -> None:
    result = commit(register, make_plan(*base_rows()))
    report = result.to_json()
    assert set(report) == {"rows_read", "created", "updated", "unchanged", "skipped",
                           "problems", "summary", "batch"}
    assert report["rows_read"] == 4 and report["batch"] == result.batch_uid
    assert report["problems"] == [{"row": 5, "cell": f"{SHEET}!F5", "column": "Beløp",
                                   "value": "ca. 40 000",
                                   "message": "not an amount (kept as text)"}]
    assert report["summary"] == [{"column": "Beløp", "severity": "warning", "count": 1,
                                  "message": "not an amount (kept as text)",
                                  "cells": [f"{SHEET}!F5"]}]


def test_a_result_that_loses_a_row_is_refused() -> None:
    with pytest.raises(AssertionError, match="3 rows read but 2"):
        ImportResult(rows_read=3, created=1, updated=1, unchanged=0, skipped=0,
                     problems=(), outcomes=())


def test_reimporting_the_same_file_changes_nothing(register: Register) -> None:
    plan = make_plan(*base_rows())
    first = commit(register, plan)
    before = register_counts(register)
    with register.transaction() as session:
        versions = dict(session.execute(select(Contract.uid, Contract.version_id)).all())
    again = commit(register, plan)
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 4, 0)
    assert_invariant(again)
    after = register_counts(register)
    assert after["AuditEvent"] == before["AuditEvent"]
    assert after["Contract"] == before["Contract"] and after["Party"] == before["Party"]
    # The no-op import is logged as a batch of its own, and no contract points at it.
    assert after["ImportBatch"] == before["ImportBatch"] + 1
    with register.transaction() as session:
        assert dict(session.execute(select(Contract.uid, Contract.version_id)).all()) == versions
        batch_ids = set(session.scalars(select(Contract.import_batch_id)))
        first_id = session.scalar(select(ImportBatch.id).where(ImportBatch.uid == first.batch_uid))
    assert batch_ids == {first_id}


def test_a_changed_file_updates_exactly_the_changed_cells(register: Register) -> None:
    rows = base_rows()
    first = commit(register, make_plan(*rows))
    rows[0] = planned(3, {**rows[0].fields, "end_date": date(2027, 6, 30), "owner": "Ola"},
                      rows[0].custom)
    changed = commit(register, make_plan(*rows))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 3)
    outcome = changed.outcomes[0]
    assert outcome.action == "updated"
    assert dict(outcome.changes) == {"end_date": ["2026-12-31", "2027-06-30"],
                                     "owner": ["Kari", "Ola"]}
    with register.transaction() as session:
        lease = get_contract(session, "NO-1", today=TODAY)
        events = history(session, lease.uid)
        stored = session.scalar(select(Contract).where(Contract.uid == lease.uid))
        batch_id = session.scalar(select(ImportBatch.id)
                                  .where(ImportBatch.uid == changed.batch_uid))
        update = session.scalar(select(AuditEvent).where(AuditEvent.action == "update"))
        assert stored is not None and update is not None
        assert (stored.import_batch_id, stored.source_row) == (batch_id, 3)
        assert update.import_batch_id == batch_id
    assert lease.version_id == 2 and lease.owner == "Ola"
    assert [e.action for e in events] == ["update", "create"]
    assert dict(events[0].changes) == dict(outcome.changes)
    assert first.batch_uid != changed.batch_uid


def test_custom_fields_merge_and_blank_cells_clear_nothing(register: Register) -> None:
    commit(register, make_plan(planned(3, {"reference": "R-1", "title": "Lease",
                                           "owner": "Kari"}, {"Note": "old", "Room": "12"})))
    result = commit(register, make_plan(planned(3, {"reference": "R-1", "title": "Lease",
                                                    "owner": None, "scope": "  "},
                                                {"Note": "new", "Floor": "3"})))
    assert result.updated == 1
    assert dict(result.outcomes[0].changes) == {"custom": [
        {"Note": "old", "Room": "12"}, {"Note": "new", "Room": "12", "Floor": "3"}]}
    with register.transaction() as session:
        row = get_contract(session, "R-1", today=TODAY)
    assert row.owner == "Kari" and row.custom == {"Note": "new", "Room": "12", "Floor": "3"}


@pytest.mark.parametrize(("first", "second"), [
    ({"reference": "AB-12"}, {"reference": "ab-12"}),
    ({"counterparty": "Bergen Kommune", "start_date": date(2024, 1, 1)},
     {"counterparty": " bergen  kommune", "start_date": date(2024, 1, 1), "title": "LEASE"}),
])
def test_rows_match_by_reference_else_counterparty_title_and_start(
        register: Register, first: dict[str, Any], second: dict[str, Any]) -> None:
    commit(register, make_plan(planned(3, {"title": "Lease", **first})))
    result = commit(register, make_plan(planned(3, {"title": "Lease", **second, "owner": "Ola"})))
    assert (result.created, result.updated) == (0, 1)
    assert set(result.outcomes[0].changes) <= {"owner", "reference", "title"}
    assert result.outcomes[0].changes["owner"] == [None, "Ola"]


def test_a_different_reference_is_a_different_contract(register: Register) -> None:
    fields = {"title": "Lease", "counterparty": "Bergen kommune", "start_date": date(2024, 1, 1)}
    commit(register, make_plan(planned(3, {**fields, "reference": "A-1"})))
    result = commit(register, make_plan(planned(3, {**fields, "reference": "A-2"})))
    assert (result.created, result.updated) == (1, 0)


def test_a_counterparty_spelled_in_another_case_is_no_change(register: Register) -> None:
    commit(register, make_plan(*base_rows()))
    row = planned(3, {**base_rows()[0].fields, "counterparty": "BERGEN  KOMMUNE"},
                  base_rows()[0].custom)
    result = commit(register, make_plan(row))
    assert result.unchanged == 1 and result.updated == 0


def test_an_exact_reference_wins_and_an_ambiguous_one_is_skipped(register: Register) -> None:
    with register.transaction() as session:
        for reference in ("Ab-1", "aB-1"):
            create_contract(session, {"reference": reference, "title": "Lease"}, user="kari")
    result = commit(register, make_plan(planned(3, {"reference": "aB-1", "title": "Lease",
                                                    "owner": "Ola"}),
                                        planned(4, {"reference": "AB-1", "title": "Lease"})))
    assert [o.action for o in result.outcomes] == ["updated", "skipped"]
    with register.transaction() as session:
        assert result.outcomes[0].contract_uid == get_contract(session, "aB-1").uid
    assert "2 contracts in the register have the reference 'AB-1'" in (
        result.outcomes[1].reason or "")
    assert result.problems[0].cell == f"{SHEET}!4:4"


def test_duplicate_rows_in_one_file_keep_the_first_and_report_the_rest(
        register: Register) -> None:
    plan = make_plan(planned(3, {"reference": "D-1", "title": "Lease", "owner": "Kari"}),
                     planned(4, {"reference": "D-1", "title": "Lease", "owner": "Kari"}),
                     planned(5, {"reference": "d-1", "title": "Lease", "owner": "Ola"}))
    result = commit(register, plan)
    assert [o.action for o in result.outcomes] == ["created", "unchanged", "skipped"]
    assert "row 3 already imported this contract" in (result.outcomes[2].reason or "")
    assert "owner" in (result.outcomes[2].reason or "")
    again = commit(register, plan)
    assert [o.action for o in again.outcomes] == ["unchanged", "unchanged", "skipped"]
    with register.transaction() as session:
        assert get_contract(session, "D-1", today=TODAY).owner == "Kari"


def test_a_reference_repeated_with_other_contents_is_several_contracts(
        register: Register) -> None:
    # Public registers repeat a purchase order or document number once per supplier.
    plan = make_plan(
        planned(3, {"reference": "STANDING OFFER", "title": "Printing", "counterparty": "A Ltd"}),
        planned(4, {"reference": "STANDING OFFER", "title": "Printing", "counterparty": "B Inc"}),
        planned(5, {"reference": "STANDING OFFER", "title": "Cleaning", "counterparty": "A Ltd"},
                {"Item #": "7"}),
    )
    result = commit(register, plan)
    assert [o.action for o in result.outcomes] == ["created", "created", "created"]
    assert len({o.contract_uid for o in result.outcomes}) == 3
    again = commit(register, plan)
    assert [o.action for o in again.outcomes] == ["unchanged", "unchanged", "unchanged"]
    assert [o.contract_uid for o in again.outcomes] == [o.contract_uid for o in result.outcomes]


def test_lots_signed_together_without_a_reference_are_several_contracts(
        register: Register) -> None:
    # A portal export without contract numbers: two lots of one tender, one supplier,
    # one day, two values. They are two contracts, found again on a re-import.
    lot = {"title": "Road maintenance", "counterparty": "Vegbygg AS",
           "start_date": date(2024, 3, 1), "currency": "NOK"}
    plan = make_plan(planned(3, {**lot, "value": Decimal("100000")}),
                     planned(4, {**lot, "value": Decimal("250000")}),
                     planned(5, {**lot, "value": Decimal("100000")}))  # the first lot again
    first = commit(register, plan)
    assert [o.action for o in first.outcomes] == ["created", "created", "unchanged"]
    assert first.outcomes[2].contract_uid == first.outcomes[0].contract_uid
    again = commit(register, plan)
    assert [o.action for o in again.outcomes] == ["unchanged"] * 3
    assert [o.contract_uid for o in again.outcomes] == [o.contract_uid for o in first.outcomes]


def test_rows_without_reference_or_start_are_found_again_by_all_their_values(
        register: Register) -> None:
    plan = make_plan(
        planned(3, {"title": "Termination", "department": "GSA", "value": "100", "currency": "USD"},
                {"location": "Denver"}),
        planned(4, {"title": "Termination", "department": "GSA", "value": "100", "currency": "USD"},
                {"location": "Austin"}),
    )
    first = commit(register, plan)
    assert (first.created, first.unchanged) == (2, 0)
    again = commit(register, plan)
    assert (again.created, again.unchanged, again.skipped) == (0, 2, 0)


def test_rows_that_cannot_be_stored_are_skipped_with_their_reasons(register: Register) -> None:
    plan = make_plan(
        planned(3, {"reference": "OK-1", "title": "Fine"}),
        planned(4, {"reference": "BAD-1", "title": "Ends early", "start_date": date(2025, 1, 1),
                    "end_date": date(2024, 1, 1)}),
        planned(5, {}, {"Merknad": "only a note"}),
        planned(6, {"owner": "Kari"}),
        planned(7, {"reference": "NT-1"}),
    )
    result = commit(register, plan)
    assert [o.action for o in result.outcomes] == [
        "created", "skipped", "skipped", "skipped", "created"]
    assert_invariant(result)
    end_problem = next(p for p in result.problems if p.row == 4)
    assert end_problem.column == "Slutt" and end_problem.severity == "error"
    assert end_problem.value == "2024-01-01" and "before the start" in end_problem.message
    assert "nothing in this row" in (result.outcomes[2].reason or "")
    assert "neither a title nor a reference" in (result.outcomes[3].reason or "")
    titled = next(p for p in result.problems if p.row == 7)
    assert titled.severity == "warning" and "reference is used as the title" in titled.message
    with register.transaction() as session:
        assert get_contract(session, "NT-1", today=TODAY).title == "NT-1"


def test_preview_says_what_commit_does_and_writes_nothing(register: Register) -> None:
    commit(register, make_plan(*base_rows()[:2]))
    rows = base_rows()
    rows[1] = planned(4, {**rows[1].fields, "owner": "민지"})
    plan = make_plan(*rows)
    before = register_counts(register)
    with register.transaction() as session:
        preview = preview_import(session, plan, today=TODAY)
    assert register_counts(register) == before
    assert preview.batch_uid is None
    assert [o.action for o in preview.outcomes] == ["unchanged", "updated", "created", "created"]
    assert preview.outcomes[1].changes == {"owner": [None, "민지"]}
    committed = commit(register, plan)
    assert [o.action for o in committed.outcomes] == [o.action for o in preview.outcomes]
    assert committed.problems == preview.problems


def _failing_on(call: int, real: Any) -> Any:
    calls = []

    def fail(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == call:
            raise RuntimeError("the disk went away")
        return real(*args, **kwargs)
    return fail


def test_an_error_midway_leaves_no_contract_batch_or_audit_event(
        register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    # New contracts are validated row by row and written together: fail the 3rd
    # row's preparation, and the write at the end.
    from contract_desk.services.importing.new_contracts import PendingContracts
    monkeypatch.setattr(PendingContracts, "add", _failing_on(3, PendingContracts.add))
    with pytest.raises(RuntimeError, match="disk went away"), register.transaction() as session:
        commit_import(session, make_plan(*base_rows()), user="kari", today=TODAY)
    assert register_counts(register) == {"Contract": 0, "Party": 0, "Obligation": 0,
                                         "AuditEvent": 0, "ImportBatch": 0}
    monkeypatch.setattr(PendingContracts, "write", _failing_on(1, PendingContracts.write))
    with pytest.raises(RuntimeError, match="disk went away"), register.transaction() as session:
        commit_import(session, make_plan(*base_rows()), user="kari", today=TODAY)
    assert register_counts(register) == {"Contract": 0, "Party": 0, "Obligation": 0,
                                         "AuditEvent": 0, "ImportBatch": 0}


def test_an_error_in_an_update_undoes_the_earlier_updates_too(
        register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    from contract_desk.services.importing import row_outcomes as import_rows
    commit(register, make_plan(*base_rows()))
    before = register_counts(register)
    changed = [planned(r.row, {**r.fields, "owner": "Ola"}, r.custom) for r in base_rows()]
    monkeypatch.setattr(import_rows, "update_contract", _failing_on(3, import_rows.update_contract))
    # Even a caller that carries on after the error (and commits) keeps nothing of the import.
    with register.transaction() as session, pytest.raises(RuntimeError):
        commit_import(session, make_plan(*changed), user="kari", today=TODAY)
    assert register_counts(register) == before
    with register.transaction() as session:
        owners = set(session.scalars(select(Contract.owner)))
        versions = set(session.scalars(select(Contract.version_id)))
    assert owners == {"Kari", None} and versions == {1}


def test_work_after_an_import_in_the_same_session_is_not_stamped(register: Register) -> None:
    with register.transaction() as session:
        commit_import(session, make_plan(*base_rows()[:1]), user="kari", today=TODAY)
        typed = create_contract(session, {"reference": "T-1", "title": "Typed in"}, user="kari")
        contract = session.scalar(select(Contract).where(Contract.uid == typed.uid))
        event = session.scalar(select(AuditEvent).where(AuditEvent.entity_uid == typed.uid))
        assert contract is not None and event is not None
        assert (contract.import_batch_id, contract.source_sheet, contract.source_row) == (
            None, None, None)
        assert event.import_batch_id is None


def test_a_second_import_of_the_same_file_waits_and_then_changes_nothing(
        register: Register) -> None:
    import threading

    plan = make_plan(*base_rows())
    first_done, release = threading.Event(), threading.Event()
    results: dict[str, ImportResult] = {}
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with register.transaction() as session:
                results["first"] = commit_import(session, plan, user="kari", today=TODAY)
                first_done.set()
                release.wait(20)  # the transaction stays open meanwhile
        except BaseException as error:  # reported to the test thread below
            errors.append(error)
            first_done.set()

    def second() -> None:
        try:
            with register.transaction() as session:
                results["second"] = commit_import(session, plan, user="ola", today=TODAY)
        except BaseException as error:
            errors.append(error)

    one = threading.Thread(target=first)
    one.start()
    assert first_done.wait(20)
    two = threading.Thread(target=second)
    two.start()
    two.join(1.0)
    assert two.is_alive(), "the second import must wait for the first one's transaction"
    release.set()
    one.join(20)
    two.join(20)
    assert not errors, errors
    assert results["first"].created == 4
    assert (results["second"].created, results["second"].unchanged) == (0, 4)
    assert register_counts(register)["Contract"] == 4
