"""Which fields a column header could mean, each with a confidence and a reason.

Headers and synonyms are compared as keys: folded (case, Latin accents) and
stripped of everything but letters and digits, so "Start-Dato", "start dato"
and "STARTDATO" are one key; "#" and "°" read as "no" ("Contract #" is
"contract no"). In order of confidence a header matches a synonym exactly,
exactly once a trailing "(NOK)" or "(dd.mm.yyyy)" is set aside, with the same
words in another order or spelling ("Date Effective", ``dt_assinatura``: see
``header_words``), by containing its words ("Successful Supplier" holds
"supplier", ``dt_inicio_vigencia`` holds "início da vigência"; Korean, Chinese
and Japanese by characters), or fuzzily (rapidfuzz ratio >= 85: a typo).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from contract_desk.i18n import N_, _
from contract_desk.importers.map.synonyms import LOOSE_SYNONYMS, SYNONYMS
from contract_desk.importers.values.header_words import OTHER_THING, header_tokens, word_set
from contract_desk.importers.values.normalize import compact, has_cjk, simplified, spaced

EXACT, EXACT_TRIMMED, LOOSE_EXACT, LOOSE_TRIMMED = 0.95, 0.9, 0.7, 0.65
SAME_WORDS, LOOSE_SAME_WORDS = 0.88, 0.68
#: A shared notion ("<date>") weighs as much as a short word in a header's coverage.
_TOKEN_WEIGHT = 4
_FUZZY_CUTOFF = 85
_PARENTHESES_RE = re.compile(r"[(\[（【].*?[)\]）】]")


@dataclass(frozen=True, slots=True)
class Synonym:
    """One header a field goes by, as written in the tables."""

    field: str
    language: str
    written: str
    strong: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """A field a header could mean, how sure we are, and why."""

    field: str
    confidence: float
    reason: str


def header_key(header: str) -> str:
    """The key a header is compared by ("Contract #" -> "contractno")."""
    return compact(_readable(simplified(header)))


def _readable(header: str) -> str:
    return header.replace("#", " no ").replace("°", "o").replace("º", "o")


def _build() -> dict[str, Synonym]:
    index: dict[str, Synonym] = {}
    for tables, strong in ((SYNONYMS, True), (LOOSE_SYNONYMS, False)):
        for field, languages in tables.items():
            for language, words in languages.items():
                for word in words.split("|"):
                    _add(index, header_key(word), Synonym(field, language, word, strong))
    return index


def _add(index: dict[str, Synonym], key: str, synonym: Synonym) -> None:
    known = index.setdefault(key, synonym)
    if known.field != synonym.field:
        raise ValueError(f"the header {synonym.written!r} ({synonym.language}) would mean both "
                         f"{known.field} and {synonym.field}")


def _build_words(index: dict[str, Synonym]) -> dict[frozenset[str], Synonym]:
    """Word set -> synonym; a set two fields share means neither (strong beats loose)."""
    words_index: dict[frozenset[str], Synonym] = {}
    shared: set[frozenset[str]] = set()
    for synonym in index.values():  # strong synonyms come first
        words = word_set(synonym.written)
        known = words_index.setdefault(words, synonym) if words else synonym
        if known.field != synonym.field and known.strong == synonym.strong:
            shared.add(words)
    for words in shared:
        del words_index[words]
    return words_index


#: Header key -> the synonym it is (strong synonyms win: they are added first).
INDEX: dict[str, Synonym] = _build()
_KEYS = list(INDEX)
#: Word set -> the synonym whose words they are ("effective date" and "date effective").
WORDS: dict[frozenset[str], Synonym] = _build_words(INDEX)
_STRONG_CJK = [(key, s) for key, s in INDEX.items() if s.strong and has_cjk(key)
               and len(key) >= 2]
#: Synonyms a longer header may contain: strong ones, and loose ones of several words.
_CONTAINABLE = [(words, s) for words, s in WORDS.items()
                if (s.strong and (len(words) > 1 or len(header_key(s.written)) >= 3))
                or (not s.strong and len(words) > 1)]
#: Every word some synonym is written with: a header made of them is no typo.
_VOCABULARY = frozenset(word for s in INDEX.values() for word in spaced(s.written).split())


def header_candidates(header: str) -> list[Candidate]:
    """Every field ``header`` could mean, the most confident first, at most one per field."""
    found: dict[str, Candidate] = {}
    for candidate in (*_exact(header), *_same_words(header), *_contained(header),
                      *_fuzzy(header)):
        best = found.get(candidate.field)
        if best is None or candidate.confidence > best.confidence:
            found[candidate.field] = candidate
    return sorted(found.values(), key=lambda c: -c.confidence)


def _exact(header: str) -> list[Candidate]:
    matches = []
    trimmed = _PARENTHESES_RE.sub(" ", header)
    for text, strong_score, loose_score in ((header, EXACT, LOOSE_EXACT),
                                            (trimmed, EXACT_TRIMMED, LOOSE_TRIMMED)):
        synonym = INDEX.get(header_key(text))
        if synonym is not None:
            score = strong_score if synonym.strong else loose_score
            said = _("synonym {words} ({language})") if synonym.strong else _(
                "loose synonym {words} ({language})")
            matches.append(Candidate(synonym.field, score, said.format(
                words=repr(text.strip()), language=language_name(synonym.language))))
    return matches


def _same_words(header: str) -> list[Candidate]:
    matches = []
    for text in (header, _PARENTHESES_RE.sub(" ", header)):
        synonym = WORDS.get(word_set(text))
        if synonym is None or header_key(synonym.written) == header_key(text):
            continue  # no match, or an exact one (already found)
        score = SAME_WORDS if synonym.strong else LOOSE_SAME_WORDS
        said = _("the words of {words} ({language})").format(
            words=repr(synonym.written), language=language_name(synonym.language))
        matches.append(Candidate(synonym.field, score, said))
    return matches


def _contained(header: str) -> list[Candidate]:
    if has_cjk(header):
        return _contained_characters(header)
    tokens = header_tokens(header)
    words = frozenset(token for token, _word in tokens)
    if words & OTHER_THING:
        return []  # "Buyer Phone Number" holds "buyer" but is about a phone
    size = _weight(words)
    matches = []
    for synonym_words, synonym in _CONTAINABLE:
        if synonym_words < words:  # whole words only: "ende" is not in "Tender"
            coverage = _weight(synonym_words) / size
            if not synonym.strong:  # "Tender Package No" holds "tender no": a weak hint
                matches.append(Candidate(synonym.field, round(0.5 + 0.3 * coverage, 2),
                                         _("contains {own} as {words} ({language})").format(
                    own=repr(_own(tokens, synonym_words)), words=repr(synonym.written),
                    language=language_name(synonym.language))))
                continue
            own = _own(tokens, synonym_words)
            named = INDEX.get(header_key(own))
            if named is not None and named.field == synonym.field:
                synonym = named  # the header's own word is a synonym: name that one
            said = _("contains {own} ({language})") if header_key(own) == header_key(
                synonym.written) else _("contains {own} as {words} ({language})")
            matches.append(Candidate(synonym.field, round(0.55 + 0.35 * coverage, 2),
                                     said.format(own=repr(own), words=repr(synonym.written),
                                                 language=language_name(synonym.language))))
    return matches


def _own(tokens: tuple[tuple[str, str], ...], words: frozenset[str]) -> str:
    """The header's own words that make up ``words``, as written (folded)."""
    return " ".join(word for token, word in tokens if token in words)


