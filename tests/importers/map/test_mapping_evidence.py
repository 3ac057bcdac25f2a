"""Mapping from evidence: header words in any order and spelling, and the values."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from contract_desk.importers.map.evidence import column_kind, profile
from contract_desk.importers.map.suggest import suggest_mapping
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.field_parsers import column_plan


def mapped(columns: dict[str, list[CellValue]]) -> dict[str, str | None]:
    """Header -> suggested field for a sheet given column by column."""
    headers = list(columns)
    rows = [list(row) for row in zip(*columns.values(), strict=True)]
    return {s.header: s.field for s in suggest_mapping(headers, rows)}


def _days(start: date, count: int, step: int = 37) -> list[CellValue]:
    return [start + timedelta(days=step * i) for i in range(count)]


@pytest.mark.parametrize(("header", "field"), [
    ("Date Effective", "start_date"), ("Date Signed", "signed_on"),
    ("dt_inicio_vigencia", "start_date"), ("dt_fim_vigencia", "end_date"),
    ("dt_assinatura", "signed_on"), ("nr_contrato", "reference"), ("nrContrato", "reference"),
    ("vl_total_item_contrato", "value"), ("dataInicioVigencia", "start_date"),
    ("Winning Bidder", "counterparty"), ("Awarded Supplier", "counterparty"),
    ("PIID", "reference"), ("Auto-Renew?", "renewal"), ("Automatisk fornyelse", "renewal"),
    ("자동갱신", "renewal"), ("自动续约", "renewal"), ("공급자", "counterparty"),
    ("供应商名称", "counterparty"), ("contratada", "counterparty"),
    ("Contract Expiry Date", "end_date"), ("Procuring Entity", "department"),
])
def test_headers_in_other_orders_spellings_and_words(header: str, field: str) -> None:
    assert mapped({header: []})[header] == field


def test_a_database_export_maps_by_its_abbreviations_and_values() -> None:
    rows = 20
    result = mapped({
        "id_contrato": [str(1000 + i) for i in range(rows)],
        "nr_contrato": [f"{i // 2 + 1}/2020" for i in range(rows)],  # two items a contract
        "ano_contrato": ["2020"] * rows,
        "dt_inicio_vigencia": _days(date(2020, 1, 1), rows),
        "dt_fim_vigencia": _days(date(2021, 1, 1), rows),
        "vl_total_item_contrato": [f"{1000 + i}.50" for i in range(rows)],
    })
    assert result == {"id_contrato": None, "nr_contrato": "reference", "ano_contrato": None,
                      "dt_inicio_vigencia": "start_date", "dt_fim_vigencia": "end_date",
                      "vl_total_item_contrato": "value"}


def test_a_year_or_a_state_is_never_the_reference() -> None:
    assert mapped({"Contract year": ["2020"] * 10})["Contract year"] is None
    assert mapped({"Number": ["SP", "RJ", "MG"] * 8})["Number"] is None


def test_an_id_column_is_the_reference_only_when_nothing_better_is() -> None:
    ids = [str(5000 + i) for i in range(10)]
    assert mapped({"id_contrato": ids})["id_contrato"] == "reference"
    assert mapped({"id_contrato": ids, "Contract number": [f"K-{i}" for i in range(10)]}) == {
        "id_contrato": None, "Contract number": "reference"}


def test_a_validity_column_of_dates_is_the_end() -> None:
    result = mapped({"CONTRATO": [f"{i:04d}/2022" for i in range(12)],
                     "VIGÊNCIA": _days(date(2023, 3, 1), 12)})
    assert result == {"CONTRATO": "reference", "VIGÊNCIA": "end_date"}


@pytest.mark.parametrize("header", ["有效期", "유효기간", "Laufzeit", "Gyldighet", "Validity"])
def test_a_validity_column_of_dates_is_the_end_in_every_language(header: str) -> None:
    result = mapped({"Contract no": [f"K-{i}" for i in range(8)],
                     header: _days(date(2024, 1, 31), 8)})
    assert result[header] == "end_date"


def test_of_two_cjk_date_columns_the_earlier_is_the_start() -> None:
    result = mapped({"계약명": [f"용역 {i}" for i in range(6)],
                     "착공일자": _days(date(2022, 3, 1), 6),
                     "준공일자": _days(date(2023, 3, 1), 6)})
    assert (result["착공일자"], result["준공일자"]) == ("start_date", "end_date")


def test_of_two_date_columns_the_earlier_is_the_start() -> None:
    result = mapped({"Data e mbylljes": _days(date(2024, 1, 1), 10),
                     "Data e fillimit": _days(date(2021, 1, 1), 10)})
    assert result == {"Data e mbylljes": "end_date", "Data e fillimit": "start_date"}
    suggestion = suggest_mapping(["Date A", "Date B"], [[d, d] for d in _days(date(2021, 1, 1), 5)])
    assert [s.field for s in suggestion] == [None, None]  # the same days: nothing to tell


def test_a_lone_generic_date_column_is_only_pointed_out() -> None:
    suggestion = suggest_mapping(["date"], [[d] for d in _days(date(2021, 1, 1), 6)])[0]
    assert suggestion.field is None and suggestion.kind == "dates"


def test_cryptic_headers_are_read_from_their_values() -> None:
    codes = [f"C20{i:05d}" for i in range(12)]
    result = mapped({"sptno": codes, "stwrdt": _days(date(2019, 1, 1), 12),
                     "ccwdt": _days(date(2020, 6, 1), 12),
                     "totamt": [f"{120000 + 17 * i}" for i in range(12)],
                     "remark": ["x"] * 12})
    assert result == {"sptno": "reference", "stwrdt": "start_date", "ccwdt": "end_date",
                      "totamt": "value", "remark": "notes"}


def test_numbers_alone_never_make_a_reference() -> None:
    assert mapped({"sq_ft": [str(1200 + 37 * i) for i in range(10)]})["sq_ft"] is None


def test_a_column_of_terms_is_the_term_even_under_a_notes_header() -> None:
    result = mapped({"OBSERVAÇÕES": ["60 MESES", "30 MESES", "12 meses", "60 MESES", "24 MESES"]})
    assert result == {"OBSERVAÇÕES": "initial_term"}
    notes = mapped({"OBSERVAÇÕES": ["call Kari first", "see annex", "signed late"]})
    assert notes == {"OBSERVAÇÕES": "notes"}


def test_a_payment_amount_without_due_dates_makes_no_obligation() -> None:
    alone = suggest_mapping(["Contract no", "valor_parcela"], [["K-1", "100,00"]])
    assert alone[1].field is None and "needs a due date" in alone[1].reason
    with_dates = suggest_mapping(["Contract no", "valor_parcela", "Due date", "Owner"],
                                 [["K-1", "100,00", "2025-01-31", "Kari"]])
    assert [s.field for s in with_dates][1:3] == ["obligation_amount", "obligation_due_date"]
    # Nobody to be responsible: "Delivery / Completion Date" is the end of the term.
    nobody = suggest_mapping(["Contract no", "Delivery / Completion Date"],
                             [["K-1", "2025-01-31"]])
    assert nobody[1].field == "end_date"


@pytest.mark.parametrize(("header", "values", "field"), [
    ("Buyer Phone Number", ["555-0101", "555-0199"], None),
    ("Siret_Titulaire", ["12345678900012", "98765432100019"], None),
    ("Beneficial Owner", ["Ola Nordmann", "Kari Nordmann"], None),
    ("UNSPSC Title", ["Office supplies", "Vehicles"], None),
    ("Agency Name", ["Department of Defence", "Department of Health"], "department"),
])
def test_headers_about_something_else(header: str, values: list[CellValue],
                                      field: str | None) -> None:
    assert mapped({header: values})[header] == field


def test_names_with_numbers_are_no_codes() -> None:
    names = [f"Avtale {n}" for n in range(10, 30)]
    assert mapped({"Tittel": names, "Lease": [f"Lease {2000 + n}" for n in range(20)]})[
        "Tittel"] == "title"
    assert column_kind(profile(names)) == "text"
    assert column_kind(profile(["CT-2020-001", "CT-2020-002", "0227/2022", "PO 88231"])) == "ids"


def test_codes_are_no_names() -> None:
    assert mapped({"Vendor": ["V-10001", "V-10002", "V-10003", "V-10004", "V-10005"]}) == {
        "Vendor": None}


@pytest.mark.parametrize(("header", "cells", "expected"), [
    ("Auto-Renew?", ["Y", "Yes", "N", "no"], ["automatic", "automatic", "none", "none"]),
    ("자동갱신", ["예", "아니오"], ["automatic", "none"]),
    ("Renewable", ["Yes", "No"], ["option", "none"]),
    ("Renewal", ["tacit", "option"], ["automatic", "option"]),
])
def test_a_yes_no_renewal_column_reads_by_its_header(header: str, cells: list[str],
                                                    expected: list[str]) -> None:
    suggestion = mapped({header: cells})
    assert suggestion[header] == "renewal"
    plan = column_plan("renewal", cells, header=header)
    assert [plan.read(cell)[1]["renewal"] for cell in cells] == expected


@pytest.mark.parametrize(("cells", "kind"), [
    ([date(2024, 1, 1), "2024-03-01"], "dates"), (["$120,000.00", "USD 5,000"], "amounts"),
    (["Y", "N", "Yes"], "yes/no"), (["12 months", "2 years"], "periods"),
    (["0227/2022", "0228/2022", "0229/2022"], "ids"), ([1, 2, 3, 4], "row numbers"),
    (["0227/2022", "0227/2022", "0018/2022"], "codes"),
    (["Cleaning", "Security"], "text"), ([], "empty"), (["2019", "2020", "2021"], "years"),
])
def test_what_a_column_holds_in_a_word(cells: list[CellValue], kind: str) -> None:
    assert column_kind(profile(cells)) == kind
