"""Backups: consistent copies, rotation, restore that checks first and keeps a safety copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.domain.clock import local_today
from contract_desk.services import create_contract, list_contracts
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.storage.backup import backup, check_backup, list_backups, restore


def titles(register: Register) -> list[str]:
    with register.transaction() as session:
        return sorted(row.title for row in list_contracts(session, today=local_today()))


def add(register: Register, title: str) -> None:
    with register.transaction() as session:
        create_contract(session, {"title": title}, user="t")


def test_backup_restore_round_trip_with_a_safety_copy(sqlite_register: Register) -> None:
    add(sqlite_register, "First")
    saved = backup(sqlite_register)
    add(sqlite_register, "Second")
    assert titles(sqlite_register) == ["First", "Second"]
    safety = restore(sqlite_register, saved)
    assert titles(sqlite_register) == ["First"]
    assert check_backup(safety)
    reasons = [info.reason for info in list_backups(sqlite_register)]
    assert sorted(reasons) == ["before-restore", "manual"]
    add(sqlite_register, "Third")  # the restored register is fully usable
    assert titles(sqlite_register) == ["First", "Third"]


def test_rotation_keeps_the_newest(sqlite_register: Register) -> None:
    made = [backup(sqlite_register, keep=3) for _ in range(5)]
    kept = [info.path for info in list_backups(sqlite_register)]
    assert kept == list(reversed(made[-3:]))
    assert all(not path.exists() for path in made[:2])


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_restore_refuses_garbage_and_changes_nothing(
    sqlite_register: Register, tmp_path: Path, content: bytes
) -> None:
    add(sqlite_register, "Precious")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(content)
    with pytest.raises(StorageError):
        restore(sqlite_register, garbage)
    assert titles(sqlite_register) == ["Precious"]
    assert list_backups(sqlite_register) == []


def test_restore_refuses_another_apps_database(sqlite_register: Register, tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(StorageError, match="not a Contract Desk register"):
        restore(sqlite_register, other)


def test_postgres_registers_point_to_pg_dump(pg_url: str) -> None:
    register = open_register(pg_url)
    try:
        with pytest.raises(StorageError, match="pg_dump"):
            backup(register)
    finally:
        register.close()
