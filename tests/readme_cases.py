"""The worked-case tables of README.md, row by row, for the tests that run them.

A row a test's pattern cannot read fails the test instead of being skipped.
Importable from every test folder (tests/ is on sys.path), like team_helpers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def table_rows(heading: str, row: re.Pattern[str]) -> list[dict[str, str]]:
    """The rows of the tables under ``## heading`` (up to the next ``## ``), each matched
    by ``row`` and given as its named groups; header and rule lines are left out."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {heading}")
    section = text[start:text.index("\n## ", start + 1)]
    cases = []
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith(("| case |", "|---")):
            continue
        match = row.match(line)
        assert match, f"a worked case this test cannot read: {line}"
        cases.append(match.groupdict())
    return cases


def as_os_user(monkeypatch: pytest.MonkeyPatch, login: str) -> None:
    """The OS user running what follows (who a register file's votes and audit name)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, login)


__all__ = ["README", "as_os_user", "table_rows"]
