"""README's "Recording a notice" table, row by row: the contract added, the notice recorded.

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

README = Path(__file__).resolve().parents[2] / "README.md"
TODAY = "2026-12-04"
_ROW = re.compile(r"^\| (?P<case>[^|]+?) \| `(?P<contract>--[^`]*)` \| `(?P<notice>--[^`]*)` "
                  r"\| (?P<result>[^|]+?) \|$")


def _cases() -> list[tuple[str, str, str, str]]:
    return [(row["case"], row["contract"], row["notice"], row["result"])
            for row in table_rows("Recording a notice", _ROW)]


CASES = _cases()


def test_the_table_has_the_cases_the_issue_names() -> None:
    notices = " ".join(notice for _case, _contract, notice, _result in CASES)
    assert "--received" in notices and "--given" in notices
    assert any("--open-ended" in contract for _case, contract, _notice, _result in CASES)
    assert any(result.startswith("refused") for *_rest, result in CASES)
    assert len(CASES) >= 6


@pytest.mark.parametrize(("case", "contract", "notice", "result"), CASES,
                         ids=[c[0] for c in CASES])
def test_the_readme_case(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str,
                         contract: str, notice: str, result: str) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert run(["--db", db, "add", "--reference", "R-1", "--title", case,
                *shlex.split(contract)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    status = run(["--db", db, "notice", "R-1", *shlex.split(notice), "--today", TODAY, "--json"])
    out, err = capsys.readouterr()
    if result.startswith("refused: "):
        assert status == 1 and result.removeprefix("refused: ") in err
        return
    assert status == 0, err
    ends = re.fullmatch(r"ends (\d{4}-\d{2}-\d{2})", result)
    assert ends, f"a result this test cannot read: {result}"
    assert json.loads(out)["effective_end"] == ends[1]
    # On that day the contract is in its last term, ending then, with no renewal after.
    assert run(["--db", db, "show", "R-1", "--json", "--today", ends[1]]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["current_term_end"] == ends[1] and shown["next_renewal_start"] is None
