"""What kind of file this really is, from its first bytes, not only its name.

People rename files, save HTML pages as ``.xls`` and password-protect
workbooks (which turns an xlsx into an OLE container). The format is decided
by content, and what cannot be read gets a message that says what the file
seems to be and what to do.
"""

from __future__ import annotations

from pathlib import Path

from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import MAX_FILE_BYTES
from contract_desk.importers.read.package_guard import open_package

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
#: Workbook names the readers open (the format itself is decided by content).
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods")
#: Text names read as comma- (or tab-) separated values.
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
#: Every file name ending the import reads: the file dialog, drag and drop and the
#: command line offer exactly these.
IMPORTABLE_SUFFIXES = SPREADSHEET_SUFFIXES + TEXT_SUFFIXES

_OTHER_FILES = (
    (b"%PDF", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)


def _check_file(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be opened: {error.strerror or error}") from error
    if not path.is_file():
        raise ImportFileError(f"{path.name} is a folder, not a file.")
    if size == 0:
        raise ImportFileError(f"{path.name} is empty (0 bytes).")
    refuse_too_large(path, size)
    return size


def refuse_too_large(path: Path, size: int) -> None:
    """ImportFileError when a file of ``size`` bytes is more than an import reads."""
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"{path.name} is {size / 2**20:,.0f} MB; an import reads files up to "
            f"{MAX_FILE_BYTES / 2**20:,.0f} MB. Split the register into smaller files.")


def detect_format(path: Path) -> str:
    """``"xlsx"``, ``"xlsb"``, ``"ods"``, ``"xls"`` or ``"csv"``; ``ImportFileError`` otherwise."""
    _check_file(path)
    with path.open("rb") as stream:
        head = stream.read(512)
    if head.startswith(ZIP_MAGIC):
        return _zip_format(path)
    if head.startswith(OLE_MAGIC):
        return _ole_format(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "csv"
    raise ImportFileError(_not_a_spreadsheet(path, head))


def _zip_format(path: Path) -> str:
    with open_package(path) as archive:
        names = {name.lower() for name in archive.namelist()}
    if any(name.endswith("workbook.bin") for name in names):
        return "xlsb"
    if any(name.endswith("workbook.xml") for name in names):
        return "xlsx"
    if "content.xml" in names:
        return "ods"
    what = "a Word document" if "word/document.xml" in names else (
        "a PowerPoint presentation" if "ppt/presentation.xml" in names else "a zip archive")
    raise ImportFileError(
        f"{path.name} is {what}, not a spreadsheet: no workbook inside. "
        "Choose an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.")


def _ole_format(path: Path) -> str:
    if _holds_encrypted_package(path):
        raise ImportFileError(
            f"{path.name} is password-protected (encrypted). Open it in Excel, remove the "
            "password (File > Info > Protect Workbook) and save it, then import it again.")
    return "xls"


def _holds_encrypted_package(path: Path) -> bool:
    # An encrypted xlsx is an OLE container with an "EncryptedPackage" stream;
    # its directory entry (UTF-16 name) may sit anywhere in the file.
    overlap = len(_ENCRYPTED_STREAM)
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            if _ENCRYPTED_STREAM in tail + chunk:
                return True
            tail = chunk[-overlap:]
    return False


def _not_a_spreadsheet(path: Path, head: bytes) -> str:
    for magic, what in _OTHER_FILES:
        if head.startswith(magic):
            return f"{path.name} is {what}, not a spreadsheet."
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table")):
        return (f"{path.name} is a web page (HTML) saved with a spreadsheet name. Open it in "
                "Excel and save it as .xlsx, then import that file.")
    if lowered.startswith(b"<?xml"):
        return (f"{path.name} is an XML file (perhaps Excel 2003 XML), not a workbook this "
                "import reads. Open it in Excel and save it as .xlsx.")
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return (f"{path.name} is not a valid {path.suffix.lower()} workbook: it is neither a "
                "zip package nor an Excel 97-2003 file. If it holds comma-separated text, "
                "rename it to .csv.")
    return (f"{path.name} is not a file this import reads ({path.suffix or 'no extension'}). "
            "Choose an Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods) or CSV/TSV file.")
