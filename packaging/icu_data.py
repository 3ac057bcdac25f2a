"""The Linux bundle's ICU data library, less the parts the app never reads (31 MB -> 11 MB).

PySide6's Linux wheels ship ICU, and all of ICU's data in ``libicudata.so.NN``: one
read-only symbol, ``icudtNN_dat``, holding a "common data" package (header ``CmnD``,
a sorted table of item names and offsets, then the items). Qt reads ICU's data for
collation (``QCollator`` and locale-aware sorting), normalization, break iteration
and the time zone tables, which all stay. :data:`TREES_LEFT_OUT` and
:data:`SUFFIXES_LEFT_OUT` name what goes:

- the display names of languages, regions, currencies, units and time zones. Qt
  names languages and countries from its own CLDR tables (``QLocale``); only
  ``QTimeZone.displayName`` would ask ICU, and the app never calls it;
- the transliterators and the spelled-out numbers, which Qt never uses;
- the legacy character converters (Shift_JIS, EUC-KR, the IBM code pages …): Qt 6
  converts UTF-8, UTF-16/32 and Latin-1 itself, ICU has those built into its code,
  and the app reads legacy files with Python's codecs, not Qt's.

:func:`trimmed_library` copies the package without those items and links it into a
new library of the same name and symbol, with binutils' ``as`` and ``ld`` (the
Linux build needs binutils already). PySide6 ships ICU on Linux only, so the
Windows and macOS bundles have no such library.
tests/packaging/test_icu_data.py reads the result back through ICU and Qt.
"""

from __future__ import annotations

import re
import struct
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

#: Item trees left out (the first folder below ``icudtNNl/``): display names of
#: currencies, languages, regions, units and time zones; transliterators;
#: rule-based number spelling.
TREES_LEFT_OUT = frozenset({"curr", "lang", "region", "unit", "zone", "translit", "rbnf"})
#: Top-level items left out by suffix: the table-driven legacy converters
#: (Shift_JIS, EUC-KR, GB 18030, the IBM code pages …).
SUFFIXES_LEFT_OUT = (".cnv",)
_LIBRARY_RE = re.compile(r"(^|/)libicudata\.so\.(\d+)$")
_ALIGN = 16
#: What ICU's own packager (icupkg) fills the gaps before and between items with.
_PAD = b"\xaa"


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a common data package: its name (``icudt73l/coll/ko.res``) and bytes."""

    name: str
    data: bytes


def left_out(name: str) -> bool:
    """Whether the package item ``name`` stays out of the bundle."""
    parts = PurePosixPath(name).parts
    if len(parts) > 2:
        return parts[1] in TREES_LEFT_OUT
    return name.endswith(SUFFIXES_LEFT_OUT)


def read_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """The header and the items of a little-endian common data package."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (no CmnD header)")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise ValueError("a big-endian ICU data package: only little-endian ones are read")
    count = struct.unpack_from("<I", blob, header_size)[0]
    toc = header_size
    offsets = [struct.unpack_from("<II", blob, toc + 4 + 8 * index) for index in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(offsets):
        end = offsets[index + 1][1] if index + 1 < count else len(blob) - toc
        name_end = blob.index(b"\0", toc + name_at)
        items.append(Item(blob[toc + name_at:name_end].decode("ascii"),
                          blob[toc + data_at:toc + end]))
    return blob[:header_size], items


def write_package(header: bytes, items: Iterable[Item]) -> bytes:
    """A common data package of ``items`` (kept in their sorted order) under ``header``."""
    items = list(items)
    names = b"".join(item.name.encode("ascii") + b"\0" for item in items)
    table_size = 4 + 8 * len(items)
    data_at = _aligned(len(header) + table_size + len(names)) - len(header)
    offsets, name_at, body = [], table_size, bytearray()
    for item in items:
        offsets.append((name_at, data_at + len(body)))
        name_at += len(item.name) + 1
        body += item.data
        body += _PAD * (_aligned(len(body)) - len(body))
    table = struct.pack(f"<I{2 * len(items)}I", len(items),
                        *(value for pair in offsets for value in pair))
    head = header + table + names
    return head + _PAD * (len(header) + data_at - len(head)) + bytes(body)


def package_bytes(library: Path) -> bytes:
    """The common data package in an ICU data library (``libicudata.so.NN``)."""
    return _symbol_bytes(library, f"icudt{_version(library.name)}_dat")


def trimmed_library(source: Path, folder: Path) -> Path:
    """``source`` (a ``libicudata.so.NN``) rebuilt in ``folder`` without the items left out."""
    version = _version(source.name)
    symbol = f"icudt{version}_dat"
    header, items = read_package(package_bytes(source))
    folder.mkdir(parents=True, exist_ok=True)
    package = folder / f"icudt{version}l.dat"
    package.write_bytes(write_package(header, [item for item in items if not left_out(item.name)]))
    assembly = folder / "icudata.s"
    assembly.write_text(
        '\t.section .rodata\n'
        f'\t.balign {_ALIGN}\n'
        f'\t.globl {symbol}\n'
        f'\t.type {symbol}, %object\n'
        f'\t.size {symbol}, {package.stat().st_size}\n'
        f'{symbol}:\n'
        f'\t.incbin "{package.name}"\n'
        '\t.section .note.GNU-stack,"",%progbits\n', encoding="ascii")
    target = folder / source.name
    _run(["as", "-o", "icudata.o", assembly.name], folder)
    _run(["ld", "-shared", "-soname", source.name, "-z", "noexecstack", "-o", target.name,
          "icudata.o"], folder)
    return target


def with_trimmed_data(binaries: Iterable[Entry], folder: Path) -> list[Entry]:
    """PyInstaller's binaries, ICU's data library (if any) replaced by its trimmed copy."""
    return [(name, str(trimmed_library(Path(source), folder)), kind)
            if _LIBRARY_RE.search(name.replace("\\", "/")) else (name, source, kind)
            for name, source, kind in binaries]


def _version(name: str) -> str:
    found = _LIBRARY_RE.search(name)
    if found is None:
        raise ValueError(f"{name} is not ICU's data library (libicudata.so.NN)")
    return found.group(2)


def _aligned(size: int) -> int:
    return -(-size // _ALIGN) * _ALIGN


def _symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of the data symbol ``symbol`` in the ELF library (address and size from
    ``nm``, its section's address and file offset from ``objdump``)."""
    table = _run(["nm", "-D", "-S", "--defined-only", str(library)], library.parent)
    found = [line.split() for line in table.splitlines() if line.endswith(f" {symbol}")]
    if not found or len(found[0]) != 4:
        raise ValueError(f"{library}: no sized symbol {symbol}")
    address, size = int(found[0][0], 16), int(found[0][1], 16)
    for line in _run(["objdump", "-h", "-w", str(library)], library.parent).splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[0].isdigit():
            start, length, offset = int(fields[3], 16), int(fields[2], 16), int(fields[5], 16)
            if start <= address and address + size <= start + length:
                with library.open("rb") as file:
                    file.seek(offset + address - start)
                    return file.read(size)
    raise ValueError(f"{library}: {symbol} lies in no section")


def _run(command: list[str], folder: Path) -> str:
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout
