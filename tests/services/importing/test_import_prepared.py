"""An import rehearsed while reading and stored in a short write: the same register as before."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from import_helpers import TODAY, base_rows, make_plan, planned, register_counts
from sqlalchemy import select

from contract_desk.models import AuditEvent, Contract, ImportBatch, Party
from contract_desk.services import create_contract, get_contract, update_contract
from contract_desk.services.importing import rehearsal as prepared_module
from contract_desk.services.importing import row_outcomes as import_rows
from contract_desk.services.importing.batches import commit_import, preview_import
from contract_desk.services.importing.steps import rehearse_plan, store_plan
from contract_desk.services.importing.undo import undo_import
from contract_desk.storage import Register, open_register

PAYMENT = {"kind": "payment", "title": "Første avdrag", "due_date": date(2026, 6, 30)}
#: Columns that differ between two registers holding the same contracts.
_OWN = {"id", "uid", "created_at", "updated_at", "import_batch_id", "counterparty_id",
        "next_reminder_on"}


def _contents(register: Register) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    """Every contract's stored values (with its counterparty's name) and every audit event."""
    with register.reading() as session:
        contracts = []
        for contract, party in session.execute(
                select(Contract, Party.name).outerjoin(Party, Contract.counterparty_id == Party.id)
                .order_by(Contract.source_row)):
            values = {column.name: getattr(contract, column.key)
                      for column in Contract.__table__.columns if column.name not in _OWN}
            contracts.append({**values, "counterparty": party,
                              "batch": contract.import_batch_id is not None})
        events = sorted((e.entity, e.action, e.user, repr(sorted(e.changes.items())),
                         e.import_batch_id is not None, e.note)
                        for e in session.scalars(select(AuditEvent)))
    return contracts, events


def _rehearse_and_store(register: Register, plan: Any, user: str = "kari") -> Any:
    rehearsal = rehearse_plan(register, plan, user=user, today=TODAY)
    return rehearsal, store_plan(register, plan, rehearsal, user=user, today=TODAY)


def test_a_stored_rehearsal_leaves_the_register_a_direct_import_leaves(tmp_path: Path) -> None:
    plan = make_plan(*base_rows(), planned(7, {"reference": "NO-5", "title": "Renhold",
                                               "counterparty": "bergen  KOMMUNE"}))
    direct, rehearsed = (open_register(tmp_path / f"{name}.sqlite3")
                         for name in ("direct", "rehearsed"))
    try:
        with direct.transaction() as session:
            expected = commit_import(session, plan, user="kari", today=TODAY)
        rehearsal, result = _rehearse_and_store(rehearsed, plan)
        assert rehearsal.prepared is not None  # nothing in this plan needs a write to work out
        assert result.counts() == expected.counts() and result.created == 5
        assert [o.action for o in result.outcomes] == [o.action for o in expected.outcomes]
        assert _contents(rehearsed) == _contents(direct)
        assert register_counts(rehearsed) == register_counts(direct)
        with rehearsed.reading() as session:  # one party for both spellings of Bergen
            assert session.scalar(select(Party.id).where(Party.name == "bergen  KOMMUNE")) is None
    finally:
        direct.close()
        rehearsed.close()


def test_the_rehearsal_is_the_preview_and_writes_nothing(register: Register) -> None:
    plan = make_plan(*base_rows())
    before = register_counts(register)
    rehearsal = rehearse_plan(register, plan, user="kari", today=TODAY)
    assert register_counts(register) == before
    with register.transaction() as session:
        preview = preview_import(session, plan, today=TODAY)
    assert rehearsal.result.counts() == preview.counts()
    assert rehearsal.result.problems == preview.problems
    assert [(o.row, o.action) for o in rehearsal.result.outcomes] == [
        (o.row, o.action) for o in preview.outcomes]


def test_storing_a_rehearsal_works_out_no_row_again(register: Register,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    plan = make_plan(*base_rows())
    rehearsal = rehearse_plan(register, plan, user="kari", today=TODAY)

    def no_row(*_args: Any) -> Any:
        raise AssertionError("a row was worked out again while storing")

    monkeypatch.setattr(import_rows, "import_row", no_row)
    monkeypatch.setattr("contract_desk.services.importing.batches.import_row", no_row)
    result = store_plan(register, plan, rehearsal, user="kari", today=TODAY)
    assert result.created == 4 and result.batch_uid is not None
    with register.reading() as session:
        batch = session.scalar(select(ImportBatch))
        assert batch is not None and batch.counts["created"] == 4
        assert {c.import_batch_id for c in session.scalars(select(Contract))} == {batch.id}
    with register.transaction() as session:  # the batch undoes like any other
        undone = undo_import(session, result.batch_uid, user="kari")
    assert undone.deleted == 4 and register_counts(register)["Contract"] == 0


def test_a_contract_added_meanwhile_is_matched_not_doubled(register: Register) -> None:
    plan = make_plan(*base_rows())
    rehearsal = rehearse_plan(register, plan, user="kari", today=TODAY)
    assert rehearsal.result.created == 4
    with register.transaction() as session:  # a colleague types one in meanwhile
        create_contract(session, {"reference": "KR-2", "title": "유지보수 계약",
                                  "counterparty": "삼성전자", "start_date": date(2025, 3, 1)},
                        user="lee", today=TODAY)
    result = store_plan(register, plan, rehearsal, user="kari", today=TODAY)
    assert (result.created, result.updated) == (3, 1)
    with register.reading() as session:
        assert len(session.scalars(select(Contract).where(Contract.reference == "KR-2")).all()) == 1


def test_a_contract_changed_meanwhile_is_seen_by_the_import(register: Register) -> None:
    first = make_plan(*base_rows())
    _rehearse_and_store(register, first)
    again = make_plan(*base_rows())
    rehearsal = rehearse_plan(register, again, user="kari", today=TODAY)
    assert rehearsal.result.unchanged == 4 and rehearsal.prepared is not None
    with register.transaction() as session:  # someone changes a title the file also holds
        lease = get_contract(session, "NO-1", today=TODAY)
        update_contract(session, lease.uid, {"title": "Husleie Bryggen 2"},
                        expected_version=lease.version_id, user="lee", today=TODAY)
    result = store_plan(register, again, rehearsal, user="kari", today=TODAY)
    assert (result.updated, result.unchanged) == (1, 3)  # the file's title back, as always
    with register.reading() as session:
        assert get_contract(session, "NO-1", today=TODAY).title == "Husleie Bryggen"


def test_rows_that_need_writes_to_work_out_are_stored_in_the_write(register: Register) -> None:
    lease = base_rows()[0]
    plan = make_plan(planned(3, lease.fields, lease.custom, obligations=(PAYMENT,)))
    rehearsal = rehearse_plan(register, plan, user="kari", today=TODAY)
    assert rehearsal.prepared is None and rehearsal.result.created == 1  # the old preview
    assert register_counts(register)["Contract"] == 0
    result = store_plan(register, plan, rehearsal, user="kari", today=TODAY)
    assert result.created == 1 and register_counts(register)["Obligation"] == 1


def test_a_store_that_fails_can_be_made_again(register: Register) -> None:
    plan = make_plan(*base_rows())
    rehearsal = rehearse_plan(register, plan, user="kari", today=TODAY)

    def cancel() -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        store_plan(register, plan, rehearsal, user="kari", today=TODAY, before_commit=cancel)
    assert register_counts(register)["Contract"] == register_counts(register)["Party"] == 0
    result = store_plan(register, plan, rehearsal, user="kari", today=TODAY)
    assert result.created == 4
    with register.reading() as session:  # every contract names a counterparty that exists
        names = set(session.scalars(select(Party.name).join(
            Contract, Contract.counterparty_id == Party.id)))
    assert names == {"Bergen kommune", "삼성전자", "Müller GmbH", "华为"}


def test_the_stamp_tells_an_edit_a_delete_and_an_insert(register: Register) -> None:
    _rehearse_and_store(register, make_plan(*base_rows()))
    stamps = []
    with register.reading() as session:
        stamps.append(prepared_module.register_stamp(session))
    with register.transaction() as session:
        lease = get_contract(session, "NO-1", today=TODAY)
        update_contract(session, lease.uid, {"notes": "x"}, expected_version=lease.version_id,
                        user="lee", today=TODAY)
    with register.reading() as session:
        stamps.append(prepared_module.register_stamp(session))
    with register.transaction() as session:  # the highest row gone, another in its place
        top = session.scalar(select(Contract).order_by(Contract.id.desc()).limit(1))
        session.delete(top)
        session.flush()
        create_contract(session, {"reference": "NEW", "title": "New"}, user="lee", today=TODAY)
    with register.reading() as session:
        stamps.append(prepared_module.register_stamp(session))
    assert len(set(stamps)) == 3


def test_rehearsing_does_not_wait_for_another_writer(tmp_path: Path) -> None:
    register = open_register(tmp_path / "register.sqlite3")
    plan = make_plan(*base_rows())
    other = sqlite3.connect(tmp_path / "register.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        start = time.perf_counter()
        rehearsal = rehearse_plan(register, plan, user="kari", today=TODAY)
        assert time.perf_counter() - start < 2.0 and rehearsal.result.created == 4
        other.execute("ROLLBACK")
        assert store_plan(register, plan, rehearsal, user="kari", today=TODAY).created == 4
    finally:
        other.close()
        register.close()
