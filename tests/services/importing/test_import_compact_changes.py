"""A created contract's changes, kept compactly (``NewValues``), read as the dict they stand for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import MappingProxyType

import pytest
from import_helpers import TODAY, base_rows, commit, make_plan
from sqlalchemy import select

from contract_desk.domain.json_values import json_value
from contract_desk.domain.periods import Period
from contract_desk.domain.validation import clean_fields
from contract_desk.models import AuditEvent
from contract_desk.services.importing.new_contracts import PendingContracts
from contract_desk.services.importing.results import NewValues, RowOutcome
from contract_desk.services.importing.steps import rehearse_plan, store_plan
from contract_desk.storage import Register

CHANGES = {"title": [None, "Husleie"], "value": [None, "120000.00"], "tags": [None, ["a"]]}


def test_new_values_read_as_their_dict() -> None:
    compact = NewValues.of(CHANGES)
    assert compact == CHANGES and dict(compact) == CHANGES and compact.as_dict() == CHANGES
    assert CHANGES == compact  # noqa: SIM300  (a dict on the left: the reflected comparison)
    assert list(compact) == ["title", "value", "tags"] and len(compact) == 3
    assert compact["value"] == [None, "120000.00"] and compact.get("owner") is None
    with pytest.raises(KeyError):
        compact["owner"]
    assert compact != {**CHANGES, "owner": [None, "Ola"]}
    assert repr(compact) == f"NewValues({CHANGES!r})"


def test_new_values_share_their_names_and_refuse_an_old_value() -> None:
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    first, second = NewValues.of(CHANGES, shared), NewValues.of(dict(CHANGES), shared)
    assert list(shared) == [("title", "value", "tags")]
    assert first._names is second._names
    with pytest.raises(ValueError, match="start from nothing"):
        NewValues.of({"title": ["Old", "New"]})
    with pytest.raises(ValueError, match="one value per name"):
        NewValues(("title",), ())


def test_an_outcome_keeps_them_as_they_are_and_read_only() -> None:
    compact = NewValues.of(CHANGES)
    assert RowOutcome(3, "created", "u", changes=compact).changes is compact
    plain = RowOutcome(3, "created", "u", changes=dict(CHANGES)).changes
    assert isinstance(plain, MappingProxyType) and plain == compact
    with pytest.raises(TypeError):
        compact["title"] = [None, "x"]  # type: ignore[index]


def _created_events(register: Register) -> dict[str, dict[str, object]]:
    with register.reading() as session:
        return {event.entity_uid: dict(event.changes) for event in session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "contract",
                                     AuditEvent.action == "create"))}


def test_the_audit_trail_holds_the_changes_the_outcomes_report(register: Register) -> None:
    result = commit(register, make_plan(*base_rows()))
    created = {o.contract_uid: dict(o.changes) for o in result.outcomes if o.action == "created"}
    assert created and all(isinstance(o.changes, NewValues) for o in result.outcomes
                           if o.action == "created")
    assert _created_events(register) == created


def test_a_rehearsed_import_stores_the_changes_it_reports(sqlite_register: Register) -> None:
    plan = make_plan(*base_rows())
    rehearsal = rehearse_plan(sqlite_register, plan, user="kari", today=TODAY)
    assert rehearsal.prepared is not None  # stored from the rehearsal, not anew
    result = store_plan(sqlite_register, plan, rehearsal, user="kari", today=TODAY)
    created = {o.contract_uid: dict(o.changes) for o in result.outcomes if o.action == "created"}
    assert created and _created_events(sqlite_register) == created


def test_a_new_contracts_changes_are_its_clean_values_as_json(sqlite_register: Register) -> None:
    fields = {"reference": "R-7", "title": "Husleie", "counterparty": "Utleier AS",
              "start_date": date(2026, 1, 1), "initial_term": Period.parse("2 years"),
              "notice_period": Period.parse("3 months"), "value": Decimal("1250000.50"),
              "currency": "NOK", "tags": ["leie"], "notes": "", "owner": None}
    clean, problems = clean_fields(fields)
    assert not problems
    expected = {name: [None, json_value(str(value) if isinstance(value, Period) else value)]
                for name, value in clean.items() if value not in (None, "", [], {})}
    with sqlite_register.reading() as session:
        pending = PendingContracts(session, user="kari", batch_id=None, rehearse=True)
        _uid, values, changes = pending.add(fields, provenance={}, note=None)
    assert changes == expected and list(changes) == list(expected)
    assert changes["initial_term"] == [None, "2 years"] and values["initial_term"] == "2 years"
    assert changes["value"] == [None, "1250000.50"] and "notes" not in changes
