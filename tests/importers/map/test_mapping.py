"""Column mapping: synonyms in the register languages, fuzzy matches, value evidence,
one column per field, layout fingerprints, and the shared registers' real headers."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.periods import PeriodUnit
from contract_desk.domain.validation import CONTRACT_FIELDS
from contract_desk.importers.map import header_match
from contract_desk.importers.map.suggest import (
    THRESHOLD,
    ColumnSuggestion,
    layout_fingerprint,
    suggest_mapping,
)
from contract_desk.importers.map.synonyms import IMPORT_ONLY_FIELDS, SYNONYMS
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.header_words import period_unit_hint

REGISTERS = Path(__file__).resolve().parents[4] / "shared" / "registers"
LANGUAGES = {"English", "Norwegian", "Swedish", "Danish", "German", "French", "Spanish",
             "Portuguese", "Korean", "Chinese", "Japanese"}


def one(header: str, values: list[CellValue] | None = None) -> ColumnSuggestion:
    """The suggestion for a sheet of one column."""
    return suggest_mapping([header], [[value] for value in values or []])[0]


@pytest.mark.parametrize(("header", "field"), [
    ("Avtalenr", "reference"), ("Kontraktsnummer", "reference"), ("Leverandør", "counterparty"),
    ("Motpart", "counterparty"), ("Oppsigelsestid", "notice_period"),
    ("Varighet", "initial_term"), ("Startdato", "start_date"), ("Sluttdato", "end_date"),
    ("Beløp", "value"), ("계약번호", "reference"), ("거래처", "counterparty"),
    ("계약기간", "initial_term"), ("시작일", "start_date"), ("종료일", "end_date"),
    ("金额", "value"), ("合同编号", "reference"), ("供应商", "counterparty"),
    ("开始日期", "start_date"), ("契約番号", "reference"), ("Vertragsnummer", "reference"),
    ("Kündigungsfrist", "notice_period"), ("Fournisseur", "counterparty"),
    ("Proveedor", "counterparty"), ("Fecha de inicio", "start_date"), ("Valor", "value"),
    ("Objeto", "scope"), ("Leverantör", "counterparty"), ("Uppsägningstid", "notice_period"),
    ("Opsigelsesfrist", "notice_period"), ("Slutdato", "end_date"), ("Date de fin", "end_date"),
    ("Préavis", "notice_period"), ("Montant", "value"), ("Data de início", "start_date"),
    ("開始日", "start_date"), ("終了日", "end_date"), ("取引先", "counterparty"),
    ("契約金額", "value"), ("계약금액", "value"), ("Currency", "currency"),
    ("Valuta", "currency"), ("币种", "currency"), ("Status", "status"), ("Estado", "status"),
    ("Automatisk fornyelse", "renewal"), ("Tacite reconduction", "renewal"),
    ("Renewal term", "renewal_term"), ("Number of renewals", "max_renewals"),
    ("Final end date", "final_end_date"), ("Notice given on", "notice_given_on"),
    ("Signeringsdato", "signed_on"), ("Confidential until", "confidential_until"),
    ("Payment terms", "payment_terms"), ("Betalingsbetingelser", "payment_terms"),
    ("Merknader", "notes"), ("备注", "notes"), ("Ansvarlig", "owner"), ("담당자", "owner"),
    ("Avdeling", "department"), ("Prosjekt", "project"), ("Stikkord", "tags"),
    ("Kontraktstype", "contract_type"), ("Tittel", "title"), ("Direction", "direction"),
    ("Term (months)", "term_months"), ("Contract #", "reference"),
    ("N° de contrat", "reference"), ("Forfallsdato", "obligation_due_date"),
    ("Avdrag", "obligation_amount"), ("Milepæl", "obligation_title"),
])
def test_synonyms_in_the_register_languages(header: str, field: str) -> None:
    # A payment or milestone needs a due date and one person responsible.
    suggestion = suggest_mapping([header, "Forfallsdato", "Ansvarlig"], [])[0] if (
        field.startswith("obligation_")) else one(header)
    assert suggestion.field == field, suggestion.reason
    assert suggestion.confidence >= 0.9
    assert suggestion.reason.startswith("synonym ")


def test_every_field_has_synonyms_in_every_language() -> None:
    mapped = CONTRACT_FIELDS - {"custom", "reminder_offsets"}
    assert mapped | set(IMPORT_ONLY_FIELDS) - {"value_with_currency"} == set(SYNONYMS)
    for field, languages in SYNONYMS.items():
        assert set(languages) == LANGUAGES, field


def test_the_reason_names_the_synonym_and_its_language() -> None:
    assert one("Sluttdato").reason == "synonym 'Sluttdato' (Norwegian)"


@pytest.mark.parametrize("header", ["SLUTTDATO", "slutt-dato", "Slutt dato:", "  sluttdato "])
def test_case_spaces_and_punctuation_do_not_matter(header: str) -> None:
    assert one(header).field == "end_date"


def test_accents_are_folded_for_latin_but_kept_for_japanese() -> None:
    assert header_match.header_key("Data de Início") == header_match.header_key("data de inicio")
    assert header_match.header_key("タグ") != header_match.header_key("タク")
    assert one("タグ").field == "tags"


@pytest.mark.parametrize(("header", "field", "reason"), [
    ("Startdatoo", "start_date", "fuzzy 0.95 to 'startdato'"),
    ("Expiry dat", "end_date", "fuzzy"),
    ("Successful Supplier Name", "counterparty", "contains 'successful supplier' (English)"),
    ("Preferred Supplier", "counterparty", "contains 'supplier' (English)"),
    ("Contract End Date (dd.mm.yyyy)", "end_date", "synonym 'Contract End Date'"),
    ("Beløp (NOK)", "value", "synonym 'Beløp'"),
    ("合同开始日期(预计)", "start_date", "synonym '合同开始日期'"),
])
def test_near_matches(header: str, field: str, reason: str) -> None:
    suggestion = one(header)
    assert suggestion.field == field
    assert reason in suggestion.reason
    assert suggestion.confidence < 0.95  # never as sure as an exact synonym


@pytest.mark.parametrize("header", ["Buyer Phone Number", "Year", "Quarters",
                                    "sq_ft", "Item #", "_id", "Savings", ""])
def test_headers_that_mean_no_field(header: str) -> None:
    suggestion = one(header)
    assert (suggestion.field, suggestion.confidence) == (None, 0.0)
    assert suggestion.reason


@pytest.mark.parametrize("header", ["Service Frequency", "service_frequency", "Service Level",
                                    "service_type", "Service Area"])
def test_a_header_about_a_service_is_no_department(header: str) -> None:
    # French "service" is a department; English headers about the service bought are not.
    assert one(header).field != "department"


def test_a_lone_service_header_is_only_a_loose_department() -> None:
    suggestion = one("Service")
    assert suggestion.field == "department" and suggestion.confidence < 0.95


@pytest.mark.parametrize("header", ["业务员", "销售员", "영업담당자", "営業担当",
                                    "Salesperson", "Sales Rep"])
def test_our_salesperson_is_a_loose_owner(header: str) -> None:
    suggestion = one(header)
    assert suggestion.field == "owner" and suggestion.confidence < 0.95


def test_a_chinese_sales_register_maps_its_salesperson_to_the_owner() -> None:
    headers = ["合同编号", "客户名称", "业务员", "签订日期", "合同金额", "付款方式", "交货日期",
               "状态", "备注"]
    fields = [s.field for s in suggest_mapping(headers, [])]
    assert fields[:5] == ["reference", "counterparty", "owner", "signed_on", "value"]
    assert fields[7:] == ["status", "notes"]


def test_a_column_of_dates_cannot_be_the_value() -> None:
    suggestion = one("Amount", ["31.12.2025", "01.02.2026", date(2026, 3, 1)])
    assert suggestion.field is None
    assert "look like dates" in suggestion.reason


def test_values_support_or_weaken_a_header() -> None:
    assert one("Amount", ["1 000,50", "€ 2.500,00"]).confidence > one("Amount").confidence
    weak = one("Start date", ["n/a", "TBD", "see contract"])
    assert weak.field is None
    assert "do not look like dates" in weak.reason
    assert one("Start date", [45658, 45700]).field == "start_date"  # Excel serial numbers
    assert "status words" in one("Status", ["Aktiv", "Utløpt", "Oppsagt"]).reason
    assert "currencies" in one("Currency", ["NOK", "EUR", "SEK"]).reason
    assert one("Contract no", [1, 2, 3, 4]).field is None  # a row counter, not a reference


def test_a_reference_column_should_not_repeat() -> None:
    repeating = ["K-1", "K-1", "K-2", "K-3"]
    named = one("Contract number", repeating)
    assert named.field == "reference"
    assert "values repeat a little (75% distinct)" in named.reason
    assert named.confidence < one("Contract number", ["K-1", "K-2", "K-3"]).confidence
    assert one("Contract", ["2020", "2020", "2021", "2020", "2020", "2021"]).field is None
    states = ["SP", "RJ", "SP", "MG", "SP", "RJ", "SP", "SP", "RJ", "MG"] * 2
    assert one("Contract number", states).field is None  # a category, never a reference


def test_an_amount_column_with_currencies_in_the_cells() -> None:
    suggestion = one("Valor", ["R$ 1.234,56", "R$ 99,00"])
    assert suggestion.field == "value_with_currency"
    assert "carry their currency" in suggestion.reason


def test_each_field_goes_to_the_most_confident_column_only() -> None:
    first, second = suggest_mapping(["Contract end (approx.)", "End date"], [])
    assert second.field == "end_date"
    assert first.field is None
    assert "another column fits it better" in first.reason


def test_equal_matches_go_to_the_leftmost_column() -> None:
    first, second = suggest_mapping(["Payment Cycle", "Payment Type"], [])
    assert (first.field, second.field) == ("payment_terms", None)


def test_a_column_falls_back_to_its_next_field() -> None:
    term, months = suggest_mapping(["Term", "Term (months)"], [])
    assert (term.field, months.field) == ("initial_term", "term_months")


def test_a_match_below_the_threshold_is_only_a_hint() -> None:
    suggestion = one("Professional / Consulting Services")
    assert suggestion.field is None
    assert f"below {THRESHOLD}" in suggestion.reason


_CELLS = st.one_of(st.text(max_size=12), st.integers(), st.floats(), st.decimals(), st.none(),
                   st.booleans(), st.dates())


@given(st.lists(st.text(max_size=15), min_size=1, max_size=6),
       st.lists(st.lists(_CELLS, max_size=7), max_size=5))
def test_any_sheet_gets_one_suggestion_per_column_and_each_field_once(
        columns: list[str], rows: list[list[CellValue]]) -> None:
    suggestions = suggest_mapping(columns, rows)
    assert [s.column for s in suggestions] == list(range(len(columns)))
    fields = [s.field for s in suggestions if s.field is not None]
    assert len(fields) == len(set(fields))
    assert all(0 <= s.confidence <= 1 and s.reason for s in suggestions)
    assert all((s.field is None) == (s.confidence == 0) for s in suggestions)


def test_conflicting_synonyms_are_refused_when_the_tables_are_built() -> None:
    index: dict[str, header_match.Synonym] = {}
    header_match._add(index, "ende", header_match.Synonym("end_date", "German", "Ende", True))
    with pytest.raises(ValueError, match="would mean both end_date and notes"):
        header_match._add(index, "ende", header_match.Synonym("notes", "Test", "ende", True))


def test_layout_fingerprint() -> None:
    columns = ["Avtalenr", "Motpart", "Startdato", "Sluttdato"]
    fingerprint = layout_fingerprint(columns)
    assert fingerprint == layout_fingerprint(list(reversed(columns)))
    assert fingerprint == layout_fingerprint(["AVTALENR", "motpart", "Start-dato", "Sluttdato "])
    assert fingerprint != layout_fingerprint([*columns, "Beløp"])
    assert fingerprint != layout_fingerprint([*columns, "Sluttdato"])
    assert fingerprint != layout_fingerprint(["Avtalenr", "Motpart", "Startdato", "Slutt"])
    assert fingerprint.startswith("v1-")
    assert len(fingerprint) == 35


@pytest.mark.parametrize(("header", "unit"), [
    ("Notice period (days)", PeriodUnit.DAYS), ("Term (months)", PeriodUnit.MONTHS),
    ("Løpetid (mnd)", PeriodUnit.MONTHS), ("Laufzeit in Monaten", PeriodUnit.MONTHS),
    ("계약기간(개월)", PeriodUnit.MONTHS), ("通知期(天)", PeriodUnit.DAYS),
    ("Varsel (virkedager)", PeriodUnit.BUSINESS_DAYS), ("Value (m)", None), ("Start date", None),
])
def test_the_unit_a_header_names(header: str, unit: PeriodUnit | None) -> None:
    assert period_unit_hint(header) == unit


# --- the shared registers ------------------------------------------------------------

def _csv_rows(name: str, delimiter: str = ",") -> list[list[str]]:
    path = REGISTERS / name
    if not path.exists():
        pytest.skip(f"{REGISTERS} is not here")
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=delimiter))[:201]


def _xlsx_rows(name: str) -> list[list[CellValue]]:
    path = REGISTERS / name
    if not path.exists():
        pytest.skip(f"{REGISTERS} is not here")
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True, max_row=201)]
    finally:
        workbook.close()


def _mapping(rows: Sequence[Sequence[CellValue]]) -> dict[str, str | None]:
    suggestions = suggest_mapping([str(cell) for cell in rows[0]], rows[1:])
    return {s.header: s.field for s in suggestions}


def test_brazilian_portuguese_headers() -> None:
    assert _mapping(_csv_rows("br_ufrn_contratos.csv", ";")) == {
        "contrato": "reference", "contratado": "counterparty", "valor": "value_with_currency",
        "objeto": "scope", "licitacao": None, "modalidade_licitacao": None,
        "inicio": "start_date", "vencimento": "end_date",
    }


def test_mexican_spanish_headers() -> None:
    assert _mapping(_csv_rows("mx_compranet_contratos.csv")) == {
        "dependencia": "department", "nombre_de_la_uc": None, "claveuc": None,
        "numero_procedimiento": None, "tipo_procedimiento": None,
        "tipo_contratacion": "contract_type", "caracter": None, "codigo_contrato": "reference",
        "titulo_contrato": "title", "fecha_inicio": "start_date", "importe_contrato": "value",
        "proveedor_contratista": "counterparty", "anuncio": None,
    }


def test_toronto_headers() -> None:
    assert _mapping(_csv_rows("ca_toronto_awarded_contracts_2024snapshot.csv")) == {
        # Document numbers repeat once per supplier: each row stays its own contract
        # (rows with one reference and different contents are not merged), and the
        # number a person searches by is kept as its reference.
        "_id": None, "unique_id": None, "Document Number": "reference",
        "RFx (Solicitation) Type": None, "High Level Category": None,
        "Successful Supplier": "counterparty", "Awarded Amount": "value",
        "Award Date": "signed_on", "Division": "department", "Buyer Name": "owner",
        "Buyer Email": None, "Buyer Phone Number": None,
        "Solicitation Document Description": "scope",
    }


def test_us_lease_headers() -> None:
    assert _mapping(_csv_rows("us_fedgov_lease_terminations.csv")) == {
        "date": None, "location": None, "sq_ft": None, "description": "scope",
        "value": "value", "savings": None, "agency": "department",
    }


@pytest.mark.parametrize("style", ["snake", "kebab", "dotted", "camel", "pascal", "spaced"])
def test_database_style_headers_read_as_words(style: str) -> None:
    # A public subscription register: its columns named as a database names them.
    words = [("contract", "id"), ("account", "id"), ("start", "date"), ("renewal", "date"),
             ("contract", "value"), ("vendor", "name")]
    def join(word: tuple[str, str]) -> str:
        first, second = word
        if style in ("camel", "pascal"):
            return (first if style == "camel" else first.title()) + second.title()
        return {"snake": "_", "kebab": "-", "dotted": ".", "spaced": " "}[style].join(word)

    header: list[CellValue] = [join(w) for w in words]
    rows = [header] + [
        [f"CT-{n:04d}", f"AC-{n % 7:03d}", date(2024, 1 + n % 12, 1),
         date(2025, 1 + n % 12, 1), 1000 + 37 * n, f"Vendor {n % 5}"] for n in range(1, 30)]
    assert list(_mapping(rows).values()) == [
        "reference", None, "start_date", "end_date", "value", "counterparty"]


def test_renewal_date_is_the_day_the_current_term_ends() -> None:
    suggestion = one("Next Renewal Date", [date(2025, 3, 1), date(2026, 1, 31)])
    assert suggestion.field == "end_date"
    assert one("Auto Renewal", ["yes", "no"]).field == "renewal"


def test_ottawa_headers() -> None:
    assert _mapping(_xlsx_rows("ottawa_contracts_gt_25000.xlsx")) == {
        "Item #": None, "PO": "reference", "Dept": "department", "Description": "scope",
        "Professional / Consulting Services": None, "Follow-on / Amendment": None,
        "Amount": "value", "Vendor": "counterparty", "Non-Competitive Rationale": None,
        "Type": "contract_type", "Year": None, "Quarters": None,
    }


def test_zimbabwe_template_headers_without_data() -> None:
    path = REGISTERS / "zw_psmas_contracts_template_header_only_invalid_tabcolor.xlsx"
    if not path.exists():
        pytest.skip(f"{REGISTERS} is not here")
    # openpyxl refuses this file (a 7-digit tab colour); calamine reads it as Excel does.
    calamine = pytest.importorskip("python_calamine")
    rows = calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert _mapping(rows) == {
        "Name": "title", "Description": "scope", "Start Date": "start_date",
        "End Date": "end_date", "Vendor": "counterparty", "Department": "department",
        "Payment Cycle": "payment_terms", "Payment Type": None, "Status": "status",
        "Contract Value": "value",
    }


def test_a_data_row_taken_for_a_header_maps_nothing() -> None:
    rows = _csv_rows("xk_gjakova_procurement_contracts_2016_noheader.csv")
    assert set(_mapping(rows).values()) == {None}


def test_nothing_in_the_registers_maps_to_a_field_its_values_contradict() -> None:
    for name, delimiter in (("br_ufrn_contratos.csv", ";"), ("mx_compranet_contratos.csv", ","),
                            ("ca_toronto_awarded_contracts_2024snapshot.csv", ","),
                            ("us_fedgov_lease_terminations.csv", ",")):
        rows = _csv_rows(name, delimiter)
        for suggestion in suggest_mapping(rows[0], rows[1:]):
            assert "but the values" not in suggestion.reason or suggestion.field is None, (
                name, suggestion)
