"""What kind of file this really is, from its first bytes, not only its name.

People rename files, save HTML pages as ``.xls`` and password-protect
workbooks (which turns an xlsx into an OLE container). The format is decided
by content, and what cannot be read gets a message that says what the file
seems to be and what to do.
"""

from __future__ import annotations

from pathlib import Path

from contract_desk.i18n import N_, _
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
    (b"%PDF", N_("{file} is a PDF document, not a spreadsheet.")),
    (b"{\\rtf", N_("{file} is an RTF document, not a spreadsheet.")),
    (b"\x89PNG", N_("{file} is a PNG image, not a spreadsheet.")),
    (b"\xff\xd8\xff", N_("{file} is a JPEG image, not a spreadsheet.")),
)


def _check_file(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError(_("{file} cannot be opened: {reason}").format(
            file=path.name, reason=error.strerror or error)) from error
    if not path.is_file():
        raise ImportFileError(_("{file} is a folder, not a file.").format(file=path.name))
    if size == 0:
        raise ImportFileError(_("{file} is empty (0 bytes).").format(file=path.name))
    refuse_too_large(path, size)
    return size


def refuse_too_large(path: Path, size: int) -> None:
    """ImportFileError when a file of ``size`` bytes is more than an import reads."""
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            _("{file} is {size} MB; an import reads files up to {limit} MB. Split the register "
              "into smaller files.").format(file=path.name, size=f"{size / 2**20:,.0f}",
                                            limit=f"{MAX_FILE_BYTES / 2**20:,.0f}"))


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
    if "word/document.xml" in names:
        said = _("{file} is a Word document, not a spreadsheet: no workbook inside. Choose an "
                 "Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.")
    elif "ppt/presentation.xml" in names:
        said = _("{file} is a PowerPoint presentation, not a spreadsheet: no workbook inside. "
                 "Choose an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.")
    else:
        said = _("{file} is a zip archive, not a spreadsheet: no workbook inside. Choose an "
                 "Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.")
    raise ImportFileError(said.format(file=path.name))


def _ole_format(path: Path) -> str:
    if _holds_encrypted_package(path):
        raise ImportFileError(
            _("{file} is password-protected (encrypted). Open it in Excel, remove the password "
              "(File > Info > Protect Workbook) and save it, then import it again.").format(
                file=path.name))
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
            return _(what).format(file=path.name)
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table")):
        return _("{file} is a web page (HTML) saved with a spreadsheet name. Open it in Excel "
                 "and save it as .xlsx, then import that file.").format(file=path.name)
    if lowered.startswith(b"<?xml"):
        return _("{file} is an XML file (perhaps Excel 2003 XML), not a workbook this import "
                 "reads. Open it in Excel and save it as .xlsx.").format(file=path.name)
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return _("{file} is not a valid {suffix} workbook: it is neither a zip package nor an "
                 "Excel 97-2003 file. If it holds comma-separated text, rename it to "
                 ".csv.").format(file=path.name, suffix=path.suffix.lower())
    said = _("{file} is not a file this import reads ({suffix}). Choose an Excel (.xlsx, "
             ".xlsm, .xls, .xlsb), OpenDocument (.ods) or CSV/TSV file.")
    return said.format(file=path.name, suffix=path.suffix or _("no extension"))
