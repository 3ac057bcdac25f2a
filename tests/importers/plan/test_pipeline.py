"""The whole import on real registers: rows found, columns mapped, values read, nothing lost.

The files are read from ../shared/registers/ (never copied into the project);
the tests skip only where that folder does not exist.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.date_order import infer_date_order
from contract_desk.importers.values.dates import DateOrder
from contract_desk.services import get_contract, list_obligations
from contract_desk.services.importing.batches import commit_import
from contract_desk.storage import Register

REGISTERS = Path(__file__).resolve().parents[4] / "shared" / "registers"
TODAY = date(2026, 11, 23)
needs_registers = pytest.mark.skipif(not REGISTERS.is_dir(),
                                     reason="../shared/registers is not here")

#: file -> (data rows, {field the mapping must contain})
EXPECTED = {
    "ottawa_contracts_gt_25000.xlsx": (4455, {"reference", "value", "counterparty"}),
    "br_ufrn_contratos.csv": (100, {"reference", "counterparty", "start_date", "end_date"}),
    "mx_compranet_contratos.csv": (101, {"reference", "title", "start_date", "value"}),
    "ca_toronto_awarded_contracts_2024snapshot.csv": (655, {"counterparty", "value"}),
    "us_fedgov_lease_terminations.csv": (384, {"value"}),
    "xk_gjakova_procurement_contracts_2016_noheader.csv": (128, set()),
    "zw_psmas_contracts_template_header_only_invalid_tabcolor.xlsx": (0, {"title", "start_date",
                                                                          "end_date"}),
}


@needs_registers
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_shared_register_is_read_mapped_and_kept_whole(name: str) -> None:
    rows, fields = EXPECTED[name]
    plan = build_plan(analyze(REGISTERS / name), default_currency="USD")
    assert plan.rows_read == rows
    assert fields <= set(plan.mapping.values())
    for row in plan.rows:  # nothing dropped: every non-empty cell is a field or custom text
        assert row.fields or row.custom


@needs_registers
def test_values_of_the_brazilian_register_are_read_exactly() -> None:
    plan = build_plan(analyze(REGISTERS / "br_ufrn_contratos.csv"))
    first = plan.rows[0].fields
    assert first["reference"] == "90/2013"  # looks like a date or a fraction; it is neither
    assert first["value"] == Decimal("11340000.66") and first["currency"] == "BRL"
    assert first["start_date"] == date(2013, 11, 20)


@needs_registers
def test_the_mexican_titles_lose_excels_escaped_carriage_returns() -> None:
    plan = build_plan(analyze(REGISTERS / "mx_compranet_contratos.csv"), default_currency="MXN")
    titles = [row.fields.get("title", "") for row in plan.rows]
    assert not any("_x000D_" in title for title in titles)
    assert all(row.fields.get("currency") == "MXN" for row in plan.rows if "value" in row.fields)


@needs_registers
@pytest.mark.parametrize("name", ["ottawa_contracts_gt_25000.xlsx", "br_ufrn_contratos.csv",
                                  "ca_toronto_awarded_contracts_2024snapshot.csv",
                                  "us_fedgov_lease_terminations.csv"])
def test_importing_twice_creates_nothing_the_second_time(sqlite_register: Register,
                                                         name: str) -> None:
    plan = build_plan(analyze(REGISTERS / name), default_currency="USD")
    with sqlite_register.transaction() as session:
        first = commit_import(session, plan, user="t", today=TODAY)
    with sqlite_register.transaction() as session:
        second = commit_import(session, plan, user="t", today=TODAY)
    assert first.created + first.skipped == first.rows_read
    assert second.created == 0 and second.updated == 0
    assert second.unchanged == first.created


def test_amounts_without_a_currency_are_kept_as_text_unless_one_is_chosen(tmp_path: Path) -> None:
    path = tmp_path / "amounts.csv"
    path.write_text("Contract no;Title;Amount\nK-1;Cleaning;1 250,50\n", encoding="utf-8")
    kept = build_plan(analyze(path)).rows[0]
    assert "value" not in kept.fields and kept.custom["Amount"] == "1 250,50"  # as written
    assert [(p.cell, p.value) for p in kept.problems if "no currency" in p.message] == [
        ("amounts!C2", "1 250,50")]
    chosen = build_plan(analyze(path), default_currency="NOK").rows[0]
    assert chosen.fields["value"] == Decimal("1250.50") and chosen.fields["currency"] == "NOK"


def test_a_title_too_long_is_shortened_and_kept_whole(tmp_path: Path) -> None:
    long_title = "Rammeavtale " * 60
    path = tmp_path / "long.csv"
    path.write_text(f"Avtalenr;Tittel\nR-1;{long_title}\n", encoding="utf-8")
    row = build_plan(analyze(path)).rows[0]
    assert len(row.fields["title"]) == 500 and row.fields["title"].endswith("…")
    assert row.custom["Tittel"] == long_title.strip()


def test_a_contract_known_only_by_its_end_gets_its_notice_deadline(
    sqlite_register: Register, tmp_path: Path
) -> None:
    path = tmp_path / "ends.csv"
    path.write_text("Avtalenr;Tittel;Sluttdato;Oppsigelsestid\nE-1;Husleie;31.12.2026;3 måneder\n",
                    encoding="utf-8")
    plan = build_plan(analyze(path))
    with sqlite_register.transaction() as session:
        result = commit_import(session, plan, user="t", today=TODAY)
        row = get_contract(session, "E-1", today=TODAY)
    assert result.created == 1
    assert row.current_term_end == date(2026, 12, 31)
    assert row.notice_deadline == date(2026, 9, 30)
    assert row.current_term_start is None and row.effective_status == "active"


def test_a_self_contradicting_date_column_follows_its_clear_majority() -> None:
    majority = infer_date_order(["13/02/2025", "25/03/2025", "30/04/2025", "02/13/2025"])
    assert majority.order is DateOrder.DMY and "kept as text" in majority.evidence
    dotted_tie = infer_date_order(["15.03.2025", "01.13.2025"])
    assert dotted_tie.order is DateOrder.DMY
    slashed_tie = infer_date_order(["15/03/2025", "01/13/2025"])
    assert slashed_tie.order is None and slashed_tie.ambiguous


@needs_registers
def test_the_cli_imports_with_the_json_invariant(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    command = [sys.executable, "-m", "contract_desk", "--db", str(db), "import",
               str(REGISTERS / "br_ufrn_contratos.csv"), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300,
                          env={**_env(tmp_path)})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"rows_read", "created", "updated", "unchanged", "skipped",
                           "problems", "summary", "batch", "default_currency"}
    assert sum(group["count"] for group in result["summary"]) == len(result["problems"])
    assert result["rows_read"] == 100
    assert result["rows_read"] == (result["created"] + result["updated"] + result["unchanged"]
                                   + result["skipped"])
    again = json.loads(subprocess.run(command, capture_output=True, text=True, timeout=300,
                                      env=_env(tmp_path)).stdout)
    assert again["unchanged"] == result["created"] and again["created"] == 0


def _env(tmp_path: Path) -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["CONTRACT_DESK_HOME"] = str(tmp_path / "home")
    env.pop("CONTRACT_DESK_DB", None)
    return env


def test_the_cli_lists_imports_and_undoes_one(tmp_path: Path) -> None:
    source = tmp_path / "r.csv"
    source.write_text("Avtalenr;Tittel;Beløp;Valuta\nU-1;Vask;100;NOK\nU-2;Kaffe;50;NOK\n",
                      encoding="utf-8")
    db = str(tmp_path / "undo.sqlite3")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "contract_desk", "--db", db, *args],
                              capture_output=True, text=True, timeout=300, env=_env(tmp_path))

    assert json.loads(cli("import", str(source), "--json").stdout)["created"] == 2
    batches = json.loads(cli("imports", "--json").stdout)
    assert len(batches) == 1 and batches[0]["file_name"] == "r.csv"
    undone = cli("undo-import", batches[0]["uid"])
    assert undone.returncode == 0 and "2 contracts removed" in undone.stdout
    assert json.loads(cli("list", "--json").stdout) == []
    again = cli("undo-import", batches[0]["uid"])
    assert again.returncode == 1 and len(again.stderr.strip().splitlines()) == 1


def test_a_payment_schedule_in_columns_becomes_obligations_once(
    sqlite_register: Register, tmp_path: Path
) -> None:
    # One row per instalment: the contract's columns repeat, the payment columns differ.
    path = tmp_path / "schedule.csv"
    path.write_text(
        "Avtalenr;Tittel;Leverandør;Ansvarlig;Valuta;Forfallsdato;Avdrag\n"
        "P-1;Ombygging;Bygg AS;Kari;NOK;31.03.2026;250 000,00\n"
        "P-1;Ombygging;Bygg AS;Kari;NOK;30.06.2026;250 000,00\n"
        "P-2;Vask;Rent AS;;NOK;15.04.2026;9 000,00\n", encoding="utf-8")
    analysis = analyze(path)
    assert set(analysis.mapping.values()) >= {"obligation_due_date", "obligation_amount"}
    today = date(2026, 11, 23)
    with sqlite_register.transaction() as session:
        result = commit_import(session, build_plan(analysis), user="t", today=today)
    assert (result.created, result.updated, result.skipped) == (2, 1, 0)
    with sqlite_register.transaction() as session:
        first = get_contract(session, "P-1")
        payments = list_obligations(session, first.uid)
        second = get_contract(session, "P-2")
        assert list_obligations(session, second.uid) == []
    assert [(p.kind, p.title, p.due_date, p.amount, p.currency, p.owner) for p in payments] == [
        ("payment", "Forfallsdato", date(2026, 3, 31), Decimal("250000.00"), "NOK", "Kari"),
        ("payment", "Forfallsdato", date(2026, 6, 30), Decimal("250000.00"), "NOK", "Kari")]
    # P-2 has no owner: its payment is not invented an owner; its cells stay as text.
    assert dict(second.custom) == {"Forfallsdato": "15.04.2026", "Avdrag": "9 000,00"}
    assert any(p.cell == "schedule!F4" and "owner" in p.message for p in result.problems)
    with sqlite_register.transaction() as session:
        again = commit_import(session, build_plan(analyze(path)), user="t", today=today)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


@pytest.mark.parametrize("page", [3, 60])
def test_a_header_repeated_inside_the_data_is_skipped_with_its_reason(
    sqlite_register: Register, tmp_path: Path, page: int
) -> None:
    header = "Avtalenr;Tittel;Leverandør;Startdato;Sluttdato"
    rows = [f"R-{n};Avtale {n};Leverandør {n};01.0{n % 9 + 1}.2025;31.12.2026"
            for n in range(page + 3)]
    path = tmp_path / "pages.csv"
    path.write_text("\n".join([header, *rows[:page], header, *rows[page:]]) + "\n",
                    encoding="utf-8")
    plan = build_plan(analyze(path))
    assert plan.rows_read == page + 4
    with sqlite_register.transaction() as session:
        result = commit_import(session, plan, user="t", today=date(2026, 11, 23))
    assert (result.created, result.skipped) == (page + 3, 1)
    [skipped] = [o for o in result.outcomes if o.action == "skipped"]
    assert skipped.row == page + 2 and "repeats the header of row 1" in (skipped.reason or "")


def test_an_obligations_sheet_goes_with_its_contracts_and_strays_are_named(
    sqlite_register: Register, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    contracts_sheet = book.active
    contracts_sheet.title = "Avtaler"
    for values in (["Avtalenr", "Tittel", "Ansvarlig", "Valuta"], ["A-1", "Husleie", "Kari", "NOK"],
                   ["A-2", "Vask", "Ola", "NOK"]):
        contracts_sheet.append(values)
    duties = book.create_sheet("Betalinger")
    for values in (["Contract reference", "Title", "Due date", "Amount", "Reminder days before"],
                   ["A-1", "Depositum", date(2026, 1, 15), 30000, "14, 0"],
                   ["A-9", "Ukjent", date(2026, 2, 1), 10, None],
                   ["A-2", "Første vask", "2026-03-01", None, None]):
        duties.append(values)
    path = tmp_path / "with-duties.xlsx"
    book.save(path)
    plan = build_plan(analyze(path))
    assert any("2 obligations go with their contracts" in note for note in plan.notes)
    assert any("row 3 (A-9)" in note and "not imported" in note for note in plan.notes)
    with sqlite_register.transaction() as session:
        result = commit_import(session, plan, user="t", today=date(2026, 11, 23))
        assert result.created == 2
        deposit = list_obligations(session, get_contract(session, "A-1").uid)
        wash = list_obligations(session, get_contract(session, "A-2").uid)
    assert [(o.title, o.due_date, o.amount, o.currency, o.owner, o.reminder_offsets)
            for o in deposit] == [("Depositum", date(2026, 1, 15), Decimal("30000"), "NOK",
                                   "Kari", (14, 0))]
    assert [(o.title, o.due_date, o.owner) for o in wash] == [("Første vask", date(2026, 3, 1),
                                                               "Ola")]