def _weight(words: frozenset[str]) -> int:
    return sum(_TOKEN_WEIGHT if word.startswith("<") else len(word) for word in words)


def _contained_characters(header: str) -> list[Candidate]:
    # Korean, Chinese and Japanese write compounds without spaces: 合同开始日期(预计).
    key = header_key(header)
    return [Candidate(synonym.field, round(0.55 + 0.35 * len(synonym_key) / len(key), 2),
                      _("contains {own} ({language})").format(
                          own=repr(synonym.written), language=language_name(synonym.language)))
            for synonym_key, synonym in _STRONG_CJK
            if synonym_key != key and synonym_key in key]


def _fuzzy(header: str) -> list[Candidate]:
    key = header_key(header)
    if len(key) < 5:
        return []  # short headers are too close to everything to judge by spelling
    best = process.extractOne(key, _KEYS, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    if best is None or best[1] >= 100:
        return []
    synonym = INDEX[best[0]]
    if not _a_typo_of(header, synonym.written):
        return []
    weight = EXACT if synonym.strong else LOOSE_EXACT
    score = round(best[1] / 100, 2)
    return [Candidate(synonym.field, round(weight * score, 2),
                      _("fuzzy {score} to {words}").format(score=f"{score:.2f}",
                                                            words=repr(synonym.written)))]


def _a_typo_of(header: str, written: str) -> bool:
    """Whether ``header`` differs from ``written`` as a typo does, not by a word.

    "ano_contrato" is close to "no contrato" in spelling but says "year"; a typo
    keeps the first letter and the number of words.
    """
    ours, theirs = spaced(_readable(header)).split(), spaced(_readable(written)).split()
    if all(word in _VOCABULARY for word in ours):
        return False  # "Contact Name" is two real words, not "Contract Name" mistyped
    return len(ours) == len(theirs) and header_key(header)[:1] == header_key(written)[:1]


#: The languages a synonym is listed under, as a person reads them in a reason.
_LANGUAGE_NAMES = {
    "CJK": N_("CJK"), "Chinese": N_("Chinese"), "Danish": N_("Danish"),
    "English": N_("English"), "French": N_("French"),
    "French/Spanish/Portuguese": N_("French/Spanish/Portuguese"), "German": N_("German"),
    "Japanese": N_("Japanese"), "Korean": N_("Korean"), "Norwegian": N_("Norwegian"),
    "Portuguese": N_("Portuguese"), "Scandinavian": N_("Scandinavian"), "Spanish": N_("Spanish"),
    "Swedish": N_("Swedish"),
}


def language_name(language: str) -> str:
    """The name of a synonym's language in the language in use ("Norwegian", "노르웨이어")."""
    name = _LANGUAGE_NAMES.get(language)
    return _(name) if name is not None else language
