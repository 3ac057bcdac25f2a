"""Reading workbooks: cell types, both engines agreeing, sheets, dates, fallbacks, sniffing."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from handmade import (
    DATE_STYLES,
    cell,
    ods_number,
    ods_row,
    ods_text,
    row,
    worksheet,
    write_ods,
    write_xlsx,
)
from openpyxl.utils.datetime import MAC_EPOCH

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.read import calamine_reader
from contract_desk.importers.read.cells import SHARE_PROBE_ROWS, SheetBuilder
from contract_desk.importers.read.openpyxl_reader import open_openpyxl
from contract_desk.importers.read.readers import list_sheets, read_workbook
from contract_desk.importers.read.sheet_choice import EngineFailed

ENGINES = ["calamine", "openpyxl"]


def excel_moment(*parts: int) -> datetime:
    """A date and time as Excel stores it: with no time zone at all."""
    return datetime(*parts)  # noqa: DTZ001


def _typed_workbook(path: Path, *, mac_epoch: bool = False) -> Path:
    book = openpyxl.Workbook()
    if mac_epoch:
        book.epoch = MAC_EPOCH
    sheet = book.active
    sheet.title = "Contracts"
    sheet.append(["Text", "Date", "Moment", "Time", "Flag", "Count", "Share", "Error", "Lines"])
    sheet.append(["  kept as is ", date(2025, 12, 31), excel_moment(2025, 1, 2, 3, 4, 5),
                  time(13, 30), True, 42, 1.5, "#N/A", "first\r\nsecond"])
    sheet["H2"].data_type = "e"
    sheet.append([])
    sheet.append(["merged", None, None])
    sheet.merge_cells("A4:C4")
    hidden = book.create_sheet("Old")
    hidden.sheet_state = "hidden"
    hidden["B2"] = 7
    book.save(path)
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_cells_come_back_as_typed_python_values(tmp_path: Path, engine: str) -> None:
    book = read_workbook(_typed_workbook(tmp_path / "typed.xlsx"), engine=engine)
    sheet = book.sheet("Contracts")
    assert book.reader == engine
    assert sheet.rows[1] == ["  kept as is ", date(2025, 12, 31), excel_moment(2025, 1, 2, 3, 4, 5),
                             time(13, 30), True, 42, 1.5, "#N/A", "first\nsecond"]
    assert type(sheet.rows[1][1]) is date and type(sheet.rows[1][5]) is int
    assert sheet.rows[2] == [None] * 9
    assert sheet.rows[3] == ["merged"] + [None] * 8
    assert sheet.merged == [(4, 0, 4, 2)]


def test_both_engines_give_identical_sheets(tmp_path: Path) -> None:
    path = _typed_workbook(tmp_path / "typed.xlsx")
    fast, slow = (read_workbook(path, engine=engine) for engine in ENGINES)
    assert fast.sheets == slow.sheets
    assert [s.name for s in fast.sheets] == ["Contracts", "Old"]


@pytest.mark.parametrize("engine", ENGINES)
def test_hidden_sheets_are_read_and_flagged(tmp_path: Path, engine: str) -> None:
    path = _typed_workbook(tmp_path / "typed.xlsx")
    book = read_workbook(path, engine=engine)
    assert [(s.name, s.hidden) for s in book.sheets] == [("Contracts", False), ("Old", True)]
    assert book.sheet("Old").rows == [[None, None], [None, 7]]
    assert book.sheet().name == "Contracts"
    assert list_sheets(path) == [("Contracts", False), ("Old", True)]


@pytest.mark.parametrize("engine", ENGINES)
def test_the_1904_date_system_is_respected(tmp_path: Path, engine: str) -> None:
    path = _typed_workbook(tmp_path / "mac.xlsx", mac_epoch=True)
    assert read_workbook(path, engine=engine).sheets[0].rows[1][1] == date(2025, 12, 31)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("date1904", "expected"), [
    (True, [excel_moment(1904, 1, 2, 12, 0), date(2028, 12, 31)]),
    (False, [excel_moment(1900, 1, 1, 12, 0), date(2024, 12, 30)]),
])
def test_serial_numbers_are_read_on_the_workbook_calendar(
        tmp_path: Path, engine: str, date1904: bool, expected: list[object]) -> None:
    # The same serial is four years and a day later on the 1904 (old Mac) calendar;
    # on the 1900 one, serial 1 is 1900-01-01 (Excel's convention).
    rows = row(1, ['<c r="A1" s="1"><v>1.5</v></c>', '<c r="B1" s="1"><v>45656</v></c>'])
    path = write_xlsx(tmp_path / "serial.xlsx", {"S": worksheet(rows)},
                      date1904=date1904, styles=DATE_STYLES)
    assert read_workbook(path, engine=engine).sheets[0].rows[0] == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_blank_rows_and_columns_before_the_data_keep_their_places(
        tmp_path: Path, engine: str) -> None:
    path = write_xlsx(tmp_path / "offset.xlsx", {"S": worksheet(
        row(3, [cell("C3", "Ref"), cell("D3", "Value")]) + row(4, [cell("C4", "K-1"),
                                                                  cell("D4", 10)]),
        dimension="C3:D4")})
    sheet = read_workbook(path, engine=engine).sheets[0]
    assert sheet.rows == [[None] * 4, [None] * 4, [None, None, "Ref", "Value"],
                          [None, None, "K-1", 10]]
    assert sheet.first_row == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_trailing_empty_rows_and_columns_are_trimmed(tmp_path: Path, engine: str) -> None:
    styled = "".join(row(n, [f'<c r="{c}{n}" s="0"/>' for c in "ABCDEFGH"], ' s="0"')
                     for n in range(3, 200))
    path = write_xlsx(tmp_path / "trailing.xlsx", {"S": worksheet(
        row(1, [cell("A1", "Ref"), cell("B1", "Value"), cell("C1", "")])
        + row(2, [cell("A2", "K-1"), cell("B2", 3.25)]) + styled, dimension="A1:H199")})
    sheet = read_workbook(path, engine=engine).sheets[0]
    assert sheet.rows == [["Ref", "Value"], ["K-1", 3.25]]


@pytest.mark.parametrize("engine", ENGINES)
def test_cached_formula_values_are_read_and_missing_ones_reported(
        tmp_path: Path, engine: str) -> None:
    rows = (row(1, [cell("A1", "Sum"), cell("B1", "Missing"), cell("C1", "Error")])
            + row(2, ['<c r="A2"><f>1+1</f><v>2</v></c>', '<c r="B2"><f>1+2</f></c>',
                      '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>']))
    path = write_xlsx(tmp_path / "formulas.xlsx", {"S": worksheet(rows)})
    book = read_workbook(path, engine=engine)
    assert book.sheets[0].rows[1] == [2, None, "#DIV/0!"]
    assert any("1 formula cell saved without its value" in note and
               "open and save the file in excel first" in note.lower() for note in book.notes)


@pytest.mark.parametrize("engine", ENGINES)
def test_error_cells_become_their_text(tmp_path: Path, engine: str) -> None:
    errors = ["#REF!", "#N/A", "#VALUE!", "#NAME?"]
    cells = [f'<c r="{c}1" t="e"><v>{e}</v></c>' for c, e in zip("ABCD", errors, strict=True)]
    alone = '<c r="F3" t="e"><v>#NUM!</v></c>'
    path = write_xlsx(tmp_path / "errors.xlsx", {"S": worksheet(
        row(1, cells) + row(3, [alone]))})
    sheet = read_workbook(path, engine=engine).sheets[0]
    assert sheet.rows[0] == [*errors, None, None]
    assert sheet.rows[2] == [None] * 5 + ["#NUM!"]


def test_a_file_openpyxl_refuses_is_read_by_calamine_with_a_note(tmp_path: Path) -> None:
    rows = row(1, [cell("A1", "Name"), cell("B1", "Value")]) + row(2, [cell("A2", "x"),
                                                                      cell("B2", 1)])
    bad_colour = ('<sheetPr><tabColor rgb="FF00B0F"/></sheetPr>')
    part = worksheet(rows).replace("<dimension", bad_colour + "<dimension")
    path = write_xlsx(tmp_path / "tab.xlsx", {"S": part})
    book = read_workbook(path, engine="openpyxl")
    assert book.reader == "calamine"
    assert book.sheets[0].rows == [["Name", "Value"], ["x", 1]]
    assert any("openpyxl could not read it" in note for note in book.notes)


def test_when_calamine_fails_openpyxl_reads_it_with_a_note(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path) -> None:
        raise EngineFailed("calamine", "simulated failure")

    monkeypatch.setattr("contract_desk.importers.read.engines._OPENERS",
                        {"calamine": broken, "openpyxl": open_openpyxl})
    path = _typed_workbook(tmp_path / "typed.xlsx")
    book = read_workbook(path)
    assert book.reader == "openpyxl"
    assert any("python-calamine could not read it (simulated failure)" in n for n in book.notes)


def test_when_neither_engine_can_read_it_the_error_names_both(tmp_path: Path) -> None:
    part = worksheet(row(1, [cell("A1", "x")])).replace("</sheetData>", "<row><c>")
    path = write_xlsx(tmp_path / "broken.xlsx", {"S": part})
    with pytest.raises(ImportFileError) as caught:
        read_workbook(path)
    message = str(caught.value)
    assert "broken.xlsx" in message and "python-calamine:" in message and "openpyxl:" in message


def test_an_ods_file_is_read(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "register.ods",
                     ods_row(ods_text("Ref") + ods_text("Value"))
                     + ods_row(ods_text("K-1") + ods_number(12.5))
                     + ods_row("<table:table-cell table:number-columns-repeated=\"1024\"/>",
                               repeat=1_048_000), name="Avtaler")
    book = read_workbook(path)
    assert book.reader == "calamine"
    assert book.sheets[0].name == "Avtaler"
    assert book.sheets[0].rows == [["Ref", "Value"], ["K-1", 12.5]]
    assert list_sheets(path) == [("Avtaler", False)]


def test_openpyxl_asked_for_an_ods_file_says_calamine_read_it(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "r.ods", ods_row(ods_text("Ref")))
    book = read_workbook(path, engine="openpyxl")
    assert book.reader == "calamine"
    assert any("openpyxl reads only .xlsx/.xlsm" in note for note in book.notes)


def test_an_xlsx_with_an_unknown_extension_is_recognised(tmp_path: Path) -> None:
    source = _typed_workbook(tmp_path / "typed.xlsx")
    renamed = tmp_path / "export.dat"
    renamed.write_bytes(source.read_bytes())
    assert read_workbook(renamed).sheet("Contracts").rows[0][0] == "Text"


def test_an_unknown_engine_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="engine must be one of"):
        read_workbook(_typed_workbook(tmp_path / "t.xlsx"), engine="xlrd")


def test_a_word_document_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "contract.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportFileError, match=r"contract\.xlsx is a Word document"):
        read_workbook(path)


def test_calamine_is_installed_for_the_fast_path() -> None:
    assert calamine_reader.calamine_available()


@pytest.mark.parametrize("engine", ENGINES)
def test_chart_sheets_are_not_offered(tmp_path: Path, engine: str) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(["Ref", "Value"])
    book.create_chartsheet("Chart")
    path = tmp_path / "chart.xlsx"
    book.save(path)
    assert [s.name for s in read_workbook(path, engine=engine).sheets] == ["Data"]
    assert list_sheets(path) == [("Data", False)]


@pytest.fixture(scope="module")
def converted_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One workbook saved by LibreOffice as .xls and .ods (no Python library writes .xls)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice (libreoffice-calc) for this test")
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Avtaler"
    for values in (["Contract register"], [], ["Ref", "Start", "Value"],
                   ["K-1", date(2025, 1, 31), 1234.5],
                   ["K-2", excel_moment(2025, 2, 1, 13, 30), 7]):
        sheet.append(values)
    book.create_sheet("Gammel").sheet_state = "hidden"
    book["Gammel"]["A1"] = "x"
    source = folder / "source.xlsx"
    book.save(source)
    profile = f"-env:UserInstallation=file://{folder / 'profile'}"
    for extension in ("xls", "ods"):
        subprocess.run([soffice, profile, "--headless", "--convert-to", extension,
                        "--outdir", str(folder), str(source)],
                       check=True, capture_output=True, timeout=120)
    return {"xlsx": source, "xls": folder / "source.xls", "ods": folder / "source.ods"}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_xls_and_ods_read_like_the_xlsx_they_were_saved_from(
        converted_by_libreoffice: dict[str, Path], kind: str) -> None:
    original = read_workbook(converted_by_libreoffice["xlsx"])
    copy = read_workbook(converted_by_libreoffice[kind])
    assert copy.reader == "calamine"
    assert [(s.name, s.hidden, s.rows) for s in copy.sheets] == [
        (s.name, s.hidden, s.rows) for s in original.sheets]
    assert list_sheets(converted_by_libreoffice[kind]) == [("Avtaler", False), ("Gammel", True)]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_error_cells_saved_by_libreoffice_keep_their_text(tmp_path: Path, kind: str) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice (libreoffice-calc) for this test")
        pytest.skip("LibreOffice (soffice) is not installed")
    source = tmp_path / "errors.csv"
    source.write_text("Ref,Title,Value\nA-1,One,=1/0\nA-2,Two,=NA()\nA-3,Three,5\n",
                      encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", kind, "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)
    rows = read_workbook(tmp_path / f"errors.{kind}").sheets[0].rows
    assert rows == [["Ref", "Title", "Value"], ["A-1", "One", "#DIV/0!"],
                    ["A-2", "Two", "#N/A"], ["A-3", "Three", 5]]


def _ods_error(text: str, repeat: int = 1) -> str:
    extra = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell table:formula="of:=X" office:value-type="string" '
            f'office:string-value="" calcext:value-type="error"{extra}>'
            f"<text:p>{text}</text:p></table:table-cell>")


def test_ods_error_cells_are_placed_past_repeats_and_covered_cells_in_any_piece_size() -> None:
    from contract_desk.importers.read.ods_errors import OdsErrorScanner

    covered = "<table:covered-table-cell/>"
    content = (
        '<table:table table:name="Første &amp; beste">'
        + ods_row(ods_text("Ref") + ods_text("Sum"))
        + ods_row("<table:table-cell/>", repeat=3)
        + ods_row(ods_text("x", repeat=2) + covered + _ods_error("#REF!"))
        + "</table:table>"
        + '<table:table table:name="Two">'
        + ods_row(_ods_error("Err:502", repeat=2) + ods_number(1))
        + "</table:table>").encode()
    for size in (1, 7, 64, len(content)):
        scanner = OdsErrorScanner()
        for start in range(0, len(content), size):
            scanner.feed(content[start:start + size])
        assert scanner.finish() == {"Første & beste": {(5, 3): "#REF!"},
                                    "Two": {(1, 0): "Err:502", (1, 1): "Err:502"}}


def test_calamine_rows_read_one_by_one_equal_the_whole_sheet_at_once(tmp_path: Path) -> None:
    # The reader takes iter_rows (a row at a time) and puts back the empty cells
    # before the first used column; to_python(skip_empty_area=False) is the sheet
    # as a whole, with them: both must give the same kept rows, value for value.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["D3"] = "Ref"
    sheet["E3"] = "Signed"
    sheet["F4"] = "x"
    sheet["D5"] = date(2025, 12, 31)
    sheet["E5"] = excel_moment(2025, 1, 2, 3, 4, 5)
    sheet["F5"] = True
    sheet["G6"] = 1.5
    sheet["D8"] = "first\r\nsecond"
    sheet["E9"] = 45082129
    book.save(tmp_path / "ragged.xlsx")
    read = read_workbook(tmp_path / "ragged.xlsx", engine="calamine").sheets[0]

    whole = calamine_reader.python_calamine.CalamineWorkbook.from_path(
        str(tmp_path / "ragged.xlsx")).get_sheet_by_index(0)
    builder = SheetBuilder("ragged.xlsx", whole.name)
    for values in whole.to_python(skip_empty_area=False):
        builder.add_row(values)
    assert read.rows == builder.build().rows
    assert read.rows[2][3:5] == ["Ref", "Signed"] and read.rows[4][3] == date(2025, 12, 31)
    assert read.rows[8][4] == 45082129 and len(read.rows) == 9


def test_equal_texts_and_dates_of_a_column_are_kept_once() -> None:
    builder = SheetBuilder("shared.xlsx", "S")
    rows = 3 * SHARE_PROBE_ROWS
    for number in range(rows):
        # Column 0: distinct references; 1: a few owners (made anew, equal, each row);
        # 2: a few days; 3: an amount.
        builder.add_row([f"K-{number}", "".join(["Ka", "ri"][: 1 + number % 2]),
                         date(2025, 1, 1 + number % 3), number * 1.5])
    kept = builder.build().rows
    assert [row[0] for row in kept] == [f"K-{number}" for number in range(rows)]
    assert [row[1] for row in kept] == ["Ka" if n % 2 == 0 else "Kari" for n in range(rows)]
    assert [row[2] for row in kept] == [date(2025, 1, 1 + n % 3) for n in range(rows)]
    assert [row[3] for row in kept] == [int(n * 1.5) if n % 2 == 0 else n * 1.5
                                        for n in range(rows)]
    assert len({id(row[1]) for row in kept}) == 2  # one object per distinct text
    assert len({id(row[2]) for row in kept}) == 3  # and per distinct day
    # The mostly distinct column stops being looked up after the probe: its dict
    # is let go, not grown by every reference.
    assert builder._shared[0] is None and builder._shared[1] is not None
