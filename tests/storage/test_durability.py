"""Transactions of derived data only: their commits are not flushed to disk each."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
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


def _sets_of(register: Register) -> list[str]:
    """Every SET of synchronous_commit the register's connections send, as sent."""
    sent: list[str] = []

    def heard(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if "synchronous_commit" in statement and statement.startswith("SET"):
            sent.append(statement)

    event.listen(register.engine, "before_cursor_execute", heard)
    return sent


@pytest.mark.postgres
def test_a_run_of_derived_writes_sets_the_server_setting_once(pg_url: str) -> None:
    # A check stores its days in ~160 short writes: one round trip more each was 3 s over
    # a link of 20 ms. The setting is the session's, sent only when it changes.
    register = open_register(pg_url)
    try:
        sent = _sets_of(register)
        for _ in range(3):
            with register.transaction(durable=False) as session:
                assert _durability(session) == "off"
        assert sent == ["SET synchronous_commit TO off"]
        for _ in range(2):
            with register.transaction() as session:
                assert _durability(session) == "on"
            with register.reading() as session:
                assert _durability(session) == "on"
        assert sent == ["SET synchronous_commit TO off", "SET synchronous_commit TO DEFAULT"]
    finally:
        register.close()


class _Undone(Exception):
    pass


@pytest.mark.postgres
def test_a_setting_undone_by_a_rollback_is_set_again(pg_url: str) -> None:
    register = open_register(pg_url)
    try:
        register.engine.pool.dispose()  # one connection for the whole test, reused
        with register.transaction(durable=False) as session:
            assert _durability(session) == "off"
        # A durable write rolled back: its SET back to the server's setting is undone with
        # it, and the next durable write must not take the connection's "off" for "on".
        with pytest.raises(_Undone), register.transaction() as session:
            assert _durability(session) == "on"
            raise _Undone
        with register.transaction() as session:
            assert _durability(session) == "on"
        # And the other way round: "off" undone, asked for again.
        with pytest.raises(_Undone), register.transaction(durable=False) as session:
            assert _durability(session) == "off"
            raise _Undone
        with register.transaction(durable=False) as session:
            assert _durability(session) == "off"
        assert register.engine.pool.checkedin() == 1  # all of it on one connection
    finally:
        register.close()


@pytest.mark.postgres
def test_a_durable_write_keeps_the_administrators_setting(pg_url: str) -> None:
    # A server set to wait for its standby (or any other level) keeps that level for
    # every durable write: reset to the session's default, never to a value of ours.
    register = open_register(make_url(pg_url).update_query_dict(
        {"options": "-c synchronous_commit=remote_write"}))
    try:
        with register.transaction() as session:
            assert _durability(session) == "remote_write"
        with register.transaction(durable=False) as session:
            assert _durability(session) == "off"
        with register.transaction() as session:
            assert _durability(session) == "remote_write"
    finally:
        register.close()
