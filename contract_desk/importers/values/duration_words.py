"""Words for the units of a term or notice period, in the register languages.

Written folded (lower case, Latin accents removed: "måneder" is "maneder",
"años" is "anos"), separated by "|" because some are several words
("jours ouvrés"). Korean, Chinese and Japanese follow the number directly
("3개월", "三个月", "3ヶ月"), so their words are listed as written. Single
letters that mean different units in different languages ("j": jour or Jahr)
are left out; a word may mean only one unit, or the table refuses to build.
"""

from __future__ import annotations

from contract_desk.domain.periods import PeriodUnit
from contract_desk.importers.values.normalize import fold

_WORDS: dict[PeriodUnit, dict[str, str]] = {
    PeriodUnit.DAYS: {
        "English": "d|day|days|calendar day|calendar days",
        "Norwegian": "dag|dager|dg|dogn|kalenderdag|kalenderdager",
        "Swedish": "dag|dagar|kalenderdag|kalenderdagar",
        "Danish": "dag|dage|kalenderdag|kalenderdage",
        "German": "tag|tage|tagen|kalendertag|kalendertage|kalendertagen",
        "French": "jour|jours|jour calendaire|jours calendaires",
        "Spanish": "dia|dias|dias naturales|dias calendario|dias corridos",
        "Portuguese": "dia|dias|dias corridos",
        "Albanian": "dite|dit|ditet",
        "Korean": "일|일간",
        "Chinese": "天|日|个自然日|自然日",
        "Japanese": "日|日間",
    },
    PeriodUnit.WEEKS: {
        "English": "w|wk|wks|week|weeks",
        "Norwegian": "uke|uker",
        "Swedish": "v|vecka|veckor",
        "Danish": "uge|uger",
        "German": "woche|wochen",
        "French": "sem|semaine|semaines",
        "Spanish": "semana|semanas",
        "Albanian": "jave|javet",
        "Korean": "주|주일|주간",
        "Chinese": "周|个星期|星期|个礼拜",
        "Japanese": "週|週間",
    },
    PeriodUnit.MONTHS: {
        "English": "m|mo|mos|mth|mths|month|months",
        "Norwegian": "mnd|md|mdr|maned|maneder",
        "Swedish": "man|manad|manader",
        "Danish": "maned|maneder",
        "German": "mon|monat|monate|monaten",
        "French": "mois",
        "Spanish": "mes|meses",
        "Albanian": "muaj|muajve",
        "Korean": "개월|달|개월간",
        "Chinese": "个月|個月",  # never 月 alone: 三月 is March
        "Japanese": "ヶ月|か月|カ月|ヵ月|ケ月|箇月|ヶ月間|か月間|カ月間|ヵ月間",
    },
    PeriodUnit.YEARS: {
        "English": "y|yr|yrs|year|years",
        "Norwegian": "ar|aar",
        "German": "jahr|jahre|jahren",
        "French": "an|ans|annee|annees",
        "Spanish": "ano|anos",
        "Albanian": "vit|vite|vjet",
        "Korean": "년|년간",
        "Chinese": "年|周年",
        "Japanese": "年間|カ年|ヶ年|か年",
    },
    PeriodUnit.BUSINESS_DAYS: {
        "English": "bd|business day|business days|working day|working days|weekday|weekdays",
        "Norwegian": "virkedag|virkedager|arbeidsdag|arbeidsdager|yrkedag|yrkedager",
        "Swedish": "arbetsdag|arbetsdagar|vardag|vardagar|bankdag|bankdagar",
        "Danish": "arbejdsdag|arbejdsdage|hverdag|hverdage|bankdag|bankdage",
        "German": "werktag|werktage|werktagen|arbeitstag|arbeitstage|arbeitstagen"
                  "|geschaftstag|geschaftstage|geschaftstagen",
        "French": "jour ouvre|jours ouvres|jour ouvrable|jours ouvrables",
        "Spanish": "dia habil|dias habiles|dia laborable|dias laborables",
        "Portuguese": "dia util|dias uteis",
        "Korean": "영업일|근무일",
        "Chinese": "个工作日|工作日|个营业日|营业日",
        "Japanese": "営業日|稼働日",
    },
}


def _build() -> dict[str, PeriodUnit]:
    units: dict[str, PeriodUnit] = {}
    for unit, languages in _WORDS.items():
        for language, words in languages.items():
            for word in words.split("|"):
                key = fold(word)
                if units.setdefault(key, unit) is not unit:
                    raise ValueError(f"{word!r} ({language}) already means {units[key]}")
    return units


#: Folded unit word -> unit.
UNIT_WORDS: dict[str, PeriodUnit] = _build()

#: Chinese numerals up to ten; 两 is "two" before a measure word (两年).
CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
                  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
