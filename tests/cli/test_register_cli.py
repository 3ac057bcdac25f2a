"""The register sub-commands end to end: add, show, list, demo, backup, restore, db."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contract_desk.cli import run

TODAY = "2026-11-23"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert run(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def add_lease(capsys: pytest.CaptureFixture[str], db: str, reference: str = "L-1") -> dict:
    return cli_json(  # type: ignore[return-value]
        capsys, "--db", db, "add", "--reference", reference, "--title", "Office lease Bergen",
        "--party", "Bergen kommune", "--start", "2024-01-01", "--term", "3 years",
        "--notice", "6 months", "--buffer-days", "14", "--renewal", "auto",
        "--renewal-term", "1 year", "--value", "1250000.50", "--currency", "nok",
        "--owner", "Kari Nordmann", "--tag", "lease", "--tag", "critical", "--json",
    )


def test_add_then_show_gives_back_every_field_and_the_key_dates(capsys, db) -> None:
    added = add_lease(capsys, db)
    shown = cli_json(capsys, "--db", db, "show", "L-1", "--json", "--today", TODAY)
    assert isinstance(shown, dict)
    assert shown["uid"] == added["uid"]
    assert shown["counterparty"] == "Bergen kommune"
    assert shown["value"] == "1250000.50" and shown["currency"] == "NOK"
    assert shown["tags"] == ["lease", "critical"]
    assert shown["end_date"] is None or shown["end_date"] == "2026-12-31"
    assert shown["term_end"] == "2026-12-31"
    assert shown["notice_deadline"] == "2026-06-30"
    assert shown["send_by"] == "2026-06-16"
    assert shown["obligations"] == []


def test_list_json_is_an_array_keyed_by_field_names(capsys, db) -> None:
    add_lease(capsys, db)
    rows = cli_json(capsys, "--db", db, "list", "--json", "--today", TODAY)
    assert isinstance(rows, list) and len(rows) == 1
    row = rows[0]
    for key in ("reference", "title", "counterparty", "start_date", "end_date", "value",
                "currency", "owner", "status", "notice_deadline"):
        assert key in row
    assert row["start_date"] == "2024-01-01"


def test_expiring_within_follows_the_current_term(capsys, db) -> None:
    add_lease(capsys, db, "L-1")  # current term ends 2026-12-31: 38 days after TODAY
    assert run(["--db", db, "add", "--reference", "L-2", "--title", "Later",
                "--start", "2026-01-01", "--term", "2 years"]) == 0
    capsys.readouterr()
    within_60 = cli_json(capsys, "--db", db, "list", "--json", "--expiring-within", "60",
                         "--today", TODAY)
    within_30 = cli_json(capsys, "--db", db, "list", "--json", "--expiring-within", "30",
                         "--today", TODAY)
    assert [r["reference"] for r in within_60] == ["L-1"]  # type: ignore[index]
    assert within_30 == []


def test_demo_fills_an_empty_register_once(capsys, db) -> None:
    assert run(["--db", db, "demo", "--count", "40", "--today", TODAY]) == 0
    assert "40 demo contracts" in capsys.readouterr().out
    rows = cli_json(capsys, "--db", db, "list", "--json", "--today", TODAY)
    assert len(rows) == 40  # type: ignore[arg-type]
    assert run(["--db", db, "demo", "--count", "40"]) == 1
    assert "already holds 40 contracts" in capsys.readouterr().err


def test_backup_list_and_restore(capsys, db) -> None:
    add_lease(capsys, db, "L-1")
    assert run(["--db", db, "backup", "--reason", "checkpoint"]) == 0
    said = capsys.readouterr().out.strip()
    assert said.endswith(" (checked: intact)")
    backup_path = said.removeprefix("backed up to ").removesuffix(" (checked: intact)")
    assert Path(backup_path).is_file()
    add_lease(capsys, db, "L-2")
    assert run(["--db", db, "restore", backup_path]) == 0
    capsys.readouterr()
    rows = cli_json(capsys, "--db", db, "list", "--json", "--today", TODAY)
    assert [r["reference"] for r in rows] == ["L-1"]  # type: ignore[index]
    assert run(["--db", db, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "checkpoint" in listing and "before-restore" in listing


def test_db_status_and_upgrade(capsys, db) -> None:
    assert run(["--db", db, "db", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert run(["--db", db, "db", "status"]) == 0
    assert db in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["show", "NOPE-404"], "NOPE-404"),
        (["add", "--title", "X", "--currency", "XYZ"], "currency"),
        (["add", "--title", "X", "--value", "12,5"], "not an amount"),
        (["add", "--title", "X", "--start", "2024-05-01", "--end", "2024-04-01"], "before"),
        (["restore", "/nonexistent/backup.sqlite3"], "backup.sqlite3"),
        (["list", "--expiring-within", "-5"], "negative"),
    ],
)
def test_bad_input_is_one_line_on_stderr(tmp_path: Path, argv: list[str], needle: str) -> None:
    db = str(tmp_path / "bad.sqlite3")
    result = subprocess.run(
        [sys.executable, "-m", "contract_desk", "--db", db, *argv],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_a_register_in_a_folder_that_cannot_exist_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = subprocess.run(
        [sys.executable, "-m", "contract_desk", "--db", str(blocker / "r.sqlite3"), "list"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
