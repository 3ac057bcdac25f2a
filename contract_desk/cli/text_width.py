"""How many terminal columns text takes: Korean and Chinese characters take two.

``len()`` counts characters, so a table of "계약 상대방" or "合同相对方" drifts
out of line. Here East Asian wide and full-width characters (Unicode's
``East_Asian_Width`` W or F) count two columns, combining marks and other
zero-width characters none, everything else one — what terminals do (the
``wcwidth`` rules, without the dependency). Ambiguous-width characters ("…",
"→") count one, as in every Western and most East Asian terminal settings.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Marks a cell cut to fit its column.
ELLIPSIS = "…"
# Zero width: combining marks, enclosing marks, format characters (ZWJ, soft hyphen).
_ZERO_WIDTH_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """The columns one character takes: 0, 1 or 2."""
    if unicodedata.category(char) in _ZERO_WIDTH_CATEGORIES or "\u1160" <= char <= "\u11ff":
        return 0  # Hangul medial vowels and final consonants join the syllable before
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    """The columns ``text`` takes in a terminal."""
    if text.isascii():
        return len(text)
    return sum(char_width(char) for char in text)


def clip(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, ending in "…" when cut.

    A wide character is never split: when it would straddle the edge it is left
    out, and the column beside the "…" stays blank in the padding.
    """
    if text_width(text) <= width:
        return text
    room = width - text_width(ELLIPSIS)
    kept: list[str] = []
    used = 0
    for char in text:
        taken = char_width(char)
        if used + taken > room:
            break
        kept.append(char)
        used += taken
    return "".join(kept) + ELLIPSIS


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns (as ``str.ljust`` by columns)."""
    return text + " " * max(0, width - text_width(text))


__all__ = ["ELLIPSIS", "char_width", "clip", "pad", "text_width"]
