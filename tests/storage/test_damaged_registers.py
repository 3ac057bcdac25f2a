"""Damaged register files: each found, each said in its own sentence, not a byte changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from damaged_files import (
    copy_register,
    digest,
    future_register,
    make_register,
    overwrite_random_pages,
    truncate_half,
)

from contract_desk.domain.clock import local_today
from contract_desk.services import create_contract, list_contracts
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.storage.backup import backup, list_backups
from contract_desk.storage.integrity import RegisterDamaged, check_register, quick_check
from contract_desk.storage.recovery import newest_good_backup, restore_over_damaged


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sound register of a few hundred contracts; tests damage copies of it."""
    return make_register(tmp_path_factory.mktemp("sound") / "sound.sqlite3")


@pytest.fixture
def copy(sound: Path, tmp_path: Path) -> Path:
    return copy_register(sound, tmp_path / "register.sqlite3")


def count(register: Register) -> int:
    with register.reading() as session:
        return len(list_contracts(session, today=local_today()))


def test_a_sound_register_has_no_problems(copy: Path) -> None:
    before = digest(copy)
    assert quick_check(copy) == []
    assert digest(copy) == before


def _pages_named_but_rows_readable(sound: Path, copy: Path) -> None:
    """Damage ``copy`` (from ``sound``) where quick_check names the pages one by one and
    every contract still reads: the first seed that does so for this schema's layout
    (which pages a seed hits moves with each new table; seed 1, then 5, then 10 did)."""
    for seed in range(1, 60):
        copy_register(sound, copy)
        overwrite_random_pages(copy, seed=seed)
        found = quick_check(copy)
        if not any(problem.startswith("Page ") for problem in found):
            continue
        try:
            register = open_register(copy)
        except StorageError:
            continue
        try:
            if count(register) == 300:
                copy_register(sound, copy)  # the test damages it as found, once more
                overwrite_random_pages(copy, seed=seed)
                return
        except Exception:
            pass
        finally:
            register.close()
    raise AssertionError("no seed damages only pages outside the contracts")


def test_a_register_with_damaged_pages_is_read_but_never_written(sound: Path,
                                                                 copy: Path) -> None:
    _pages_named_but_rows_readable(sound, copy)
    before = digest(copy)
    register = open_register(copy)
    try:
        assert register.damaged is None  # found by the check, not by opening
        reason = check_register(register)
        assert reason is not None and "Page" in reason
        assert register.damaged == reason
        assert count(register) == 300  # what is readable can be seen and exported
        with pytest.raises(RegisterDamaged) as refused, register.transaction() as session:
            create_contract(session, {"title": "Never stored"}, user="t")
    finally:
        register.close()
    said = str(refused.value)
    assert f"The register {copy} is damaged (SQLite: {reason})" in said
    assert "open read-only: nothing was changed" in said
    assert "Restore the newest good backup" in said and "contract-desk check" in said
    assert digest(copy) == before


@pytest.mark.parametrize("seed", range(6))
def test_random_pages_overwritten_are_found_and_nothing_is_written(copy: Path, seed: int) -> None:
    overwrite_random_pages(copy, seed=seed)  # asserts quick_check finds the damage
    before = digest(copy)
    try:
        register = open_register(copy)
    except RegisterDamaged as error:  # the damage hit what opening reads
        assert f"{copy} is damaged: SQLite cannot read it" in str(error)
    else:
        try:
            assert check_register(register) is not None
            with pytest.raises(RegisterDamaged), register.transaction():
                pass
        finally:
            register.close()
    assert digest(copy) == before


def test_a_register_cut_in_half_is_refused_untouched(copy: Path) -> None:
    truncate_half(copy)
    before = digest(copy)
    assert quick_check(copy) != []
    with pytest.raises(RegisterDamaged, match=r"register\.sqlite3 is damaged: SQLite cannot "
                                              r"read it \(database disk image is malformed\)"):
        open_register(copy)
    assert digest(copy) == before


