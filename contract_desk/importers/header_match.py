"""Which fields a column header could mean, each with a confidence and a reason.

Headers and synonyms are compared as keys: folded (case, Latin accents) and
stripped of everything but letters and digits, so "Start-Dato", "start dato"
and "STARTDATO" are one key; "#" and "°" read as "no" ("Contract #" is
"contract no"). In order of confidence a header matches a synonym exactly,
exactly once a trailing "(NOK)" or "(dd.mm.yyyy)" is set aside, by containing
it as whole words ("Successful Supplier" holds "supplier"; Korean, Chinese and
Japanese by characters), or fuzzily (rapidfuzz ratio >= 85: a typo).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from contract_desk.importers.normalize import compact, has_cjk, spaced
from contract_desk.importers.synonyms import LOOSE_SYNONYMS, SYNONYMS

EXACT, EXACT_TRIMMED, LOOSE_EXACT, LOOSE_TRIMMED = 0.95, 0.9, 0.7, 0.65
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
    return compact(_readable(header))


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


#: Header key -> the synonym it is (strong synonyms win: they are added first).
INDEX: dict[str, Synonym] = _build()
_KEYS = list(INDEX)
_STRONG = [(key, s, spaced(s.written)) for key, s in INDEX.items()
           if s.strong and len(key) >= (2 if has_cjk(key) else 3)]


def header_candidates(header: str) -> list[Candidate]:
    """Every field ``header`` could mean, the most confident first, at most one per field."""
    found: dict[str, Candidate] = {}
    for candidate in (*_exact(header), *_contained(header), *_fuzzy(header)):
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
            kind = "synonym" if synonym.strong else "loose synonym"
            matches.append(Candidate(synonym.field, score,
                                     f"{kind} {text.strip()!r} ({synonym.language})"))
    return matches


def _contained(header: str) -> list[Candidate]:
    key = header_key(header)
    words = f" {spaced(_readable(header))} "
    matches = []
    for synonym_key, synonym, synonym_words in _STRONG:
        if synonym_key == key or synonym_key not in key:
            continue
        if not has_cjk(synonym_key) and f" {synonym_words} " not in words:
            continue  # Latin words must match whole: "ende" is not in "Tender"
        coverage = len(synonym_key) / len(key)
        matches.append(Candidate(synonym.field, round(0.55 + 0.35 * coverage, 2),
                                 f"contains {synonym.written!r} ({synonym.language})"))
    return matches


def _fuzzy(header: str) -> list[Candidate]:
    key = header_key(header)
    if len(key) < 5:
        return []  # short headers are too close to everything to judge by spelling
    best = process.extractOne(key, _KEYS, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    if best is None or best[1] >= 100:
        return []
    synonym = INDEX[best[0]]
    weight = EXACT if synonym.strong else LOOSE_EXACT
    score = round(best[1] / 100, 2)
    return [Candidate(synonym.field, round(weight * score, 2),
                      f"fuzzy {score:.2f} to {synonym.written!r}")]
