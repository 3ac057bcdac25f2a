"""ruff, with the rule set in pyproject.toml, has nothing to say about the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff must be installed with the test extras"
    result = subprocess.run(
        [ruff, "check", "--no-cache", "contract_desk", "tests", "bench", "tools"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
