"""A process killed in the middle of an import leaves the register intact and the batch absent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from contract_desk.storage import open_register

ROWS = 30000
SCRIPT = """
import sys
import time
from datetime import date
from pathlib import Path
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.services.importing.batches import commit_import
from contract_desk.storage import open_register

register = open_register(sys.argv[1])
plan = build_plan(analyze(Path(sys.argv[2])), default_currency="NOK")
with register.transaction() as session:
    print("committing", flush=True)
    commit_import(session, plan, user="t", today=date(2026, 11, 23))
    print("written", flush=True)  # every row written, the transaction not yet committed
    time.sleep(60)
print("done", flush=True)
"""


def _prepared(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """An empty register, a 30,000-row CSV and the child's environment."""
    database = tmp_path / "register.sqlite3"
    open_register(database).close()
    source = tmp_path / "big.csv"
    lines = ["Avtalenr;Tittel;Leverandør;Startdato;Beløp"]
    lines += [f"K-{n};Avtale {n};Leverandør {n % 50} AS;01.02.2024;{n},50" for n in range(ROWS)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return database, source, {**os.environ, "CONTRACT_DESK_HOME": str(tmp_path / "home")}


def _killed_after(tmp_path: Path, line: str, delay: float) -> tuple[Path, str]:
    """Run the import; SIGKILL it ``delay`` s after it says ``line``. (register, later output)"""
    database, source, env = _prepared(tmp_path)
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(database), str(source)],
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    said = ""
    while said != line:
        said = process.stdout.readline().strip()
        assert said, f"the import ended before it said {line!r}"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    rest = process.stdout.read()
    process.stdout.close()
    return database, rest


def _assert_nothing_imported(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM contract").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM import_batch").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM audit_event").fetchone() == (0,)
    connection.close()
    register = open_register(database)  # and it opens and works as before
    register.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_kill_while_the_rows_are_written_leaves_nothing_of_the_import(tmp_path: Path) -> None:
    # Half a second into writing 30,000 rows (which takes seconds): in the middle of it.
    database, rest = _killed_after(tmp_path, "committing", 0.5)
    assert "written" not in rest, "every row was written before the kill: not mid-write"
    _assert_nothing_imported(database)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_kill_after_every_row_is_written_but_before_the_commit_leaves_nothing(
        tmp_path: Path) -> None:
    # The child says when all 30,000 rows are written and waits there, uncommitted.
    database, _rest = _killed_after(tmp_path, "written", 0.2)
    _assert_nothing_imported(database)
