"""CSV, TSV and TXT: encodings detected, delimiters sniffed, values kept as the text they were."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import MAX_CSV_FIELD_CHARS
from contract_desk.importers.read.csv_reader import read_csv, sniff_delimiter
from contract_desk.importers.read.readers import list_sheets, read_workbook
from contract_desk.importers.read.text_encoding import decode_text

NORWEGIAN = ("Kontrakt;Leverandør;Beløp;Startdato\r\n"
             "K-1;Bærum Kommune AS;1 234,50 €;31.12.2025\r\n"
             "K-2;Société Générale;99,00;01.02.2024\r\n")
KOREAN = ("계약번호,거래처,금액,시작일\n"
          "C-1,삼성전자 주식회사,1000000,2025년 1월 1일\n"
          "C-2,현대건설,500000,2024-02-01\n")
CHINESE = ("合同编号,供应商,金额,开始日期\n"
           "H-1,华为技术有限公司,100000,2025年1月1日\n"
           "H-2,中国建设银行,5000,2024-02-01\n")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("text", "encoding", "prefix", "label"), [
    (NORWEGIAN, "utf-8", b"", "UTF-8"),
    (NORWEGIAN, "utf-8", codecs.BOM_UTF8, "UTF-8 (with BOM)"),
    (NORWEGIAN, "utf-16-le", codecs.BOM_UTF16_LE, "UTF-16 LE (with BOM)"),
    (NORWEGIAN, "utf-16-be", codecs.BOM_UTF16_BE, "UTF-16 BE (with BOM)"),
    (NORWEGIAN, "utf-16-le", b"", "UTF-16-LE (no BOM)"),
    (NORWEGIAN, "cp1252", b"", "Windows-1252"),
    (KOREAN, "cp949", b"", "EUC-KR"),
    (KOREAN, "euc-kr", b"", "EUC-KR"),
    (CHINESE, "gb18030", b"", "GB18030"),
    (CHINESE, "utf-16-le", codecs.BOM_UTF16_LE, "UTF-16 LE"),
])
def test_the_encoding_is_detected_and_named(tmp_path: Path, text: str, encoding: str,
                                            prefix: bytes, label: str) -> None:
    path = _write(tmp_path, "register.csv", prefix + text.encode(encoding))
    book = read_workbook(path)
    expected = [line.split(";" if ";" in line else ",")
                for line in text.replace("\r\n", "\n").splitlines()]
    assert book.sheets[0].rows == expected
    assert label in book.notes[0]


def test_latin1_is_the_last_resort_and_says_so() -> None:
    # 0x81 is undefined in cp1252 and starts no valid cp949/GB18030 pair before 0xFF.
    decoded = decode_text(b"Name,Note\nA\x81\xff,x\n", "odd.csv")
    assert decoded.encoding == "latin-1"
    assert decoded.text == "Name,Note\nA\x81\xff,x\n"
    assert "no other encoding fitted" in decoded.label


def test_a_damaged_file_with_a_bom_is_not_silently_read_as_something_else(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.csv", codecs.BOM_UTF16_LE + b"a\x00b\x00\x00\xd8")
    with pytest.raises(ImportFileError, match=r"bad\.csv starts with a UTF-16 LE"):
        read_csv(path)


@pytest.mark.parametrize(("delimiter", "name"), [(",", "commas"), (";", "semicolons"),
                                                 ("\t", "tabs"), ("|", "vertical bars")])
def test_the_delimiter_is_sniffed(tmp_path: Path, delimiter: str, name: str) -> None:
    rows = [["Ref", "Counterparty", "Amount, NOK", "Start"],
            ["K-1", "Acme; Sons | Partners", "1,234.50", "2025-01-31"],
            ["K-2", "Beta", "99", "2024-02-01"]]
    lines = [delimiter.join(f'"{cell}"' if any(d in cell for d in ",;|\t") else cell
                            for cell in row) for row in rows]
    path = _write(tmp_path, "r.txt", "\n".join(lines).encode())
    book = read_workbook(path)
    assert book.sheets[0].rows == rows
    assert f"separated by {name}" in book.notes[0]


def test_quoted_fields_with_line_breaks_and_delimiters_inside(tmp_path: Path) -> None:
    data = ('"Ref";"Scope";"Value"\r\n'
            '"90/2013";"Travel, tickets;\r\nand hotels";"R$    11.340.000,66"\r\n'
            '"10/2014";"Cars";"R$ 1,00"\r\n')
    path = _write(tmp_path, "br.csv", codecs.BOM_UTF8 + data.encode())
    rows = read_workbook(path).sheets[0].rows
    assert rows == [["Ref", "Scope", "Value"],
                    ["90/2013", "Travel, tickets;\nand hotels", "R$    11.340.000,66"],
                    ["10/2014", "Cars", "R$ 1,00"]]


def test_values_stay_text_empty_fields_are_none_and_rows_are_padded(tmp_path: Path) -> None:
    data = "Ref,Amount,Start,Note\n007, 1.5 ,2025-01-01\n,,,\nK-9,,,x\n\n\n"
    rows = read_workbook(_write(tmp_path, "text.csv", data.encode())).sheets[0].rows
    assert rows == [["Ref", "Amount", "Start", "Note"], ["007", " 1.5 ", "2025-01-01", None],
                    [None] * 4, ["K-9", None, None, "x"]]


def test_the_sheet_is_named_after_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "Kontrakter 2025.csv", b"a,b\n1,2\n")
    book = read_workbook(path)
    assert [sheet.name for sheet in book.sheets] == ["Kontrakter 2025"]
    assert book.reader == "csv"
    assert list_sheets(path) == [("Kontrakter 2025", False)]


def test_a_tsv_file_prefers_tabs_when_nothing_else_splits(tmp_path: Path) -> None:
    assert read_workbook(_write(tmp_path, "one.tsv", b"a\tb\n")).sheets[0].rows == [["a", "b"]]
    assert sniff_delimiter("single column\nvalues\n", preferred="\t") == "\t"


def test_a_delimiter_only_inside_quotes_loses() -> None:
    text = '"a;b","c;d","e"\n"f;g","h","i;j"\n'
    assert sniff_delimiter(text) == ","


def test_a_header_wider_than_a_title_row_above_still_wins() -> None:
    text = "Contract register 2025\n\nRef;Name;Amount\nK-1;Acme;10\nK-2;Beta;20\n"
    assert sniff_delimiter(text) == ";"


def test_binary_data_named_csv_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "image.csv", bytes(range(256)) * 40)
    with pytest.raises(ImportFileError, match=r"image\.csv holds binary data"):
        read_workbook(path)


def test_a_field_beyond_the_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    data = b"a,b\n1,2\n3,\"" + b"x" * (MAX_CSV_FIELD_CHARS + 10) + b"\"\n"
    with pytest.raises(ImportFileError, match=r"huge\.csv, line 3"):
        read_workbook(_write(tmp_path, "huge.csv", data))


def test_the_csv_field_limit_is_restored_afterwards(tmp_path: Path) -> None:
    import csv

    before = csv.field_size_limit()
    read_workbook(_write(tmp_path, "small.csv", b"a,b\n"))
    assert csv.field_size_limit() == before


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"empty\.csv is empty"):
        read_workbook(_write(tmp_path, "empty.csv", b""))


def test_text_encoded_twice_is_kept_and_noted(tmp_path: Path) -> None:
    garbled = "the “City”".encode().decode("latin-1")
    path = _write(tmp_path, "twice.csv", f"Ref,Scope\nK-1,{garbled}\n".encode())
    book = read_workbook(path)
    assert book.sheets[0].rows[1] == ["K-1", garbled]
    assert any("looks encoded twice" in note and "'“'" in note for note in book.notes)


def test_ordinary_accented_text_is_not_called_garbled(tmp_path: Path) -> None:
    book = read_workbook(_write(tmp_path, "fine.csv", "Navn\nBærum – «Søndre»\n".encode()))
    assert len(book.notes) == 1
