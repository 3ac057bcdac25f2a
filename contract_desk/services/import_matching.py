"""Which existing contract a spreadsheet row is about.

A row matches by reference: exactly first, then without regard to case and
extra spaces. A row without a matching reference matches by counterparty +
title + start date (again ignoring case and spacing), but never a contract that
carries a *different* reference: two contracts with different numbers are two
contracts, however alike. Several candidates are never guessed between: the
row is skipped and the candidates are named.

The index is read once per import and kept up to date as rows create and
change contracts, so later rows of the same file see what earlier rows did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.validation import to_date
from contract_desk.models import Contract, Party

NaturalKey = tuple[str, str, date]


@dataclass(frozen=True, slots=True)
class Match:
    """The contract a row is about (``uid``), or why none could be chosen (``ambiguity``)."""

    uid: str | None = None
    ambiguity: str | None = None


@dataclass(frozen=True, slots=True)
class _Keys:
    reference: str | None
    natural: NaturalKey | None


def fold(text: Any) -> str:
    """Text compared as a person reads it: no case, single spaces."""
    return " ".join(str(text or "").split()).casefold()


def _exact(text: Any) -> str | None:
    cleaned = str(text).strip() if text is not None else ""
    return cleaned or None


def _start(value: Any) -> date | None:
    try:
        return to_date(value)
    except ValueError:  # not a date: this row simply has no natural key
        return None


def _keys(reference: Any, title: Any, counterparty: Any, start: Any) -> _Keys:
    day = _start(start)
    natural = None
    if fold(title) and fold(counterparty) and day is not None:
        natural = (fold(counterparty), fold(title), day)
    return _Keys(_exact(reference), natural)


class ContractIndex:
    """References and natural keys of every contract in the register."""

    def __init__(self) -> None:
        self._keys: dict[str, _Keys] = {}
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._folded: dict[str, set[str]] = defaultdict(set)
        self._natural: dict[NaturalKey, set[str]] = defaultdict(set)

    @classmethod
    def load(cls, session: Session) -> ContractIndex:
        """The index of the register as ``session`` sees it."""
        index = cls()
        query = (select(Contract.uid, Contract.reference, Contract.title, Party.name,
                        Contract.start_date)
                 .outerjoin(Party, Contract.counterparty_id == Party.id))
        for uid, reference, title, counterparty, start in session.execute(query):
            index._add(uid, _keys(reference, title, counterparty, start))
        return index

    def _add(self, uid: str, keys: _Keys) -> None:
        self._keys[uid] = keys
        if keys.reference:
            self._exact[keys.reference].add(uid)
            self._folded[fold(keys.reference)].add(uid)
        if keys.natural:
            self._natural[keys.natural].add(uid)

    def _remove(self, uid: str) -> None:
        keys = self._keys.pop(uid, None)
        if keys is None:
            return
        if keys.reference:
            self._exact[keys.reference].discard(uid)
            self._folded[fold(keys.reference)].discard(uid)
        if keys.natural:
            self._natural[keys.natural].discard(uid)

    def remember(self, uid: str, values: Mapping[str, Any]) -> None:
        """Index (again) a contract as it is now stored, under ContractRow field names."""
        self._remove(uid)
        self._add(uid, _keys(values.get("reference"), values.get("title"),
                             values.get("counterparty"), values.get("start_date")))

    def match(self, fields: Mapping[str, Any]) -> Match:
        """The contract the row ``fields`` is about; Match() when it is a new one."""
        reference = _exact(fields.get("reference"))
        if reference:
            for found in (self._exact.get(reference), self._folded.get(fold(reference))):
                if found:
                    return self._one(found, f"the reference {reference!r}")
        natural = _keys(reference, fields.get("title"), fields.get("counterparty"),
                        fields.get("start_date")).natural
        if natural is None:
            return Match()
        found = {uid for uid in self._natural.get(natural, ())
                 if not (reference and self._keys[uid].reference)}
        return self._one(found, "the same counterparty, title and start date") if found else (
            Match())

    def _one(self, found: set[str], what: str) -> Match:
        if len(found) == 1:
            return Match(uid=next(iter(found)))
        return Match(ambiguity=f"{len(found)} contracts in the register have {what}; "
                               "give this row a reference that tells them apart")
