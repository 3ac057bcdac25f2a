"""Verified backups: checked when made, the result kept beside each, failed ones never restored."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from contract_desk.cli import run
from contract_desk.services import create_contract
from contract_desk.storage import Register, StorageError
from contract_desk.storage import backup as backup_module
from contract_desk.storage.backup import (
    backup,
    backup_check,
    list_backups,
    restore,
    verify_backups,
)
from contract_desk.storage.backup_check import BackupCheck, record_path, write_record


def add(register: Register, title: str) -> None:
    with register.transaction() as session:
        create_contract(session, {"title": title, "notes": "x" * 3000}, user="t")


def damage(path: Path, page: int = 3) -> None:
    """Write a page of random bytes over page ``page`` of a SQLite file (4 KiB pages)."""
    data = bytearray(path.read_bytes())
    data[4096 * page:4096 * (page + 1)] = os.urandom(4096)
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(sqlite_register: Register) -> Register:
    for number in range(40):  # enough pages that damage lands in table data
        add(sqlite_register, f"Contract {number}")
    return sqlite_register


@pytest.fixture
def damaging_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy step writes a damaged file, as a failing disk would."""
    copy = backup_module._copy

    def damaged_copy(source: Path, target: Path) -> None:
        copy(source, target)
        damage(target)

    monkeypatch.setattr(backup_module, "_copy", damaged_copy)


def test_a_backup_is_checked_when_made_and_says_so(filled: Register) -> None:
    saved = backup(filled)
    check = backup_check(saved)
    assert check is not None and check.ok
    [info] = list_backups(filled)
    assert info.check == check and info.restorable and info.check_state == "intact"
    assert record_path(saved).is_file()


def test_a_damaged_copy_is_kept_recorded_failed_and_never_restored(
    filled: Register, damaging_copy: None
) -> None:
    saved = backup(filled)
    assert saved.exists()  # kept: it may be all there is
    [info] = list_backups(filled)
    assert info.check is not None and not info.check.ok
    assert not info.restorable
    assert info.check_state.startswith("failed: the backup is ")
    with pytest.raises(StorageError, match=r"failed its check.*cannot be restored"):
        restore(filled, saved)
    assert saved.exists()


def test_a_backup_of_an_older_version_was_never_checked_and_may_be_restored(
    filled: Register,
) -> None:
    saved = backup(filled)
    record_path(saved).unlink()
    [info] = list_backups(filled)
    assert info.check is None and info.restorable and info.check_state == "never checked"
    restore(filled, saved)


def test_rotation_deletes_a_backup_with_its_record_and_spares_the_newest_good_one(
    filled: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup(filled, keep=3)
    copy = backup_module._copy
    monkeypatch.setattr(backup_module, "_copy",
                        lambda source, target: (copy(source, target), damage(target)))
    bad = [backup(filled, keep=3) for _ in range(4)]
    kept = [info.path for info in list_backups(filled)]
    # The three newest, plus the newest one that may be restored (the register was
    # damaged meanwhile: every new backup failed and would have pushed it out).
    assert kept == [*reversed(bad[-3:]), good]
    assert not bad[0].exists() and not record_path(bad[0]).exists()
    records = sorted(p.name for p in filled.backups_dir.glob("*.check"))
    assert records == sorted(f"{path.name}.check" for path in kept)


def test_verify_finds_a_backup_damaged_after_it_was_made(
    filled: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = backup(filled), backup(filled)
    damage(first)
    assert filled.path is not None
    db = str(filled.path)
    assert run(["--db", db, "backup", "--verify"]) == 1
    out, err = capsys.readouterr()
    assert f"{first}: failed: the backup is " in out
    assert f"{second}: intact" in out
    assert "1 of 2 backups failed their check" in err
    assert backup_check(first) is not None and not backup_check(first).ok  # type: ignore[union-attr]
    assert run(["--db", db, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "Check" in listing.splitlines()[0]
    assert "FAILED" in listing and "intact" in listing
    with pytest.raises(StorageError, match="failed its check"):
        restore(filled, first)


def test_the_backup_command_says_it_checked_or_that_the_check_failed(
    filled: Register, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert filled.path is not None
    db = str(filled.path)
    assert run(["--db", db, "backup"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("(checked: intact)")
    copy = backup_module._copy
    monkeypatch.setattr(backup_module, "_copy",
                        lambda source, target: (copy(source, target), damage(target)))
    assert run(["--db", db, "backup"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "was kept but failed its check" in err and len(err.strip().splitlines()) == 1


def test_verify_with_no_backups_says_so(filled: Register,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(filled.path), "backup", "--verify"]) == 0
    assert "no backups" in capsys.readouterr().out


def test_the_copy_is_checked_before_it_gets_its_name(
    filled: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    check_now = backup_module.check_now

    def spy(path: Path, when):  # type: ignore[no-untyped-def]
        seen.append(path.name)
        assert not list(filled.backups_dir.glob("*-manual.sqlite3"))
        return check_now(path, when)

    monkeypatch.setattr(backup_module, "check_now", spy)
    saved = backup(filled)
    assert seen == [".register-in-progress.sqlite3"]
    connection = sqlite3.connect(saved)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def test_the_record_decides_until_verify_checks_again(filled: Register) -> None:
    saved = backup(filled)
    check = backup_check(saved)
    assert check is not None
    # A failure recorded (a disk that gave back other bytes then): refused on the record
    # alone, even though the file reads well now.
    write_record(saved, BackupCheck(check.checked_at, "is damaged (SQLite integrity check: "
                                                      "Page 4 is never used)"))
    with pytest.raises(StorageError, match="Page 4 is never used"):
        restore(filled, saved)
    [info] = verify_backups(filled)
    assert info.restorable and info.check_state == "intact"
    restore(filled, saved)
