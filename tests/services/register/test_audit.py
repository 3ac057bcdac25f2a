"""The audit trail: one event per change, JSON-safe values, a contract's history newest first."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from contract_desk.services import (
    add_attachment,
    add_obligation,
    create_contract,
    delete_obligation,
    history,
    record_event,
    update_contract,
)
from contract_desk.services.register.attachment_store import store_for
from contract_desk.storage import Register


def test_record_event_stores_json_safe_changes(register: Register) -> None:
    with register.transaction() as session:
        event = record_event(session, user="importer", entity="contract", entity_uid="u-1",
                             contract_uid="u-1", action="import",
                             changes={"value": [None, Decimal("10.50")],
                                      "start_date": [None, date(2025, 1, 31)]},
                             note="row 12")
        assert event.id is not None
    with register.transaction() as session:
        (row,) = history(session, "u-1")
    assert row.changes == {"value": [None, "10.50"], "start_date": [None, "2025-01-31"]}
    assert (row.user, row.action, row.note) == ("importer", "import", "row 12")
    data = json.loads(json.dumps(row.to_json()))
    assert set(data) == {f.name for f in dataclasses.fields(row)}
    assert data["at"] == row.at.isoformat()


def test_history_covers_the_contract_its_obligations_and_files(
    register: Register, tmp_path: Path
) -> None:
    store = store_for(register)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"scan")
    with register.transaction() as session:
        contract = create_contract(session, {"title": "Lease", "owner": "Kari"}, user="a")
        other = create_contract(session, {"title": "Other"}, user="a")
        duty = add_obligation(session, contract.uid, {"title": "Pay", "due_date": "2027-01-01"},
                              user="b")
        add_attachment(session, store, contract.uid, scan, user="c")
        delete_obligation(session, duty.uid, user="d")
        update_contract(session, contract.uid, {"notes": "n"}, expected_version=1, user="e")
        update_contract(session, other.uid, {"notes": "n"}, expected_version=1, user="f")
    with register.transaction() as session:
        events = history(session, contract.uid)
        latest = history(session, contract.uid, limit=2)
    assert [(e.entity, e.action, e.user) for e in events] == [
        ("contract", "update", "e"),
        ("obligation", "delete", "d"),
        ("attachment", "create", "c"),
        ("obligation", "create", "b"),
        ("contract", "create", "a"),
    ]
    assert [e.id for e in latest] == [e.id for e in events[:2]]
