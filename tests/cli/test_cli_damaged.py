"""The command line on a damaged register: writes refuse in one line, reads and restore work."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from damaged_files import (
    copy_register,
    digest,
    future_register,
    make_register,
    overwrite_leaf_of,
    truncate_half,
)

from contract_desk.cli import build_parser, run
from contract_desk.storage import open_register
from contract_desk.storage.backup import backup
from contract_desk.storage.integrity import WHAT_TO_DO, quick_check

WRITING = {"add", "demo", "import", "undo-import", "remind", "backup", "db upgrade", "notice",
           "amend", "holidays", "approvals add-rule", "approvals remove-rule", "approvals request",
           "approvals approve", "approvals reject", "approvals cancel"}
READING = {"list", "show", "export", "imports", "backups", "db status", "approvals rules",
           "approvals list"}


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_register(tmp_path_factory.mktemp("sound") / "sound.sqlite3")


@pytest.fixture
def good_backup(sound: Path, tmp_path: Path) -> Path:
    """A backup in the register's folder, made while it was sound."""
    path = copy_register(sound, tmp_path / "register.sqlite3")
    register = open_register(path)
    try:
        return backup(register, reason="nightly")
    finally:
        register.close()


@pytest.fixture
def damaged(good_backup: Path, tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    for tail in ("-wal", "-shm"):
        Path(f"{path}{tail}").unlink(missing_ok=True)
    overwrite_leaf_of(path, "ix_audit_event_entity")  # listing and export never read it
    return path


def contracts(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM contract").fetchone()[0])
    finally:
        connection.close()


def commands_marked(name: str) -> set[str]:
    """Sub-commands (and "db ACTION"s) whose parser defaults set ``name``."""
    def walk(parser: argparse.ArgumentParser, prefix: str) -> set[str]:
        found = set()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for command, sub in action.choices.items():
                    if sub.get_default(name):
                        found.add(prefix + command)
                    found |= walk(sub, f"{prefix}{command} ")
        return found

    return walk(build_parser(), "")


def test_every_command_that_writes_is_marked() -> None:
    assert commands_marked("writes") == WRITING
    assert commands_marked("rescue") == {"restore"}
    assert not READING & commands_marked("writes")


@pytest.mark.parametrize("argv", [
    ["add", "--title", "Never stored"],
    ["remind"],
    ["backup"],
    ["db", "upgrade"],
    ["undo-import", "no-such-batch"],
    ["notice", "C-1", "--given", "--on", "2026-11-01", "--channel", "email"],
])
def test_a_write_refuses_in_one_line_and_changes_nothing(
    damaged: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = digest(damaged)
    backups = sorted(p.name for p in (damaged.parent / "register-backups").iterdir())
    assert run(["--db", str(damaged), *argv]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"contract-desk {argv[0]}: error: The register {damaged} is damaged "
                          "(SQLite: ")
    assert "open read-only: nothing was changed" in err
    assert digest(damaged) == before
    assert sorted(p.name for p in (damaged.parent / "register-backups").iterdir()) == backups


def test_an_import_refuses_too(damaged: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "more.csv"
    sheet.write_text("Reference,Title\nN-1,New lease\n", encoding="utf-8")
    before = digest(damaged)
    assert run(["--db", str(damaged), "import", str(sheet)]) == 1
    assert "is damaged" in capsys.readouterr().err
    assert digest(damaged) == before


def test_reading_commands_still_work(damaged: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(damaged)
    assert run(["--db", str(damaged), "list"]) == 0
    assert "300 contracts" in capsys.readouterr().out
    assert run(["--db", str(damaged), "backups"]) == 0
    assert "nightly" in capsys.readouterr().out
    assert run(["--db", str(damaged), "db", "status"]) == 0
    target = tmp_path / "out.csv"
    assert run(["--db", str(damaged), "export", "-o", str(target)]) == 0, capsys.readouterr().err
    assert target.stat().st_size > 0
    assert digest(damaged) == before


def test_a_damaged_page_met_while_reading_is_one_sentence(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overwrite_leaf_of(damaged, "contract")
    assert run(["--db", str(damaged), "list"]) == 1
    err = capsys.readouterr().err
    assert err == ("contract-desk list: error: the register is damaged: SQLite cannot read part "
                   "of it (database disk image is malformed). Nothing was changed. "
                   f"{WHAT_TO_DO}\n")


def test_restore_puts_the_backup_in_place_and_keeps_the_damage_aside(
    damaged: Path, good_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(damaged)
    assert run(["--db", str(damaged), "restore", str(good_backup)]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    aside = next(damaged.parent.glob("register-damaged-*.sqlite3"))
    assert f"the damaged register was kept aside as {aside}" in out
    assert digest(aside) == before
    assert quick_check(damaged) == []
    assert contracts(damaged) == 300
    assert run(["--db", str(damaged), "add", "--title", "Works again"]) == 0


@pytest.mark.parametrize("damage", ["half", "empty"])
def test_restore_works_on_a_register_that_cannot_even_open(
    damaged: Path, good_backup: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    if damage == "half":
        truncate_half(damaged)
    else:
        damaged.write_bytes(b"")
    before = digest(damaged)
    assert run(["--db", str(damaged), "list"]) == 1
    err = capsys.readouterr().err
    assert f"restore {good_backup}" in err  # the way out is named
    assert digest(damaged) == before
    assert run(["--db", str(damaged), "restore", str(good_backup)]) == 0, capsys.readouterr().err
    assert digest(next(damaged.parent.glob("register-damaged-*.sqlite3"))) == before
    assert contracts(damaged) == 300


def test_a_file_of_another_program_is_never_restored_over(
    good_backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "register.sqlite3"
    other.write_bytes(b"not a database at all " * 500)
    before = digest(other)
    assert run(["--db", str(other), "restore", str(good_backup)]) == 1
    assert "is not a Contract Desk register" in capsys.readouterr().err
    assert digest(other) == before


def test_a_newer_register_is_refused_by_every_command(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_register(sound, tmp_path / "future.sqlite3")
    future_register(path)
    before = digest(path)
    for argv in (["list"], ["add", "--title", "X"]):
        assert run(["--db", str(path), *argv]) == 1
        assert "was made by a newer version of Contract Desk" in capsys.readouterr().err
    assert digest(path) == before


def test_a_sound_register_is_restored_the_usual_way(
    good_backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "register.sqlite3"
    assert run(["--db", str(path), "restore", str(good_backup)]) == 0
    assert "the register as it was is saved in" in capsys.readouterr().out
    assert list(tmp_path.glob("register-damaged-*")) == []


def test_a_servers_refusal_is_not_called_damage() -> None:
    """Found by ten colleagues reminding at once: PostgreSQL's duplicate key was said as
    "SQLite cannot read part of it", with advice to restore a backup."""
    import psycopg
    from sqlalchemy.exc import IntegrityError

    from contract_desk.cli.errors import describe

    refused = IntegrityError("INSERT INTO alert …", {}, psycopg.errors.UniqueViolation(
        'duplicate key value violates unique constraint "pk_alert_notice"'))
    said = describe(refused)
    assert said.startswith("the database refused: duplicate key value")
    assert "damaged" not in said and "backup" not in said


def test_a_constraint_sqlite_enforces_is_a_refusal_not_damage() -> None:
    """Found by a setting written as NULL: SQLite's NOT NULL was said as damage."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from contract_desk.cli.errors import describe

    refused = IntegrityError("INSERT INTO register_setting …", {}, sqlite3.IntegrityError(
        "NOT NULL constraint failed: register_setting.value"))
    said = describe(refused)
    assert said == ("the register refused the change (NOT NULL constraint failed: "
                    "register_setting.value); nothing was changed")
