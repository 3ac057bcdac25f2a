"""``contract-desk holidays``: the register's public-holiday country set, applied, taken away."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_desk.cli import run


def test_the_registers_country_reaches_new_and_on_request_existing_contracts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "holidays.sqlite3")]
    add = [*db, "add", "--title", "Support", "--start", "2026-01-01", "--end", "2027-03-31",
           "--notice", "5 business days", "--json"]
    assert run([*add, "--reference", "S-1"]) == 0
    assert json.loads(capsys.readouterr().out)["notice_deadline"] == "2027-03-24"
    assert run([*db, "holidays", "--set", "no"]) == 0
    assert "Norway (NO)" in capsys.readouterr().out
    assert run([*add, "--reference", "S-2"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert (added["holiday_country"], added["notice_deadline"]) == ("NO", "2027-03-19")
    assert run([*db, "holidays", "--apply-to-existing", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"holiday_country": "NO",
                                                   "contracts_changed": 1}
    assert run([*db, "show", "S-1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["notice_deadline"] == "2027-03-19"
    assert run([*db, "holidays", "--set", "XX"]) == 1
    assert "'XX'" in capsys.readouterr().err
    assert run([*db, "holidays", "--set", "none"]) == 0
    assert "No register-wide public holidays" in capsys.readouterr().out
