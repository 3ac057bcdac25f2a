"""Export to xlsx, import into an empty register: the same contracts, field for field.

What goes back in is what the importer reads: the contracts sheet. The
obligations sheet goes with them (each obligation to the contract of its
reference); the alerts and key-dates sheets are for people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import (
    TODAY,
    add_lease,
    contracts,
    differences,
    export,
    import_into_new,
)

from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.importing.batches import ImportResult, commit_import
from contract_desk.storage import Register, open_register

#: What an obligation is, apart from its ids and who typed it when.
OBLIGATION_FIELDS = ("kind", "performer", "title", "description", "due_date", "owner", "amount",
                     "currency", "status", "met_on", "evidence_note", "recurrence",
                     "reminder_offsets")


def obligations_by_contract(register: Register) -> dict[str, list[tuple[object, ...]]]:
    from contract_desk.services import list_obligations

    found = {}
    with register.reading() as session:
        for contract in contracts(register):
            rows = list_obligations(session, contract.uid)
            found[contract.reference] = sorted(
                (tuple(getattr(row, name) for name in OBLIGATION_FIELDS) for row in rows),
                key=repr)
    return found


def commit_again(register: Register, path: Path) -> ImportResult:
    with register.transaction() as session:
        return commit_import(session, build_plan(analyze(path)), user="t", today=TODAY)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "registers"
SPREADSHEETS = sorted(p for p in SHARED.glob("*") if p.suffix in {".xlsx", ".csv", ".ods"}) \
    if SHARED.is_dir() else []


def test_every_exported_header_is_mapped_by_the_importer(register: Register,
                                                         tmp_path: Path) -> None:
    add_lease(register)
    analysis = analyze(export(register, tmp_path / "r.xlsx"))
    assert analysis.sheet.name == "Contracts"
    mapped = {s.header: s.field for s in analysis.suggestions}
    assert mapped.pop("Kostnadssted") is None  # a custom field stays custom
    assert all(field is not None for field in mapped.values()), mapped
    assert mapped["Notice buffer"] == "notice_buffer_days"


def test_demo_register_round_trips_field_for_field(register: Register, tmp_path: Path) -> None:
    with register.transaction() as session:
        generate_demo(session, count=150, today=TODAY)
    before = contracts(register)
    copy, result = import_into_new(export(register, tmp_path / "demo.xlsx"), tmp_path)
    try:
        assert (result.created, result.skipped) == (150, 0)
        assert differences(before, contracts(copy)) == []
    finally:
        copy.close()


def test_hand_made_contract_round_trips_with_every_field(register: Register,
                                                         tmp_path: Path) -> None:
    add_lease(register, scope="Offices, 2nd floor", notes="Index-linked yearly\nSee annex 2",
              signed_on=TODAY.replace(year=2023), renewal="automatic",
              renewal_term="1 year", max_renewals=3, notice_period="30 business days",
              payment_terms="Netto 30 dager", direction="buy", department="Facilities",
              project="HQ", contract_type="Lease", status="active",
              confidential_until=TODAY.replace(year=2030), end_date=None,
              initial_term="3 years", custom={"Kostnadssted": "4711", "Old ID": "=A1"},
              notice_to="quarter-end", holiday_country="NO", postal_days=3)
    copy, _ = import_into_new(export(register, tmp_path / "one.xlsx"), tmp_path)
    try:
        assert differences(contracts(register), contracts(copy)) == []
        kept = contracts(copy)[0]
        assert (kept.notice_to, kept.holiday_country, kept.postal_days) == ("quarter-end", "NO", 3)
    finally:
        copy.close()


def test_obligations_come_back_field_for_field(register: Register, tmp_path: Path) -> None:
    with register.transaction() as session:
        generate_demo(session, count=60, today=TODAY)
    before = obligations_by_contract(register)
    assert sum(len(found) for found in before.values()) > 60
    copy, result = import_into_new(export(register, tmp_path / "r.xlsx"), tmp_path)
    try:
        assert result.skipped == 0
        assert obligations_by_contract(copy) == before
        again = commit_again(copy, tmp_path / "r.xlsx")
        assert (again.created, again.updated, again.unchanged) == (0, 0, 60)
        assert obligations_by_contract(copy) == before
    finally:
        copy.close()


def test_reimporting_the_export_into_its_own_register_changes_nothing(
        register: Register, tmp_path: Path) -> None:
    with register.transaction() as session:
        generate_demo(session, count=40, today=TODAY)
    plan = build_plan(analyze(export(register, tmp_path / "r.xlsx")))
    with register.transaction() as session:
        result = commit_import(session, plan, user="t", today=TODAY)
    assert (result.unchanged, result.created, result.updated) == (40, 0, 0)


@pytest.mark.skipif(not SPREADSHEETS, reason=f"{SHARED} is absent")
@pytest.mark.parametrize("source", SPREADSHEETS, ids=lambda p: p.name)
def test_imported_shared_registers_round_trip(source: Path, tmp_path: Path) -> None:
    original = open_register(tmp_path / "original.sqlite3")
    (tmp_path / "copy").mkdir()
    try:
        with original.transaction() as session:
            commit_import(session, build_plan(analyze(source), default_currency="USD"),
                          user="t", today=TODAY)
        before = contracts(original)
        copy, result = import_into_new(export(original, tmp_path / "out.xlsx"), tmp_path / "copy")
        try:
            assert result.created == len(before) and result.skipped == 0
            assert differences(before, contracts(copy)) == []
        finally:
            copy.close()
    finally:
        original.close()
