"""A team register's offline copy: whole, read-only, saying what it copies and from when."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from contract_desk.models import Alert, AuditEvent, Contract, Obligation, Party
from contract_desk.services import add_obligation, create_contract, get_contract, update_contract
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import StorageError, open_register
from contract_desk.storage.register import RegisterMoved
from contract_desk.storage.snapshot import kept_snapshot, snapshot_path, take_snapshot

TODAY = date(2026, 3, 2)
MODELS = (Contract, Party, Obligation, Alert, AuditEvent)


def _counts(register) -> dict[str, int]:
    with register.reading() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in MODELS}


@pytest.mark.postgres
def test_the_copy_is_whole_read_only_and_replaced_by_the_next(pg_url: str,
                                                               tmp_path: Path) -> None:
    register = open_register(pg_url)
    with register.transaction() as session:
        for number in range(4):
            contract = create_contract(session, {
                "reference": f"K-{number}", "title": f"Kontrakt {number} – 계약",
                "counterparty": "Bergen kommune", "start_date": "2025-01-01",
                "end_date": "2026-03-20"}, user="kari", today=TODAY)
        add_obligation(session, contract.uid, {"kind": "payment", "title": "Leie",
                                               "owner": "Kari", "due_date": "2026-03-05"},
                       user="kari")
        check_reminders(session, today=TODAY)
    taken = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    copy = take_snapshot(register, folder=tmp_path, now=taken)
    assert copy.path == snapshot_path(register.url, tmp_path) and copy.taken == taken
    password = make_url(pg_url).password
    # (the test login's password is its name: look for it where a URL would hold it)
    assert password and f":{password}@".encode() not in copy.path.read_bytes()
    assert f":{password}@" not in copy.of
    kept = open_register(copy.path)
    try:
        assert kept.read_only and kept.snapshot_of is not None
        assert kept.snapshot_of.startswith(f"this is a read-only copy of the team register "
                                           f"{copy.of}, taken on ")
        assert _counts(kept) == _counts(register)
        assert _counts(kept)["alert"] > 0
        with kept.reading() as session:
            found = get_contract(session, "K-3", today=TODAY)
            assert found.title == "Kontrakt 3 – 계약" and found.counterparty == "Bergen kommune"
        with pytest.raises(RegisterMoved, match="read-only copy"), kept.transaction():
            pass
    finally:
        kept.close()
    with register.transaction() as session:  # a change, then the next copy has it
        found = get_contract(session, "K-0", today=TODAY)
        update_contract(session, found.uid, {"title": "Endret"},
                        expected_version=found.version_id, user="kari", today=TODAY)
    take_snapshot(register, folder=tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == [copy.path.name]
    again = kept_snapshot(register.url, folder=tmp_path)
    assert again is not None and again.taken > taken
    kept = open_register(copy.path)
    try:
        with kept.reading() as session:
            assert get_contract(session, "K-0", today=TODAY).title == "Endret"
    finally:
        kept.close()
    register.close()


def test_only_a_team_register_is_copied_and_none_is_kept_yet(tmp_path: Path) -> None:
    register = open_register(tmp_path / "own.sqlite3")
    try:
        with pytest.raises(StorageError, match="only a team register"):
            take_snapshot(register, folder=tmp_path / "copies")
    finally:
        register.close()
    url = make_url("postgresql+psycopg://kari@db.example.org/contracts")
    assert kept_snapshot(url, folder=tmp_path / "copies") is None
    assert snapshot_path(url, tmp_path).name == "db.example.org_5432_contracts_kari.sqlite3"
