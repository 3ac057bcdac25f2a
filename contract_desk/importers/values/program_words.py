"""The words the program itself writes for a value, read back in every language it ships.

A status column copied from the register's table, a renewal column of an export
made on a Norwegian desk, an obligations sheet typed with the words the window
offers: each holds the program's own words for its values, in the language of
whoever wrote it. The importer understands them all, as it does the export's
headers: the words come from the catalogs (``every_language``), so a language
added there is read back without a line of code here.

A program word that would mean two values (in one language or across two, or a
hand-written word of ``word_tables`` meaning another value) is left out rather
than guessed; :func:`ambiguous_words` names them, and a test keeps the list empty.
"""

from __future__ import annotations

from collections.abc import Mapping

from contract_desk.domain.lifecycle import STATUS_WORDS, Lifecycle
from contract_desk.exporters.words import NOTICE_TO, OBLIGATION_KINDS, OBLIGATION_STATES, RENEWALS
from contract_desk.i18n.every_language import in_every_language

#: Which value each program word names, by what a column holds.
SOURCES: dict[str, Mapping[str, str]] = {
    # "upcoming" is shown, never stored: it is an approved or active contract not yet begun.
    "status": {value: source for value, source in STATUS_WORDS.items()
               if value in set(Lifecycle)},
    "renewal": RENEWALS,
    "obligation_kind": OBLIGATION_KINDS,
    "obligation_state": OBLIGATION_STATES,
    "notice_to": NOTICE_TO,
}


def _words(sources: Mapping[str, str]) -> dict[str, set[str]]:
    """Word (as written in some language) -> the values it names."""
    from contract_desk.importers.values.words import word_key

    named: dict[str, set[str]] = {}
    for value, source in sources.items():
        for word in in_every_language(source).values():
            named.setdefault(word_key(word), set()).add(value)
    return named


def _merged(kind: str, hand: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    lookup = dict(hand)
    left_out = []
    for key, values in sorted(_words(SOURCES[kind]).items()):
        value = next(iter(values))
        if len(values) > 1 or lookup.get(key, value) != value:
            left_out.append(key)
            continue
        lookup[key] = value
    return lookup, left_out


def with_program_words(kind: str, hand: Mapping[str, str]) -> dict[str, str]:
    """``hand`` (folded word -> value) and the program's own words for ``kind``'s values
    ("status", "renewal", "obligation_kind", "obligation_state",
    "notice_to") in every shipped language.

    Reading every catalog takes a fifth of a second: call it once and keep the result.
    """
    return _merged(kind, hand)[0]


def ambiguous_words(kind: str, hand: Mapping[str, str]) -> list[str]:
    """The program words of ``kind`` left out because they would mean two values."""
    return _merged(kind, hand)[1]


__all__ = ["SOURCES", "ambiguous_words", "with_program_words"]
