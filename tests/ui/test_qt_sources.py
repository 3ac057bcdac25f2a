"""PySide6 no longer keeps the source of every imported module (contract_desk.ui.qt_sources).

In a fresh interpreter, started as ``contract-desk`` starts (the core, then the
window's modules): no file's lines are left in ``linecache``, and PySide6's
feature switching still gets the answer its own check gives, for a module that
uses PySide6 and one that does not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, linecache, sys
sys.path.insert(0, {folder!r})
import contract_desk.cli  # the core first, as the entry point imports it
import contract_desk.ui.shell.main_window  # every window module (and Qt)
from contract_desk.ui.qt_sources import FEATURE_MODULE
feature = sys.modules[FEATURE_MODULE]
import uses_qt, plain  # imported after Qt: PySide6 looks at each
check = feature._mod_uses_pyside
print(json.dumps({{
    "kept": sorted(name for name in linecache.cache if not name.startswith("<")),
    "ours": bool(getattr(check, "_contract_desk_reads_once", False)),
    "decided": [feature.pyside_feature_dict.get(name) for name in ("uses_qt", "plain")],
    "pyside_says": [check.original(sys.modules[name]) for name in ("uses_qt", "plain")],
    "modules": len(sys.modules),
}}))
"""


def test_no_module_source_is_kept_and_pyside_decides_as_before(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", "utf-8")
    (tmp_path / "plain.py").write_text("# 한국어 주석, norsk tekst\nVALUE = 1\n", "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(folder=str(tmp_path))],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["ours"]
    assert found["modules"] > 300  # the window's modules were imported and looked at
    assert found["kept"] == []  # without the fix: over 500 files, about 11 MB of lines
    assert found["pyside_says"] == [True, False]
    assert found["decided"] == [0, -1]  # 0: uses PySide6; -1: ignored, as PySide6 decides
