"""A notice period said with the words around it: "3 months before expiry", "계약만료 3개월 전".

Registers write the notice period as the sentence a person would say: "3
months' notice before the end of the term", "3 måneder før utløp", "vor Ablauf",
"到期前3个月", "満了の3ヶ月前". The words say what a notice period is (so long
before the term ends, notice must be given) and add nothing to it: once they
are taken off, the period is read as any other. A cell without such words is
left to the ordinary reading and its sentences.
"""

from __future__ import annotations

import re

from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.durations import parse_period
from contract_desk.importers.values.normalize import fold
from contract_desk.importers.values.term_text import length_only

_END = (r"(?:the\s+)?(?:(?:contract|agreement|term|lease)(?:'s)?\s+)?"
        r"(?:expiry|expiration|end|renewal|termination)(?:\s+date)?(?:\s+of\s+the\s+"
        r"(?:contract|agreement|term|lease))?")
#: On folded text (lower case, Latin accents off: "før utløp" is "for utlop").
_PHRASES = tuple(re.compile(pattern) for pattern in (
    rf"\b(?:before|prior\s+to|ahead\s+of|preceding)\s+{_END}\b",
    r"\bin\s+advance\b",
    r"\b(?:written\s+)?notice\b(?:\s+(?:period|of\s+termination))?",
    r"'s\b|(?<=s)'(?=\s|$)",  # "3 months' notice", "30 days's"
    (r"\b(?:for|fore)\s+(?:(?:avtalens|kontraktens|avtalets|kontraktets|leieforholdets)\s+)?"
    r"(?:utlop|utlopsdato|utgang|udlob|slutt|opphor|avtaleslutt|kontraktsslutt)\b"),
    r"\bi\s+forkant\b",
    r"\bvor\s+(?:dem\s+)?(?:ablauf|vertragsende|vertragsablauf|ende)(?:\s+des\s+vertrags)?\b",
    r"\bzum\s+vertragsende\b",
    r"\bavant\s+(?:l'|la\s+|le\s+)?(?:echeance|fin|expiration|terme)\b(?:\s+du\s+contrat)?",
    (r"\bantes\s+(?:del?\s+|da\s+|do\s+)?(?:vencimiento|finalizacion|termino|vencimento)\b"
    r"(?:\s+del?\s+contrat[oa])?"),
    # Korean, Chinese, Japanese: before or after the number, no spaces needed.
    r"^(?:계약\s*)?(?:만료|종료|만기)(?:일)?\s*(?:의\s*)?",
    r"\s*(?:이전|전)\s*(?:까지)?$",
    r"^(?:合同\s*)?(?:到期|期满|届满|终止)(?:日)?\s*(?:之)?前\s*",
    r"^提前\s*",
    r"^(?:契約\s*)?(?:期間\s*)?(?:満了|終了)(?:日)?\s*の?\s*",
    r"\s*(?:以前|前)\s*(?:まで)?$",
))
_LEFT = re.compile(r"^[\s,.:;()-]+|[\s,.:;()-]+$")
#: A word one of them needs, looked for before anything else: most cells of a sheet
#: (names, titles, amounts) hold none, and a mapping reads thousands of them.
_KEYS = ("before", "prior", "advance", "notice", "'", "før", "fore", "forkant", "vor ",
         "avant", "antes", "만료", "종료", "만기", "전", "前", "到期", "期满", "届满", "终止",
         "提前", "満了", "終了")


def notice_rest(value: CellValue) -> str | None:
    """``value`` without the words around its notice period ("3 months" of "3 months
    before expiry"); None when it has no such words."""
    if not isinstance(value, str):
        return None
    lower = value.lower()
    if not any(key in lower for key in _KEYS):
        return None
    text = fold(value)
    if not any(phrase.search(text) for phrase in _PHRASES):
        return None
    for phrase in _PHRASES:
        text = phrase.sub(" ", text)
    return _LEFT.sub("", " ".join(text.split()))


def parse_notice_period(value: CellValue, unit_hint: PeriodUnit | str | None = None) -> Period:
    """The period of a notice phrase, or of a plain period; ValueParseError otherwise."""
    try:
        return parse_period(value, unit_hint)
    except ValueParseError:
        rest = notice_rest(value)
        if not rest:
            raise
        try:
            return parse_period(rest, unit_hint)
        except ValueParseError:
            pass
        try:
            length = length_only(rest, unit_hint)  # "three months", "tre måneder"
        except ValueParseError:
            length = None
        if length is not None:
            return length
        raise ValueParseError(_("{value} is not a notice period like '3 months' or '3 "
                                "months before expiry'").format(value=repr(value))) from None
