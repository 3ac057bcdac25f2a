"""``contract-desk amend``: an amendment recorded, listed with every version, a past day's terms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_desk.cli import run

TODAY = "2026-12-04"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    path = ["--db", str(tmp_path / "amend.sqlite3")]
    assert run([*path, "add", "--reference", "L-1", "--title", "Lease", "--start", "2024-01-01",
                "--end", "2026-12-31", "--renewal", "auto", "--renewal-term", "1 year",
                "--notice", "3 months", "--value", "120000", "--currency", "NOK"]) == 0
    capsys.readouterr()
    return path


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert run(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_amendments_keep_every_version_and_the_terms_of_each_day(
        db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    first = cli_json(capsys, *db, "amend", "L-1", "--effective", "2026-06-01", "--reference",
                     "Amendment 1", "--end", "2028-06-30", "--notice", "6 months",
                     "--today", TODAY, "--json")
    assert isinstance(first, dict) and first["state"] == "in_force"
    assert first["changes"] == {"end_date": "2028-06-30", "notice_period": "6 months"}
    assert first["before"] == {"end_date": "2026-12-31", "notice_period": "3 months"}
    coming = cli_json(capsys, *db, "amend", "L-1", "--effective", "2027-01-01", "--value",
                      "200000", "--renewal", "none", "--today", TODAY, "--json")
    assert isinstance(coming, dict) and coming["state"] == "coming"
    listed = cli_json(capsys, *db, "amend", "L-1", "--list", "--json")
    assert isinstance(listed, dict)
    assert [v["from"] for v in listed["versions"]] == [None, "2026-06-01", "2027-01-01"]
    assert [v["terms"]["end_date"] for v in listed["versions"]] == [
        "2026-12-31", "2028-06-30", "2028-06-30"]
    assert [v["terms"]["renewal"] for v in listed["versions"]] == [
        "automatic", "automatic", "none"]
    old = cli_json(capsys, *db, "amend", "L-1", "--terms-on", "2026-05-31", "--json")
    assert isinstance(old, dict)
    assert (old["end_date"], old["notice_deadline"]) == ("2026-12-31", "2026-09-30")
    later = cli_json(capsys, *db, "amend", "L-1", "--terms-on", "2027-02-01", "--json")
    assert isinstance(later, dict)
    assert (later["value"], later["renewal"], later["notice_deadline"]) == (
        "200000", "none", "2027-12-31")
    assert run([*db, "amend", "L-1", "--list"]) == 0
    shown = capsys.readouterr().out
    assert "Amendment 1" in shown and "in force" in shown and "coming" in shown
    assert run([*db, "amend", "L-1", "--withdraw", str(coming["uid"])]) == 0
    assert "Amendment withdrawn." in capsys.readouterr().out


def test_a_wrong_amendment_is_one_sentence_and_changes_nothing(
        db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*db, "amend", "L-1", "--effective", TODAY, "--today", TODAY]) == 1
    assert "at least one field" in capsys.readouterr().err
    assert run([*db, "amend", "L-1", "--effective", TODAY, "--end", "2023-01-01",
                "--today", TODAY]) == 1
    assert "end date" in capsys.readouterr().err
    assert run([*db, "amend", "L-1"]) == 1
    assert "--effective DATE" in capsys.readouterr().err
    listed = cli_json(capsys, *db, "amend", "L-1", "--list", "--json")
    assert isinstance(listed, dict) and listed["amendments"] == []
