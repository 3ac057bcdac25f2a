"""Which existing contract a spreadsheet row is about.

A row matches by reference: exactly first, then without regard to case and
extra spaces. A row without a matching reference matches by counterparty +
title + start date (again ignoring case and spacing), but never a contract that
carries a *different* reference: two contracts with different numbers are two
contracts, however alike. Several candidates are never guessed between: the
row is skipped and the candidates are named.

A row with neither a reference nor counterparty + title + start date (many
public registers have no contract number column) is matched by everything it
does have: counterparty, title, department, signed/start/end dates and value.
That is what makes re-importing such a file change nothing; two rows equal in
all of these are taken as one contract (the second is reported unchanged).

A reference that several rows of the same file carry does not name one
contract there (a "STANDING OFFER" purchase order, a document number repeated
once per supplier). Such rows are matched by the reference together with all
their other values (as above), so each becomes its own contract and a
re-import finds each again. The same holds for rows without a reference that
share counterparty + title + start date (lots of one tender, signed the same
day with one supplier): they are matched by all their values.

The index is read once per import and kept up to date as rows create and
change contracts, so later rows of the same file see what earlier rows did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.validation import to_date
from contract_desk.i18n import _
from contract_desk.models import Contract, Party
from contract_desk.services.register.driver_records import column_rows

NaturalKey = tuple[str, str, date]


@dataclass(frozen=True, slots=True)
class Match:
    """The contract a row is about (``uid``), or why none could be chosen (``ambiguity``)."""

    uid: str | None = None
    ambiguity: str | None = None


FullKey = tuple[Any, ...]
LooseKey = tuple[Any, ...]
LOOSE_FIELDS = ("counterparty", "title", "department", "signed_on", "start_date", "end_date",
                "value")  # and the custom fields


@dataclass(frozen=True, slots=True)
class _Keys:
    reference: str | None
    natural: NaturalKey | None


def fold(text: Any) -> str:
    """Text compared as a person reads it: no case, single spaces."""
    return " ".join(str(text or "").split()).casefold()


def exact_reference(text: Any) -> str | None:
    """A reference as written (outer spaces aside), or None when there is none."""
    cleaned = str(text).strip() if text is not None else ""
    return cleaned or None


def _start(value: Any) -> date | None:
    try:
        return to_date(value)
    except ValueError:  # not a date: this row simply has no natural key
        return None


def _keys(reference: Any, title: Any, counterparty: Any, start: Any,
          parties: dict[str, str] | None = None) -> _Keys:
    """``parties``: folded counterparty names, each kept once (many contracts share one)."""
    day = _start(start)
    natural = None
    if day is not None:
        folded_title, folded_party = fold(title), fold(counterparty)
        if parties is not None:
            folded_party = parties.setdefault(folded_party, folded_party)
        if folded_title and folded_party:
            natural = (folded_party, folded_title, day)
    return _Keys(exact_reference(reference), natural)


def loose_key(values: Mapping[str, Any],
              ignore: frozenset[str] = frozenset()) -> LooseKey | None:
    """Everything that identifies a contract without a reference; None without a title.

    ``ignore``: custom fields (folded names) left out, such as an obligation's cells
    kept with the contract when the obligation could not be stored.
    """
    if not fold(values.get("title")):
        return None
    key: list[Any] = []
    for name in LOOSE_FIELDS:
        value = values.get(name)
        if name in {"signed_on", "start_date", "end_date"}:
            key.append(_start(value))
        elif name == "value":
            key.append(None if value in (None, "") else str(Decimal(str(value)).normalize()))
        else:
            key.append(fold(value))
    # Without a reference the unmapped columns are part of what tells rows apart.
    custom = values.get("custom") or {}
    key.append(tuple(sorted((fold(k), fold(v)) for k, v in custom.items()
                            if fold(k) not in ignore)))
    return tuple(key)


class _Uids:
    """Key -> the uids of the contracts under it, like a ``defaultdict(set)``.

    Nearly every key names one contract: it is kept as its uid alone, a set
    only once a second contract shares the key (a set of one uid takes 216
    bytes; at 100,000 contracts and three keys each, 65 MB).
    """

    __slots__ = ("_by",)

    def __init__(self) -> None:
        self._by: dict[Any, str | set[str]] = {}

    def add(self, key: Any, uid: str) -> None:
        held = self._by.get(key)
        if held is None:
            self._by[key] = uid
        elif isinstance(held, str):
            if held != uid:
                self._by[key] = {held, uid}
        else:
            held.add(uid)

    def discard(self, key: Any, uid: str) -> None:
        held = self._by.get(key)
        if isinstance(held, str):
            if held == uid:
                del self._by[key]
        elif held is not None:
            held.discard(uid)

    def get(self, key: Any) -> set[str]:
        """The uids under ``key`` (a new set: empty when none)."""
        held = self._by.get(key)
        if held is None:
            return set()
        return {held} if isinstance(held, str) else set(held)


class ContractIndex:
    """References and natural keys of every contract in the register."""

    def __init__(self, ignore_custom: frozenset[str] = frozenset()) -> None:
        #: Custom fields left out of the keys (see ``loose_key``).
        self._ignore = ignore_custom
        self._keys: dict[str, _Keys] = {}
        self._exact, self._folded, self._natural = _Uids(), _Uids(), _Uids()
        self._full, self._loose = _Uids(), _Uids()
        self._loose_of: dict[str, LooseKey] = {}
        self._full_of: dict[str, FullKey] = {}
        #: uid -> values whose loose and full keys are not indexed yet: most files
        #: match by reference alone, so those keys are worked out only when a row
        #: needs them (a reference-less row, or a reference shared by several rows).
        self._unindexed: dict[str, Mapping[str, Any]] = {}
        #: Folded counterparty names of the natural keys, each kept once.
        self._parties: dict[str, str] = {}

    @classmethod
    def load(cls, session: Session, ignore_custom: Iterable[str] = ()) -> ContractIndex:
        """The index of the register as ``session`` sees it.

        ``ignore_custom``: names of custom fields that do not tell contracts apart.
        """
        index = cls(frozenset(fold(name) for name in ignore_custom))
        query = (select(Contract.uid, Contract.reference, Contract.title, Party.name,
                        Contract.start_date, Contract.department, Contract.signed_on,
                        Contract.end_date, Contract.value, Contract.custom)
                 .outerjoin(Party, Contract.counterparty_id == Party.id))
        for uid, reference, title, counterparty, start, *rest in column_rows(session, query):
            index._add(uid, _keys(reference, title, counterparty, start, index._parties))
            values = dict(zip(("department", "signed_on", "end_date", "value", "custom"), rest,
                              strict=True))
            index._unindexed[uid] = {**values, "title": title, "counterparty": counterparty,
                                     "start_date": start, "reference": reference}
        return index

    def _index_loose(self) -> None:
        for uid, values in self._unindexed.items():
            self._add_loose(uid, values)
        self._unindexed.clear()

    def _add_loose(self, uid: str, values: Mapping[str, Any]) -> None:
        key = loose_key(values, self._ignore)
        if key is None:
            return
        self._loose.add(key, uid)
        self._loose_of[uid] = key
        reference = exact_reference(values.get("reference"))
        if reference:
            full = (fold(reference), *key)
            self._full.add(full, uid)
            self._full_of[uid] = full

    def _add(self, uid: str, keys: _Keys) -> None:
        self._keys[uid] = keys
        if keys.reference:
            self._exact.add(keys.reference, uid)
            self._folded.add(fold(keys.reference), uid)
        if keys.natural:
            self._natural.add(keys.natural, uid)

    def _remove(self, uid: str) -> None:
        keys = self._keys.pop(uid, None)
        if keys is None:
            return
        if keys.reference:
            self._exact.discard(keys.reference, uid)
            self._folded.discard(fold(keys.reference), uid)
        if keys.natural:
            self._natural.discard(keys.natural, uid)

    def remember(self, uid: str, values: Mapping[str, Any]) -> None:
        """Index (again) a contract as it is now stored, under ContractRow field names."""
        self._remove(uid)
        self._unindexed.pop(uid, None)
        old = self._loose_of.pop(uid, None)
        if old is not None:
            self._loose.discard(old, uid)
        old_full = self._full_of.pop(uid, None)
        if old_full is not None:
            self._full.discard(old_full, uid)
        self._unindexed[uid] = values
        self._add(uid, _keys(values.get("reference"), values.get("title"),
                             values.get("counterparty"), values.get("start_date"),
                             self._parties))

    def match(self, fields: Mapping[str, Any], *, shared_reference: bool = False) -> Match:
        """The contract the row ``fields`` is about; Match() when it is a new one.

        ``shared_reference``: other rows of the same file carry this reference (or,
        without one, this counterparty + title + start date) too, so it is matched
        only together with all the row's other values.
        """
        reference = exact_reference(fields.get("reference"))
        found: set[str] | None
        if shared_reference and not reference:
            self._index_loose()
            loose = loose_key(fields, self._ignore)
            found = self._loose.get(loose) if loose else set()
            return self._one(found, _("the same title, counterparty, dates and value")) \
                if found else Match()
        if reference and shared_reference:
            self._index_loose()
            loose = loose_key(fields, self._ignore)
            found = self._full.get((fold(reference), *loose)) if loose else set()
            return self._one(found, _("the same reference and the same other values")) \
                if found else Match()
        if reference:
            found = self._exact.get(reference) or self._folded.get(fold(reference))
            if found:
                return self._one(found, _("the reference {reference}").format(
                    reference=repr(reference)))
        natural = _keys(reference, fields.get("title"), fields.get("counterparty"),
                        fields.get("start_date")).natural
        if natural is None:
            if not reference:
                self._index_loose()
            loose = None if reference else loose_key(fields, self._ignore)
            found = self._loose.get(loose) if loose else set()
            return self._one(found, _("the same title, counterparty, dates and value")) \
                if found else Match()
        found = {uid for uid in self._natural.get(natural)
                 if not (reference and self._keys[uid].reference)}
        return self._one(found, _("the same counterparty, title and start date")) if found else (
            Match())

    def _one(self, found: set[str], what: str) -> Match:
        if len(found) == 1:
            return Match(uid=next(iter(found)))
        return Match(ambiguity=_("{count} contracts in the register have {what}; give this row "
                                 "a reference that tells them apart").format(
                                     count=len(found), what=what))


FileKey = str | NaturalKey


def file_key(fields: Mapping[str, Any]) -> FileKey | None:
    """What names a row's contract within its file: its reference, else its natural key."""
    reference = exact_reference(fields.get("reference"))
    if reference:
        return reference
    return _keys(None, fields.get("title"), fields.get("counterparty"),
                 fields.get("start_date")).natural


def shared_references(rows: Iterable[Mapping[str, Any]]) -> set[FileKey]:
    """File keys (see ``file_key``) that more than one row of a file carries."""
    seen: dict[FileKey, int] = defaultdict(int)
    for fields in rows:
        key = file_key(fields)
        if key is not None:
            seen[key] += 1
    return {key for key, count in seen.items() if count > 1}
