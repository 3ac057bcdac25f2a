"""Running a Qt probe script (window, timeline) in a fresh offscreen process."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from bench.bench_list import _subprocess_env
from bench.registry import BenchContext, Unavailable


def run_probe(context: BenchContext, probe: Path, register: Path | str,
              *extra: str, today: date | None = None) -> dict[str, float]:
    """The numbers ``probe`` prints as its last line of JSON, run on ``register`` on
    ``today`` (the run's day unless given; ``extra``: further arguments of the probe)."""
    try:
        import PySide6  # noqa: F401
    except ImportError as error:
        raise Unavailable(f"PySide6 is not installed: {error}") from None
    env = _subprocess_env(context)
    env["QT_QPA_PLATFORM"] = "offscreen"
    day = (today or context.today).isoformat()
    done = subprocess.run([sys.executable, str(probe), str(register), day, *extra],
                          env=env, capture_output=True, text=True, check=False, timeout=1800)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
        raise RuntimeError(f"{probe.stem} exited {done.returncode}: {lines[-1]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
