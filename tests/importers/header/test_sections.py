"""A register printed page by page, read as the person reading the pages does."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from contract_desk.importers.plan.model import skip_reason
from contract_desk.importers.plan.pipeline import analyze, build_plan

# Two pages of a transparency portal's report: on page 1 "Valor" and "Processo" stand
# one column right of their values; page 2 prints the header again with its labels
# elsewhere, and carries on the last description of page 1.
SUPPLIERS = ["ACME LTDA", "BETA LTDA", "GAMA SA", "DELTA ME", "EPSILON LTDA", "ZETA SA",
             "ETA LTDA", "TETA ME", "IOTA SA", "KAPA LTDA", "LAMBDA ME", "MI SA"]
WORK = "Manutenção preventiva e corretiva dos prédios e equipamentos da secretaria"


def _page_one() -> list[str]:
    rows = [f'{101 + n}/2026,15/0{1 + n % 9}/2027,,{SUPPLIERS[n]},"{1000 + n},50",,'
            f'{10 + n}/2026,,{WORK} {n}' for n in range(5)]
    rows.append('106/2026,12/06/2027,,ZETA SA,"300,00",,15/2026,,"Reforma da ponte da Rua Nove, '
                'com materiais e"')
    return [",,,PREFEITURA MUNICIPAL,,,,,", ",,,Contratos,,,,,",
            "Contrato,Vigência,,Fornecedor,,Valor,,Processo,Objeto", *rows,
            "Exercício: 2026,,República Federativa do Brasil,,,,Página: 1 de,2,"]


def _page_two() -> list[str]:
    rows = [f'{101 + n}/2026,0{1 + n % 9}/07/2027,{SUPPLIERS[n]},"{4000 + n},00",,{WORK} {n},'
            f'{20 + n}/2026,,' for n in range(6, 12)]
    return ["Contrato,Vigência,Fornecedor,,Valor,Objeto,,Processo,",
            ',,,,,"mão de obra, entre os bairros Santa Cruz e Santa Inês",,,', *rows,
            "Exercício: 2026,,República Federativa do Brasil,,,,Página: 2 de,2,"]


REPORT = "\n".join([*_page_one(), *_page_two()]) + "\n"


def test_each_page_is_read_under_the_sheets_columns(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text(REPORT, encoding="utf-8")
    analysis = analyze(path)
    plan = build_plan(analysis, default_currency="BRL")
    contracts = [row for row in plan.rows if skip_reason(row) is None]
    assert [r.fields["reference"] for r in contracts] == [f"{101 + n}/2026" for n in range(12)]
    assert [r.fields["counterparty"] for r in contracts] == SUPPLIERS
    assert [r.fields["value"] for r in contracts] == [
        *(Decimal(f"{1000 + n}.50") for n in range(5)), Decimal("300.00"),
        *(Decimal(f"{4000 + n}.00") for n in range(6, 12))]
    assert str(contracts[6].fields["end_date"]) == "2027-07-07"
    # The description cut at the page end is whole again.
    assert contracts[5].fields["scope"].endswith(
        "com materiais e mão de obra, entre os bairros Santa Cruz e Santa Inês")
    # The process numbers, printed one column off, are one custom field on both pages.
    assert [r.custom.get("Processo") for r in contracts] == [
        *(f"{10 + n}/2026" for n in range(6)), *(f"{20 + n}/2026" for n in range(6, 12))]
    # Every other row is accounted for, with its reason.
    reasons = {row.row: row.errors[0].message for row in plan.rows if row.errors}
    assert reasons == {
        10: "a page footer of a printed report: not a contract",
        11: "this row repeats the header of row 3 (as at the top of each printed page): "
            "not a contract",
        12: "carries on the text of row 9 (a description cut at a page end): joined to it",
        19: "a page footer of a printed report: not a contract"}
    assert len(plan.rows) == len(contracts) + len(reasons)


def test_a_register_that_is_no_report_is_left_as_it_is(tmp_path: Path) -> None:
    # A row with only a description is a contract of its own here: no page break before it.
    path = tmp_path / "plain.csv"
    path.write_text("Title;Description;Amount\n"
                    "Cleaning;Cleaning of the offices on all floors every working day;NOK 100\n"
                    ";Security guards for the warehouse at night and on weekends all year;\n"
                    "Page 2 of 3 of the manual;Printing of the user manual in two languages;"
                    "NOK 50\n", encoding="utf-8")
    analysis = analyze(path)
    assert analysis.not_contracts == {}
    plan = build_plan(analysis)
    assert [skip_reason(row) for row in plan.rows] == [None, None, None]
    assert plan.rows[2].fields["title"] == "Page 2 of 3 of the manual"  # no footer


def test_a_few_words_under_the_header_once_are_data(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("Contract no,Title,Supplier\n,Renhold,\nK-2,Vakt,Securitas\n",
                    encoding="utf-8")
    analysis = analyze(path)
    assert analysis.not_contracts == {}
    assert [row.fields.get("title") for row in build_plan(analysis).rows] == ["Renhold", "Vakt"]
