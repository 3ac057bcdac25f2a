"""SQLite connections: pragmas really set, WAL or a warned fallback, real transactions."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest
from sqlalchemy import func, select, text

from contract_desk.models import Party
from contract_desk.storage import Register, open_register
from contract_desk.storage import register as register_module
from contract_desk.storage.sqlite_setup import BUSY_TIMEOUT_MS, is_network_path, mount_fs_type

MOUNTS = [
    "/dev/sda1 / ext4 rw,relatime 0 0",
    "//fileserver/contracts /mnt/contracts cifs rw,vers=3.0 0 0",
    "server:/export /home/kari/nfs nfs4 rw 0 0",
    "/dev/sdb1 /home/kari/nfs/local\\040disk ext4 rw 0 0",
]


def pragma(register: Register, name: str) -> object:
    with register.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_connection_gets_the_pragmas(sqlite_register: Register) -> None:
    assert pragma(sqlite_register, "foreign_keys") == 1
    assert pragma(sqlite_register, "busy_timeout") == BUSY_TIMEOUT_MS
    assert pragma(sqlite_register, "synchronous") == 2  # FULL
    assert pragma(sqlite_register, "journal_mode") == "wal"
    assert sqlite_register.warnings == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/mnt/contracts/register.sqlite3", "cifs"), ("/home/kari/nfs/r.db", "nfs4"),
     ("/home/kari/nfs/local disk/r.db", "ext4"), ("/home/kari/r.db", "ext4"),
     ("/mnt/contractsX/r.db", "ext4")],
)
def test_the_mount_holding_a_path_is_the_longest_match(path: str, expected: str) -> None:
    assert mount_fs_type(PurePosixPath(path), MOUNTS) == expected


def test_network_paths_on_each_platform() -> None:
    assert is_network_path(PurePosixPath("/mnt/contracts/r.db"), platform="linux", mounts=MOUNTS)
    assert not is_network_path(PurePosixPath("/home/kari/r.db"), platform="linux", mounts=MOUNTS)
    assert is_network_path(PurePosixPath("//server/share/r.db"), platform="win32")
    assert not is_network_path(PurePosixPath("/Volumes/x/r.db"), platform="darwin")


def test_a_register_on_a_share_uses_the_rollback_journal_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("contract_desk.storage.sqlite_setup.is_network_path", lambda path: True)
    register = open_register(tmp_path / "shared.sqlite3")
    try:
        assert pragma(register, "journal_mode") == "delete"
        assert len(register.warnings) == 1 and "network share" in register.warnings[0]
    finally:
        register.close()


def test_foreign_keys_are_enforced(sqlite_register: Register) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), sqlite_register.engine.begin() as conn:
        conn.execute(text("INSERT INTO contract (uid, title, counterparty_id, tags, status, "
                          "renewal, notice_buffer_days, custom, version_id, created_at, "
                          "created_by, updated_at, updated_by) VALUES ('u', 't', 999, '[]', "
                          "'active', 'none', 0, '{}', 1, '2026-01-01', '', '2026-01-01', '')"))


def test_a_savepoint_rolls_back_alone_and_a_failed_action_leaves_nothing(
    sqlite_register: Register,
) -> None:
    with sqlite_register.transaction() as session:
        session.add(Party(name="Kept"))
        session.flush()
        nested = session.begin_nested()
        session.add(Party(name="Undone"))
        session.flush()
        nested.rollback()
    with pytest.raises(RuntimeError), sqlite_register.transaction() as session:
        session.add(Party(name="Never"))
        session.flush()
        raise RuntimeError("the user's action failed halfway")
    with sqlite_register.transaction() as session:
        assert session.scalars(select(Party.name)).all() == ["Kept"]
        assert session.scalar(select(func.count()).select_from(Party)) == 1


def test_database_url_comes_from_argument_environment_or_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    from contract_desk.storage import resolve_database_url

    assert resolve_database_url(None).database == str(isolated_home / "register.sqlite3")
    monkeypatch.setenv("CONTRACT_DESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_database_url(None).database == str(tmp_path / "env.sqlite3")
    url = resolve_database_url("postgresql+psycopg://kari@db.example/contracts")
    assert url.get_backend_name() == "postgresql" and url.database == "contracts"
    with pytest.raises(ValueError, match="database URL"):
        resolve_database_url("nonsense://::")
    assert register_module.SQLITE_MAGIC.startswith(b"SQLite format 3")
