"""Canary for the PySide6 6.12.0 / CPython 3.11 refcount bug.

That build drops a reference to ``None`` on every call of a void method; after a
few thousand ``QLabel.setText`` calls the interpreter aborts with "none_dealloc".
pyproject excludes 6.12.0 on Python < 3.12; this test proves whatever version
got installed survives 20,000 such calls. It runs in a subprocess so that an
abort is a clean failure, not a dead test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

CALLS = 20_000

SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for i in range({CALLS}):
    label.setText(str(i))      # void
    label.setToolTip("x")      # void
    label.clear()              # void
after = sys.getrefcount(None)
print(before, after)
"""


def test_twenty_thousand_void_calls_leave_none_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, f"interpreter died: {result.returncode} {result.stderr[-500:]}"
    before, after = map(int, result.stdout.split())
    # Immortal on 3.12+ (both huge and equal); on 3.11 a leak would drop it by ~3 * CALLS.
    assert after >= before - 1000, (before, after)


def test_pyproject_excludes_the_broken_pyside_on_python_311() -> None:
    pyproject = Path(__file__).parents[2] / "pyproject.toml"
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    pyside = [Requirement(d) for d in dependencies if d.lower().startswith("pyside6")]
    on_311 = {"python_version": "3.11"}
    applicable = [r for r in pyside if r.marker is None or r.marker.evaluate(on_311)]
    assert applicable, "no PySide6 requirement applies to Python 3.11"
    for requirement in applicable:
        assert not requirement.specifier.contains("6.12.0"), str(requirement)
        assert requirement.specifier.contains("6.11.3"), str(requirement)
