"""A copy of the register file taken while it is open holds every commit once checkpointed.

SQLite (WAL mode) keeps the latest commits in the ``-wal`` file beside the register
until enough gather or the last connection closes; ``Register.checkpoint`` copies
them into the file itself, which is what a person copying the file takes along.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from contract_desk.services import create_contract
from contract_desk.storage import Register, open_register

LEASE = {"reference": "L-1", "title": "Office lease", "start_date": "2025-01-01",
         "end_date": "2027-12-31"}


def copied_references(register: Register, tmp_path: Path) -> list[str]:
    """The references a copy of the register file alone (no -wal beside it) holds."""
    assert register.path is not None
    copy = tmp_path / "copy" / "register.sqlite3"
    shutil.rmtree(copy.parent, ignore_errors=True)
    copy.parent.mkdir()
    shutil.copyfile(register.path, copy)
    with sqlite3.connect(copy) as connection:
        rows = connection.execute("SELECT reference FROM contract ORDER BY id").fetchall()
    return [reference for (reference,) in rows]


def test_the_file_holds_a_save_once_the_log_is_copied_into_it(
        sqlite_register: Register, tmp_path: Path) -> None:
    register = sqlite_register
    assert register.checkpoint() is True  # a new register: nothing waiting
    with register.transaction() as session:
        create_contract(session, LEASE, user="kari")
    assert copied_references(register, tmp_path) == []  # the save sits in the -wal file
    assert register.checkpoint() is True
    assert copied_references(register, tmp_path) == ["L-1"]


def test_a_reader_of_an_older_state_holds_part_of_the_log_back_until_it_ends(
        sqlite_register: Register, tmp_path: Path) -> None:
    register = sqlite_register
    assert register.path is not None
    assert register.checkpoint() is True
    reader = sqlite3.connect(register.path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM contract").fetchone()  # reads the state before
        with register.transaction() as session:
            create_contract(session, LEASE, user="kari")
        # Waits for nobody: the part the reader may still need stays in the log. SQLite
        # skips every page written again after the reader's state, so the file alone is
        # no whole state now (a copy of it would mix two): False says so.
        assert register.checkpoint() is False
        reader.execute("COMMIT")
    finally:
        reader.close()
    assert register.checkpoint() is True
    assert copied_references(register, tmp_path) == ["L-1"]


def test_nothing_to_do_for_a_register_only_read_here_or_in_a_rollback_journal(
        sqlite_register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_register.mark_damaged("test")
    assert sqlite_register.checkpoint() is None
    monkeypatch.setattr("contract_desk.storage.sqlite_setup.is_network_path", lambda path: True)
    shared = open_register(tmp_path / "shared.sqlite3")  # on a share: no WAL
    try:
        with shared.transaction() as session:
            create_contract(session, LEASE, user="kari")
        assert shared.checkpoint() is None
        assert copied_references(shared, tmp_path) == ["L-1"]  # every commit in the file
    finally:
        shared.close()


@pytest.mark.postgres
def test_a_team_register_has_no_file_to_keep_current(pg_url: str) -> None:
    register = open_register(pg_url)
    try:
        assert register.checkpoint() is None
    finally:
        register.close()
