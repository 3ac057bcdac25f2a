"""README's "Notice rules" tables, row by row: each worked case run through ``keydates --json``.

The tables are the one place the cases are written down; this test reads them,
so a case changed in the README is a case tested, and a row this test cannot
read fails instead of being skipped.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from contract_desk.cli import run

README = Path(__file__).resolve().parents[2] / "README.md"
#: The day the rows are computed on unless a row gives its own ``--today``.
TODAY = "2026-12-04"
_ROW = re.compile(r"^\| (?P<case>[^|]+?) \| `(?P<argv>--[^`]*)` \| (?P<result>[^|]+?) \|$")


def _notice_rules_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Notice rules")
    return text[start:text.index("\n## ", start)]


def _cases() -> list[tuple[str, str, str]]:
    rows = [line for line in _notice_rules_section().splitlines() if line.startswith("| ")]
    cases = []
    for line in rows:
        if line.startswith(("| case |", "|---")):
            continue
        match = _ROW.match(line)
        assert match, f"a worked case this test cannot read: {line}"
        cases.append((match["case"], match["argv"], match["result"]))
    return cases


CASES = _cases()


def test_every_notice_rule_has_its_table() -> None:
    flags = " ".join(argv for _case, argv, _result in CASES)
    for flag in ("--notice-to month-end", "--notice-to quarter-end", "--notice-to year-end",
                 "--open-ended", "--renewal-term", "--postal-days"):
        assert flag in flags
    for country in ("NO", "SE", "DK", "DE", "KR", "CN", "US", "GB", "FR", "ES"):
        assert f"--holidays {country}" in flags
    assert len(CASES) >= 30


@pytest.mark.parametrize(("case", "argv", "result"), CASES, ids=[c[0] for c in CASES])
def test_the_readme_case(capsys: pytest.CaptureFixture[str], case: str, argv: str,
                         result: str) -> None:
    assert run(["keydates", "--today", TODAY, *shlex.split(argv), "--json"]) == 0
    computed = json.loads(capsys.readouterr().out)
    for expected in result.split(", "):
        key, value = expected.split(" ")
        assert computed[key] == (None if value == "null" else value), (case, key)
