"""kill -9 at random moments of every write path leaves a whole register.

Paths: add, save, bulk change, import, undo import, remind, restore (SQLite
only: a server register is backed up by its administrator), migration on open.
After each kill: ``integrity_check`` ok, the write all there or absent, the
reminder index equal to a full recomputation, a restore leaving the old or the
new register (and a whole safety backup), a migration leaving the old or the
new revision and opening. See ``bench/reliability_kill.py``.

CI cost: each run forks, kills and checks (about 0.5 s); the issue's 200 runs
per path on SQLite and 50 on PostgreSQL take about 15 minutes on a loaded
2-core machine, over the 8-minute budget of this folder. CI runs 20 per path on
SQLite and 6 on PostgreSQL (plus two unkilled runs each); ``python
bench/reliability.py kill`` runs the full counts, recorded in docs/reliability.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.reliability_kill import POSTGRES_PATHS, SQLITE_PATHS, KillPaths, kill_path
from contract_desk.domain.clock import local_today

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")]
SQLITE_RUNS = 20
POSTGRES_RUNS = 6


@pytest.mark.parametrize("path", SQLITE_PATHS)
def test_a_killed_write_leaves_a_whole_sqlite_register(path: str, tmp_path: Path) -> None:
    result = kill_path(KillPaths("sqlite", tmp_path, local_today()), path, SQLITE_RUNS)
    assert result.problems == []
    assert result.runs == SQLITE_RUNS
    assert result.killed > 0, f"no run of {path} was killed before it finished"


@pytest.mark.postgres
@pytest.mark.parametrize("path", POSTGRES_PATHS)
def test_a_killed_write_leaves_a_whole_postgres_register(path: str, pg_url: str,
                                                         tmp_path: Path) -> None:
    result = kill_path(KillPaths(pg_url, tmp_path, local_today()), path, POSTGRES_RUNS)
    assert result.problems == []
    assert result.runs == POSTGRES_RUNS
