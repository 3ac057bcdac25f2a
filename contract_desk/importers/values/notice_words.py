"""Reading the notice rules: to the end of a month (quarter, year), whose holidays, postal days.

A notice-rule cell is looked up whole, folded (case, Latin accents,
punctuation), after a leading "to the", "til", "zum", "à la"… is taken off:
"end of month", "Monatsende", "utgangen av måneden", "월말", "年底", and the
program's own words in every language it ships ("the end of a quarter",
"utgangen av et kvartal", "분기말"). A word it does not know ("end", "soon")
is refused with the words that would have been understood, never guessed.

A holiday country is an ISO 3166 code or the country's name in any register
language (Babel's names: "Norway", "Norge", "Tyskland", "노르웨이", "挪威"),
and only a country whose public holidays the ``holidays`` package knows.
"""

from __future__ import annotations

import re
from functools import cache

from contract_desk.domain.errors import TermError
from contract_desk.domain.workdays import normal_country
from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.words import build, word_key

#: Rule -> language -> "|"-separated ways to write it (after the leading words go).
NOTICE_TO_TABLE: dict[str, dict[str, str]] = {
    "month-end": {
        "English": "month-end|month end|end of month|end of a month|end of the month|"
                   "end of each month|end of the calendar month|end of a calendar month|eom",
        "Norwegian": "utgangen av måneden|utgangen av en måned|månedsskifte|månedsskiftet|"
                     "månedsslutt|utgangen av kalendermåneden|måneds utgang",
        "Swedish": "utgången av månaden|utgången av en månad|månadsskifte|månadsskiftet|"
                   "månadsslut",
        "Danish": "udgangen af måneden|udgangen af en måned|månedsskifte|månedens udgang",
        "German": "monatsende|ende des monats|ende eines monats|ende des kalendermonats|"
                  "jeweiligen monatsende|monatsletzten",
        "French": "fin de mois|fin du mois|fin d un mois",
        "Spanish": "fin de mes|final de mes|final del mes|fin del mes",
        "Portuguese": "fim do mês|final do mês|fim de mês",
        "Korean": "월말|매월 말|월 말|매월말",
        "Chinese": "月底|月末|每月月底|当月月底",
        "Japanese": "月末|毎月末",
    },
    "quarter-end": {
        "English": "quarter-end|quarter end|end of quarter|end of a quarter|end of the quarter|"
                   "end of each quarter|end of a calendar quarter|end of the calendar quarter",
        "Norwegian": "utgangen av kvartalet|utgangen av et kvartal|kvartalsskifte|"
                     "kvartalsskiftet|kvartalsslutt",
        "Swedish": "utgången av kvartalet|utgången av ett kvartal|kvartalsskifte|kvartalsslut",
        "Danish": "udgangen af kvartalet|udgangen af et kvartal|kvartalsskifte",
        "German": "quartalsende|ende des quartals|ende eines quartals|"
                  "ende des kalendervierteljahres|vierteljahresende",
        "French": "fin de trimestre|fin du trimestre|fin d un trimestre",
        "Spanish": "fin de trimestre|final del trimestre|fin del trimestre",
        "Portuguese": "fim do trimestre|final do trimestre|fim de trimestre",
        "Korean": "분기말|분기 말|매 분기말",
        "Chinese": "季度末|季末|季度底|每季度末",
        "Japanese": "四半期末|四半期の末日",
    },
    "year-end": {
        "English": "year-end|year end|end of year|end of a year|end of the year|"
                   "end of each year|end of the calendar year|end of a calendar year",
        "Norwegian": "utgangen av året|utgangen av et år|årsskifte|årsskiftet|årsslutt|"
                     "utgangen av kalenderåret",
        "Swedish": "utgången av året|utgången av ett år|årsskifte|årsskiftet|årsslut",
        "Danish": "udgangen af året|udgangen af et år|årsskifte|årsskiftet",
        "German": "jahresende|ende des jahres|ende eines jahres|ende des kalenderjahres",
        "French": "fin d année|fin de l année|fin de année",
        "Spanish": "fin de año|final del año|fin del año",
        "Portuguese": "fim do ano|final do ano|fim de ano",
        "Korean": "연말|년말|연도말|매년 말",
        "Chinese": "年底|年末|每年年底",
        "Japanese": "年末|年度末",
    },
}
#: Words that say there is no such rule: notice may end the contract on any day.
NO_RULE_WORDS = frozenset(word_key(word) for word in (
    "none", "no", "any day", "-", "ingen", "hvilken som helst dag", "nei", "keine", "aucun",
    "aucune", "ninguno", "nenhum", "없음", "아무 날", "无", "任意一天", "なし"))
#: Leading words of "to the end of a month", "til utgangen av måneden", "zum Monatsende"….
_LEADING = re.compile(
    r"^(?:(?:notice )?to the |to |at the |at |til |ved |till |vid |zum |zu |zur |"
    r"a la |au |pour la |al |a |hasta el |hasta |ao |ate o |ate |no )")
#: No rule word is longer; a longer cell is a sentence.
_LONGEST = 60


@cache
def notice_to_words() -> dict[str, str]:
    """Folded word -> rule: the table above and the program's own words in every catalog."""
    from contract_desk.importers.values.program_words import with_program_words

    return with_program_words("notice_to", build(NOTICE_TO_TABLE))


def parse_notice_to(value: CellValue) -> str | None:
    """The rule ("month-end", "quarter-end", "year-end") a cell states; None for "none"."""
    text = str(value).strip() if isinstance(value, str) else ""
    if not text or len(text) > _LONGEST:
        raise ValueParseError(_("{value} is not a notice rule; write the end of a month, of a "
                                "quarter or of a year (or none)").format(value=repr(value)))
    key = word_key(text)
    if key in NO_RULE_WORDS:
        return None
    words = notice_to_words()
    for candidate in (key, _LEADING.sub("", key)):
        if candidate in words:
            return words[candidate]
    raise ValueParseError(_("{value} is not a notice rule; write the end of a month, of a "
                            "quarter or of a year (or none)").format(value=repr(text)))


@cache
def country_names() -> dict[str, str]:
    """Folded country name -> ISO code, in every register language, for countries with a
    public-holiday calendar; a name two countries share is left out."""
    import holidays
    from babel import Locale

    from contract_desk.i18n.every_language import shipped_languages

    supported = set(holidays.list_supported_countries())
    languages = {*shipped_languages(), "sv", "da", "de", "fr", "es", "pt", "ja", "nn"}
    named: dict[str, set[str]] = {}
    for language in sorted(languages):
        for code, name in Locale.parse(language).territories.items():
            if code in supported:
                named.setdefault(word_key(name), set()).add(code)
    names = {name: next(iter(codes)) for name, codes in named.items() if len(codes) == 1}
    names.setdefault("uk", "GB")  # the usual short name, not an ISO code
    return names


def parse_holiday_country(value: CellValue) -> str:
    """The ISO code of the country whose public holidays a cell names ("Norge" -> "NO")."""
    text = str(value).strip() if isinstance(value, str) else ""
    code = country_names().get(word_key(text)) if text else None
    if code is not None:
        return code
    try:
        return normal_country(text)
    except TermError:
        raise ValueParseError(_("{value} is not a country whose public holidays the program "
                                "knows; give its name or ISO code, e.g. NO, SE, DE or "
                                "US").format(value=repr(text or value))) from None


__all__ = ["NOTICE_TO_TABLE", "country_names", "notice_to_words", "parse_holiday_country",
           "parse_notice_to"]
