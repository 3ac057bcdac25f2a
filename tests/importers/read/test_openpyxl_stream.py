"""The child process that reads a sheet with openpyxl, and openpyxl opened without sizing."""

from __future__ import annotations

import multiprocessing
import os
import signal
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from contract_desk.importers.read.openpyxl_reader import open_openpyxl
from contract_desk.importers.read.openpyxl_stream import BATCH_ROWS, RowStream
from contract_desk.importers.read.readers import read_workbook
from contract_desk.importers.read.sheet_choice import EngineFailed


def _write(path: Path, rows: int, *, write_only: bool) -> Path:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Data") if write_only else book.active
    if not write_only:
        sheet.title = "Data"
    sheet.append(["Register"])
    sheet.append([])
    sheet.append(["Ref", "Title", "Start", "Amount"])
    for n in range(rows):
        sheet.append([f"R-{n}", f"Title {n}", date(2024, 1, 1 + n % 28), n * 1.5])
    book.save(path)
    return path


def _plain_read(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book["Data"]
        sheet.reset_dimensions()
        return list(sheet.iter_rows(values_only=True))
    finally:
        book.close()


def _streamed(path: Path, last_row: int | None = None) -> list[tuple[Any, ...]]:
    with RowStream(path, "Data", last_row) as stream:
        return [row for batch in stream.batches() for row in batch]


@pytest.mark.parametrize("write_only", [True, False], ids=["no-dimension", "dimension"])
def test_the_child_reads_exactly_what_openpyxl_reads_here(tmp_path: Path,
                                                          write_only: bool) -> None:
    path = _write(tmp_path / "r.xlsx", 2 * BATCH_ROWS + 17, write_only=write_only)
    rows = _streamed(path)
    assert rows == _plain_read(path)
    assert len(rows) == 3 + 2 * BATCH_ROWS + 17
    assert not multiprocessing.active_children()


def test_the_child_stops_at_the_last_row_asked_for(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", 50, write_only=True)
    assert _streamed(path, last_row=10) == _plain_read(path)[:10]


def test_a_sheet_the_child_cannot_read_is_an_engine_failure(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", 5, write_only=True)
    with RowStream(path, "Missing", None) as stream, pytest.raises(EngineFailed) as failure:
        list(stream.batches())
    assert failure.value.engine == "openpyxl" and "Missing" in failure.value.reason
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with RowStream(broken, "Data", None) as stream, pytest.raises(EngineFailed):
        list(stream.batches())


def test_a_child_that_dies_is_an_engine_failure_not_a_hang(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", 30 * BATCH_ROWS, write_only=True)
    with RowStream(path, "Data", None) as stream, pytest.raises(EngineFailed,
                                                                match="stopped unexpectedly"):
        batches = stream.batches()
        next(batches)
        assert stream.pid is not None
        os.kill(stream.pid, signal.SIGKILL)
        for _ in batches:
            pass
    assert not multiprocessing.active_children()


def test_leaving_early_stops_the_child(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.xlsx", 30 * BATCH_ROWS, write_only=True)
    with RowStream(path, "Data", None) as stream:
        next(stream.batches())
    assert not multiprocessing.active_children()


def test_opening_read_only_skips_sizing_and_puts_openpyxl_back(tmp_path: Path) -> None:
    # Without <dimension>, openpyxl would parse the whole sheet at opening and
    # still know no size; with one, the importer ignores it (reset_dimensions).
    path = _write(tmp_path / "r.xlsx", 20, write_only=False)
    sizing = ReadOnlyWorksheet.__dict__["_get_size"]
    with open_openpyxl(path) as book:
        assert book["Data"].max_row is None  # not sized
    assert ReadOnlyWorksheet.__dict__["_get_size"] is sizing
    plain = openpyxl.load_workbook(path, read_only=True)
    try:
        assert plain["Data"].max_row == 23  # openpyxl elsewhere sizes as before
    finally:
        plain.close()
    for write_only in (True, False):
        path = _write(tmp_path / f"r{write_only}.xlsx", 20, write_only=write_only)
        by_openpyxl = read_workbook(path, engine="openpyxl")
        assert by_openpyxl.reader == "openpyxl"
        assert by_openpyxl.sheets == read_workbook(path, engine="calamine").sheets
