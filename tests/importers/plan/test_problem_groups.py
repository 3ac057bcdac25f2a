"""The same problem in one column is one line; every cell stays listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_desk.cli import run
from contract_desk.importers.plan.model import CellProblem
from contract_desk.importers.plan.problem_groups import group_problems, shape


def _problem(row: int, column: str, value: str, message: str,
             severity: str = "warning") -> CellProblem:
    return CellProblem(row, f"S!F{row}", column, value, message, severity)  # type: ignore[arg-type]


def test_like_problems_in_a_column_are_one_group_in_order_errors_first() -> None:
    problems = [_problem(r, "Auto-Renew?", v, f"'{v}' is not a renewal (automatic, option or none) "
                         "(kept as text)") for r, v in ((2, "maybe"), (3, "perhaps"), (9, "?"))]
    problems.insert(1, _problem(4, "Amount", "1.2345678", "'1.2345678' has 7 decimals; the "
                                "register keeps amounts to at most 6"))
    problems.append(_problem(11, "", "", "row skipped: nothing in this row is in a mapped "
                             "column", "error"))
    groups = group_problems(problems)
    assert [(g.column, g.count, g.severity) for g in groups] == [
        ("", 1, "error"), ("Auto-Renew?", 3, "warning"), ("Amount", 1, "warning")]
    renew = groups[1]
    assert renew.cells == ("S!F2", "S!F3", "S!F9")
    assert renew.text() == ("Auto-Renew?: 3 cells — 'maybe' is not a renewal (automatic, "
                            "option or none) (kept as text) (S!F2, S!F3, S!F9)")
    assert sum(g.count for g in groups) == len(problems)


def test_many_cells_are_counted_not_listed() -> None:
    problems = [_problem(r, "Start", str(r), f"'{r}.13.2025' is not a date") for r in range(2, 40)]
    (group,) = group_problems(problems)
    assert group.count == 38 and len(group.cells) == 5
    assert group.text().endswith("(S!F2, S!F3, S!F4, S!F5, S!F6 and 33 more)")


@pytest.mark.parametrize(("one", "other", "alike"), [
    ("'x' is not a date", "'y' is not a date", True),
    ("1358.016 rounded to 1358.02 (BRL shows 2 decimals)",
     "99.999 rounded to 100.00 (BRL shows 2 decimals)", True),
    ("'x' is not a date", "'x' is not an amount", False),
])
def test_messages_compare_by_their_shape(one: str, other: str, alike: bool) -> None:
    assert (shape(one) == shape(other)) is alike


def test_the_cli_prints_groups_and_its_json_keeps_every_cell(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "us.csv"
    rows = "\n".join(f"C-{n};Service {n};2025-07-01;2027-06-30;{answer}" for n, answer in
                     enumerate(["Y", "maybe", "N", "perhaps", "Yes", "unsure"] * 3))
    path.write_text(f"Contract no;Title;Start date;End date;Auto-Renew?\n{rows}\n",
                    encoding="utf-8")
    db = str(tmp_path / "r.sqlite3")
    assert run(["--db", db, "import", str(path), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert err.count("Auto-Renew?: 9 cells") == 1 and "maybe" in err
    assert run(["--db", db, "import", str(path), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["problems"]) == 9
    assert report["summary"] == [{"column": "Auto-Renew?", "severity": "warning", "count": 9,
                                  "message": report["problems"][0]["message"],
                                  "cells": [p["cell"] for p in report["problems"][:5]]}]
