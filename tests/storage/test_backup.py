"""Backups: consistent copies, rotation, restore that checks first and keeps a safety copy."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from contract_desk.domain.clock import local_today
from contract_desk.models import Party
from contract_desk.services import create_contract, list_contracts
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.storage import backup as backup_module
from contract_desk.storage.backup import backup, check_backup, list_backups, restore
from contract_desk.storage.migrations_api import current_revision


def titles(register: Register) -> list[str]:
    with register.transaction() as session:
        return sorted(row.title for row in list_contracts(session, today=local_today()))


def add(register: Register, title: str) -> None:
    with register.transaction() as session:
        create_contract(session, {"title": title}, user="t")


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_backup_restore_round_trip_with_a_safety_copy(sqlite_register: Register) -> None:
    add(sqlite_register, "First")
    saved = backup(sqlite_register)
    add(sqlite_register, "Second")
    assert titles(sqlite_register) == ["First", "Second"]
    safety = restore(sqlite_register, saved)
    assert titles(sqlite_register) == ["First"]
    assert check_backup(safety) == current_revision(sqlite_register)
    assert query(safety, "SELECT title FROM contract ORDER BY title") == [("First",), ("Second",)]
    reasons = [info.reason for info in list_backups(sqlite_register)]
    assert sorted(reasons) == ["before-restore", "manual"]
    add(sqlite_register, "Third")  # the restored register is fully usable
    assert titles(sqlite_register) == ["First", "Third"]


def test_rotation_keeps_the_newest(sqlite_register: Register) -> None:
    made = [backup(sqlite_register, keep=3) for _ in range(5)]
    kept = [info.path for info in list_backups(sqlite_register)]
    assert kept == list(reversed(made[-3:]))
    assert all(not path.exists() for path in made[:2])


def test_names_stay_unique_when_the_clock_stands_still(
    sqlite_register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
    monkeypatch.setattr(backup_module, "_now", lambda: moment)
    made = [backup(sqlite_register, reason="manual") for _ in range(3)]
    assert len(set(made)) == 3 and all(path.exists() for path in made)
    listed = list_backups(sqlite_register)
    assert [info.path for info in listed] == list(reversed(made))
    assert listed[-1].created == moment and listed[-1].reason == "manual"
    assert listed[0].size == made[2].stat().st_size > 0


def test_a_backup_is_one_self_contained_file(sqlite_register: Register) -> None:
    add(sqlite_register, "Alone")
    saved = backup(sqlite_register)
    check_backup(saved)
    # Rollback journal, not WAL: no -wal/-shm companions, now or after reading it;
    # only the record of its check beside it.
    assert query(saved, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(path.name for path in saved.parent.iterdir()) == [
        saved.name, f"{saved.name}.check"]
    assert query(saved, "SELECT title FROM contract") == [("Alone",)]


def test_a_backup_taken_during_a_write_holds_only_committed_work(
    sqlite_register: Register,
) -> None:
    add(sqlite_register, "Committed")
    with sqlite_register.session_factory() as session, session.begin():
        session.add(Party(name="Not yet committed"))
        session.flush()
        saved = backup(sqlite_register)
        session.rollback()
    assert query(saved, "SELECT title FROM contract") == [("Committed",)]
    assert query(saved, "SELECT count(*) FROM party") == [(0,)]


def test_a_copy_left_half_done_by_a_crash_is_never_listed(sqlite_register: Register) -> None:
    folder = sqlite_register.backups_dir
    folder.mkdir(parents=True)
    leftover = folder / ".register-in-progress.sqlite3"
    leftover.write_bytes(b"half a database")
    assert list_backups(sqlite_register) == []
    saved = backup(sqlite_register)
    assert [info.path for info in list_backups(sqlite_register)] == [saved]
    assert not leftover.exists()


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_restore_refuses_garbage_and_changes_nothing(
    sqlite_register: Register, tmp_path: Path, content: bytes
) -> None:
    add(sqlite_register, "Precious")
    assert sqlite_register.path is not None
    before = fingerprint(sqlite_register.path)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(content)
    with pytest.raises(StorageError, match=r"garbage\.sqlite3"):
        restore(sqlite_register, garbage)
    assert fingerprint(sqlite_register.path) == before
    assert titles(sqlite_register) == ["Precious"]
    assert list_backups(sqlite_register) == []


def test_restore_refuses_another_apps_database(sqlite_register: Register, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    query(other, "CREATE TABLE t (x)")
    with pytest.raises(StorageError, match=r"other\.db is not a Contract Desk register"):
        restore(sqlite_register, other)
    assert list_backups(sqlite_register) == []


def test_restore_refuses_the_register_itself(sqlite_register: Register) -> None:
    assert sqlite_register.path is not None
    with pytest.raises(StorageError, match="the register itself"):
        restore(sqlite_register, sqlite_register.path)
    assert list_backups(sqlite_register) == []


def test_restore_waits_for_nobody_else_and_says_so(
    sqlite_register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(sqlite_register, "Before")
    saved = backup(sqlite_register)
    add(sqlite_register, "After")
    monkeypatch.setattr(backup_module, "RESTORE_WAIT_SECONDS", 0.1)
    assert sqlite_register.path is not None
    reminder_run = sqlite3.connect(sqlite_register.path)  # another process's connection
    try:
        reminder_run.execute("SELECT count(*) FROM contract").fetchall()
        with pytest.raises(StorageError, match="close it and try again"):
            restore(sqlite_register, saved)
    finally:
        reminder_run.close()
    assert titles(sqlite_register) == ["After", "Before"]


def test_restoring_an_older_schema_brings_it_up_to_date(
    tmp_path: Path, ship_migration: Callable[[str, str, str], str]
) -> None:
    path = tmp_path / "register.sqlite3"
    register = open_register(path)
    add(register, "Old times")
    saved = backup(register)
    register.close()
    ship_migration("9101", 'op.create_table("later", sa.Column("id", sa.Integer, '
                           'primary_key=True))', 'op.drop_table("later")')
    register = open_register(path)
    try:
        restore(register, saved)
        assert current_revision(register) == "9101"
        assert titles(register) == ["Old times"]
    finally:
        register.close()


def test_postgres_registers_point_to_pg_dump(pg_url: str, tmp_path: Path) -> None:
    register = open_register(pg_url)
    try:
        with pytest.raises(StorageError, match="pg_dump"):
            backup(register)
        with pytest.raises(StorageError, match="pg_dump"):
            restore(register, tmp_path / "anything.sqlite3")
        with pytest.raises(StorageError, match="pg_dump"):
            list_backups(register)
    finally:
        register.close()
