"""``contract-desk approvals``: rules set, a step refused, asked for, answered by its approver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from readme_cases import as_os_user

from contract_desk.cli import run

TODAY = "2026-12-04"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str],
       monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "approvals.sqlite3")
    as_os_user(monkeypatch, "admin")
    assert run(["--db", path, "approvals", "add-rule", "--for", "notice", "--approvers",
                "per, liv、ane", "--needed", "2", "--from-value", "1 000 000",
                "--currency", "NOK"]) == 0
    assert run(["--db", path, "add", "--reference", "L-1", "--title", "Lease",
                "--start", "2025-04-01", "--end", "2027-03-31", "--renewal", "automatic",
                "--renewal-term", "1 year", "--notice", "3 months", "--value", "2500000",
                "--currency", "NOK"]) == 0
    capsys.readouterr()
    return path


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert run(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_a_notice_is_refused_until_two_approvers_said_yes(
        db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    rules = cli_json(capsys, "--db", db, "approvals", "rules", "--json")
    assert rules == [{"subject": "notice", "approvers": ["per", "liv", "ane"], "needed": 2,
                      "contract_type": None, "min_value": "1000000", "currency": "NOK"}]
    notice = ["--db", db, "notice", "L-1", "--given", "--on", TODAY, "--channel", "email",
              "--today", TODAY]
    assert run(notice) == 1
    assert "must be approved before it is given (approval by 2 of per, liv, ane)" in \
        capsys.readouterr().err
    as_os_user(monkeypatch, "siri")
    asked = cli_json(capsys, "--db", db, "approvals", "request", "L-1", "--for", "notice",
                     "--note", "the new offer is cheaper", "--json")
    assert isinstance(asked, dict) and asked["state"] == "pending"
    as_os_user(monkeypatch, "per")
    mine = cli_json(capsys, "--db", db, "approvals", "list", "--mine", "--json")
    assert isinstance(mine, list) and [row["uid"] for row in mine] == [asked["uid"]]
    with pytest.raises(SystemExit) as refused:  # a no needs its why
        run(["--db", db, "approvals", "reject", asked["uid"]])
    assert refused.value.code == 2 and "--comment" in capsys.readouterr().err
    cli_json(capsys, "--db", db, "approvals", "approve", asked["uid"], "--json")
    as_os_user(monkeypatch, "ane")
    done = cli_json(capsys, "--db", db, "approvals", "approve", asked["uid"], "--comment",
                    "agreed", "--json")
    assert isinstance(done, dict) and done["state"] == "approved"
    assert [vote["approver"] for vote in done["votes"]] == ["per", "ane"]
    as_os_user(monkeypatch, "siri")
    assert run(notice) == 0, capsys.readouterr().err
    assert "Notice recorded" in capsys.readouterr().out
    listed = cli_json(capsys, "--db", db, "approvals", "list", "--all", "--json")
    assert isinstance(listed, list) and listed[0]["state"] == "used"


def test_rules_are_listed_in_words_and_removed_by_number(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", db, "approvals", "rules"]) == 0
    assert "a notice we give worth" in capsys.readouterr().out
    assert run(["--db", db, "approvals", "remove-rule", "2"]) == 1
    assert "there is no rule 2" in capsys.readouterr().err
    assert run(["--db", db, "approvals", "add-rule", "--for", "decision", "--approvers", "a",
                "--needed", "2"]) == 1
    assert "between 1 and 1 yes votes" in capsys.readouterr().err
    assert run(["--db", db, "approvals", "remove-rule", "1"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "approvals", "rules"]) == 0
    assert "No approval rules" in capsys.readouterr().out


def test_the_scheduled_run_reminds_the_approver_until_they_answer(
        db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    as_os_user(monkeypatch, "siri")
    asked = cli_json(capsys, "--db", db, "approvals", "request", "L-1", "--for", "notice",
                     "--json")
    assert isinstance(asked, dict)
    remind = ["--db", db, "remind", "--notifier", "log", "--today", TODAY, "--json"]
    assert cli_json(capsys, *remind)["approvals_waiting"] == 0  # type: ignore[index]
    as_os_user(monkeypatch, "per")
    caplog.set_level("INFO", logger="contract_desk.notify")
    report = cli_json(capsys, *remind)
    assert isinstance(report, dict) and report["approvals_waiting"] == 1
    assert report["notifier"] == "log"
    said = [record.getMessage() for record in caplog.records]
    assert any(line.startswith("1 request for approval waits for your answer: L-1 Lease: a "
                               "notice we give (asked by siri)") for line in said), said
    cli_json(capsys, "--db", db, "approvals", "approve", str(asked["uid"]), "--json")
    assert cli_json(capsys, *remind)["approvals_waiting"] == 0  # type: ignore[index]
