"""Counterparties: found by name (any case) or created, edited, listed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, RowMapping, select
from sqlalchemy.orm import Session

from contract_desk.domain.validation import ValidationError
from contract_desk.i18n import _
from contract_desk.models import Party
from contract_desk.services.register.audit import diff, record_event
from contract_desk.services.register.errors import NotFoundError
from contract_desk.services.register.limits import too_long
from contract_desk.services.register.locking import check_version, flush_or_conflict
from contract_desk.services.register.rows import PartyRow

PARTY_FIELDS = ("name", "org_number", "country", "contacts", "notes")
_ROW_FIELDS = ("id", "uid", "name", "org_number", "country", "contacts", "notes", "version_id")


def party_row(party: Party) -> PartyRow:
    """A PartyRow of a loaded party."""
    return _row({name: getattr(party, name) for name in _ROW_FIELDS})


def _row(values: Mapping[str, Any] | RowMapping) -> PartyRow:
    fields = {name: values[name] for name in _ROW_FIELDS}
    fields["contacts"] = tuple(values["contacts"] or ())
    return PartyRow(**fields)


def _committed_row(connection: Connection, uid: str) -> PartyRow | None:
    columns = (getattr(Party, name) for name in _ROW_FIELDS)
    found = connection.execute(select(*columns).where(Party.uid == uid)).mappings().first()
    return None if found is None else _row(found)


def _clean_name(name: Any) -> str:
    return " ".join(str(name or "").split())


_NAME_INDEX = "contract_desk.party_names"


def _name_index(session: Session) -> dict[str, int]:
    # SQLite's lower() knows only ASCII ("ÆRØ" vs "ærø"), so names are compared in
    # Python; the folded names are read once per session (an import of thousands
    # of rows would otherwise read every party for every row).
    index: dict[str, int] | None = session.info.get(_NAME_INDEX)
    if index is None:
        index = {}
        for party_id, party_name in session.execute(select(Party.id, Party.name)):
            index.setdefault(_clean_name(party_name).casefold(), party_id)
        session.info[_NAME_INDEX] = index
    return index


def find_party(session: Session, name: str) -> Party | None:
    """The party called ``name``, compared without regard to case or extra spaces."""
    cleaned = _clean_name(name)
    index = _name_index(session)
    party_id = index.get(cleaned.casefold())
    if party_id is None:
        return None
    party = session.get(Party, party_id)
    if party is None:  # created in a savepoint that was rolled back
        del index[cleaned.casefold()]
    return party


def index_party(session: Session, name: str, party_id: int) -> None:
    """Tell ``find_party`` about a party inserted without the ORM (by a bulk import)."""
    _name_index(session).setdefault(_clean_name(name).casefold(), party_id)


def party_for_name(session: Session, name: str, *, user: str) -> Party:
    """The existing party called ``name``, or a new one (audited)."""
    cleaned = _clean_name(name)
    if not cleaned:
        raise ValidationError({"counterparty": _("a counterparty needs a name")})
    problems = too_long(Party.__table__, {"name": cleaned})
    if problems:
        raise ValidationError({"counterparty": problems["name"]})
    party = find_party(session, cleaned)
    if party is None:
        party = Party(name=cleaned, created_by=user, updated_by=user)
        session.add(party)
        session.flush()
        _name_index(session).setdefault(cleaned.casefold(), party.id)
        record_event(session, user=user, entity="party", entity_uid=party.uid,
                     contract_uid=None, action="create", changes={"name": [None, cleaned]})
    return party


def get_or_create_party(session: Session, name: str, *, user: str) -> PartyRow:
    """The party called ``name``, created when it does not exist yet."""
    return party_row(party_for_name(session, name, user=user))


def _clean_changes(session: Session, party: Party,
                   changes: Mapping[str, Any]) -> dict[str, Any]:
    problems = dict.fromkeys(sorted(set(changes) - set(PARTY_FIELDS)),
                             _("is not a counterparty field"))
    clean = {name: value for name, value in changes.items() if name in PARTY_FIELDS}
    if "org_number" in clean:
        clean["org_number"] = _clean_name(clean["org_number"]) or None
    if "notes" in clean:
        clean["notes"] = str(clean["notes"] or "").strip() or None
    if "name" in clean:
        clean["name"] = _clean_name(clean["name"])
        problems.update(_name_problems(session, party, clean["name"]))
    if "country" in clean:
        clean["country"] = str(clean["country"] or "").strip().upper() or None
        if clean["country"] is not None and not _is_country_code(clean["country"]):
            problems["country"] = _("give the two-letter country code (like NO, SE, KR)")
    if "contacts" in clean:
        clean["contacts"] = list(clean["contacts"] or [])
    problems.update({k: v for k, v in too_long(Party.__table__, clean).items()
                     if k not in problems})
    if problems:
        raise ValidationError(problems)
    return clean


def _is_country_code(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha()


def _name_problems(session: Session, party: Party, name: str) -> dict[str, str]:
    if not name:
        return {"name": _("a counterparty needs a name")}
    namesake = find_party(session, name)
    if namesake is not None and namesake.id != party.id:
        return {"name": _("another counterparty is already called {namesake_name}").format(
            namesake_name=repr(namesake.name))}
    return {}


def update_party(
    session: Session, uid: str, changes: Mapping[str, Any], *, expected_version: int, user: str
) -> PartyRow:
    """Change a party's fields (name, org number, country, contacts, notes)."""
    session.info.pop(_NAME_INDEX, None)  # a rename changes what names find
    party = session.scalar(select(Party).where(Party.uid == uid))
    if party is None:
        raise NotFoundError(_("no counterparty with id {uid}").format(uid=uid))
    check_version(party.version_id, expected_version, changes, lambda: party_row(party))
    clean = _clean_changes(session, party, changes)
    delta = diff({name: getattr(party, name) for name in clean}, clean)
    if delta:
        for name in delta:
            setattr(party, name, clean[name])
        party.updated_by = user
        flush_or_conflict(session, changes, lambda connection: _committed_row(connection, uid))
        record_event(session, user=user, entity="party", entity_uid=uid, contract_uid=None,
                     action="update", changes=delta)
    return party_row(party)


def list_parties(session: Session) -> list[PartyRow]:
    """Every counterparty, by name."""
    return [party_row(p) for p in session.scalars(select(Party).order_by(Party.name))]
