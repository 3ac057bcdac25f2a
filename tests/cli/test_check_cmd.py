"""``contract-desk check``: one line per problem, exit 1; "the register is sound: …", exit 0."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from contract_desk.cli import run
from contract_desk.models import Contract
from contract_desk.services import create_contract
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register


def fill(register: Register) -> str:
    with register.transaction() as session:
        uid = create_contract(session, {"reference": "S-1", "title": "Cleaning",
                                        "start_date": date(2026, 1, 1),
                                        "end_date": date(2026, 11, 30)}, user="t").uid
        for number in range(30):
            create_contract(session, {"title": f"Contract {number}", "notes": "x" * 2000},
                            user="t")
    with register.transaction() as session:
        check_reminders(session, today=date(2026, 11, 20))
    return uid


def target(register: Register) -> str:
    return str(register.path) if register.path else register.url.render_as_string(
        hide_password=False)


def test_a_sound_register_says_so_and_exits_0(
    register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(register)
    assert run(["--db", target(register), "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"register: {register.location}"
    assert out[1].startswith("the register is sound: ") and len(out) == 2


def test_a_problem_is_one_line_and_exit_1_also_as_json(
    register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    uid = fill(register)
    with register.transaction() as session:
        session.execute(update(Contract.__table__).where(Contract.uid == uid)
                        .values(next_reminder_on=date(2027, 6, 1)))
    assert run(["--db", target(register), "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("reminder index: S-1 Cleaning: its next reminder day is stored as "
                             "2027-06-01")
    assert out[2].startswith("reminder dry run: the reminder check would miss")
    assert len(out) == 3
    assert run(["--db", target(register), "check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["sound"] is False and report["register"] == register.location
    assert [f["area"] for f in report["findings"]] == ["reminder index", "reminder dry run"]


def test_a_damaged_file_still_gets_an_answer(
    sqlite_register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(sqlite_register)
    path = sqlite_register.path
    assert path is not None
    sqlite_register.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contract'"
                              ).fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[4096 * (root - 1):4096 * root] = os.urandom(4096)
    path.write_bytes(bytes(data))
    assert run(["--db", str(path), "check"]) == 1
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert lines[1] == ("integrity: SQLite cannot read the table contract: database disk image "
                        "is malformed")
    assert "reminder dry run: not checked: not tried on a damaged register" in lines


def test_no_register_there_is_one_sentence(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    assert run(["--db", str(missing), "check"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"contract-desk check: error: there is no register at {missing}")
    assert not missing.exists()
