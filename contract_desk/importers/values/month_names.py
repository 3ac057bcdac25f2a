"""Month names and abbreviations in the languages registers are kept in.

Words are written folded (lower case, Latin accents removed: "février" is
"fevrier", "März" is "marz") because that is how ``normalize.fold`` presents a
cell. Month 1 is January. A word must mean the same month in every language
it appears in; ``MONTHS`` refuses to build otherwise.
"""

from __future__ import annotations

from contract_desk.importers.values.normalize import fold

_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "English": (
        "january jan", "february feb", "march mar", "april apr", "may",
        "june jun", "july jul", "august aug", "september sep sept",
        "october oct", "november nov", "december dec",
    ),
    "Norwegian": (
        "januar jan", "februar feb", "mars mar", "april apr", "mai",
        "juni jun", "juli jul", "august aug", "september sep sept",
        "oktober okt", "november nov", "desember des",
    ),
    "Swedish": (
        "januari jan", "februari feb", "mars mar", "april apr", "maj",
        "juni jun", "juli jul", "augusti aug", "september sep sept",
        "oktober okt", "november nov", "december dec",
    ),
    "Danish": (
        "januar jan", "februar feb", "marts mar", "april apr", "maj",
        "juni jun", "juli jul", "august aug", "september sep sept",
        "oktober okt", "november nov", "december dec",
    ),
    "German": (
        "januar jan jänner janner", "februar feb", "märz mär marz mrz", "april apr", "mai",
        "juni jun", "juli jul", "august aug", "september sep sept",
        "oktober okt", "november nov", "dezember dez",
    ),
    "French": (
        "janvier janv", "février févr fevr fev", "mars", "avril avr", "mai",
        "juin", "juillet juil", "août aout", "septembre sept",
        "octobre oct", "novembre nov", "décembre déc dec",
    ),
    "Spanish": (
        "enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may",
        "junio jun", "julio jul", "agosto ago", "septiembre setiembre sep sept set",
        "octubre oct", "noviembre nov", "diciembre dic",
    ),
    "Portuguese": (
        "janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai",
        "junho jun", "julho jul", "agosto ago", "setembro set",
        "outubro out", "novembro nov", "dezembro dez",
    ),
}


def _build() -> dict[str, int]:
    months: dict[str, int] = {}
    for language, names in _BY_LANGUAGE.items():
        for number, words in enumerate(names, start=1):
            for word in words.split():
                key = fold(word)
                if months.setdefault(key, number) != number:
                    raise ValueError(f"{word!r} ({language}) already names month {months[key]}")
    return months


#: Folded month word -> month number (1-12).
MONTHS: dict[str, int] = _build()

#: English month names, for messages ("February 2025 has 28 days").
MONTH_NAMES_EN = tuple(words.split()[0].title() for words in _BY_LANGUAGE["English"])
