"""The register's public-holiday country: new contracts take it, existing ones on request."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from contract_desk.domain import clock
from contract_desk.domain.errors import DomainError
from contract_desk.services import create_contract, get_contract
from contract_desk.services.importing.in_one_go import import_file
from contract_desk.services.register.holiday_default import (
    register_holidays,
    set_register_holidays,
)
from contract_desk.storage import Register

TODAY = date(2026, 12, 4)
#: 30 business days before the end, 31 Dec 2026: Norway's Christmas holidays fall inside.
SUPPORT = {"title": "Support", "start_date": "2026-01-01", "end_date": "2026-12-31",
           "notice_period": "30 business days"}


@pytest.fixture(autouse=True)
def today() -> None:
    clock.freeze(TODAY)


def test_new_contracts_take_the_registers_country_and_keep_their_own(
        register: Register) -> None:
    with register.transaction() as session:
        before = create_contract(session, {**SUPPORT, "reference": "S-0"}, user="kari")
        assert set_register_holidays(session, "no", user="admin") == 0
        assert register_holidays(session) == "NO"
        plain = create_contract(session, {**SUPPORT, "reference": "S-1"}, user="kari")
        own = create_contract(session, {**SUPPORT, "reference": "S-2",
                                         "holiday_country": "SE"}, user="kari")
    assert before.holiday_country is None  # added before: untouched until asked
    assert plain.holiday_country == "NO" and own.holiday_country == "SE"
    # Christmas Day and Boxing Day are holidays in Norway: the deadline moves two days earlier.
    assert before.notice_deadline is not None and plain.notice_deadline is not None
    assert plain.notice_deadline < before.notice_deadline
    with register.transaction() as session:
        assert set_register_holidays(session, "NO", user="admin", apply_to_existing=True) == 1
        assert get_contract(session, "S-0").holiday_country == "NO"
        assert get_contract(session, "S-2").holiday_country == "SE"
        set_register_holidays(session, "", user="admin")
        assert register_holidays(session) is None
        assert create_contract(session, {**SUPPORT, "reference": "S-3"},
                               user="kari").holiday_country is None


def test_an_unknown_country_is_refused_and_changes_nothing(register: Register) -> None:
    with register.transaction() as session, pytest.raises(DomainError, match="'XX'"):
        set_register_holidays(session, "XX", user="admin")
    with register.reading() as session:
        assert register_holidays(session) is None


def test_imported_contracts_without_a_country_take_the_registers(
        register: Register, tmp_path: Path) -> None:
    sheet = tmp_path / "register.csv"
    sheet.write_text("Ref,Title,Start,End,Helligdager\nA-1,Cleaning,2025-01-01,2026-12-31,\n"
                     "A-2,Lease,2025-01-01,2026-12-31,SE\n", encoding="utf-8")
    with register.transaction() as session:
        set_register_holidays(session, "DK", user="admin")
        import_file(session, sheet, user="kari", today=TODAY)
    with register.reading() as session:
        assert get_contract(session, "A-1").holiday_country == "DK"
        assert get_contract(session, "A-2").holiday_country == "SE"
