"""A notice period with the words around it ("3 months before expiry") is that period."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.notice_phrases import notice_rest, parse_notice_period

D, M = PeriodUnit.DAYS, PeriodUnit.MONTHS


@pytest.mark.parametrize(("cell", "period"), [
    ("3 months before expiry", Period(3, M)), ("3 months prior to expiration", Period(3, M)),
    ("3 months' notice", Period(3, M)),
    ("90 days notice prior to the end of the term", Period(90, D)),
    ("three months notice before the end of the term", Period(3, M)),
    ("6 months before the contract's end date", Period(6, M)),
    ("3 måneder før utløp", Period(3, M)), ("6 mnd før avtalens utløp", Period(6, M)),
    ("3 Monate vor Ablauf", Period(3, M)), ("3 mois avant l'échéance", Period(3, M)),
    ("90 días antes del vencimiento", Period(90, D)),
    ("계약만료 3개월 전", Period(3, M)), ("만료 90일 전", Period(90, D)),
    ("3개월 전", Period(3, M)),
    ("到期前3个月", Period(3, M)), ("合同到期前30天", Period(30, D)), ("提前3个月", Period(3, M)),
    ("満了の3ヶ月前", Period(3, M)), ("契約満了日の3か月前", Period(3, M)),
    ("3 months", Period(3, M)),  # a plain period as before
])
def test_the_period_of_a_notice_phrase(cell: str, period: Period) -> None:
    assert parse_notice_period(cell) == period


@pytest.mark.parametrize("cell", ["Avtale 12", "3 months", "2024-01-01", "Kari", 12])
def test_cells_without_notice_words_are_left_to_the_ordinary_reading(cell: object) -> None:
    assert notice_rest(cell) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["before expiry", "notice", "soon before expiry",
                                  "3 apples before expiry"])
def test_notice_words_around_no_period_are_refused(cell: str) -> None:
    with pytest.raises(ValueParseError):
        parse_notice_period(cell)


def test_a_register_of_notice_sentences_fills_the_notice_period(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("Ref,Title,Supplier,Start,End,Notice period\n"
                    "A-1,Cleaning,Acme,2024-01-01,2024-12-31,3 months before expiry\n"
                    "A-2,IT,Beta,2024-01-01,2025-12-31,90 days' notice\n"
                    "A-3,Cars,Gamma,2024-01-01,2025-12-31,when agreed\n", encoding="utf-8")
    analysis = analyze(path)
    assert analysis.named_mapping()["Notice period"] == "notice_period"
    plan = build_plan(analysis)
    assert [row.fields.get("notice_period") for row in plan.rows] == [
        "3 months", "90 days", None]
    problem, = plan.rows[2].problems  # kept as text, with its address and why
    assert problem.cell.endswith("F4")
