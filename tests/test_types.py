"""mypy, with the settings in pyproject.toml, finds no error in contract_desk/ and bench/;
py.typed ships.

The core is checked strictly and ui/ as strictly (see ``[tool.mypy]``); so is the
bench, whose code the reliability and soak tests run. The
check starts from an empty cache every time, so a stale cache can neither hide
an error nor report one that is gone.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from mypy import api

import contract_desk

ROOT = Path(__file__).parents[1]
PACKAGE = Path(contract_desk.__file__).parent


@pytest.mark.slow
def test_mypy_finds_no_error(tmp_path: Path) -> None:
    report, errors, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(tmp_path / "mypy-cache"),
        str(PACKAGE), str(ROOT / "bench"),
    ])
    assert status == 0, report + errors


def test_the_package_says_it_is_typed() -> None:
    # PEP 561: without the marker, type checkers ignore the package's annotations.
    assert (PACKAGE / "py.typed").is_file()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in config["tool"]["setuptools"]["package-data"]["contract_desk"]
