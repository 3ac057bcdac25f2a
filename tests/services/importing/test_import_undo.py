"""Undoing import batches, obligations from rows, the batch list and remembered mappings."""

from __future__ import annotations

from datetime import date

import pytest
from import_helpers import (
    base_rows,
    commit,
    make_plan,
    planned,
    register_counts,
)
from sqlalchemy import select

from contract_desk.domain.errors import DomainError
from contract_desk.models import AuditEvent, Contract, ImportBatch
from contract_desk.services import (
    NotFoundError,
    get_contract,
    history,
    list_obligations,
    undo_delete,
    update_contract,
)
from contract_desk.services.importing.batches import (
    ImportUndoError,
    MappingError,
    list_import_batches,
    recall_mapping,
    remember_mapping,
    undo_import,
)
from contract_desk.storage import Register


def undo(register: Register, batch_uid: str | None):
    assert batch_uid is not None
    with register.transaction() as session:
        return undo_import(session, batch_uid, user="ola")


def test_undo_deletes_what_the_batch_created_each_undoable(register: Register) -> None:
    result = commit(register, make_plan(*base_rows()))
    undone = undo(register, result.batch_uid)
    assert (undone.deleted, undone.restored, undone.conflicts) == (4, 0, ())
    assert register_counts(register)["Contract"] == 0
    with register.transaction() as session:
        deletes = session.scalars(select(AuditEvent).where(AuditEvent.action == "delete")).all()
        assert len(deletes) == 4 and {e.user for e in deletes} == {"ola"}
        undo_delete(session, deletes[0].id, user="ola")
        [batch] = list_import_batches(session)
    assert register_counts(register)["Contract"] == 1
    assert batch.uid == result.batch_uid and batch.undone_at is not None


def test_undoing_twice_or_an_unknown_batch_is_a_clear_error(register: Register) -> None:
    result = commit(register, make_plan(*base_rows()))
    undo(register, result.batch_uid)
    with pytest.raises(ImportUndoError, match="already undone") as error:
        undo(register, result.batch_uid)
    assert isinstance(error.value, DomainError)
    with pytest.raises(NotFoundError, match="no import with id nope"):
        undo(register, "nope")


def _change_owners(register: Register, owner: str, start: int = 0):
    rows = [planned(r.row, {**r.fields, "owner": owner}, r.custom) for r in base_rows()[start:]]
    return commit(register, make_plan(*rows))


def test_undo_puts_back_the_values_and_provenance_an_update_replaced(register: Register) -> None:
    first = commit(register, make_plan(*base_rows()))
    second = _change_owners(register, "Ola")
    assert second.updated == 4
    undone = undo(register, second.batch_uid)
    assert (undone.deleted, undone.restored, undone.conflicts) == (0, 4, ())
    with register.transaction() as session:
        owners = dict(session.execute(select(Contract.reference, Contract.owner)).all())
        first_id = session.scalar(select(ImportBatch.id).where(ImportBatch.uid == first.batch_uid))
        lease = session.scalar(select(Contract).where(Contract.reference == "NO-1"))
        assert lease is not None
        assert (lease.import_batch_id, lease.source_row, lease.version_id) == (first_id, 3, 3)
        events = history(session, lease.uid)
    assert owners == {"NO-1": "Kari", "KR-2": None, "DE-3": None, "CN-4": None}
    assert [e.action for e in events] == ["update", "update", "create"]
    assert dict(events[0].changes) == {"owner": ["Ola", "Kari"]} and events[0].user == "ola"
    assert "undo of the import" in (events[0].note or "")


def test_a_later_manual_edit_is_kept_and_reported(register: Register) -> None:
    commit(register, make_plan(*base_rows()))
    second = _change_owners(register, "Ola")
    with register.transaction() as session:
        korean = get_contract(session, "KR-2")
        update_contract(session, korean.uid, {"owner": "민지"},
                        expected_version=korean.version_id, user="minji")
    undone = undo(register, second.batch_uid)
    assert undone.restored == 3
    [conflict] = undone.conflicts
    assert (conflict.contract_uid, conflict.reference) == (korean.uid, "KR-2")
    assert "changed after the import" in conflict.reason
    with register.transaction() as session:
        assert get_contract(session, "KR-2").owner == "민지"
        assert get_contract(session, "NO-1").owner == "Kari"


def test_a_created_contract_edited_after_the_import_is_not_deleted(register: Register) -> None:
    result = commit(register, make_plan(*base_rows()))
    with register.transaction() as session:
        german = get_contract(session, "DE-3")
        update_contract(session, german.uid, {"notes": "verlängert"},
                        expected_version=german.version_id, user="kari")
    undone = undo(register, result.batch_uid)
    assert undone.deleted == 3
    assert [c.reference for c in undone.conflicts] == ["DE-3"]
    with register.transaction() as session:
        assert get_contract(session, "DE-3").notes == "verlängert"


