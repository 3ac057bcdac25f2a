"""Suggesting which contract field each column of a register holds.

Each header is matched against multilingual synonyms (``header_match``), the
column's sample values confirm or weaken each match (``column_evidence``), and
fields are then handed out most-confident first: a field goes to one column
only, and a column whose fields were all taken, or whose best match is below
``THRESHOLD``, gets None with a reason. The user confirms or changes the result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from contract_desk.i18n import _
from contract_desk.importers.map.by_values import suggest_from_values
from contract_desk.importers.map.evidence import ColumnProfile, column_kind, profile, weigh
from contract_desk.importers.map.header_match import Candidate, header_candidates, header_key
from contract_desk.importers.read.table import CellValue

#: Below this a match is shown as a hint in the reason but not suggested.
THRESHOLD = 0.65
_FINGERPRINT_VERSION = "v1"


@dataclass(frozen=True, slots=True)
class ColumnSuggestion:
    """The field suggested for one column (None: keep it in ``custom``), and why."""

    column: int
    header: str
    field: str | None
    confidence: float
    reason: str
    #: What the column's values are ("dates", "amounts", "ids", "text"...: ``column_kind``).
    kind: str = ""


def suggest_mapping(columns: Sequence[str], samples: Sequence[Sequence[CellValue]], *,
                    headerless: bool = False) -> list[ColumnSuggestion]:
    """One suggestion per column, in column order.

    ``samples`` are data rows (each a list of cells, as many as there are
    columns or fewer); they are read column by column as evidence. A
    ``headerless`` sheet's columns are named by their letters: only the values speak.
    """
    names = [""] * len(columns) if headerless else list(columns)  # letters say nothing
    profiles = [profile([row[i] if i < len(row) else None for row in samples], names[i])
                for i in range(len(columns))]
    candidates = [[weigh(c, profiles[i]) for c in header_candidates(header)]
                  for i, header in enumerate(names)]
    chosen = _assign(candidates)
    lonely = _lonely_schedule({c.field for c in chosen.values()})
    if lonely & {c.field for c in chosen.values()}:
        # An obligation needs a due date and one person responsible for it: without
        # them a due date column is what else it could be ("Delivery / Completion
        # Date" the end); an instalment's amount is never the contract's value.
        chosen = _assign([_fallback(found, lonely) for found in candidates])
    padded = [[row[i] if i < len(row) else None for row in samples] for i in range(len(columns))]
    named = [{c.field for c in found} for found in candidates]
    chosen = suggest_from_values(columns, profiles, list(zip(*padded, strict=True)) if padded
                                 else [], chosen, named, headerless=headerless)
    suggestions = [_suggestion(i, header, candidates[i], chosen, profiles[i])
                   for i, header in enumerate(columns)]
    if headerless:
        suggestions = [s if s.field else replace(
            s, reason=_("the sheet has no header, and its values ({kind}) do not say which field "
                        "the column holds").format(kind=_(s.kind))) for s in suggestions]
    return suggestions


_SCHEDULE = frozenset({"obligation_amount", "obligation_title", "obligation_due_date"})


def _fallback(found: list[Candidate], lonely: frozenset[str]) -> list[Candidate]:
    if not found or found[0].field not in lonely:
        return found
    if found[0].field != "obligation_due_date":
        return []
    return [c for c in found if c.field not in lonely]


def _lonely_schedule(taken: set[str]) -> frozenset[str]:
    """The schedule fields that can make no obligation with the fields ``taken``."""
    if "owner" not in taken:
        return _SCHEDULE
    return _SCHEDULE - {"obligation_due_date"} if "obligation_due_date" not in taken else (
        frozenset())


def _assign(candidates: list[list[Candidate]]) -> dict[int, Candidate]:
    ranked = sorted(((c.confidence, i, c) for i, found in enumerate(candidates)
                     for c in found if c.confidence >= THRESHOLD),
                    key=lambda item: (-item[0], item[1]))  # ties: the leftmost column
    chosen: dict[int, Candidate] = {}
    taken: set[str] = set()
    for _confidence, column, candidate in ranked:
        if column in chosen or candidate.field in taken:
            continue
        chosen[column] = candidate
        taken.add(candidate.field)
    return chosen


def _suggestion(column: int, header: str, candidates: list[Candidate],
                chosen: dict[int, Candidate], values: ColumnProfile) -> ColumnSuggestion:
    if column in chosen:
        pick = chosen[column]
        field, reason = pick.field, pick.reason
        if field == "value" and values.amounts_with_currency >= 0.5:
            field, reason = "value_with_currency", _("{reason}; the cells carry their "
                                                     "currency").format(reason=reason)
        return ColumnSuggestion(column, header, field, pick.confidence, reason,
                                column_kind(values))
    return ColumnSuggestion(column, header, None, 0.0, _why_not(candidates, chosen, values),
                            column_kind(values))


def _why_not(candidates: list[Candidate], chosen: dict[int, Candidate],
             values: ColumnProfile) -> str:
    if not candidates:
        hint = _value_hint(values)
        return _("no synonym or close match; {hint}").format(hint=hint) if hint else _(
            "no synonym or close match")
    best = max(candidates, key=lambda c: c.confidence)
    if best.confidence < THRESHOLD:
        return _("best match {field} at {confidence} is below {threshold} ({reason})").format(
            field=best.field, confidence=f"{best.confidence:.2f}", threshold=THRESHOLD,
            reason=best.reason)
    owner = next((c for c in chosen.values() if c.field == best.field), None)
    if owner is None:
        return _("looks like {field} ({reason}), but an obligation needs a due date and a "
                 "person responsible, and the sheet has no column for one of them").format(
            field=best.field, reason=best.reason)
    return _("also looks like {field} ({confidence}, {reason}), but another column fits it "
             "better ({other_confidence}, {other_reason})").format(
        field=best.field, confidence=f"{best.confidence:.2f}", reason=best.reason,
        other_confidence=f"{owner.confidence:.2f}", other_reason=owner.reason)


def _value_hint(values: ColumnProfile) -> str:
    if values.dates >= 0.6:
        return _("values look like dates")
    if values.whole_numbers >= 0.8:
        return _("values are whole numbers")
    if values.amounts >= 0.8:
        return _("values look like amounts")
    return ""


def layout_fingerprint(columns: Sequence[str]) -> str:
    """A stable hash of a sheet's headers, to remember a confirmed mapping by.

    Order-insensitive: the same headers in another order are the same layout,
    because a mapping is remembered header by header, not by position. Headers
    are compared by ``header_key`` ("Start-Dato" and "start dato" are one), and
    each header counts as often as it occurs. The version prefix changes if
    the normalisation ever does, so an old fingerprint never matches wrongly.
    """
    keys = sorted(header_key(column) for column in columns)
    digest = hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()
    return f"{_FINGERPRINT_VERSION}-{digest[:32]}"
