"""New contracts of an import, checked row by row and written in chunks.

Creating a contract through the ORM costs a unit-of-work flush for the row and
another for its audit event; for a 100,000-row register that is most of the
import. Here each new contract is validated exactly as ``create_contract``
validates it (same cleaning, same length checks, same counterparty lookup),
its row and its "create" audit event are kept as plain dicts, and both are
inserted with Core every ``CHUNK`` rows. A new counterparty is inserted the
first time a row names it. The caller's transaction still makes the whole
import all or nothing.

Rehearsed (``rehearse=True``, see ``rehearsal``), nothing is written:
the rows, their events and the new counterparties are only kept, a new
counterparty under a provisional (negative) id, for a short write to store
later.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.json_values import json_value
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import PERIOD_FIELDS, ValidationError, clean_fields
from contract_desk.models import AuditEvent, Contract, Party, new_uid, utcnow
from contract_desk.services.importing.results import NewValues, PackedValues
from contract_desk.services.register.contracts import _problems
from contract_desk.services.register.fast_insert import insert_one, insert_rows
from contract_desk.services.register.holiday_default import register_holidays
from contract_desk.services.register.limits import too_long
from contract_desk.services.register.parties import find_party, index_party

#: New contracts written at a time: few enough that their dicts (2 kB a contract, with
#: their audit events) add little to what a big import holds until its end.
CHUNK = 500
#: Text fields whose few values recur on most rows of a register: each value kept once.
_RECURRING = frozenset({"currency", "status", "renewal", "direction", "contract_type",
                        "department", "owner", "holiday_country"})
#: Values a new contract's audit event leaves out: nothing was set.
_NOTHING: tuple[Any, ...] = (None, "", [], {})
#: Column values of a new contract that its fields do not set.
_DEFAULTS: dict[str, Any] = {
    "reference": None, "title": "", "scope": None, "counterparty_id": None,
    "contract_type": None, "direction": None, "department": None, "project": None,
    "owner": None, "tags": [], "status": "active", "signed_on": None, "start_date": None,
    "end_date": None, "renewal": "none", "max_renewals": None, "final_end_date": None,
    "notice_buffer_days": 0, "notice_given_on": None, "notice_to": None,
    "holiday_country": None, "postal_days": 0, "value": None, "currency": None,
    "payment_terms": None, "confidential_until": None, "notes": None, "custom": {},
    "reminder_offsets": None, "import_batch_id": None, "source_sheet": None,
    "source_row": None, "version_id": 1,
    **{f"{name}_{part}": None for name in PERIOD_FIELDS for part in ("count", "unit")},
}


class PackedRows:
    """Rows of one table kept as tuples of values, their column names shared.

    A rehearsed import keeps every new contract's row until it is stored: as a
    dict of its 44 columns, 1.6 kB a row before its values; as a tuple, 0.4 kB;
    without the columns that hold their ``defaults`` (most of a new contract's
    columns), half that. ``dicts`` makes the rows of a stretch into dicts again,
    as they were added (the same keys, in the same order, the same values).
    """

    __slots__ = ("_columns", "_defaults", "_rows")

    def __init__(self, defaults: Mapping[str, Any] | None = None) -> None:
        self._columns: dict[tuple[str, ...], tuple[str, ...]] = {}
        #: Each row as one tuple: its (shared) column names, then its values.
        self._rows: list[tuple[Any, ...]] = []
        #: Column -> the value most rows hold in it: left out of a row that holds it.
        self._defaults = dict(defaults or {})

    def append(self, row: Mapping[str, Any]) -> None:
        """Keep ``row`` (its values as they are now)."""
        defaults = self._defaults
        if defaults and list(row)[:len(defaults)] == list(defaults):
            # Left out only when the row has every default column first, in order, and
            # holds the very default (or one of its type equal to it): ``dicts``
            # puts them back where they were.
            kept = {name: value for name, value in row.items()
                    if not _is_default(defaults, name, value)}
            columns = ("", *kept)  # "" first: the defaults come back before these
            values = tuple(kept.values())
        else:
            columns, values = tuple(row), tuple(row.values())
        self._rows.append((self._columns.setdefault(columns, columns), *values))

    def __len__(self) -> int:
        return len(self._rows)

    def dicts(self, start: int = 0, stop: int | None = None) -> list[dict[str, Any]]:
        """Rows ``start`` to ``stop`` (all: the end) as new dicts."""
        found = []
        for packed in self._rows[start:stop]:
            columns, values = packed[0], packed[1:]
            if columns[:1] == ("",):
                row = dict(self._defaults)
                row.update(zip(columns[1:], values, strict=True))
            else:
                row = dict(zip(columns, values, strict=True))
            found.append(row)
        return found


def _is_default(defaults: Mapping[str, Any], name: str, value: Any) -> bool:
    if name not in defaults:
        return False
    default = defaults[name]
    return value is default or (value.__class__ is default.__class__ and value == default)


class FieldValues(PackedValues):
    """A new contract's values, read-only, kept as a tuple under shared field names.

    An import keeps every new contract's values until its end (later rows of
    the file are matched against them): a dict of a dozen fields is 0.4 kB a
    row before its values, a tuple a quarter of that.
    """

    __slots__ = ()

    def __init__(self, values: Mapping[str, Any],
                 shared: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        names = tuple(values)
        super().__init__(shared.setdefault(names, names), tuple(values.values()))


class PendingContracts:
    """New contracts decided by an import, written in chunks and by :meth:`write`."""

    def __init__(self, session: Session, *, user: str, batch_id: int | None,
                 rehearse: bool = False) -> None:
        self.session, self.user, self.batch_id = session, user, batch_id
        self.rehearse = rehearse
        #: New contracts and audit events not written yet (written every ``CHUNK`` rows).
        self.rows: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        #: Rehearsed: the moment of every kept row and event (storing sets its own).
        self._moment = utcnow() if rehearse else None
        #: Rehearsed: every new contract and audit event, in order, kept compactly.
        self.kept_rows = PackedRows({**_DEFAULTS, "uid": None, "created_at": self._moment,
                                     "updated_at": self._moment, "created_by": user,
                                     "updated_by": user})
        self.kept_events = PackedRows({
            "at": self._moment, "user": user, "entity": "contract", "entity_uid": None,
            "contract_uid": None, "action": "create", "changes": None, "snapshot": None,
            "import_batch_id": batch_id, "note": None})
        #: uid -> the contract's values under ContractRow field names (for matching).
        self.values: dict[str, FieldValues] = {}
        #: Folded name -> (id, name) of each counterparty rows of this import named.
        self.parties: dict[str, tuple[int, str]] = {}
        #: Rehearsed: provisional id -> (uid, name) of each counterparty to insert.
        self.new_parties: dict[int, tuple[str, str]] = {}
        #: The sets of field names new contracts set, each kept once (see ``NewValues``
        #: and ``FieldValues``).
        self.change_names: dict[tuple[str, ...], tuple[str, ...]] = {}
        #: The register's public-holiday country, for rows without one of their own.
        self.holidays = register_holidays(session)
        #: Texts that recur from row to row (a currency, a period, a day as text), each
        #: kept once: equal values, one object (an import keeps them until its end).
        self._texts: dict[str, str] = {}

    def add(self, fields: Mapping[str, Any], *, provenance: Mapping[str, Any],
            note: str | None) -> tuple[str, FieldValues, NewValues]:
        """Validate a new contract and keep it; ValidationError if wrong.

        Returns (uid, its values, its audit changes ``{field: [None, value]}``, kept
        compactly: the audit event and the import's outcome share them).
        """
        if self.holidays and not fields.get("holiday_country"):
            fields = {**fields, "holiday_country": self.holidays}
        clean, problems = clean_fields(fields)
        _problems(clean, problems)  # raises ValidationError with every problem
        uid, moment = new_uid(), self._moment or utcnow()
        texts = self._texts
        for name in _RECURRING.intersection(clean):
            value = clean[name]
            if value.__class__ is str:
                clean[name] = texts.setdefault(value, value)
        row = {**_DEFAULTS, "uid": uid, "created_at": moment, "updated_at": moment,
               "created_by": self.user, "updated_by": self.user, **dict(provenance)}
        values: dict[str, Any] = {}
        for name, value in clean.items():
            self._column(row, values, name, value)
        # The audit changes {field: [None, value]}, made compactly in one pass; a period's
        # text is the one its values already hold.
        names, changed = [], []
        for name, value in clean.items():
            if value not in _NOTHING:
                names.append(name)
                if isinstance(value, Period):
                    changed.append(values[name])
                elif isinstance(value, date):  # a day's text: the same on many rows
                    text = json_value(value)
                    changed.append(texts.setdefault(text, text))
                else:
                    changed.append(json_value(value))
        named = tuple(names)
        changes = NewValues(self.change_names.setdefault(named, named), tuple(changed))
        self._keep(row)
        self._keep_event({
            "at": moment, "user": self.user, "entity": "contract", "entity_uid": uid,
            "contract_uid": uid, "action": "create", "changes": changes, "snapshot": None,
            "import_batch_id": self.batch_id, "note": note})
        kept = self.values[uid] = FieldValues(values, self.change_names)
        if len(self.rows) >= CHUNK and not self.rehearse:
            self._flush()
        return uid, kept, changes

    def _column(self, row: dict[str, Any], values: dict[str, Any], name: str,
                value: Any) -> None:
        if name == "counterparty":
            self._counterparty(row, values, value)
        elif name in PERIOD_FIELDS:
            period: Period | None = value
            row[f"{name}_count"] = None if period is None else period.count
            row[f"{name}_unit"] = None if period is None else period.unit.value
            if period is None:
                values[name] = None
            else:
                text = str(period)
                values[name] = self._texts.setdefault(text, text)
        else:
            row[name] = value
            values[name] = value

    def _counterparty(self, row: dict[str, Any], values: dict[str, Any], name: Any) -> None:
        cleaned = " ".join(str(name or "").split())
        if not cleaned:
            values["counterparty"] = None
            return
        key = cleaned.casefold()
        known = self.parties.get(key)
        if known is None:
            party = find_party(self.session, cleaned)
            known = (party.id, party.name) if party is not None else self._new_party(cleaned)
            self.parties[key] = known
        row["counterparty_id"], values["counterparty"] = known

    def _new_party(self, name: str) -> tuple[int, str]:
        # Inserted at once (a register has far fewer counterparties than contracts),
        # so every later row, and any contract the ORM saves, finds the same party.
        problems = too_long(Party.__table__, {"name": name})
        if problems:
            raise ValidationError({"counterparty": problems["name"]})
        uid, moment = new_uid(), self._moment or utcnow()
        if self.rehearse:
            party_id = -1 - len(self.new_parties)
            self.new_parties[party_id] = (uid, name)
        else:
            party_id = insert_party(self.session, uid, name, user=self.user, moment=moment)
        self._keep_event({
            "at": moment, "user": self.user, "entity": "party", "entity_uid": uid,
            "contract_uid": None, "action": "create", "changes": {"name": [None, name]},
            "snapshot": None, "import_batch_id": self.batch_id, "note": None})
        return party_id, name

    def _keep(self, row: dict[str, Any]) -> None:
        if self.rehearse:  # a counterparty not stored yet under its provisional id
            self.kept_rows.append(row)
        else:
            self.rows.append(row)

    def _keep_event(self, event: dict[str, Any]) -> None:
        if self.rehearse:
            self.kept_events.append(event)
        else:
            self.events.append(event)

    def _flush(self) -> None:
        insert_rows(self.session, Contract.__table__, self.rows)
        insert_rows(self.session, AuditEvent.__table__, event_rows(self.events))
        self.rows, self.events = [], []

    def write(self) -> None:
        """Insert the contracts (and audit events) not written yet."""
        if self.rehearse:
            raise RuntimeError("a rehearsal writes nothing")
        self._flush()


def event_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``events`` as the audit table takes them: compact changes as plain dicts."""
    return [{**event, "changes": event["changes"].as_dict()}
            if isinstance(event["changes"], NewValues) else event for event in events]


def _party_row(uid: str, name: str, *, user: str, moment: Any) -> dict[str, Any]:
    return {"uid": uid, "name": name, "org_number": None, "country": None, "contacts": [],
            "notes": None, "version_id": 1, "created_at": moment, "updated_at": moment,
            "created_by": user, "updated_by": user}


def insert_party(session: Session, uid: str, name: str, *, user: str, moment: Any) -> int:
    """Insert a new counterparty without the ORM; its id (``find_party`` knows it)."""
    party_id: int = insert_one(session, Party.__table__,
                               _party_row(uid, name, user=user, moment=moment))
    index_party(session, name, party_id)
    return party_id


def insert_parties(session: Session, parties: Mapping[int, tuple[str, str]], *, user: str,
                   moment: Any) -> dict[int, int]:
    """Insert counterparties ``{key: (uid, name)}`` at once; ``{key: their ids}``."""
    rows = [_party_row(uid, name, user=user, moment=moment) for uid, name in parties.values()]
    insert_rows(session, Party.__table__, rows)
    uids = [uid for uid, _name in parties.values()]
    found: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        found.update((uid, party_id) for uid, party_id in session.execute(
            select(Party.uid, Party.id).where(Party.uid.in_(uids[start:start + 500]))))
    ids = {}
    for key, (uid, name) in parties.items():
        ids[key] = found[uid]
        index_party(session, name, found[uid])
    return ids
