"""The csv export: UTF-8 with BOM, ISO dates, exact decimals, custom columns."""

from __future__ import annotations

import csv
from pathlib import Path

from export_helpers import add_lease, export

from contract_desk.exporters import ExportFormat
from contract_desk.storage import Register


def test_csv_is_utf8_with_bom_iso_dates_and_exact_money(register: Register,
                                                        tmp_path: Path) -> None:
    add_lease(register, title="Leie av kontor på Bryggen – 2. etasje")
    path = export(register, tmp_path / "r.csv", ExportFormat.CSV)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    row = rows[0]
    assert row["Title"] == "Leie av kontor på Bryggen – 2. etasje"
    assert row["Start date"] == "2024-01-01" and row["End date"] == "2026-12-31"
    assert row["Value"] == "1250000.50" and row["Currency"] == "NOK"
    assert row["Tags"] == "lease, critical"
    assert row["Kostnadssted"] == "4711"
    assert row["Signed on"] == ""


def test_csv_of_a_view_has_the_views_columns(register: Register, tmp_path: Path) -> None:
    add_lease(register)
    path = export(register, tmp_path / "v.csv", ExportFormat.CSV,
                  columns=("reference", "send_by", "health"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["Reference", "Send notice by", "Health", "Kostnadssted"],
                    ["L-1", "2026-09-16", "Attention", "4711"]]
