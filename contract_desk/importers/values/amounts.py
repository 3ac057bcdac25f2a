"""The number inside an amount: thousands separators and the decimal mark.

1,234.56 / 1.234,56 / 1 234,56 / 1'234.56 / 11.340.000,66 are all read by the
evidence in the cell: when both marks appear the last one is the decimal mark;
a mark that appears twice groups thousands; a mark followed by other than three
digits is decimal. Only "1,234" and "1.234" stay ambiguous (one thousand two
hundred and thirty-four, or one and a bit): the column decides those
(``infer_decimal_mark``), never a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal

from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError

#: Characters that only ever group digits: spaces of every width and apostrophes.
GROUP_ONLY = " '’"
_CORE_RE = re.compile(r"^[\d.,' ’]*\d[\d.,' ’]*$")
_SCIENTIFIC_RE = re.compile(r"^\d+(?:\.\d+)?[eE][+-]?\d+$")
_SPACE_BY_MARK_RE = re.compile(r"\s*([.,])\s+|\s+([.,])")


def parse_number(core: str, text: str, decimal_mark: str | None = None) -> Decimal:
    """The unsigned amount written in ``core`` (digits and separators only).

    ``text`` is the whole cell, for messages; ``decimal_mark`` ("." or ",") is the
    column's decision, used only when the cell itself cannot tell.
    """
    if _SCIENTIFIC_RE.match(core):
        return Decimal(core)  # Excel's text for very large numbers: 1.25E+10
    core = tidy(core)
    if not _CORE_RE.match(core):
        raise ValueParseError(_("{value} is not an amount: expected digits with an optional "
                                "currency, like 1 234,56 or $1,234.56").format(value=repr(text)))
    mark = decimal_mark_of(core, text, decimal_mark)
    whole, _mark, fraction = core.rpartition(mark) if mark else (core, "", "")
    if mark and (mark in whole or not fraction.isdigit()):
        raise ValueParseError(_("{value} is not an amount: expected one decimal mark {mark} "
                                "followed by digits").format(value=repr(text), mark=repr(mark)))
    digits = _ungroup(whole, text) or "0"
    return Decimal(f"{digits}.{fraction}" if fraction else digits)


def tidy(core: str) -> str:
    """``core`` without spaces next to a mark ("982, 900" -> "982,900")."""
    return _SPACE_BY_MARK_RE.sub(lambda m: m[1] or m[2], core)


def decimal_mark_of(core: str, text: str, column_mark: str | None = None) -> str | None:
    """The decimal mark ("." or ",") of ``core``, None when it has no decimals.

    Raises ValueParseError when only the column could tell and ``column_mark`` is None.
    """
    proven = proven_mark(core)
    if proven is not None:
        return proven or None
    if column_mark is None:
        mark = "," if "," in core else "."
        raise ValueParseError(
            _("{value} is ambiguous: {mark} could separate thousands or decimals; "
              "the column needs a decimal mark").format(value=repr(text), mark=repr(mark)))
    mark = "," if "," in core else "."
    return mark if mark == column_mark else None


def proven_mark(core: str) -> str | None:
    """What the cell proves: "." or "," (the decimal mark), "" (no decimals) or None."""
    core = tidy(core)
    dots, commas = core.count("."), core.count(",")
    if dots and commas:
        return "." if core.rfind(".") > core.rfind(",") else ","
    if not dots and not commas:
        return ""
    mark = "." if dots else ","
    if dots + commas > 1:
        return ""  # a mark used twice groups thousands: 11.340.000
    whole, _mark, fraction = core.partition(mark)
    digits_before = len(whole.translate(_NO_GROUPS))
    if len(fraction) != 3 or any(c in whole for c in GROUP_ONLY):
        return mark
    if digits_before > 3 or whole.strip(GROUP_ONLY) in ("", "0"):
        return mark
    return None


_NO_GROUPS = str.maketrans("", "", GROUP_ONLY)


def _ungroup(whole: str, text: str) -> str:
    separators = {"'" if c == "’" else c for c in whole if not c.isdigit()}
    if not separators:
        return whole
    groups = re.split(r"[.,' ’]", whole)
    if len(separators) > 1 or not _valid_groups(groups):
        raise ValueParseError(_("{value} is not an amount: thousands separators must mark "
                                "groups of three digits").format(value=repr(text)))
    return "".join(groups)


def _valid_groups(groups: list[str]) -> bool:
    head, *rest = groups
    if not 1 <= len(head) <= 3 or not head.isdigit():
        # Indian grouping (1,23,45,678) keeps 2-digit groups before the last three.
        return _valid_indian(groups)
    return all(len(group) == 3 and group.isdigit() for group in rest) or _valid_indian(groups)


def _valid_indian(groups: list[str]) -> bool:
    head, *middle, last = groups
    return (1 <= len(head) <= 2 and len(last) == 3
            and all(len(group) == 2 for group in middle)
            and all(group.isdigit() for group in groups))
