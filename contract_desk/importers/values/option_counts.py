"""A renewal column that counts its options: "1+1 år", "2 x 1 year", "opsjon 1 år", "1+1년".

Public procurement writes a framework agreement's options in a column of their
own ("Opsjoner", "Options", "연장옵션"): "1+1 år" is two extensions of one year
each, "2 x 6 mnd" two of six months, "1 år" one. Read from such a column, a
cell gives the length of each renewal and how many there may be; options of
different lengths ("1+2 år") cannot be stored as one renewal term and are
refused with a sentence, as any unreadable cell is.
"""

from __future__ import annotations

import re

from contract_desk.domain.periods import Period
from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.durations import parse_period
from contract_desk.importers.values.normalize import fold

#: Words that may stand before the count ("opsjon 1 år", "options: 2 x 1 year").
_LEAD = re.compile(r"^(?:opsjon(?:er)?|option(?:s|er)?|extension(?:s)?|forlengelse(?:r)?"
                   r"|옵션|연장|延期|续约|选择权)\s*[:：]?\s*(?:på\s+|of\s+|for\s+)?",
                   re.IGNORECASE)
_TIMES = re.compile(r"^(?P<count>[0-9]{1,2})\s*[x×*]\s*(?P<length>[0-9]{1,3})\s*(?P<unit>\D+?)$")
_PLUS = re.compile(r"^(?P<parts>[0-9]{1,3}(?:\s*\+\s*[0-9]{1,3})+)\s*(?P<unit>\D+?)$")
_ONE = re.compile(r"^(?P<length>[0-9]{1,3})\s*(?P<unit>\D+?)$")


def parse_options(value: CellValue) -> tuple[Period, int] | None:
    """(the length of each option, how many) a cell of options states; None when it
    does not read as options. ValueParseError for options of different lengths."""
    if not isinstance(value, str):
        return None
    text = _LEAD.sub("", fold(value).strip()).strip(" .")
    if match := _TIMES.match(text):
        return _period(value, match["length"], match["unit"]), int(match["count"])
    if match := _PLUS.match(text):
        parts = [int(part) for part in match["parts"].split("+")]
        if len(set(parts)) > 1:
            raise ValueParseError(_("{value} names options of different lengths; a contract "
                                    "keeps one renewal term: set it in the contract").format(
                                        value=repr(value)))
        return _period(value, str(parts[0]), match["unit"]), len(parts)
    if match := _ONE.match(text):
        return _period(value, match["length"], match["unit"]), 1
    return None


def _period(value: str, length: str, unit: str) -> Period:
    try:
        return parse_period(f"{length} {unit.strip()}")
    except ValueParseError:
        raise ValueParseError(_("{value} is not a renewal: {unit} is not a unit of time")
                              .format(value=repr(value), unit=repr(unit.strip()))) from None
