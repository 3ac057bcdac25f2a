"""The command line when the world fails under it: exit 1, one line, no traceback, nothing lost.

The failures are real SQLite ones, made in the child process: every new
connection gets ``PRAGMA max_page_count`` at the file's size (SQLITE_FULL on
growth) or ``PRAGMA query_only`` (SQLITE_READONLY), because the suite runs as
root, for whom no folder is read-only.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = """
import sys
from sqlalchemy import event
from sqlalchemy.pool import Pool

def break_writes(connection, _record):
    if "{how}" == "full":
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={{pages}}")
    else:
        connection.execute("PRAGMA query_only=ON")

event.listen(Pool, "connect", break_writes)
from contract_desk.cli import run
sys.exit(run(sys.argv[1:]))
"""


def _cli(*argv: str, how: str | None = None) -> subprocess.CompletedProcess[str]:
    code = (DRIVER.format(how=how) if how else
            "import sys; from contract_desk.cli import run; sys.exit(run(sys.argv[1:]))")
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=120, check=False)


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM contract ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    assert _cli("--db", str(path), "add", "--title", "Cleaning").returncode == 0
    return path


@pytest.mark.parametrize(("how", "words"), [
    ("full", "is full. Nothing was saved"),
    ("read-only", "cannot be written: the file, its folder or the disk is read-only"),
])
def test_add_on_a_register_that_cannot_grow_or_be_written_says_so_in_one_line(
        db: Path, how: str, words: str) -> None:
    done = _cli("--db", str(db), "add", "--title", "Security", "--notes", "n" * 100_000,
                how=how)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("contract-desk add: error: ")
    assert str(db) in done.stderr and words in done.stderr
    assert _titles(db) == ["Cleaning"]
    again = _cli("--db", str(db), "add", "--title", "Security", "--notes", "n" * 100_000)
    assert again.returncode == 0, again.stderr
    assert _titles(db) == ["Cleaning", "Security"]


def test_an_import_that_fills_the_disk_imports_nothing(db: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "contracts.csv"
    rows = [f"R-{n},Lease {n} {'x' * 300},2025-01-01,2027-12-31" for n in range(400)]
    sheet.write_text("Reference,Title,Start,End\n" + "\n".join(rows) + "\n", encoding="utf-8")
    done = _cli("--db", str(db), "import", str(sheet), how="full")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert "is full" in done.stderr
    assert _titles(db) == ["Cleaning"]

