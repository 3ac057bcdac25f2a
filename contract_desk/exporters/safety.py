"""Exported text that stays text: never run as a formula, never refused for a control character.

Spreadsheet programs evaluate a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and some also after a leading tab or carriage return). Text from a
register is data, never a formula: in CSV such a cell gets a leading single
quote, which Excel and LibreOffice show as text; in xlsx the cell is stored as
an explicit string cell, which no program evaluates (the text stays as it was).
"""

from __future__ import annotations

import re

#: First characters that make a spreadsheet program read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet program could evaluate ``text`` typed into a cell."""
    return text.startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell: a leading quote before anything a program would evaluate."""
    return "'" + text if looks_like_formula(text) else text


#: Control characters an xlsx cell cannot hold as they are. A carriage return is
#: escaped too: XML readers turn a bare one into a line feed (Excel writes _x000D_).
_ILLEGAL_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f]")
#: Text that Excel would itself read as an escape (``_x000B_``): its "_" is escaped too.
_LOOKS_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def xlsx_text(text: str) -> str:
    """``text`` as an xlsx cell holds it: control characters as Excel's ``_xHHHH_`` escapes.

    Excel, LibreOffice and our importer turn them back into the characters, so
    text with a stray control character (pasted from a PDF) is kept, not refused.
    """
    if "_x" in text:
        text = _LOOKS_ESCAPED.sub(r"_x005F_\1", text)
    if _ILLEGAL_IN_XLSX.search(text) is None:
        return text
    return _ILLEGAL_IN_XLSX.sub(lambda found: f"_x{ord(found[0]):04X}_", text)
