"""README's "Approvals" table, row by row: the rule, the contract, the step, the approvers' yes.

A row this test cannot read fails instead of being skipped.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from readme_cases import as_os_user, table_rows

from contract_desk.cli import run

TODAY = "2026-12-04"
_ROW = re.compile(r"^\| (?P<case>[^|]+?) \| `(?P<rule>--[^`]*)` \| `(?P<contract>--[^`]*)` "
                  r"\| `(?P<step>[^`]+)` \| (?P<before>refused|allowed) \| (?P<yes>[^|]+?) \|$")


CASES = table_rows("Approvals", _ROW)


def test_the_table_has_every_kind_of_step() -> None:
    steps = {case["step"] for case in CASES}
    assert steps == {"add", "notice --given", "notice --received"}
    assert {case["before"] for case in CASES} == {"refused", "allowed"}


@pytest.mark.parametrize("case", CASES, ids=[case["case"] for case in CASES])
def test_a_worked_case(case: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                       monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--db", str(tmp_path / "approvals.sqlite3")]
    as_os_user(monkeypatch, "siri")
    assert run([*db, "approvals", "add-rule", *shlex.split(case["rule"])]) == 0
    add = [*db, "add", "--reference", "A-1", *shlex.split(case["contract"])]
    notice = [*db, "notice", "A-1", *shlex.split(case["step"])[1:], "--on", TODAY, "--channel",
              "email", "--today", TODAY]
    step = add if case["step"] == "add" else notice
    if case["step"] != "add":
        assert run(add) == 0, capsys.readouterr().err
    capsys.readouterr()
    outcome = run(step)
    said = capsys.readouterr()
    if case["before"] == "allowed":
        assert outcome == 0, said.err
        assert case["yes"] == "—"
        return
    assert outcome == 1 and "approv" in said.err, said
    if case["step"] == "add":
        assert run([*add, "--status", "draft"]) == 0
        capsys.readouterr()
    subject = "contract" if case["step"] == "add" else "notice"
    assert run([*db, "approvals", "request", "A-1", "--for", subject, "--json"]) == 0
    uid = json.loads(capsys.readouterr().out)["uid"]
    for approver in case["yes"].split(", "):
        as_os_user(monkeypatch, approver)
        assert run([*db, "approvals", "approve", uid]) == 0, capsys.readouterr().err
    as_os_user(monkeypatch, "siri")
    capsys.readouterr()
    if case["step"] == "add":
        assert run([*db, "show", "A-1", "--json", "--today", TODAY]) == 0
        assert json.loads(capsys.readouterr().out)["status"] == "approved"
    else:
        assert run(step) == 0, capsys.readouterr().err
