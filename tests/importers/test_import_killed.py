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
from datetime import date
from pathlib import Path
from contract_desk.importers.pipeline import analyze, build_plan
from contract_desk.services.importing import commit_import
from contract_desk.storage import open_register

register = open_register(sys.argv[1])
plan = build_plan(analyze(Path(sys.argv[2])), default_currency="NOK")
with register.transaction() as session:
    print("committing", flush=True)
    commit_import(session, plan, user="t", today=date(2026, 11, 23))
print("done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_kill_during_the_commit_leaves_nothing_of_the_import(tmp_path: Path) -> None:
    database = tmp_path / "register.sqlite3"
    open_register(database).close()
    source = tmp_path / "big.csv"
    lines = ["Avtalenr;Tittel;Leverandør;Startdato;Beløp"]
    lines += [f"K-{n};Avtale {n};Leverandør {n % 50} AS;01.02.2024;{n},50" for n in range(ROWS)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "CONTRACT_DESK_HOME": str(tmp_path / "home")}
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(database), str(source)],
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "committing"
    time.sleep(2.0)  # well inside a commit of 30,000 rows
    assert process.poll() is None, "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM contract").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM import_batch").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM audit_event").fetchone() == (0,)
    connection.close()
    register = open_register(database)  # and it opens and works as before
    register.close()
