"""The words of a term cell and what each may mean: a number, a unit, "option"...

A cell is folded, split into words (hyphens and stray punctuation dropped;
Korean and Chinese runs such as "삼년" or "三年自动续约" cut into known pieces)
and matched phrase by phrase, longest first, against one lexicon built from the
shared tables (number words, ``UNIT_WORDS``, the renewal words of
``word_tables``) and the phrases of ``term_vocabulary``. A phrase may carry several readings
("an" is "one" in English and "year" in French); the reader settles which from
its neighbours. A phrase may not mean two different things of one kind: the
lexicon refuses to build otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.importers.values.duration_words import UNIT_WORDS
from contract_desk.importers.values.normalize import fold, has_cjk
from contract_desk.importers.values.number_words import (
    ARTICLES,
    BOUND_ONLY,
    CJK_NUMERALS,
    NUMBER_WORDS,
    cjk_number,
)
from contract_desk.importers.values.term_vocabulary import (
    COUNTS,
    EVERY,
    EXTRA_UNITS,
    LENGTHS,
    PHRASES,
    PLURAL_OPTIONS,
    SEPARATOR,
    SINGLE_OPTIONS,
    Kind,
)
from contract_desk.importers.values.words import RENEWAL_WORDS

__all__ = ["LEXICON", "Kind", "Token", "Use", "Word", "lex", "split_words"]


class Use(StrEnum):
    """Where a number word may stand (see ``number_words``)."""

    ANY = "any"
    ARTICLE = "article"  # a number before a unit, otherwise ignored
    BOUND = "bound"  # a number before a unit, otherwise not understood


@dataclass(frozen=True, slots=True)
class Word:
    """The readings of one phrase; unset fields are readings it does not have."""

    kind: Kind | None = None
    number: int | None = None
    use: Use | None = None
    unit: PeriodUnit | None = None
    period: Period | None = None  # of EVERY and LENGTH words
    count: int | None = None  # of COUNT words
    single: bool = False  # one option or extension: "an option", "extension"
    plural: bool = False  # several: "options", "opsjoner"


@dataclass(frozen=True, slots=True)
class Token:
    """A phrase of the cell with its readings; ``digits`` for numbers written in digits."""

    text: str
    word: Word
    digits: str | None = None

    @property
    def is_number(self) -> bool:
        """Whether the token can be a count ("12", "1,5", "twelve", "十二")."""
        return self.digits is not None or self.word.number is not None

    @property
    def count_text(self) -> str:
        """The number as digits, for ``parse_period``."""
        return self.digits if self.digits is not None else str(self.word.number)

    @property
    def kind(self) -> Kind | None:
        """The token's role when it is not a number or a unit."""
        return self.word.kind


# The values of ``word_tables.RENEWALS`` as the kinds of word they are here.
_RENEWAL_KINDS = {"automatic": Kind.AUTO, "option": Kind.OPTION, "none": Kind.NONE}

_ELISION_RE = re.compile(r"\b(?:[dl]|qu)['’]")
_SPACE_LIKE_RE = re.compile(r"[-_'’‐‑‒–—―−]")
_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)?|[^\W\d_]+|\S")
_IGNORED = frozenset(".\"!?`´‘“”«»…·•")


def split_words(text: str) -> list[str]:
    """The words and symbols of ``text``, folded; Korean and Chinese runs cut into pieces."""
    words: list[str] = []
    for word in _plain_words(text):
        words.extend(_segment(word) if has_cjk(word) else [word])
    return words


def _plain_words(text: str) -> list[str]:
    # "d'un an" is "un an"; "auto-renews" and "twenty-four" are two words each.
    text = _SPACE_LIKE_RE.sub(" ", _ELISION_RE.sub(" ", fold(text)))
    return [word for word in _TOKEN_RE.findall(text) if word not in _IGNORED]


def _merge(old: Word, new: Word) -> Word:
    changes: dict[str, Any] = {}  # values of fields of several types, read by name
    for field in fields(Word):
        mine, theirs = getattr(old, field.name), getattr(new, field.name)
        if theirs in (None, False) or mine == theirs:
            continue
        if mine not in (None, False):
            raise ValueError(f"two readings of one kind: {old} and {new}")
        changes[field.name] = theirs
    return replace(old, **changes)