def test_a_later_import_of_the_same_contract_is_a_conflict_for_the_earlier(
        register: Register) -> None:
    commit(register, make_plan(*base_rows()))
    second = _change_owners(register, "Ola")
    _change_owners(register, "Per", start=3)  # changes CN-4 once more
    undone = undo(register, second.batch_uid)
    assert [c.reference for c in undone.conflicts] == ["CN-4"] and undone.restored == 3
    with register.transaction() as session:
        assert get_contract(session, "CN-4").owner == "Per"


def test_undoing_a_batch_that_changed_nothing_only_marks_it(register: Register) -> None:
    commit(register, make_plan(*base_rows()))
    again = commit(register, make_plan(*base_rows()))
    before = register_counts(register)
    undone = undo(register, again.batch_uid)
    assert (undone.deleted, undone.restored, undone.conflicts) == (0, 0, ())
    after = register_counts(register)
    assert after["Contract"] == before["Contract"] == 4
    assert after["AuditEvent"] == before["AuditEvent"] + 1  # the undo itself is audited


PAYMENT = {"kind": "payment", "title": "Første avdrag", "due_date": date(2026, 6, 30)}


def test_obligations_in_rows_are_added_once_and_undone_with_their_batch(
        register: Register) -> None:
    lease = base_rows()[0]
    commit(register, make_plan(lease))
    with_payment = planned(3, lease.fields, lease.custom, obligations=(PAYMENT,))
    added = commit(register, make_plan(with_payment))
    assert added.updated == 1 and added.outcomes[0].changes == {"obligations": [None, 1]}
    again = commit(register, make_plan(with_payment))
    assert again.unchanged == 1
    with register.transaction() as session:
        uid = get_contract(session, "NO-1").uid
        [obligation] = list_obligations(session, uid)
    assert obligation.owner == "Kari" and obligation.due_date == date(2026, 6, 30)
    undone = undo(register, added.batch_uid)
    assert undone.obligations_removed == 1 and undone.conflicts == ()
    with register.transaction() as session:
        assert list_obligations(session, uid) == []
        assert get_contract(session, "NO-1").title == "Husleie Bryggen"


def test_an_obligation_without_an_owner_stays_as_text_and_its_contract_comes_in(
        register: Register) -> None:
    ownerless = planned(3, {"reference": "O-1", "title": "No owner"}, obligations=(PAYMENT,),
                        obligation_cells={"Forfall": ("Kontrakter!E3", "30.06.2026"),
                                          "Avdrag": ("Kontrakter!F3", "Første avdrag")})
    result = commit(register, make_plan(ownerless))
    assert result.created == 1 and result.skipped == 0
    warned = [p for p in result.problems if "not added as an obligation" in p.message]
    assert [p.column for p in warned] == ["Forfall", "Avdrag"]
    assert all("owner" in p.message for p in warned)
    with register.transaction() as session:
        contract = get_contract(session, "O-1")
        assert list_obligations(session, contract.uid) == []
    assert dict(contract.custom) == {"Forfall": "30.06.2026", "Avdrag": "Første avdrag"}


def test_batches_are_listed_newest_first_with_their_counts(register: Register) -> None:
    first = commit(register, make_plan(*base_rows()[:2], file_name="2024.xlsx"))
    second = commit(register, make_plan(*base_rows(), file_name="2025.xlsx"))
    with register.transaction() as session:
        batches = list_import_batches(session)
    assert [b.uid for b in batches] == [second.batch_uid, first.batch_uid]
    assert batches[0].file_name == "2025.xlsx" and batches[0].user == "kari"
    assert dict(batches[0].counts) == {"rows_read": 4, "created": 2, "updated": 0,
                                       "unchanged": 2, "skipped": 0, "warnings": 1, "errors": 0}
    assert batches[1].to_json()["undone_at"] is None


def test_a_remembered_mapping_comes_back_for_the_same_layout(register: Register) -> None:
    mapping = {"Avtalenr": "reference", "Motpart": "counterparty", "Merknad": ""}
    long_print = "layout:" + "|".join(f"column {n}" for n in range(40))
    with register.transaction() as session:
        assert recall_mapping(session, "abc123") is None
        remember_mapping(session, "abc123", mapping)
        remember_mapping(session, long_print, {"계약번호": "reference"})
    with register.transaction() as session:
        assert recall_mapping(session, "abc123") == mapping
        assert recall_mapping(session, long_print) == {"계약번호": "reference"}
        remember_mapping(session, "abc123", {"Avtalenr": "title"})
    with register.transaction() as session:
        assert recall_mapping(session, "abc123") == {"Avtalenr": "title"}
        assert recall_mapping(session, "other") is None
        with pytest.raises(MappingError):
            remember_mapping(session, "", mapping)
