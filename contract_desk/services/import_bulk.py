"""New contracts of an import, checked row by row and written together at the end.

Creating a contract through the ORM costs a unit-of-work flush for the row and
another for its audit event; for a 100,000-row register that is most of the
import. Here each new contract is validated exactly as ``create_contract``
validates it (same cleaning, same length checks, same counterparty lookup),
its row and its "create" audit event are kept as plain dicts, and both are
inserted with Core in chunks once every row has been decided. The caller's
transaction still makes the whole import all or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from contract_desk.domain.periods import Period
from contract_desk.domain.validation import PERIOD_FIELDS, ValidationError, clean_fields
from contract_desk.models import AuditEvent, Contract, Party, new_uid, utcnow
from contract_desk.services.audit import diff
from contract_desk.services.contracts import _problems
from contract_desk.services.limits import too_long
from contract_desk.services.parties import find_party
from contract_desk.services.rows import json_value

CHUNK = 2000
_PARTY_UID = "_counterparty_uid"  # a new party's uid until the party row has an id
#: Column values of a new contract that its fields do not set.
_DEFAULTS: dict[str, Any] = {
    "reference": None, "title": "", "scope": None, "counterparty_id": None,
    "contract_type": None, "direction": None, "department": None, "project": None,
    "owner": None, "tags": [], "status": "active", "signed_on": None, "start_date": None,
    "end_date": None, "renewal": "none", "max_renewals": None, "final_end_date": None,
    "notice_buffer_days": 0, "notice_given_on": None, "value": None, "currency": None,
    "payment_terms": None, "confidential_until": None, "notes": None, "custom": {},
    "reminder_offsets": None, "import_batch_id": None, "source_sheet": None,
    "source_row": None, "version_id": 1,
    **{f"{name}_{part}": None for name in PERIOD_FIELDS for part in ("count", "unit")},
}


class PendingContracts:
    """New contracts decided by an import, written by :meth:`write`."""

    def __init__(self, session: Session, *, user: str, batch_id: int | None) -> None:
        self.session, self.user, self.batch_id = session, user, batch_id
        self.rows: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        #: uid -> the contract's values under ContractRow field names (for matching).
        self.values: dict[str, dict[str, Any]] = {}
        #: Folded name -> the new counterparty (uid, name) contracts of this import refer to.
        self.new_parties: dict[str, dict[str, str]] = {}

    def add(self, fields: Mapping[str, Any], *, provenance: Mapping[str, Any],
            note: str | None) -> tuple[str, dict[str, Any]]:
        """Validate a new contract and keep it; (uid, its values). ValidationError if wrong."""
        clean, problems = clean_fields(fields)
        _problems(clean, problems)  # raises ValidationError with every problem
        uid, moment = new_uid(), utcnow()
        row = {**_DEFAULTS, "uid": uid, "created_at": moment, "updated_at": moment,
               "created_by": self.user, "updated_by": self.user, **dict(provenance)}
        values: dict[str, Any] = {}
        for name, value in clean.items():
            self._column(row, values, name, value)
        self.rows.append(row)
        comparable = {k: (str(v) if isinstance(v, Period) else v) for k, v in clean.items()}
        self.events.append(self._event(uid, moment, comparable, note))
        self.values[uid] = values
        return uid, values

    def _column(self, row: dict[str, Any], values: dict[str, Any], name: str,
                value: Any) -> None:
        if name == "counterparty":
            self._counterparty(row, values, value)
        elif name in PERIOD_FIELDS:
            period: Period | None = value
            row[f"{name}_count"] = None if period is None else period.count
            row[f"{name}_unit"] = None if period is None else period.unit.value
            values[name] = None if period is None else str(period)
        else:
            row[name] = value
            values[name] = value

    def _counterparty(self, row: dict[str, Any], values: dict[str, Any], name: Any) -> None:
        cleaned = " ".join(str(name or "").split())
        if not cleaned:
            values["counterparty"] = None
            return
        party = find_party(self.session, cleaned)
        if party is not None:
            row["counterparty_id"], values["counterparty"] = party.id, party.name
            return
        # A new counterparty: created with the contracts (once per name), not one by one.
        key = cleaned.casefold()
        if key not in self.new_parties:
            problems = too_long(Party.__table__, {"name": cleaned})
            if problems:
                raise ValidationError({"counterparty": problems["name"]})
            self.new_parties[key] = {"uid": new_uid(), "name": cleaned}
        row[_PARTY_UID] = self.new_parties[key]["uid"]
        values["counterparty"] = self.new_parties[key]["name"]

    def _write_parties(self) -> None:
        if not self.new_parties:
            return
        moment = utcnow()
        parties = [{**party, "org_number": None, "country": None, "contacts": [],
                    "notes": None, "version_id": 1, "created_at": moment, "updated_at": moment,
                    "created_by": self.user, "updated_by": self.user}
                   for party in self.new_parties.values()]
        self.session.execute(insert(Party), parties)
        events = [{"at": moment, "user": self.user, "entity": "party", "entity_uid": p["uid"],
                   "contract_uid": None, "action": "create", "changes": {"name": [None, p["name"]]},
                   "snapshot": None, "import_batch_id": self.batch_id, "note": None}
                  for p in parties]
        self.session.execute(insert(AuditEvent), events)
        uids = [p["uid"] for p in parties]
        ids: dict[str, int] = {}
        for start in range(0, len(uids), CHUNK):
            chunk = uids[start:start + CHUNK]
            query = select(Party.uid, Party.id).where(Party.uid.in_(chunk))
            # .all(): a Result has keys() too, and dict() would take it for a mapping.
            ids.update(dict(self.session.execute(query).all()))
        for row in self.rows:
            party_uid = row.pop(_PARTY_UID, None)
            if party_uid is not None:
                row["counterparty_id"] = ids[party_uid]
        self.new_parties = {}

    def _event(self, uid: str, moment: datetime, comparable: Mapping[str, Any],
               note: str | None) -> dict[str, Any]:
        shown = {k: v for k, v in comparable.items() if v not in (None, "", [], {})}
        return {"at": moment, "user": self.user, "entity": "contract", "entity_uid": uid,
                "contract_uid": uid, "action": "create", "changes": json_value(diff({}, shown)),
                "snapshot": None, "import_batch_id": self.batch_id, "note": note}

    def write(self) -> None:
        """Insert the new counterparties, then every kept contract and its audit event."""
        self._write_parties()
        for row in self.rows:
            row.pop(_PARTY_UID, None)
        for start in range(0, len(self.rows), CHUNK):
            self.session.execute(insert(Contract), self.rows[start:start + CHUNK])
        for start in range(0, len(self.events), CHUNK):
            self.session.execute(insert(AuditEvent), self.events[start:start + CHUNK])
        self.rows, self.events = [], []
