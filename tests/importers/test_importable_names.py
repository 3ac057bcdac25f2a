"""Every file name the import offers (dialog, drag and drop, command line) is one it reads."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from handmade import ods_row, ods_text, write_ods

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.read.readers import read_workbook
from contract_desk.importers.read.sniff import IMPORTABLE_SUFFIXES

#: Names of the Excel 97-2003 and binary formats, which no Python library here
#: writes: test_readers and test_xlsb_scan read real ones.
WRITTEN_ELSEWHERE = {".xls", ".xlsb"}


def _write(path: Path) -> Path:
    if path.suffix in {".csv", ".tsv", ".txt"}:
        separator = "\t" if path.suffix == ".tsv" else ","
        path.write_text(f"Reference{separator}Title\nA-1{separator}Lease\n", encoding="utf-8")
    elif path.suffix == ".ods":
        write_ods(path, ods_row(ods_text("Reference") + ods_text("Title"))
                  + ods_row(ods_text("A-1") + ods_text("Lease")))
    else:
        book = openpyxl.Workbook()
        book.active.append(["Reference", "Title"])
        book.active.append(["A-1", "Lease"])
        book.save(path)
    return path


@pytest.mark.parametrize("suffix", [s for s in IMPORTABLE_SUFFIXES if s not in WRITTEN_ELSEWHERE])
def test_each_offered_name_is_read(tmp_path: Path, suffix: str) -> None:
    book = read_workbook(_write(tmp_path / f"register{suffix}"))
    assert book.sheets[0].rows == [["Reference", "Title"], ["A-1", "Lease"]]


def test_text_under_a_name_not_offered_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "register.dat"
    path.write_text("Reference,Title\nA-1,Lease\n", encoding="utf-8")
    assert ".dat" not in IMPORTABLE_SUFFIXES
    with pytest.raises(ImportFileError, match="not a file this import reads"):
        read_workbook(path)
