"""README's "Amendments" table, row by row: the contract, the amendment, the terms of a day.

A row this test cannot read fails instead of being skipped.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from readme_cases import table_rows

from contract_desk.cli import run

TODAY = "2026-12-04"
_ROW = re.compile(r"^\| (?P<case>[^|]+?) \| `(?P<contract>--[^`]*)` \| `(?P<amend>--[^`]*)` "
                  r"\| (?P<day>[0-9-]{10}|—) \| (?P<result>[^|]+?) \|$")


CASES = table_rows("Amendments", _ROW)


def test_the_table_has_past_coming_and_refused_cases() -> None:
    assert len(CASES) >= 5 and any(case["result"] == "refused" for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["case"] for case in CASES])
def test_a_worked_case(case: dict[str, str], tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "amend.sqlite3")]
    assert run([*db, "add", "--reference", "A-1", "--title", "Lease",
                *shlex.split(case["contract"])]) == 0
    capsys.readouterr()
    outcome = run([*db, "amend", "A-1", *shlex.split(case["amend"]), "--today", TODAY])
    said = capsys.readouterr()
    if case["result"] == "refused":
        assert outcome == 1 and said.err.strip(), said
        return
    assert outcome == 0, said.err
    assert run([*db, "amend", "A-1", "--terms-on", case["day"], "--json"]) == 0
    terms = json.loads(capsys.readouterr().out)
    shown = [terms["end_date"], terms["notice_deadline"], terms["value"]]
    assert ", ".join("—" if value is None else str(value) for value in shown) == case["result"]
