"""Which encoding a text file uses, decided from evidence in a fixed order.

1. A byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) says it outright.
2. UTF-16 without a mark shows itself by NUL bytes in every other position.
3. Strict UTF-8: text that is not UTF-8 almost never decodes as UTF-8 by chance.
4. charset-normalizer chooses among the legacy encodings registers are saved
   in (Windows Western cp1252, Korean cp949/EUC-KR, Chinese GB18030) by which
   decodes cleanly and reads most like language.
5. latin-1 last: it decodes anything, so it is the answer only when nothing
   else fits, and the note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 LE (with BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 BE (with BOM)"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 (with BOM)"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 LE (with BOM)"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 BE (with BOM)"),
)
#: Legacy encodings charset-normalizer may choose from (cp949 is EUC-KR's superset).
LEGACY_ENCODINGS = ("cp1252", "cp949", "gb18030")
_LABELS = {"cp1252": "Windows-1252 (Western European)", "cp949": "CP949 / EUC-KR (Korean)",
           "gb18030": "GB18030 (Chinese)", "utf_16": "UTF-16"}
_NUL_SAMPLE = 4096
_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32), 127])
_DETECTION_SAMPLE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and the encoding it was read in, named for people."""

    text: str
    encoding: str
    label: str


def decode_text(data: bytes, file_name: str) -> DecodedText:
    """The text of ``data``, with the encoding found; ``ImportFileError`` if it is binary."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, label, file_name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(data.decode(utf16), utf16, f"{utf16.upper()} (no BOM)")
        except UnicodeDecodeError:
            pass
    _refuse_binary(data, file_name)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", "UTF-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _decode(data: bytes, encoding: str, label: str, file_name: str) -> DecodedText:
    try:
        return DecodedText(data.decode(encoding), encoding, label)
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("{file} starts with a {label} byte-order mark but is not valid {encoding} at byte "
              "{byte}; the file is damaged.").format(
                file=file_name, label=label, encoding=label.split(" (")[0],
                byte=current_formats().number(error.start))) from error


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_NUL_SAMPLE]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # ASCII text in UTF-16 LE is "a\0b\0"; a few non-Latin letters still leave most NULs.
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes, file_name: str) -> None:
    # Text in any encoding tried here has almost no control characters besides
    # tab and line breaks (multi-byte encodings never use them as trail bytes).
    sample = data[:_NUL_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample.count(0) > 0.01 * len(sample) or controls > 0.05 * len(sample):
        raise ImportFileError(
            _("{file} holds binary data, not text; it is not a CSV file.").format(file=file_name))


def _legacy(data: bytes) -> DecodedText:
    matches = from_bytes(data[:_DETECTION_SAMPLE], cp_isolation=list(LEGACY_ENCODINGS))
    for match in matches:
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return DecodedText(text, match.encoding, _LABELS.get(match.encoding, match.encoding))
    for encoding in LEGACY_ENCODINGS:
        # Detection looks at a sample; the whole file may still decode in one of them.
        try:
            return DecodedText(data.decode(encoding), encoding, _LABELS[encoding])
        except UnicodeDecodeError:
            continue
    return DecodedText(data.decode("latin-1"), "latin-1",
                       "latin-1 (no other encoding fitted; check accented letters)")


#: C1 control characters: never typed, but what UTF-8 becomes when decoded as latin-1 twice.
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def double_encoded_sample(text: str) -> str | None:
    """A piece of ``text`` that reads as UTF-8 decoded twice ("â\x80\x9c" for a quote), or None.

    Such text stays as it is (nothing is changed behind the user's back); the
    note lets the user fix the source or the cells.
    """
    found = _C1_CONTROLS.search(text)
    while found:
        start = max(0, found.start() - 1)
        piece = text[start:found.end() + 1]
        try:
            repaired = piece.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            found = _C1_CONTROLS.search(text, found.end())
            continue
        return _("{found} for {meant}").format(found=repr(piece), meant=repr(repaired))
    return None