def test_an_existing_empty_file_is_refused_not_made_a_new_register(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    path.write_bytes(b"")
    assert quick_check(path) == ["the file is empty (0 bytes)"]
    with pytest.raises(RegisterDamaged, match=r"register\.sqlite3 is empty \(0 bytes\): it "
                                              r"holds no register\. Nothing was changed"):
        open_register(path)
    assert path.read_bytes() == b""
    assert not (tmp_path / "register.sqlite3-wal").exists()


def test_the_empty_file_sentence_names_the_newest_good_backup(copy: Path) -> None:
    register = open_register(copy)
    made = backup(register, reason="manual")
    register.close()
    copy.write_bytes(b"")
    with pytest.raises(RegisterDamaged) as refused:
        open_register(copy)
    assert f"restore {made}" in str(refused.value)


def test_a_path_that_does_not_exist_still_becomes_a_new_register(tmp_path: Path) -> None:
    register = open_register(tmp_path / "new.sqlite3")
    try:
        assert count(register) == 0
    finally:
        register.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    path.write_bytes(b"Reference;Title\nC-1;Lease\n" * 100)
    before = digest(path)
    with pytest.raises(StorageError, match=r"is not a Contract Desk register \(not an SQLite "
                                           r"database file\)\. Nothing was changed"):
        open_register(path)
    assert digest(path) == before


def test_a_register_of_a_newer_version_is_refused_untouched(copy: Path) -> None:
    future_register(copy)
    before = digest(copy)
    with pytest.raises(StorageError, match=r"was made by a newer version of Contract Desk"):
        open_register(copy)
    assert digest(copy) == before


def test_a_damaged_register_is_not_upgraded(
    copy: Path, ship_migration: Callable[[str, str, str], str]
) -> None:
    overwrite_random_pages(copy, seed=1)
    before = digest(copy)
    ship_migration("9101", 'op.create_table("test_more", sa.Column("id", sa.Integer, '
                   'primary_key=True))', 'op.drop_table("test_more")')
    with pytest.raises(RegisterDamaged, match=r"needs an upgrade, but it is damaged"):
        open_register(copy)
    assert digest(copy) == before
    assert not (copy.parent / "register-backups").exists()


@pytest.mark.postgres
def test_nothing_is_checked_on_a_server(pg_url: str) -> None:
    register = open_register(pg_url)
    try:
        assert check_register(register) is None
        assert register.damaged is None
    finally:
        register.close()


def damaged_backup(register: Register) -> Path:
    """The newest backup of ``register``, damaged after it was made."""
    path = backup(register, reason="damaged-later")
    overwrite_random_pages(path, seed=4)
    return path


def test_the_newest_good_backup_skips_a_damaged_one(copy: Path) -> None:
    register = open_register(copy)
    try:
        good = backup(register, reason="good")
        damaged_backup(register)
        assert [info.reason for info in list_backups(register)] == ["damaged-later", "good"]
        found = newest_good_backup(register)
        assert found is not None and found.path == good
        assert newest_good_backup(copy) == found  # by the file alone, when it cannot open
    finally:
        register.close()


def test_no_good_backup_is_none(copy: Path) -> None:
    register = open_register(copy)
    try:
        damaged_backup(register)
        assert newest_good_backup(register) is None
    finally:
        register.close()


def test_restoring_over_a_damaged_register_keeps_it_aside_byte_for_byte(copy: Path) -> None:
    register = open_register(copy)
    good = backup(register, reason="good")
    with register.transaction() as session:
        create_contract(session, {"title": "After the backup"}, user="t")
    register.close()
    overwrite_random_pages(copy, seed=1)
    before = digest(copy)
    aside = restore_over_damaged(copy, good)
    assert aside.parent == copy.parent
    assert aside.name.startswith("register-damaged-") and aside.suffix == ".sqlite3"
    assert digest(aside) == before
    assert quick_check(copy) == []
    restored = open_register(copy)
    try:
        assert count(restored) == 300  # the backup's contracts, not the later one
    finally:
        restored.close()


def test_restoring_carries_the_wal_aside_with_its_file(copy: Path) -> None:
    register = open_register(copy)
    good = backup(register, reason="good")
    # An open connection keeps its committed pages in the -wal (no checkpoint on close).
    keeper = sqlite3.connect(copy)
    keeper.execute("SELECT count(*) FROM contract").fetchall()
    with register.transaction() as session:
        create_contract(session, {"title": "Only in the log"}, user="t")
    wal = Path(f"{copy}-wal").read_bytes()
    aside = restore_over_damaged(register, good)
    keeper.close()
    assert Path(f"{aside}-wal").read_bytes()[: len(wal)] == wal
    assert not Path(f"{copy}-wal").exists() or Path(f"{copy}-wal").stat().st_size == 0


def test_a_damaged_backup_is_never_restored(copy: Path) -> None:
    register = open_register(copy)
    bad = damaged_backup(register)
    register.close()
    overwrite_random_pages(copy, seed=1)
    before = digest(copy)
    with pytest.raises(StorageError, match=r"damaged-later\.sqlite3 is (damaged|not a readable)"):
        restore_over_damaged(copy, bad)
    assert digest(copy) == before
    assert [p.name for p in copy.parent.glob("*-damaged-*")] == []
