"""A column of options ("Opsjoner": "1+1 år") gives each renewal's length and how many."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.option_counts import parse_options

Y, M = PeriodUnit.YEARS, PeriodUnit.MONTHS


@pytest.mark.parametrize(("cell", "length", "count"), [
    ("1+1 år", Period(1, Y), 2), ("1 + 1 + 1 years", Period(1, Y), 3),
    ("2 x 1 år", Period(1, Y), 2), ("2x6 mnd", Period(6, M), 2),
    ("3 × 12 months", Period(12, M), 3),
    ("1 år", Period(1, Y), 1), ("Opsjon 1 år", Period(1, Y), 1),
    ("opsjoner: 2 x 1 år", Period(1, Y), 2), ("Options of 2 x 1 year", Period(1, Y), 2),
    ("1+1년", Period(1, Y), 2), ("2 x 6개월", Period(6, M), 2), ("1+1年", Period(1, Y), 2),
])
def test_options_counted(cell: str, length: Period, count: int) -> None:
    assert parse_options(cell) == (length, count)


@pytest.mark.parametrize("cell", ["Ja", "yes", "maybe", "automatic", "", "1+1", "Ingen", 3])
def test_cells_that_count_no_options(cell: object) -> None:
    assert parse_options(cell) is None  # type: ignore[arg-type]


def test_options_of_different_lengths_are_refused_with_a_sentence() -> None:
    with pytest.raises(ValueParseError, match="different lengths"):
        parse_options("1+2 år")
    with pytest.raises(ValueParseError, match="not a unit of time"):
        parse_options("1+1 stk")


def test_a_norwegian_register_of_options(tmp_path: Path) -> None:
    path = tmp_path / "avtaler.csv"
    path.write_text(
        "Avtalenavn;Leverandør;Avtalestart;Avtaleslutt;Opsjoner\n"
        "Renhold;Renhold AS;01.02.2024;31.01.2026;1+1 år\n"
        "IT-drift;Drift AS;15.03.2023;14.03.2025;2 x 6 mnd\n"
        "Kantine;Mat AS;01.09.2022;31.08.2024;Ingen\n"
        "Vakthold;Vakt AS;01.01.2024;31.12.2025;1+2 år\n", encoding="utf-8")
    plan = build_plan(analyze(path))
    fields = [{name: row.fields.get(name) for name in ("renewal", "renewal_term", "max_renewals")}
              for row in plan.rows]
    assert fields[:3] == [
        {"renewal": "option", "renewal_term": "1 year", "max_renewals": 2},
        {"renewal": "option", "renewal_term": "6 months", "max_renewals": 2},
        {"renewal": "none", "renewal_term": None, "max_renewals": None}]
    # Not guessed: kept as text, with its address and why.
    assert fields[3] == {"renewal": None, "renewal_term": None, "max_renewals": None}
    problem, = plan.rows[3].problems
    assert problem.cell.endswith("E5") and "different lengths" in problem.message
