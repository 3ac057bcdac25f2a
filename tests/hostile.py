"""Hostile files made in the test's tmp_path, and a way to read one in a separate process.

Reading happens in a child process so its peak memory (which includes what
python-calamine allocates in Rust, invisible to tracemalloc) and its time can
be measured, and so a crash would fail one test instead of the whole run.

The peak is the child's ``VmHWM``: Linux carries ``ru_maxrss`` across exec, so a
child started by a test run that had grown to 500 MB reported the run's peak,
not its own (a CI run failed that way).
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from handmade import ROOT_RELS, cell, content_types, row, workbook_rels, workbook_xml, worksheet

#: What every hostile read must stay within (the issue's bounds).
MAX_SECONDS = 10.0
MAX_PEAK_MB = 500.0

_RUNNER = """
import json, resource, sys, time
from pathlib import Path
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.read.readers import read_workbook
start = time.perf_counter()
result = {}
try:
    book = read_workbook(Path(sys.argv[1]), engine=sys.argv[2])
    result = {"rows": [len(s.rows) for s in book.sheets], "notes": book.notes,
              "reader": book.reader, "first_rows": [repr(s.rows[:2]) for s in book.sheets]}
except ImportFileError as error:
    result = {"error": str(error)}
result["seconds"] = time.perf_counter() - start
try:  # this process's own peak: VmHWM starts anew at exec
    status = Path("/proc/self/status").read_text()
    result["peak_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):  # not Linux: ru_maxrss (which may include the parent's)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


@dataclass
class Outcome:
    """What reading a file in a child process gave."""

    seconds: float
    peak_mb: float
    error: str | None = None
    rows: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reader: str | None = None
    first_rows: list[str] = field(default_factory=list)

    def assert_bounded(self) -> None:
        """Time and memory within the issue's bounds."""
        assert self.seconds < MAX_SECONDS, f"took {self.seconds:.1f} s"
        assert self.peak_mb < MAX_PEAK_MB, f"peaked at {self.peak_mb:.0f} MB"


def read_in_child(path: Path, engine: str = "auto") -> Outcome:
    """Reads ``path`` with ``read_workbook`` in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", _RUNNER, str(path), engine],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"reader crashed ({done.returncode}): {done.stderr[-2000:]}"
    return Outcome(**json.loads(done.stdout))


def write_parts(path: Path, parts: dict[str, str | bytes]) -> Path:
    """A zip with exactly these parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def workbook_parts(sheet_xml: str | bytes, **extra: str | bytes) -> dict[str, str | bytes]:
    """The parts of a one-sheet workbook (sheet "S") around ``sheet_xml``."""
    return {"[Content_Types].xml": content_types(1), "_rels/.rels": ROOT_RELS,
            "xl/workbook.xml": workbook_xml(["S"]), "xl/_rels/workbook.xml.rels": workbook_rels(1),
            "xl/worksheets/sheet1.xml": sheet_xml, **extra}


def header_rows() -> str:
    """Two ordinary rows to start a sheet with."""
    return (row(1, [cell("A1", "Ref"), cell("B1", "Amount")])
            + row(2, [cell("A2", "K-1"), cell("B2", 10)]))


def billion_laughs(root: str) -> str:
    """The classic entity bomb: ten levels of ten, a billion 'lol's if expanded."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<!DOCTYPE {root} [{"".join(entities)}]>\n')


def write_streamed_sheet(path: Path, head: str, body_rows: object, tail: str) -> Path:
    """A one-sheet workbook whose (large) sheet XML is written row by row."""
    parts = workbook_parts("")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(head.encode())
            for chunk in body_rows:  # type: ignore[attr-defined]
                sheet.write(chunk.encode())
            sheet.write(tail.encode())
    return path


def split_sheet(rows: str) -> tuple[str, str]:
    """The text of a worksheet part before and after the rows placeholder."""
    head, tail = worksheet("\x00").split("\x00")
    return head + rows, tail


def set_declared_size(path: Path, part: str, size: int) -> None:
    """Rewrites the uncompressed size the zip directory (and local header) state for ``part``."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, size)
            local = struct.unpack_from("<I", data, central + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def encrypted_ole(path: Path) -> Path:
    """An OLE compound file laid out like a password-protected xlsx (Agile encryption)."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)        # one FAT sector
    struct.pack_into("<I", header, 48, 1)        # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)     # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)
    struct.pack_into("<I", header, 76, 0)        # DIFAT[0]: the FAT is sector 0
    header[80:512] = b"\xff" * 432
    fat = bytearray(b"\xff" * sector)
    struct.pack_into("<III", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE)
    directory = b"".join(_ole_entry(name, kind) for name, kind in (
        ("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2), ("", 0)))
    path.write_bytes(bytes(header) + bytes(fat) + directory + b"\x00" * sector)
    return path


def _ole_entry(name: str, kind: int) -> bytes:
    entry = bytearray(128)
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    entry[0:len(encoded)] = encoded
    struct.pack_into("<HB", entry, 64, len(encoded), kind)
    struct.pack_into("<III", entry, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
    return bytes(entry)


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def xlsb_record(kind: int, data: bytes) -> bytes:
    """One BIFF12 record: type and size as 7-bit varints, then the data."""
    return _varint(kind) + _varint(len(data)) + data


def xlsb_row(row_index: int) -> bytes:
    """BrtRowHdr for a 0-based row."""
    return xlsb_record(0, row_index.to_bytes(4, "little") + bytes(13))


def xlsb_number(column: int, value: float = 1.0) -> bytes:
    """BrtCellReal: column, style, the value."""
    return xlsb_record(5, column.to_bytes(4, "little") + bytes(4) + struct.pack("<d", value))


def xlsb_short_number(value: float = 1.0) -> bytes:
    """BrtShortReal: style and value, one column right of the previous cell."""
    return xlsb_record(16, bytes(4) + struct.pack("<d", value))


def xlsb_blank(column: int) -> bytes:
    """BrtCellBlank: a styled cell without a value."""
    return xlsb_record(1, column.to_bytes(4, "little") + bytes(4))