def _entries() -> list[tuple[str, Word]]:
    entries = [(phrase, Word(number=number, use=_use(phrase)))
               for phrase, number in NUMBER_WORDS.items()]
    units = UNIT_WORDS | EXTRA_UNITS
    entries += [(phrase, Word(unit=unit)) for phrase, unit in units.items()]
    entries += [(phrase, Word(kind=_RENEWAL_KINDS[value]))
                for phrase, value in RENEWAL_WORDS.items()]
    for kind, languages in PHRASES.items():
        entries += [(phrase, Word(kind=kind)) for words in languages.values()
                    for phrase in words.split(SEPARATOR)]
    entries += [(phrase, Word(kind=Kind.OPTION, single=True))
                for phrase in SINGLE_OPTIONS.split(SEPARATOR)]
    entries += [(phrase, Word(kind=Kind.OPTION, plural=True))
                for phrase in PLURAL_OPTIONS.split(SEPARATOR)]
    for table, kind in ((EVERY, Kind.EVERY), (LENGTHS, Kind.LENGTH)):
        entries += [(phrase, Word(kind=kind, period=Period(*length)))
                    for length, words in table.items() for phrase in words.split(SEPARATOR)]
    entries += [(phrase, Word(kind=Kind.COUNT, count=count))
                for count, words in COUNTS.items() for phrase in words.split(SEPARATOR)]
    return entries


def _use(phrase: str) -> Use:
    return Use.ARTICLE if phrase in ARTICLES else Use.BOUND if phrase in BOUND_ONLY else Use.ANY


def _build() -> dict[tuple[str, ...], Word]:
    lexicon: dict[tuple[str, ...], Word] = {}
    for phrase, word in _entries():
        # Split as a cell is split, but not cutting CJK runs: the lexicon is what cuts them.
        key = tuple(_plain_words(phrase))
        lexicon[key] = _merge(lexicon[key], word) if key in lexicon else word
    return lexicon


#: Phrase (tuple of folded words) -> its readings.
LEXICON: dict[tuple[str, ...], Word] = _build()
_LONGEST_PHRASE = max(len(key) for key in LEXICON)
_CJK_WORDS = {key[0] for key in LEXICON if len(key) == 1 and has_cjk(key[0])}
_LONGEST_CJK_WORD = max(len(word) for word in _CJK_WORDS)


def _segment(run: str) -> list[str]:
    """"三年自动续约" -> ["三", "年", "自动续约"]: numerals before a unit, then known words."""
    pieces: list[str] = []
    unknown = ""
    at = 0
    while at < len(run):
        found = _numeral_and_unit(run, at) or _known_word(run, at)
        if found is None:
            unknown, at = unknown + run[at], at + 1
            continue
        pieces += [unknown] if unknown else []
        unknown = ""
        pieces += found
        at += sum(len(piece) for piece in found)
    return pieces + ([unknown] if unknown else [])


def _numeral_and_unit(run: str, at: int) -> list[str] | None:
    end = at
    while end < len(run) and run[end] in CJK_NUMERALS:
        end += 1
    # 삼십일 is "30 days" (삼십 + 일), not "31" with no unit: shorter numerals are tried too.
    for stop in range(end, at, -1):
        unit = _known_word(run, stop)
        if unit is not None and LEXICON[(unit[0],)].unit is not None:
            return [run[at:stop], *unit]
    return None


def _known_word(run: str, at: int) -> list[str] | None:
    for size in range(min(_LONGEST_CJK_WORD, len(run) - at), 0, -1):
        if run[at:at + size] in _CJK_WORDS:
            return [run[at:at + size]]
    return None


def lex(text: str) -> list[Token]:
    """The phrases of ``text`` with their readings, longest phrases first."""
    words = split_words(text)
    tokens: list[Token] = []
    at = 0
    while at < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - at), 1, -1):
            key = tuple(words[at:at + size])
            if key in LEXICON:
                tokens.append(Token(" ".join(key), LEXICON[key]))
                at += size
                break
        else:
            tokens.append(_single(words[at]))
            at += 1
    return tokens


def _single(word: str) -> Token:
    known = LEXICON.get((word,), Word())
    if word[0].isascii() and word[0].isdigit():
        number = Decimal(word.replace(",", "."))
        whole = int(number) if number == number.to_integral_value() else None
        return Token(word, replace(known, number=whole, use=Use.ANY), digits=word)
    numeral = cjk_number(word)
    if numeral is not None and known.number is None:
        known = replace(known, number=numeral, use=Use.BOUND)
    return Token(word, known)
