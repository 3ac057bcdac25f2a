"""A sheet without a header: columns named by their letter and what they hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_desk.cli import run
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.plan.model import skip_reason
from contract_desk.importers.plan.pipeline import analyze, build_plan

ROWS = [
    ("1", "Furnizim me material te shtypur per Komunen", "11.03.2016", "237788.50 €", "Litografia"),
    ("2", "Mirembajtja e sinjalizimit horizontal dhe vertikal", "02.02.2016", "82400 €", "Ve-Mor"),
    ("3", "Riparimi dhe mirembajtja e objekteve shendetesore", "15.03.2016", "33928.25 €",
     "Le Pont"),
    ("4", "Sherbime te pastrimit per objektet e komunes", "21.04.2016", "12000 €", "Pastro"),
]


@pytest.fixture
def headerless(tmp_path: Path) -> Path:
    path = tmp_path / "gjakova.csv"
    path.write_text("\n".join(";".join(row) for row in ROWS) + "\n", encoding="utf-8")
    return path


def test_columns_are_named_by_content_and_fields_suggested_from_values(headerless: Path) -> None:
    analysis = analyze(headerless)
    assert analysis.header.columns == ["Column A — row numbers", "Column B — long text",
                                       "Column C — dates", "Column D — amounts",
                                       "Column E — text"]
    assert analysis.named_mapping() == {"Column B — long text": "title",
                                        "Column D — amounts": "value_with_currency"}
    plan = build_plan(analysis)
    assert all(skip_reason(row) is None for row in plan.rows)
    assert plan.rows[0].fields["value"] == pytest.approx(237788.5)
    assert plan.rows[0].custom["Column C — dates"] == "11.03.2016"  # kept, shown


def test_columns_are_mapped_by_letter(headerless: Path) -> None:
    analysis = analyze(headerless, overrides={"Column C": "signed_on", "E": "counterparty",
                                              "column a": "reference"})
    fields = build_plan(analysis).rows[1].fields
    assert (fields["reference"], fields["counterparty"], str(fields["signed_on"])) == (
        "2", "Ve-Mor", "2016-02-02")
    with pytest.raises(ImportFileError, match="no column called 'Column Z'"):
        analyze(headerless, overrides={"Column Z": "title"})


def test_the_cli_maps_headerless_columns_by_letter(
        headerless: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "register.sqlite3")
    assert run(["--db", db, "import", str(headerless), "--map", "Column E=counterparty",
                "--map", "Column C=start_date", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["skipped"]) == (4, 0)
    assert run(["--db", db, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(row["counterparty"] for row in listed) == ["Le Pont", "Litografia", "Pastro",
                                                             "Ve-Mor"]
    assert {row["start_date"] for row in listed} >= {"2016-03-11", "2016-02-02"}


def test_a_mapping_that_names_no_contract_is_refused_in_one_sentence(headerless: Path) -> None:
    with pytest.raises(ImportFileError) as refused:
        build_plan(analyze(headerless, overrides={"Column B": ""}))
    message = str(refused.value)
    assert message.startswith("gjakova.csv [gjakova]: no column is mapped to a title")
    assert "Column A — row numbers" in message


def test_a_register_without_a_title_column_is_told_once_not_on_every_row(
        tmp_path: Path) -> None:
    path = tmp_path / "no_title.csv"
    path.write_text('Contract no;Description;Supplier\nK-1;"Cleaning of offices\nsecond line";'
                    "Rent-a-Mop\nK-2;Security;Vakt AS\n", encoding="utf-8")
    plan = build_plan(analyze(path))
    assert [row.fields["title"] for row in plan.rows] == ["Cleaning of offices", "Security"]
    assert not any("title" in p.message for p in plan.problems)
    assert any("named after its Description" in note for note in plan.notes)
