"""`contract-desk export` end to end: every format, filters, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from openpyxl import load_workbook

from contract_desk.cli import run

TODAY = "2026-03-02"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert run(["--db", path, "demo", "--count", "30", "--today", TODAY]) == 0
    capsys.readouterr()
    return path


def _export(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> dict:
    assert run(["--db", db, "export", *argv, "--today", TODAY, "--json"]) == 0, \
        capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("kind", ["xlsx", "csv", "ics", "pdf"])
def test_every_format_is_written(capsys, db: str, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"register.{kind}"
    result = _export(capsys, db, "--format", kind, "--output", str(target))
    assert result["path"] == str(target) and result["contracts"] == 30
    assert target.stat().st_size > 0


def test_the_format_follows_the_extension_and_filters_apply(capsys, db: str,
                                                            tmp_path: Path) -> None:
    target = tmp_path / "active.xlsx"
    result = _export(capsys, db, "-o", str(target), "--status", "active")
    assert 0 < result["contracts"] < 30
    assert load_workbook(target)["Contracts"].max_row == result["contracts"] + 1
    soon = _export(capsys, db, "-o", str(tmp_path / "soon.csv"), "--expiring-within", "60")
    assert soon["contracts"] < 30


def test_horizon_limits_the_calendar(capsys, db: str, tmp_path: Path) -> None:
    def count(days: str) -> int:
        target = tmp_path / f"k{days}.ics"
        _export(capsys, db, "-o", str(target), "--horizon-days", days)
        return len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))

    assert 0 < count("30") < count("365")


def test_one_contracts_pdf_sheet(capsys, db: str, tmp_path: Path) -> None:
    assert run(["--db", db, "list", "--json", "--today", TODAY]) == 0
    reference = json.loads(capsys.readouterr().out)[0]["reference"]
    result = _export(capsys, db, "-o", str(tmp_path / "one.pdf"), "--contract", reference)
    assert result["contracts"] == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["-o", "{tmp}/missing/r.xlsx"], "cannot write {tmp}/missing/r.xlsx: No such file"),
    (["-o", "{tmp}/r.txt"], "cannot tell the format of {tmp}/r.txt"),
    (["-o", "{tmp}", "--format", "csv"], "it is a folder"),
    (["-o", "{tmp}/r.xlsx", "--contract", "X"], "--contract makes one contract's PDF sheet"),
    (["-o", "{tmp}/r.pdf", "--contract", "nope"], "no contract with reference or id 'nope'"),
])
def test_errors_are_one_line_without_traceback(capsys, db: str, tmp_path: Path,
                                               argv: list[str], message: str) -> None:
    args = [part.format(tmp=tmp_path) for part in argv]
    assert run(["--db", db, "export", *args]) == 1
    err = capsys.readouterr().err
    assert message.format(tmp=tmp_path) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_bad_arguments_exit_2(capsys, db: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", db, "export", "-o", str(tmp_path / "r.xlsx"), "--horizon-days", "-3"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        run(["--db", db, "export", "-o", str(tmp_path / "r.xlsx"), "--format", "docx"])
