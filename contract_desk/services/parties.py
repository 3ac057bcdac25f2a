"""Counterparties: found by name (any case) or created, edited, listed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.models import Party
from contract_desk.services.audit import diff, record_event
from contract_desk.services.errors import ConflictError, NotFoundError
from contract_desk.services.rows import PartyRow

PARTY_FIELDS = ("name", "org_number", "country", "contacts", "notes")


def party_row(party: Party) -> PartyRow:
    """A PartyRow of a loaded party."""
    return PartyRow(
        id=party.id, uid=party.uid, name=party.name, org_number=party.org_number,
        country=party.country, contacts=tuple(party.contacts or ()), notes=party.notes,
        version_id=party.version_id,
    )


def find_party(session: Session, name: str) -> Party | None:
    """The party called ``name``, compared without regard to case or extra spaces."""
    cleaned = " ".join(name.split())
    exact = session.scalars(select(Party).where(Party.name == cleaned).limit(1)).first()
    if exact is not None:
        return exact
    wanted = cleaned.casefold()
    # SQLite's lower() knows only ASCII ("ÆRØ" vs "ærø"), so compare names in Python.
    for party_id, party_name in session.execute(select(Party.id, Party.name)):
        if " ".join(party_name.split()).casefold() == wanted:
            return session.get(Party, party_id)
    return None


def party_for_name(session: Session, name: str, *, user: str) -> Party:
    """The existing party called ``name``, or a new one (audited)."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise DomainError("a counterparty needs a name")
    party = find_party(session, cleaned)
    if party is None:
        party = Party(name=cleaned, created_by=user, updated_by=user)
        session.add(party)
        session.flush()
        record_event(session, user=user, entity="party", entity_uid=party.uid,
                     contract_uid=None, action="create", changes={"name": [None, cleaned]})
    return party


def get_or_create_party(session: Session, name: str, *, user: str) -> PartyRow:
    """The party called ``name``, created when it does not exist yet."""
    return party_row(party_for_name(session, name, user=user))


def update_party(
    session: Session, uid: str, changes: Mapping[str, Any], *, expected_version: int, user: str
) -> PartyRow:
    """Change a party's fields (name, org number, country, contacts, notes)."""
    party = session.scalar(select(Party).where(Party.uid == uid))
    if party is None:
        raise NotFoundError(f"no counterparty with id {uid}")
    unknown = sorted(set(changes) - set(PARTY_FIELDS))
    if unknown:
        raise DomainError(f"not a counterparty field: {', '.join(unknown)}")
    if party.version_id != expected_version:
        raise ConflictError(dict(changes), party_row(party))
    before = {name: getattr(party, name) for name in changes}
    delta = diff(before, changes)
    if delta:
        for name, value in changes.items():
            setattr(party, name, value)
        party.updated_by = user
        session.flush()
        record_event(session, user=user, entity="party", entity_uid=uid, contract_uid=None,
                     action="update", changes=delta)
    return party_row(party)


def list_parties(session: Session) -> list[PartyRow]:
    """Every counterparty, by name."""
    return [party_row(p) for p in session.scalars(select(Party).order_by(Party.name))]
