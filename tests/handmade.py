"""Workbooks written by hand (zipfile + XML) for reader tests, including hostile ones.

openpyxl cannot write what these tests need (cached formula values, no cached
values, error cells, lying dimensions, entity declarations, 1904 dates), so
the parts are written directly. Everything is generated in the test's tmp_path.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types(sheet_count: int) -> str:
    """[Content_Types].xml for a workbook with ``sheet_count`` worksheets."""
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, sheet_count + 1))
    return (DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            f'sheet.main+xml"/>{sheets}</Types>')


def workbook_xml(names: list[str], hidden: Iterable[str] = (), date1904: bool = False) -> str:
    """xl/workbook.xml listing the sheets."""
    hidden = set(hidden)
    sheets = "".join(
        f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"'
        + (' state="hidden"' if name in hidden else "") + "/>"
        for n, name in enumerate(names, start=1))
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    return (DECLARATION + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{pr}'
            f"<sheets>{sheets}</sheets></workbook>")


def workbook_rels(count: int) -> str:
    """xl/_rels/workbook.xml.rels pointing at each worksheet."""
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, count + 1))
    return DECLARATION + f'<Relationships xmlns="{PKG_REL}">{rels}</Relationships>'


ROOT_RELS = (DECLARATION + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
             f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')


def worksheet(rows: str, dimension: str = "A1", tail: str = "", head: str = "") -> str:
    """A worksheet part around ``rows`` (the inside of <sheetData>)."""
    return (DECLARATION + head + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
            f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData>{tail}</worksheet>')


def cell(ref: str, value: object) -> str:
    """One cell: text inline, numbers and booleans as such."""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = escape(str(value))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def row(number: int, cells: Iterable[str], attributes: str = "") -> str:
    """One <row> with the given cells."""
    return f'<row r="{number}"{attributes}>{"".join(cells)}</row>'


def write_xlsx(path: Path, sheets: Mapping[str, str], *, hidden: Iterable[str] = (),
               date1904: bool = False, extra: Mapping[str, str | bytes] | None = None,
               styles: str | None = None) -> Path:
    """An xlsx whose worksheets are the given parts (see ``worksheet``)."""
    names = list(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types(len(names)))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook_xml(names, hidden, date1904))
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels(len(names)))
        if styles:
            archive.writestr("xl/styles.xml", styles)
        for n, name in enumerate(names, start=1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", sheets[name])
        for part, data in (extra or {}).items():
            archive.writestr(part, data)
    return path


#: A styles part with a date format (14) as style 1, so numbers in s="1" cells are dates.
DATE_STYLES = (DECLARATION + f'<styleSheet xmlns="{MAIN_NS}"><fonts count="1"><font/></fonts>'
               '<fills count="1"><fill/></fills><borders count="1"><border/></borders>'
               '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/>'
               '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')


def write_ods(path: Path, table_rows: str, name: str = "Sheet1") -> Path:
    """An OpenDocument spreadsheet with one table made of ``table_rows``."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{name}">{table_rows}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
        'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
        '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def ods_text(text: str, repeat: int = 1) -> str:
    """An ODS text cell."""
    extra = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="string"{extra}><text:p>{escape(text)}'
            "</text:p></table:table-cell>")


def ods_number(value: float, repeat: int = 1) -> str:
    """An ODS number cell."""
    extra = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="float" office:value="{value}"{extra}>'
            f"<text:p>{value}</text:p></table:table-cell>")


def ods_row(cells: str, repeat: int = 1) -> str:
    """An ODS table row."""
    extra = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{extra}>{cells}</table:table-row>"
