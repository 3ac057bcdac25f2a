"""Checks a zip package (xlsx, xlsm, xlsb, ods) before any library opens it.

Both python-calamine and openpyxl trust the archive: a zip bomb is inflated
in full, a DOCTYPE with nested entities (the "billion laughs") may be expanded.
Every part is therefore streamed once here, within fixed limits: declared
sizes and ratios first, then the actual bytes (zipfile stops at the declared
size and checks the CRC, so a part that lies about its size is caught), and
every XML part's prolog is searched for DOCTYPE/ENTITY declarations, which
no spreadsheet needs. Worksheet parts are scanned on the way (``sheet_scan``,
``xlsb_scan``, ``ods_scan``).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_PACKAGE_BYTES,
    MAX_PACKAGE_PARTS,
    MAX_PART_BYTES,
    RATIO_CHECK_FROM_BYTES,
    SCAN_CHUNK_BYTES,
)
from contract_desk.importers.read.ods_errors import OdsErrorScanner
from contract_desk.importers.read.ods_scan import OdsScanner
from contract_desk.importers.read.sheet_scan import SheetScan, SheetScanner
from contract_desk.importers.read.xlsb_scan import XlsbSheetScanner
from contract_desk.importers.read.xml_prolog import XmlPrologCheck

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_ODS_CONTENT = "content.xml"
_WORKSHEET_PART = re.compile(r"(?:^|/)worksheets/[^/]+\.xml$", re.IGNORECASE)
_BINARY_WORKSHEET_PART = re.compile(r"(?:^|/)worksheets/[^/]+\.bin$", re.IGNORECASE)


@dataclass(slots=True)
class PackageReport:
    """What the check found: each worksheet part's scan, by part name."""

    parts: list[str] = field(default_factory=list)
    sheet_scans: dict[str, SheetScan] = field(default_factory=dict)
    #: An ODS file's error cells (calamine reads them empty): sheet -> {(row, column): text}.
    ods_errors: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)


@contextmanager
def open_package(path: Path) -> Iterator[zipfile.ZipFile]:
    """The file as a zip archive, or an ``ImportFileError`` saying why it is not one."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise ImportFileError(
            _("{file} is damaged or incomplete (truncated?): it starts like an Excel/ODS file but "
              "its zip directory cannot be read ({reason}). Save it again or download it "
              "again.").format(file=path.name, reason=error)) from error
    except OSError as error:
        raise ImportFileError(_("{file} cannot be opened: {reason}").format(
            file=path.name, reason=error.strerror or error)) from error
    with archive:
        yield archive


def check_package(path: Path) -> PackageReport:
    """Streams every part of the package within the limits; raises ``ImportFileError`` if not."""
    report = PackageReport()
    with open_package(path) as archive:
        infos = archive.infolist()
        _check_declared_sizes(path, infos)
        for info in infos:
            report.parts.append(info.filename)
            scan = _check_part(path, archive, info, report=report)
            if scan is not None:
                report.sheet_scans[info.filename] = scan
    return report


def check_declared_sizes(path: Path) -> None:
    """Only the sizes the zip directory declares (cheap; enough before reading small parts)."""
    with open_package(path) as archive:
        _check_declared_sizes(path, archive.infolist())


def scan_part(path: Path, part: str) -> SheetScan:
    """Scans one worksheet part that ``check_package`` did not recognise by its folder."""
    with open_package(path) as archive:
        scan = _check_part(path, archive, archive.getinfo(part), force_sheet=True)
    assert scan is not None
    return scan


def _check_declared_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PACKAGE_PARTS:
        raise ImportFileError(
            _("{file} holds {count} parts; a workbook has a few dozen. It is not a spreadsheet an "
              "import can read.").format(
                  file=path.name, count=current_formats().number(len(infos))))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportFileError(
                _("{file} is an encrypted zip archive; remove the password and save "
                  "again.").format(file=path.name))
        _check_part_size(path, info)
        total += info.file_size
    if total > MAX_PACKAGE_BYTES:
        raise ImportFileError(
            _("{file} would unpack to {size} MB, more than the {limit} MB an import reads (a zip "
              "bomb, or far too big).").format(file=path.name, size=f"{total / 2**20:,.0f}",
                                               limit=f"{MAX_PACKAGE_BYTES / 2**20:,.0f}"))


def _check_part_size(path: Path, info: zipfile.ZipInfo) -> None:
    size, packed = info.file_size, max(info.compress_size, 1)
    if size > MAX_PART_BYTES:
        raise ImportFileError(
            _("{file}: part {part} would unpack to {size} MB, more than the {limit} MB an import "
              "reads.").format(file=path.name, part=info.filename, size=f"{size / 2**20:,.0f}",
                               limit=f"{MAX_PART_BYTES / 2**20:,.0f}"))
    if size >= RATIO_CHECK_FROM_BYTES and size / packed > MAX_COMPRESSION_RATIO:
        raise ImportFileError(
            _("{file}: part {part} unpacks {ratio} times larger than it is stored; that is a zip "
              "bomb, not a spreadsheet.").format(file=path.name, part=info.filename,
                                                 ratio=f"{size / packed:,.0f}"))


class _Feeder(Protocol):
    def feed(self, chunk: bytes) -> None: ...
    def finish(self) -> object: ...


def _feeders(path: Path, part: str, sheet: SheetScanner | None) -> list[_Feeder]:
    """The checks a part's bytes go through, chosen by its name."""
    feeders: list[_Feeder] = []
    if part.lower().endswith(_XML_SUFFIXES):
        feeders.append(XmlPrologCheck(path.name, part))
    if sheet is not None:
        feeders.append(sheet)
    if part == _ODS_CONTENT:
        feeders.extend((OdsScanner(path.name), OdsErrorScanner()))
    if _BINARY_WORKSHEET_PART.search(part):
        feeders.append(XlsbSheetScanner(path.name, part))
    return feeders


def _check_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                force_sheet: bool = False,
                report: PackageReport | None = None) -> SheetScan | None:
    is_sheet = force_sheet or bool(_WORKSHEET_PART.search(info.filename))
    sheet = SheetScanner() if is_sheet else None
    feeders = _feeders(path, info.filename, sheet)
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(SCAN_CHUNK_BYTES):
                for feeder in feeders:
                    feeder.feed(chunk)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError) as error:
        # NotImplementedError: a compression method zipfile does not know.
        raise _damaged(path, info.filename, error) from error
    for feeder in feeders:
        feeder.finish()
        if isinstance(feeder, OdsErrorScanner) and report is not None:
            report.ods_errors = feeder.errors
    return sheet.scan if sheet is not None else None


def _damaged(path: Path, part: str, error: BaseException) -> ImportFileError:
    return ImportFileError(
        _("{file} is damaged: part {part} cannot be unpacked ({reason}). Save it again from Excel "
          "or download it again.").format(file=path.name, part=part, reason=error))
