"""The xlsx export read back with openpyxl: layout, real dates, numeric money, fills, sheets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from export_helpers import TODAY, add_lease, export, read_data
from openpyxl import load_workbook

from contract_desk.domain.health import Health
from contract_desk.exporters import ExportError, ExportFormat, view_columns
from contract_desk.exporters.styles import HUES, money_format, row_tint
from contract_desk.exporters.xlsx_writer import SHEETS, write_xlsx
from contract_desk.models import Alert
from contract_desk.services.demo.generate import generate_demo
from contract_desk.storage import Register


def _headers(sheet) -> list[str]:
    return [cell.value for cell in sheet[1]]


def _row_of(sheet, reference: str) -> dict[str, object]:
    headers = _headers(sheet)
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == reference:
            return dict(zip(headers, row, strict=False))
    raise AssertionError(f"{reference} not in {sheet.title}")


def test_register_sheet_has_frozen_header_autofilter_widths_dates_and_money(
        register: Register, tmp_path: Path) -> None:
    add_lease(register)
    book = load_workbook(export(register, tmp_path / "r.xlsx"))
    assert book.sheetnames == list(SHEETS)
    sheet = book["Contracts"]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}2"
    assert sheet.column_dimensions["B"].width == 40
    assert sheet["A1"].font.bold
    lease = _row_of(sheet, "L-1")
    assert isinstance(lease["Start date"].value, datetime)  # a real Excel date
    assert lease["Start date"].value.date() == date(2024, 1, 1)
    assert lease["Start date"].is_date
    assert lease["Value"].data_type == "n"
    assert Decimal(str(lease["Value"].value)) == Decimal("1250000.50")
    assert lease["Value"].number_format == money_format("NOK")
    assert lease["Tags"].value == "lease, critical"
    assert lease["Kostnadssted"].value == "4711"  # a custom field as its own column


def test_money_formats_follow_the_currency_decimals() -> None:
    assert money_format("NOK").startswith("#,##0.00 ")
    assert money_format("JPY").startswith('#,##0 "JPY"')
    assert money_format("KWD").startswith("#,##0.000 ")


def test_rows_are_filled_with_the_health_tint(register: Register, tmp_path: Path) -> None:
    # Notice deadline 2026-09-30 - buffer: within 90 days of this day, not within 7.
    add_lease(register)
    data = read_data(register)
    assert data.health[0] is Health.ATTENTION
    book = load_workbook(export(register, tmp_path / "r.xlsx"))
    cell = _row_of(book["Contracts"], "L-1")["Title"]
    assert cell.fill.fgColor.rgb[-6:] == row_tint(Health.ATTENTION)
    assert _row_of(book["Key dates"], "L-1")["Health"].value == "Attention"


def test_tints_are_the_windows_hues() -> None:
    pytest.importorskip("PySide6")
    from contract_desk.ui.common.health_style import HUES as WINDOW_HUES

    assert {h: c.getRgb()[:3] for h, c in WINDOW_HUES.items()} == HUES


def test_obligations_and_alerts_have_their_own_sheets(register: Register, tmp_path: Path) -> None:
    lease = add_lease(register)
    contract_id = read_data(register).contracts[0].id
    with register.transaction() as session:
        session.add(Alert(target_type="contract", target_uid=lease.uid, contract_id=contract_id,
                          key_kind="notice_deadline", key_date=date(2026, 9, 30), offset_days=30,
                          due_on=date(2026, 8, 31)))
    book = load_workbook(export(register, tmp_path / "r.xlsx"))
    rent = _row_of(book["Obligations"], "L-1")
    assert rent["Title"].value == "Rent" and rent["Recurrence"].value == "FREQ=MONTHLY"
    assert rent["Due date"].value.date() == date(2026, 3, 31)
    assert Decimal(str(rent["Amount"].value)) == Decimal("104166.71")
    assert rent["Obligation id"].value == lease.obligation_uid
    alert = _row_of(book["Alerts"], "L-1")
    assert alert["Days before"].value == 30 and alert["State"].value == "open"
    assert alert["Reminder on"].value.date() == date(2026, 8, 31)


def test_current_view_export_writes_the_views_columns_in_order(
        register: Register, tmp_path: Path) -> None:
    add_lease(register)
    add_lease(register, reference="L-2", title="Second lease")
    uids = tuple(reversed([row.uid for row in read_data(register).contracts]))
    path = export(register, tmp_path / "v.xlsx", columns=("reference", "notice_deadline",
                                                          "health"), contract_uids=uids)
    sheet = load_workbook(path)["Contracts"]
    assert _headers(sheet) == ["Reference", "Notice deadline", "Health", "Kostnadssted"]
    assert [sheet.cell(r, 1).value for r in (2, 3)] == ["L-2", "L-1"]  # the view's order
    assert sheet.cell(2, 2).value.date() == date(2026, 9, 30)


def test_unknown_view_column_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ExportError, match=r"'colour'.*known: reference"):
        view_columns(["reference", "colour"])


def test_the_whole_demo_register_exports_every_contract_and_obligation(
        register: Register, tmp_path: Path) -> None:
    with register.transaction() as session:
        summary = generate_demo(session, count=60, today=TODAY)
    book = load_workbook(export(register, tmp_path / "demo.xlsx"))
    assert book["Contracts"].max_row == 61
    assert book["Key dates"].max_row == 61
    assert book["Obligations"].max_row == summary.obligations + 1


def test_control_characters_are_kept_as_excel_escapes(register: Register, tmp_path: Path) -> None:
    add_lease(register, title="Bell\x07 and _x0041_ literal", notes="line\x0bbreak")
    data = read_data(register)
    write_xlsx(tmp_path / "c.xlsx", data)
    cells = _row_of(load_workbook(tmp_path / "c.xlsx")["Contracts"], "L-1")
    # openpyxl shows the file's text; Excel and our importer decode the escapes.
    assert cells["Title"].value == "Bell_x0007_ and _x005F_x0041_ literal"
    assert cells["Notes"].value == "line_x000B_break"


def test_export_format_names_are_the_cli_choices() -> None:
    assert [kind.value for kind in ExportFormat] == ["xlsx", "csv", "ics", "pdf"]


def test_a_custom_field_named_like_our_column_keeps_its_value(register: Register,
                                                             tmp_path: Path) -> None:
    add_lease(register, notes="ours", custom={"Notes": "theirs"})
    sheet = load_workbook(export(register, tmp_path / "c.xlsx"))["Contracts"]
    lease = _row_of(sheet, "L-1")
    assert lease["Notes"].value == "ours" and lease["Notes (custom)"].value == "theirs"
