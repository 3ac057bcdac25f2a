"""The core stays Qt-free: checked by walking the imports and by import-linter."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import contract_desk

PACKAGE = Path(contract_desk.__file__).parent
QT_ALLOWED = ("ui", "notify")
#: The PDF renderer is Qt (QTextDocument + QPdfWriter), imported only when a PDF is
#: asked for: the one core module allowed to import PySide6 (as in pyproject.toml).
QT_ALLOWED_MODULES = ("exporters/pdf_qt.py",)


def _qt_allowed(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] in QT_ALLOWED or relative.as_posix() in QT_ALLOWED_MODULES


def _core_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if _qt_allowed(path) or "migrations" in parts:
            continue
        modules.append(".".join(p for p in parts if p != "__init__"))
    return modules


def test_no_core_source_file_mentions_pyside() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if _qt_allowed(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            qt = [n for n in names if n.split(".")[0] in {"PySide6", "shiboken6"}]
            offenders += [f"{path}: {n}" for n in qt]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = _core_modules()
    assert "contract_desk.cli" in modules and "contract_desk.domain.terms" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter must be installed with the test extras"
    result = subprocess.run(
        [lint_imports, "--no-cache"], capture_output=True, text=True,
        cwd=PACKAGE.parent, env={**os.environ, "PYTHONPATH": str(PACKAGE.parent)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
