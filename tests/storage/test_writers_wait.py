"""Writers wait their turn: no "database is locked" for a second program's save."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from contract_desk.services import count_contracts, create_contract
from contract_desk.storage import Register, open_register
from contract_desk.storage.sqlite_setup import WriteLockTimeout, begin_immediate

WORKER = """
import sys
from contract_desk.cli import run
db, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
failed = 0
for i in range(count):
    if run(["--db", db, "add", "--reference", f"{name}-{i}", "--title", f"Contract {i}",
            "--party", f"Party {i % 7}", "--start", "2024-01-01", "--term", "2 years"]) != 0:
        failed += 1
print("failed", failed)
"""


def test_processes_adding_at_once_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite3"
    open_register(db).close()
    env = {**os.environ, "CONTRACT_DESK_HOME": str(tmp_path / "home")}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(db), name, "25"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env) for name in "abcd"]
    outputs = [worker.communicate(timeout=300) for worker in workers]
    assert [out.strip().splitlines()[-1] for out, _ in outputs] == ["failed 0"] * 4, [
        err[-500:] for _, err in outputs]
    assert not any("locked" in err for _, err in outputs)
    register = open_register(db)
    try:
        with register.reading() as session:
            assert count_contracts(session) == 100
            assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        register.close()


def _hold_the_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO register_setting (key, value) VALUES ('held', '1')")
    started.set()
    time.sleep(seconds)
    connection.execute("COMMIT")
    connection.close()


def _another_writer(path: Path | None, seconds: float) -> threading.Thread:
    """A thread that holds the write lock of ``path`` for ``seconds``, once it holds it."""
    assert path is not None
    started = threading.Event()
    holder = threading.Thread(target=_hold_the_write_lock, args=(path, seconds, started))
    holder.start()
    assert started.wait(10)
    return holder


def test_a_writer_waits_tells_its_listeners_and_then_writes(sqlite_register: Register) -> None:
    told: list[bool] = []
    sqlite_register.waiting.append(told.append)
    holder = _another_writer(sqlite_register.path, 3.0)
    began = time.monotonic()
    with sqlite_register.transaction() as session:  # waits for the other writer
        create_contract(session, {"title": "After the wait"}, user="t")
    waited = time.monotonic() - began
    holder.join()
    assert 2.5 < waited < 10
    assert told == [True, False]  # said after two seconds, unsaid when the wait ended
    with sqlite_register.reading() as session:
        assert count_contracts(session) == 1


def test_a_reader_never_waits_for_a_writer(sqlite_register: Register) -> None:
    holder = _another_writer(sqlite_register.path, 2.0)
    began = time.monotonic()
    with sqlite_register.reading() as session:
        count_contracts(session)
    assert time.monotonic() - began < 1.0
    holder.join()


def test_a_writer_gives_up_after_its_wait_in_one_sentence(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "busy.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(path, isolation_level=None)
    told: list[bool] = []
    try:
        with pytest.raises(WriteLockTimeout, match="another program has been writing"):
            begin_immediate(waiter, [told.append], wait_seconds=2.5)
        assert told == [True, False]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        waiter.close()


def test_a_write_inside_a_write_on_one_thread_is_refused_at_once(
        sqlite_register: Register) -> None:
    with (sqlite_register.transaction(),
          pytest.raises(RuntimeError, match="already open"),
          sqlite_register.transaction()):
        pass  # pragma: no cover - never reached
    with sqlite_register.transaction() as session:  # and the register is fine after
        create_contract(session, {"title": "Fine"}, user="t")
