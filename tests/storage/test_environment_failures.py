"""The world fails under a running register: each failure is one sentence, nothing half-saved."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from envfail_helpers import BIG_NOTES, contract_count, fail_writes, file_integrity, integrity
from sqlalchemy import func, select

from contract_desk.importers.plan.model import ImportPlan, PlannedRow
from contract_desk.models import ImportBatch
from contract_desk.services import add_attachment, create_contract
from contract_desk.services.importing.batches import commit_import
from contract_desk.services.register.attachment_store import AttachmentStore
from contract_desk.storage import Register, open_register
from contract_desk.storage.environment import (
    RegisterFileGone,
    RegisterUnavailable,
    classify,
    explain,
)
from contract_desk.storage.rescue import save_open_register


def _add(register: Register, title: str, notes: str | None = None) -> str:
    fields = {"title": title, **({"notes": notes} if notes else {})}
    with register.transaction() as session:
        return create_contract(session, fields, user="kari").uid


def _plan(rows: int) -> ImportPlan:
    planned = tuple(PlannedRow(index + 2, {"reference": f"R-{index}", "title": f"Lease {index} "
                                           + "x" * 400, "start_date": date(2025, 1, 1)}, {}, ())
                    for index in range(rows))
    return ImportPlan(file_name="big.xlsx", file_sha256="0" * 64, sheet="Sheet1",
                      mapping={"Ref": "reference"}, rows=planned, rows_read=rows)


def test_a_full_disk_is_said_and_nothing_is_half_saved(sqlite_register: Register) -> None:
    _add(sqlite_register, "Cleaning")
    undo = fail_writes(sqlite_register, "full")
    with pytest.raises(RegisterUnavailable) as caught:
        _add(sqlite_register, "Security", notes=BIG_NOTES)
    undo()
    message = str(caught.value)
    assert caught.value.kind == "full"
    assert str(sqlite_register.path) in message and "is full" in message
    assert "Nothing was saved" in message and "Free some space" in message
    assert contract_count(sqlite_register) == 1 and integrity(sqlite_register) == "ok"
    _add(sqlite_register, "Security", notes=BIG_NOTES)  # with room again, the same save works
    assert contract_count(sqlite_register) == 2


def test_an_import_that_fills_the_disk_leaves_no_part_behind(sqlite_register: Register) -> None:
    undo = fail_writes(sqlite_register, "full")
    with pytest.raises(RegisterUnavailable, match="is full"), \
            sqlite_register.transaction() as session:
        commit_import(session, _plan(400), user="kari", today=date(2026, 11, 23))
    undo()
    assert contract_count(sqlite_register) == 0
    with sqlite_register.reading() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
    assert integrity(sqlite_register) == "ok"


def test_a_read_only_register_is_said(sqlite_register: Register) -> None:
    undo = fail_writes(sqlite_register, "read-only")
    with pytest.raises(RegisterUnavailable) as caught:
        _add(sqlite_register, "Cleaning")
    undo()
    assert caught.value.kind == "read-only"
    assert f"the register {sqlite_register.path} cannot be written" in str(caught.value)
    assert contract_count(sqlite_register) == 0


def test_a_deleted_register_file_refuses_writes_and_is_not_recreated(
        sqlite_register: Register) -> None:
    _add(sqlite_register, "Cleaning")
    path = sqlite_register.path
    assert path is not None
    path.unlink()
    with pytest.raises(RegisterFileGone) as caught:
        _add(sqlite_register, "Security")
    assert f"{path} is no longer there" in str(caught.value)
    assert "Save the open register as" in str(caught.value)
    assert not path.exists()  # no empty register was made in its place


def test_a_register_replaced_by_another_file_refuses_writes(tmp_path: Path,
                                                             sqlite_register: Register) -> None:
    path = sqlite_register.path
    assert path is not None
    _add(sqlite_register, "Cleaning")
    other = open_register(tmp_path / "other.sqlite3")
    other.close()
    path.rename(tmp_path / "moved.sqlite3")
    (tmp_path / "other.sqlite3").rename(path)
    with pytest.raises(RegisterFileGone, match="is now another file"):
        _add(sqlite_register, "Security")


@pytest.mark.parametrize("back_where_it_was", [True, False])
def test_the_open_register_is_saved_after_its_file_was_deleted(
        tmp_path: Path, sqlite_register: Register, back_where_it_was: bool) -> None:
    path = sqlite_register.path
    assert path is not None
    for title in ("Cleaning", "Security", "Canteen"):
        _add(sqlite_register, title)
    path.unlink()
    target = path if back_where_it_was else tmp_path / "elsewhere" / "saved.sqlite3"
    target.parent.mkdir(exist_ok=True)
    assert save_open_register(sqlite_register, target) == target.absolute()
    sqlite_register.close()
    assert file_integrity(target) == "ok"
    reopened = open_register(target, create=False)
    try:
        assert contract_count(reopened) == 3
        _add(reopened, "Parking")
        assert contract_count(reopened) == 4
    finally:
        reopened.close()


def test_saving_the_open_register_where_one_cannot_write_is_said(
        sqlite_register: Register) -> None:
    _add(sqlite_register, "Cleaning")
    with pytest.raises(RegisterUnavailable) as caught:
        save_open_register(sqlite_register, Path("/sys/contract-desk-rescue.sqlite3"))
    assert "/sys" in str(caught.value) and "Nothing was saved" in str(caught.value)


def test_an_attachment_store_that_cannot_be_written_is_said(sqlite_register: Register,
                                                            tmp_path: Path) -> None:
    uid = _add(sqlite_register, "Cleaning")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    store = AttachmentStore(Path("/sys"))  # exists, and refuses new files even to root
    with pytest.raises(RegisterUnavailable) as caught, \
            sqlite_register.transaction() as session:
        add_attachment(session, store, uid, scan, user="kari")
    assert caught.value.kind == "denied"
    assert "you may not write to /sys" in str(caught.value)


def test_a_full_device_gives_its_sentence() -> None:
    with pytest.raises(OSError) as caught, Path("/dev/full").open("wb") as full:
        full.write(b"contract")
        full.flush()
    assert caught.value.errno == errno.ENOSPC
    failure = classify(caught.value, "/dev/full")  # a write() names no file: the caller does
    assert failure is not None and failure.kind == "full"
    assert "where /dev/full was" in str(failure) and "Free some space" in str(failure)


@pytest.mark.parametrize(("number", "kind", "words"), [
    (errno.EROFS, "read-only", "is on a read-only disk"),
    (errno.EDQUOT, "full", "quota"),
    (errno.EACCES, "denied", "permission denied"),
    (errno.EIO, "disk-error", "input/output error"),
])
def test_each_os_failure_of_a_write_has_its_sentence(number: int, kind: str,
                                                     words: str) -> None:
    error = OSError(number, os.strerror(number), "/mnt/share/register-backups/b.sqlite3")
    failure = classify(error, "register.sqlite3")
    assert failure is not None and failure.kind == kind and words in str(failure)
    assert "/mnt/share/register-backups/b.sqlite3" in str(failure)


def test_other_errors_are_left_alone() -> None:
    assert explain(ValueError("no")) is None
    assert explain(OSError(errno.ENOENT, "No such file", "x.csv")) is None


def test_a_server_that_shuts_down_or_drops_the_line_is_a_lost_connection() -> None:
    import psycopg.errors
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    url = make_url("postgresql+psycopg://kari:s3cret@db.example.org:5433/contracts")
    shutdown = OperationalError("SELECT 1", {}, psycopg.errors.AdminShutdown(
        "terminating connection due to administrator command"))
    refused = OperationalError("SELECT 1", {}, psycopg.OperationalError(
        "connection failed: Connection refused"))
    cancelled = OperationalError("SELECT 1", {}, psycopg.errors.QueryCanceled(
        "canceling statement due to statement timeout"))
    for error in (shutdown, refused):
        failure = classify(error, "team register", url)
        assert failure is not None and failure.kind == "connection-lost"
        assert "db.example.org:5433/contracts" in str(failure) and "s3cret" not in str(failure)
    assert classify(cancelled, "team register", url) is None
