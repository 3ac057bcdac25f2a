"""LibreOffice opens the exported xlsx and shows the same values (and no formula runs)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from export_helpers import HOSTILE, TODAY, add_lease, read_data

from contract_desk.exporters.cells import cell_value
from contract_desk.exporters.columns import REGISTER_COLUMNS, Kind
from contract_desk.exporters.xlsx_writer import write_xlsx
from contract_desk.services.demo.generate import generate_demo
from contract_desk.storage import Register

#: Comma-separated, UTF-8 (76), raw values rather than as shown (token 9 false).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"


def _libreoffice() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is missing: CI installs libreoffice-calc")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc)")
    return found


def _converted(xlsx: Path, tmp_path: Path) -> list[dict[str, str]]:
    profile = tmp_path / "lo-profile"
    out = tmp_path / "lo-out"
    subprocess.run([_libreoffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", CSV_FILTER, "--outdir", str(out), str(xlsx)],
                   check=True, capture_output=True, timeout=180)
    with (out / f"{xlsx.stem}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _expected(value: object, kind: Kind) -> object:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if kind is Kind.MONEY:
        return Decimal(str(value))
    return str(value)


def _shown(text: str, kind: Kind) -> object:
    return Decimal(text) if kind is Kind.MONEY and text else text


@pytest.mark.slow
def test_libreoffice_reads_the_same_values(sqlite_register: Register, tmp_path: Path) -> None:
    with sqlite_register.transaction() as session:
        generate_demo(session, count=40, today=TODAY)
    add_lease(sqlite_register, notes="Line one\nline two")
    data = read_data(sqlite_register)
    rows = _converted(write_xlsx(tmp_path / "register.xlsx", data), tmp_path)
    assert len(rows) == len(data.contracts)
    for contract, shown in zip(data.contracts, rows, strict=True):
        for column in REGISTER_COLUMNS:
            want = _expected(cell_value(contract, column), column.kind)
            assert _shown(shown[column.header], column.kind) == want, (
                contract.reference, column.header)


@pytest.mark.slow
def test_libreoffice_shows_hostile_text_and_evaluates_nothing(sqlite_register: Register,
                                                              tmp_path: Path) -> None:
    for number in range(len(HOSTILE)):
        add_lease(sqlite_register, reference=f"H-{number}")
    data = read_data(sqlite_register)
    rows = [row._replace(title=text, notes=text)
            for row, text in zip(data.contracts, HOSTILE, strict=True)]
    shown = _converted(write_xlsx(tmp_path / "hostile.xlsx", replace(data, contracts=rows)),
                       tmp_path)
    for row, text in zip(shown, HOSTILE, strict=True):
        assert row["Title"] == text and row["Notes"] == text
