"""Transactions of derived data only: their commits are not flushed to disk each."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from contract_desk.models import RegisterSetting
from contract_desk.storage import Register, open_register

FULL, NORMAL = 2, 1


def _durability(session: Session) -> object:
    if session.get_bind().dialect.name == "postgresql":
        return session.execute(text("SHOW synchronous_commit")).scalar()
    return session.execute(text("PRAGMA synchronous")).scalar()


def test_a_transaction_of_derived_data_commits_without_its_own_flush(
        register: Register) -> None:
    postgres = register.engine.dialect.name == "postgresql"
    with register.transaction(durable=False) as session:
        assert _durability(session) == ("off" if postgres else NORMAL)
        session.add(RegisterSetting(key="test.derived", value=1))
    # Every later transaction is durable again, whichever pooled connection it gets.
    with register.transaction() as first, register.reading() as second:
        assert _durability(first) == ("on" if postgres else FULL)
        assert _durability(second) == ("on" if postgres else FULL)
        assert first.get(RegisterSetting, "test.derived").value == 1  # committed all the same
    with register.transaction(durable=False) as session:
        assert _durability(session) == ("off" if postgres else NORMAL)
    with register.transaction() as session:
        assert _durability(session) == ("on" if postgres else FULL)


def test_a_register_in_the_rollback_journal_stays_durable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A register on a share: NORMAL could damage the file at a power cut without WAL.
    monkeypatch.setattr("contract_desk.storage.sqlite_setup.is_network_path", lambda path: True)
    register = open_register(tmp_path / "shared.sqlite3")
    try:
        with register.transaction(durable=False) as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
            assert _durability(session) == FULL
    finally:
        register.close()
