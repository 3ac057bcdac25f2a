"""bench/bench_team.py runs against a real PostgreSQL and reports its five measures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "bench" / "run.py"

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_the_team_bench_measures_changes_seen_and_the_window(pg_url: str,
                                                             tmp_path: Path) -> None:
    env = {**os.environ, "CONTRACT_DESK_BENCH_PG_URL": pg_url}
    done = subprocess.run([sys.executable, str(RUNNER), "--size", "60", "--repeat", "1",
                           "--only", "team", "--json"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr
    measures = json.loads(done.stdout)
    assert set(measures) == {"team_change_seen", "team_window_interactive",
                             "team_window_loaded", "team_window_loaded_first",
                             "team_reminder_check"}
    seen = measures["team_change_seen"]
    assert seen["unit"] == "s" and seen["baseline"] > 0 and 0 < seen["value"] < 30
    assert measures["team_window_interactive"]["baseline"] > 0
    for name in ("team_window_loaded", "team_window_loaded_first", "team_reminder_check"):
        assert measures[name]["value"] > 0 and measures[name]["baseline"] > 0
    password = pg_url.split(":")[2].split("@")[0]
    assert f":{password}@" not in done.stdout + done.stderr
