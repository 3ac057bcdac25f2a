"""What an import keeps of its new contracts, packed: their values (``FieldValues``) and, when
rehearsed, their rows (``PackedRows``), stored as a direct import stores them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from import_helpers import TODAY, planned
from import_helpers import make_plan as plan_of
from sqlalchemy import select

from contract_desk.models import AuditEvent, Contract, Party
from contract_desk.services.importing import new_contracts, rehearsal
from contract_desk.services.importing.batches import commit_import
from contract_desk.services.importing.new_contracts import FieldValues, PackedRows
from contract_desk.services.importing.steps import rehearse_plan, store_plan
from contract_desk.storage import Register, open_register

_OWN = {"id", "uid", "created_at", "updated_at", "import_batch_id", "counterparty_id"}


def test_packed_rows_come_back_as_they_were_added() -> None:
    packed = PackedRows()
    rows: list[dict[str, Any]] = [{"a": 1, "b": [2]}, {"a": 3, "b": None}, {"b": 4, "a": 5, "c": 6}]
    for row in rows:
        packed.append(row)
    rows[0]["a"] = 99  # a change after adding is not kept
    assert len(packed) == 3
    assert packed.dicts() == [{"a": 1, "b": [2]}, {"a": 3, "b": None}, {"b": 4, "a": 5, "c": 6}]
    assert list(packed.dicts(1, 3)[1]) == ["b", "a", "c"]  # each row's own column order
    assert packed.dicts(2, 10) == [{"b": 4, "a": 5, "c": 6}] and packed.dicts(3) == []
    first, second = packed.dicts(0, 1), packed.dicts(0, 1)
    first[0]["a"] = 7
    assert second[0]["a"] == 1  # new dicts each time
    assert packed._rows[0][0] is packed._rows[1][0]  # one tuple of names for the same columns


def test_packed_rows_leave_out_their_defaults_and_put_them_back_where_they_were() -> None:
    defaults: dict[str, Any] = {"a": None, "tags": [], "n": 0, "status": "active"}
    packed = PackedRows(defaults)
    rows: list[dict[str, Any]] = [
        {**defaults, "uid": "u1", "a": "x"},
        {**defaults, "uid": "u2", "tags": ["t"], "n": 0.0, "status": "ended"},
        {**defaults, "n": False, "uid": "u3"},  # equal to 0, but not a number of days
        {"uid": "u4", **defaults},  # the defaults not first: kept whole
    ]
    for row in rows:
        packed.append(row)
    back = packed.dicts()
    assert back == rows and [list(row) for row in back] == [list(row) for row in rows]
    assert [type(row["n"]) for row in back] == [int, float, bool, int]
    # each row one tuple: its column names, then the values not left out
    assert packed._rows[0][1:] == ("x", "u1") and len(packed._rows[1]) == 1 + 4
    assert len(packed._rows[3]) == 1 + 5
    assert packed.dicts(1, 2) == [rows[1]] and packed.dicts(4) == []


def test_field_values_read_as_their_dict() -> None:
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    values = {"reference": "R-1", "title": "Lease", "counterparty": None}
    kept = FieldValues(values, shared)
    values["title"] = "Changed"  # a change after keeping is not kept
    assert kept == {"reference": "R-1", "title": "Lease", "counterparty": None}
    assert kept["counterparty"] is None and kept.get("value") is None and len(kept) == 3
    with pytest.raises(KeyError):
        kept["value"]
    assert list(kept) == ["reference", "title", "counterparty"]
    assert FieldValues({"reference": "R-2", "title": "x", "counterparty": "y"},
                       shared)._names is kept._names
    assert repr(kept) == ("FieldValues({'reference': 'R-1', 'title': 'Lease', "
                          "'counterparty': None})")


def _contents(register: Register) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    with register.reading() as session:
        contracts = [{**{c.name: getattr(contract, c.key) for c in Contract.__table__.columns
                         if c.name not in _OWN}, "counterparty": party,
                      "batch": contract.import_batch_id}
                     for contract, party in session.execute(
                         select(Contract, Party.name)
                         .outerjoin(Party, Contract.counterparty_id == Party.id)
                         .order_by(Contract.source_row))]
        events = [(e.entity, e.action, e.user, repr(sorted(e.changes.items())),
                   e.import_batch_id, e.note)
                  for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    return contracts, events


def test_a_rehearsal_stored_in_stretches_is_the_direct_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(new_contracts, "CHUNK", 3)
    monkeypatch.setattr(rehearsal, "STRETCH", 3)
    # New counterparties on either side of each stretch's end, one named twice.
    plan = plan_of(*(planned(3 + n, {"reference": f"R-{n}", "title": f"Contract {n}",
                                     "counterparty": f"Party {n % 4}" if n % 3 else None,
                                     "owner": "Kari" if n % 2 else None})
                     for n in range(11)))
    direct, rehearsed = (open_register(tmp_path / f"{name}.sqlite3")
                         for name in ("direct", "rehearsed"))
    try:
        with direct.transaction() as session:
            expected = commit_import(session, plan, user="kari", today=TODAY)
        done = rehearse_plan(rehearsed, plan, user="kari", today=TODAY)
        assert done.prepared is not None and len(done.prepared.contracts) == 11
        # contracts naming counterparties not stored yet, under their provisional ids
        assert any(row["counterparty_id"] in done.prepared.parties
                   for row in done.prepared.contracts.dicts())
        assert all(party < 0 for party in done.prepared.parties)
        result = store_plan(rehearsed, plan, done, user="kari", today=TODAY)
        assert result.counts() == expected.counts() and result.created == 11
        assert [dict(o.changes) for o in result.outcomes] == [
            dict(o.changes) for o in expected.outcomes]
        assert _contents(rehearsed) == _contents(direct)
    finally:
        direct.close()
        rehearsed.close()
