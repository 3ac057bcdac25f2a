"""Text folding shared by the value parsers and the column mapper.

Spreadsheet words arrive in every case, with or without accents, with stray
punctuation and no-break spaces. Folding makes "Måneder", "maneder" and
"MÅNEDER" meet, while leaving Korean, Chinese and Japanese intact: decomposing
those and dropping marks would turn ガ into カ and break the words.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

_SPACES_RE = re.compile(r"\s+")
#: Han characters (CJK unified ideographs, extension A, compatibility ideographs).
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NON_WORD_RE = re.compile(r"[\W_]+")
# Letters with their own identity rather than an accent (ø, æ, ß, ł) have no
# decomposition; spell them the way people type them without a Nordic keyboard.
_OWN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                              "đ": "d", "Đ": "D"})


def _is_latin(char: str) -> bool:
    code = ord(char)
    return code <= 0x024F or 0x1E00 <= code <= 0x1EFF


def strip_latin_accents(text: str) -> str:
    """``text`` with accents removed from Latin letters only (å -> a, é -> e, ガ stays)."""
    if text.isascii():
        return text
    kept: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char):
            if not base_is_latin:
                kept.append(char)
            continue
        # Marks are dropped only after Latin letters (Vietnamese included), never after kana.
        base_is_latin = _is_latin(char)
        kept.append(char)
    folded = unicodedata.normalize("NFC", "".join(kept))
    return folded.translate(_OWN_LETTERS)


def simplified(text: str) -> str:
    """Traditional Chinese characters written as Simplified ones (zhconv, MediaWiki's
    tables): a Taiwan or Hong Kong register's 執行中 or 合約起始日 is looked up in the
    same word and header tables as 执行中 and 合约起始日. For matching only, never
    stored; text without Han characters is returned as it is, without loading zhconv."""
    if not _HAN_RE.search(text):
        return text
    return str(_zhconv()(text, "zh-hans"))


@cache
def _zhconv() -> Callable[[str, str], str]:
    # zhconv looks for its tables through pkg_resources when that imports (setuptools'
    # deprecated API: 6 MB and 15 ms to import, for one file), else it opens the file
    # itself. Imported with pkg_resources kept out (None in sys.modules makes that
    # import fail, as the bundle, which leaves setuptools out, always has it), and
    # its tables loaded here from the file beside it, closed after reading.
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import zhconv  # type: ignore[import-untyped]  # ships no types
        from zhconv import zhconv as module
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    module.loaddict(str(Path(module.__file__).with_name("zhcdict.json")))
    convert: Callable[[str, str], str] = zhconv.convert
    return convert


def fold(text: str) -> str:
    """Case-folded, Latin accents removed, whitespace collapsed to single spaces."""
    folded = strip_latin_accents(unicodedata.normalize("NFKC", text)).casefold()
    return _SPACES_RE.sub(" ", folded).strip()


def spaced(text: str) -> str:
    """``fold`` with every run of punctuation or underscores turned into one space."""
    return _SPACES_RE.sub(" ", _NON_WORD_RE.sub(" ", fold(text))).strip()


def compact(text: str) -> str:
    """``fold`` with everything but letters and digits removed ("Start-Dato" -> "startdato")."""
    return _NON_WORD_RE.sub("", fold(text))


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Hangul, kana or Han characters (written without spaces)."""
    return any(_is_cjk(char) for char in text)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x1100 <= code <= 0x11FF or 0x3040 <= code <= 0x30FF or 0x3130 <= code <= 0x318F
            or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF)
