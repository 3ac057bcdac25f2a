"""Reading yes/no, renewal, status and direction words in the register languages.

A cell is folded (case, Latin accents, punctuation) and looked up whole in the
tables of ``word_tables``; a word that is not there is refused with the words
that would have been understood, never mapped to the nearest guess.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache

from contract_desk.domain.lifecycle import Direction, Lifecycle
from contract_desk.domain.terms import RenewalMode
from contract_desk.i18n import N_, _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values import word_tables
from contract_desk.importers.values.normalize import fold, simplified, spaced


@lru_cache(maxsize=4096)  # status and yes/no columns repeat a handful of words
def word_key(text: str) -> str:
    """How a cell's word is looked up: folded, punctuation as single spaces."""
    # Symbols such as ✓ or × are all punctuation; keep them rather than nothing.
    # Traditional Chinese is looked up as Simplified: one table serves both.
    plain = simplified(text)
    return spaced(plain) or fold(plain)


def build(table: word_tables.WordTable) -> dict[str, str]:
    """Folded word -> value; a word meaning two values is a ValueError at import time."""
    lookup: dict[str, str] = {}
    for value, languages in table.items():
        for language, words in languages.items():
            for word in words.split("|"):
                key = word_key(word)
                if lookup.setdefault(key, value) != value:
                    raise ValueError(f"{word!r} ({language}) means both "
                                     f"{lookup[key]!r} and {value!r}")
    return lookup


#: No status or renewal word is longer; a longer cell is a sentence, not one of them.
_LONGEST_WORDS = 60
BOOLEAN_WORDS = build(word_tables.BOOLEANS)
RENEWAL_WORDS = build(word_tables.RENEWALS)
STATUS_WORDS = build(word_tables.STATUSES)
DIRECTION_WORDS = build(word_tables.DIRECTIONS)


@cache
def program_status_words() -> dict[str, str]:
    """``STATUS_WORDS`` and the words the program shows for each status, in every language
    it ships ("Aktiv", "生效中"); worked out when a status is first read."""
    from contract_desk.importers.values.program_words import with_program_words

    return with_program_words("status", STATUS_WORDS)


@cache
def program_renewal_words() -> dict[str, str]:
    """``RENEWAL_WORDS`` and the export's renewal words in every shipped language."""
    from contract_desk.importers.values.program_words import with_program_words

    return with_program_words("renewal", RENEWAL_WORDS)


def parse_bool(value: CellValue) -> bool:
    """Yes or no from yes/no, ja/nei/nej, oui/non, sí/no, 예/아니오, 是/否, true/false, 1/0, x."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return value == 1
    if isinstance(value, Decimal) and value.is_finite() and value in (0, 1):
        return value == 1  # a signalling NaN may not even be compared
    word = _lookup(value, BOOLEAN_WORDS, N_("{value} is not yes or no"))
    return word == "true"


def parse_renewal(value: CellValue) -> str:
    """The renewal mode ("automatic", "option", "none") a renewal cell states.

    "Yes" is refused: it does not say whether the contract renews by itself or
    only when someone takes up an option.
    """
    renewals = program_renewal_words()
    key = word_key(value) if isinstance(value, str) and len(value) <= _LONGEST_WORDS else None
    if key in BOOLEAN_WORDS and key not in renewals:
        raise ValueParseError(_("{value} does not say how the contract renews: "
                                "write automatic (tacit), option or none").format(
            value=repr(value)))
    return RenewalMode(_lookup(value, renewals,
                               N_("{value} is not a renewal (automatic, option or none)"))).value


#: Header words that say a contract renews by itself ("Auto-Renew?", "자동갱신").
_BY_ITSELF = ("auto", "automat", "tacit", "stillschweig", "evergreen", "자동", "自动", "自動")


def renews_by_itself(header: str) -> bool:
    """Whether a renewal column's header says the renewal is automatic (tacit)."""
    folded = fold(header)
    return any(word in folded for word in _BY_ITSELF)


def parse_renewal_answer(value: CellValue, yes: str) -> str:
    """A renewal cell that may also answer yes or no: yes means ``yes``, no means none.

    For a column whose header asks the question ("Auto-Renew?", "Renewable"):
    the header says which renewal a "yes" is (see ``renews_by_itself``).
    """
    try:
        return parse_renewal(value)
    except ValueParseError as refused:
        try:
            answer = parse_bool(value)
        except ValueParseError:
            raise refused from None
    return yes if answer else RenewalMode.NONE.value


def parse_status(value: CellValue) -> str:
    """The lifecycle state (``Lifecycle`` value) a status cell states."""
    return Lifecycle(_lookup(value, program_status_words(),
                             N_("{value} is not a status (active, expired, terminated...)"))).value


def parse_direction(value: CellValue) -> str:
    """Whether we buy, sell or neither (``Direction`` value), from the cell's word."""
    return Direction(_lookup(value, DIRECTION_WORDS, N_("{value} is not buy, sell or other"))).value


def _lookup(value: CellValue, words: dict[str, str], refusal: str) -> str:
    """The stored word ``value`` means in ``words``; ``refusal`` (marked, ``{value}``) if none."""
    if not isinstance(value, str) or len(value) > _LONGEST_WORDS:
        raise ValueParseError(_(refusal).format(value=repr(value)))
    key = word_key(value)
    if key in words:
        return words[key]
    if key.replace(" ", "_") in set(words.values()):
        return key.replace(" ", "_")  # the stored value itself: "in_review"
    raise ValueParseError(_(refusal).format(value=repr(value)))
