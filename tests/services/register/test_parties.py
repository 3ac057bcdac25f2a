"""Counterparties: one per name whatever the case, edited with checks, conflicts and audit."""

from __future__ import annotations

import pytest

from contract_desk.services import (
    ConflictError,
    ValidationError,
    create_contract,
    get_contract,
    get_or_create_party,
    list_parties,
    update_party,
)
from contract_desk.services.register.parties import party_for_name
from contract_desk.storage import Register


def test_names_match_in_any_case_and_spacing_also_beyond_ascii(register: Register) -> None:
    with register.transaction() as session:
        first = get_or_create_party(session, "Ærø  Rengøring ApS", user="k")
        again = get_or_create_party(session, " ærø rengøring aps ", user="k")
        other = get_or_create_party(session, "한빛소프트", user="k")
        assert again.uid == first.uid and first.name == "Ærø Rengøring ApS"
        assert [p.name for p in list_parties(session)] == ["Ærø Rengøring ApS", "한빛소프트"]
        assert other.version_id == 1


def test_a_party_needs_a_name_that_fits(register: Register) -> None:
    with register.transaction() as session:
        with pytest.raises(ValidationError, match="needs a name"):
            party_for_name(session, "   ", user="k")
        with pytest.raises(ValidationError, match="at most 300"):
            get_or_create_party(session, "x" * 301, user="k")


def test_update_checks_fields_and_audits(register: Register) -> None:
    with register.transaction() as session:
        party = get_or_create_party(session, "Nordlys Energi AS", user="k")
        get_or_create_party(session, "Vestkraft", user="k")
    with register.transaction() as session:
        with pytest.raises(ValidationError) as caught:
            update_party(session, party.uid, {"name": "vestkraft", "country": "Norway",
                                              "phone": "1"}, expected_version=1, user="k")
        assert set(caught.value.errors) == {"name", "country", "phone"}
        assert "already called 'Vestkraft'" in caught.value.errors["name"]
    with register.transaction() as session:
        changes = {"country": " no ", "org_number": " 987 654 321 ",
                   "contacts": [{"name": "Siri", "role": "KAM"}]}
        updated = update_party(session, party.uid, changes, expected_version=1, user="ola")
    assert (updated.country, updated.org_number, updated.version_id) == ("NO", "987 654 321", 2)
    assert updated.contacts == ({"name": "Siri", "role": "KAM"},)
    assert updated.to_json()["contacts"] == [{"name": "Siri", "role": "KAM"}]


def test_renaming_shows_on_its_contracts_and_a_stale_edit_conflicts(register: Register) -> None:
    with register.transaction() as session:
        contract = create_contract(session, {"title": "Power", "counterparty": "Nordlys"},
                                   user="k")
    with register.transaction() as session:
        update_party(session, contract.counterparty_uid, {"name": "Nordlys Energi AS"},
                     expected_version=1, user="ola")
    with register.transaction() as session:
        assert get_contract(session, contract.uid).counterparty == "Nordlys Energi AS"
    with pytest.raises(ConflictError) as caught, register.transaction() as session:
        update_party(session, contract.counterparty_uid, {"notes": "key supplier"},
                     expected_version=1, user="per")
    assert caught.value.theirs.name == "Nordlys Energi AS"
