"""SQLite connections: pragmas really set, WAL or a warned fallback, real transactions."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import func, select, text

from contract_desk.models import Party
from contract_desk.storage import Register, open_register
from contract_desk.storage.sqlite_setup import (
    BUSY_TIMEOUT_MS,
    hand_back_page_caches,
    is_network_path,
    mount_fs_type,
    set_journal_mode,
)

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
    # Two connections open at once: the pool cannot hand back the same one twice.
    with sqlite_register.engine.connect() as first, sqlite_register.engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
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


def test_windows_unc_paths_and_mapped_network_drives() -> None:
    def drive_type(root: str) -> int:
        return {"C:\\": 3, "Z:\\": 4}[root]  # DRIVE_FIXED, DRIVE_REMOTE

    assert is_network_path(PureWindowsPath(r"\\fileserver\contracts\r.db"), platform="win32")
    assert is_network_path(PureWindowsPath(r"Z:\contracts\r.db"), platform="win32",
                           drive_type=drive_type)
    assert not is_network_path(PureWindowsPath(r"C:\Users\kari\r.db"), platform="win32",
                               drive_type=drive_type)
    assert not is_network_path(PureWindowsPath("r.db"), platform="win32", drive_type=drive_type)


def test_when_sqlite_will_not_do_wal_the_register_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    warnings: list[str] = []
    # An in-memory database genuinely refuses WAL: it answers "memory".
    connection = sqlite3.connect(":memory:")
    try:
        with caplog.at_level(logging.WARNING, logger="contract_desk.storage.sqlite_setup"):
            for _ in range(2):
                answer = set_journal_mode(connection, tmp_path / "r.sqlite3", True, warnings)
    finally:
        connection.close()
    assert answer == "memory"
    assert len(warnings) == 1 and "WAL is not available" in warnings[0]
    assert "r.sqlite3" in warnings[0] and "rollback journal" in warnings[0]
    assert [record.getMessage() for record in caplog.records] == warnings


def test_a_local_file_that_does_wal_gives_no_warning(tmp_path: Path) -> None:
    warnings: list[str] = []
    connection = sqlite3.connect(tmp_path / "local.sqlite3")
    try:
        assert set_journal_mode(connection, tmp_path / "local.sqlite3", True, warnings) == "wal"
    finally:
        connection.close()
    assert warnings == []


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


def test_a_connection_back_in_the_pool_frees_its_page_cache(sqlite_register: Register) -> None:
    seen: list[str] = []
    with sqlite_register.engine.connect() as connection:  # a command's or a job's: kept
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.set_trace_callback(seen.append)
    driver.set_trace_callback(None)
    assert "PRAGMA shrink_memory" not in seen
    hand_back_page_caches(sqlite_register.engine)  # as the window does
    hand_back_page_caches(sqlite_register.engine)  # once is enough; twice is harmless
    with sqlite_register.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.set_trace_callback(seen.append)
        connection.exec_driver_sql("SELECT count(*) FROM contract").scalar()
        assert "PRAGMA shrink_memory" not in seen  # not while in use
    try:
        assert "PRAGMA shrink_memory" in seen  # checked in: handed back
    finally:
        driver.set_trace_callback(None)


_PAGE_CACHE_PROBE = """
import sys
from pathlib import Path
from sqlalchemy import create_engine
from contract_desk.heap import return_free_pages
from contract_desk.storage.sqlite_setup import configure_sqlite_engine, hand_back_page_caches

def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

path = Path(sys.argv[1])
engine = create_engine(f"sqlite:///{path}")
configure_sqlite_engine(engine, path, [])
hand_back_page_caches(engine)  # as the window does
with engine.connect() as connection:  # the pragmas, and the engine's own first costs
    connection.exec_driver_sql("SELECT 1").scalar()
before = rss()
with engine.connect() as connection:
    connection.exec_driver_sql("SELECT sum(length(body)) FROM pages").scalar()
    reading = rss()
return_free_pages()  # as the window does after a large job
after = rss()
print(before, reading, after)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resident memory from /proc")
def test_the_memory_of_a_big_read_goes_back_to_the_system(tmp_path: Path) -> None:
    # 40 MB of pages read through a pooled connection: its cache grows by about that
    # much while in use, and is freed once the connection returns to the pool, so
    # that the window's return_free_pages (glibc's malloc_trim) gives it back to
    # the system. Kept by the connection, there would be nothing to give back.
    path = tmp_path / "pages.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE pages (body BLOB)")
        connection.executemany("INSERT INTO pages VALUES (?)",
                               [(bytes([n % 256]) * 1000,) for n in range(40_000)])
    connection.close()
    done = subprocess.run([sys.executable, "-c", _PAGE_CACHE_PROBE, str(path)],
                          capture_output=True, text=True, check=True, timeout=120)
    before, reading, after = (float(word) for word in done.stdout.split())
    assert reading - before > 30  # the cache really held the pages
    assert after - before < (reading - before) / 4, (before, reading, after)
