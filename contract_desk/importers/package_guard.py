"""Checks a zip package (xlsx, xlsm, xlsb, ods) before any library opens it.

Both python-calamine and openpyxl trust the archive: a zip bomb is inflated
in full, a DOCTYPE with nested entities (the "billion laughs") may be expanded.
Every part is therefore streamed once here, within fixed limits: declared
sizes and ratios first, then the actual bytes (zipfile stops at the declared
size and checks the CRC, so a part that lies about its size is caught), and
every XML part's prolog is searched for DOCTYPE/ENTITY declarations, which
no spreadsheet needs. Worksheet parts are scanned on the way (``sheet_scan``).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_PACKAGE_BYTES,
    MAX_PACKAGE_PARTS,
    MAX_PART_BYTES,
    MAX_XML_PROLOG_BYTES,
    RATIO_CHECK_FROM_BYTES,
    SCAN_CHUNK_BYTES,
)
from contract_desk.importers.ods_scan import OdsScanner
from contract_desk.importers.sheet_scan import SheetScan, SheetScanner

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_ODS_CONTENT = "content.xml"
_WORKSHEET_PART = re.compile(r"(?:^|/)worksheets/[^/]+\.xml$", re.IGNORECASE)
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# After the XML declaration, comments and processing instructions: the root element.
_ROOT_START = re.compile(rb"<[A-Za-z_]")


@dataclass(slots=True)
class PackageReport:
    """What the check found: each worksheet part's scan, by part name."""

    parts: list[str] = field(default_factory=list)
    sheet_scans: dict[str, SheetScan] = field(default_factory=dict)


@contextmanager
def open_package(path: Path) -> Iterator[zipfile.ZipFile]:
    """The file as a zip archive, or an ``ImportFileError`` saying why it is not one."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise ImportFileError(
            f"{path.name} is damaged or incomplete (truncated?): it starts like an Excel/ODS "
            f"file but its zip directory cannot be read ({error}). Save it again or download "
            "it again.") from error
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be opened: {error.strerror or error}") from error
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
            scan = _check_part(path, archive, info)
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
            f"{path.name} holds {len(infos):,} parts; a workbook has a few dozen. "
            "It is not a spreadsheet an import can read.")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportFileError(
                f"{path.name} is an encrypted zip archive; remove the password and save again.")
        _check_part_size(path, info)
        total += info.file_size
    if total > MAX_PACKAGE_BYTES:
        raise ImportFileError(
            f"{path.name} would unpack to {total / 2**20:,.0f} MB, more than the "
            f"{MAX_PACKAGE_BYTES / 2**20:,.0f} MB an import reads (a zip bomb, or far too big).")


def _check_part_size(path: Path, info: zipfile.ZipInfo) -> None:
    size, packed = info.file_size, max(info.compress_size, 1)
    if size > MAX_PART_BYTES:
        raise ImportFileError(
            f"{path.name}: part {info.filename} would unpack to {size / 2**20:,.0f} MB, more "
            f"than the {MAX_PART_BYTES / 2**20:,.0f} MB an import reads.")
    if size >= RATIO_CHECK_FROM_BYTES and size / packed > MAX_COMPRESSION_RATIO:
        raise ImportFileError(
            f"{path.name}: part {info.filename} unpacks {size / packed:,.0f} times larger "
            "than it is stored; that is a zip bomb, not a spreadsheet.")


def _check_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                force_sheet: bool = False) -> SheetScan | None:
    is_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    is_sheet = force_sheet or bool(_WORKSHEET_PART.search(info.filename))
    scanner = SheetScanner() if is_sheet else None
    ods = OdsScanner(path.name) if info.filename == _ODS_CONTENT else None
    prolog = b"" if is_xml else None
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(SCAN_CHUNK_BYTES):
                if prolog is not None:
                    prolog = _check_prolog(path, info.filename, prolog + chunk)
                if scanner is not None:
                    scanner.feed(chunk)
                if ods is not None:
                    ods.feed(chunk)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError) as error:
        # NotImplementedError: a compression method zipfile does not know.
        raise _damaged(path, info.filename, error) from error
    if ods is not None:
        ods.finish()
    return scanner.finish() if scanner is not None else None


def _check_prolog(path: Path, part: str, head: bytes) -> bytes | None:
    """The bytes still to search, or None once the root element has started."""
    text = _as_ascii_compatible(head)
    root = _ROOT_START.search(text)
    searched = text[: root.start()] if root else text
    if _DECLARATION.search(searched):
        raise ImportFileError(
            f"{path.name}: part {part} declares a DOCTYPE or entities, which no spreadsheet "
            "needs and which can expand into gigabytes (an XML entity bomb). Refused.")
    if root:
        return None
    if len(head) > MAX_XML_PROLOG_BYTES:
        raise ImportFileError(
            f"{path.name}: part {part} has no XML root element in its first "
            f"{MAX_XML_PROLOG_BYTES // 1024} KB; the file is damaged or hostile.")
    return head


def _as_ascii_compatible(head: bytes) -> bytes:
    # An XML part may be UTF-16; search its markup as ASCII.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        usable = len(head) - len(head) % 2
        return head[2:usable].decode(encoding, "replace").encode("ascii", "replace")
    return head


def _damaged(path: Path, part: str, error: BaseException) -> ImportFileError:
    return ImportFileError(
        f"{path.name} is damaged: part {part} cannot be unpacked ({error}). "
        "Save it again from Excel or download it again.")
