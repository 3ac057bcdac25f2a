"""The notice rules come in: their columns in every language, their words, their refusals."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from contract_desk.exporters.words import NOTICE_TO
from contract_desk.i18n.every_language import in_language, shipped_languages
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.map.suggest import suggest_mapping
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.field_parsers import column_plan
from contract_desk.importers.values.notice_words import parse_holiday_country, parse_notice_to


@pytest.mark.parametrize(("header", "field"), [
    ("Notice to", "notice_to"), ("Notice counted to", "notice_to"),
    ("Oppsigelse til utgangen av", "notice_to"), ("Kündigung zum", "notice_to"),
    ("해지기준일", "notice_to"), ("解约时点", "notice_to"),
    ("Public holidays of", "holiday_country"), ("Holidays", "holiday_country"),
    ("Helligdager", "holiday_country"), ("Feiertage", "holiday_country"),
    ("공휴일", "holiday_country"), ("法定节假日", "holiday_country"),
    ("Postal days", "postal_days"), ("Days for delivery", "postal_days"),
    ("Postgang", "postal_days"), ("Postlaufzeit", "postal_days"),
    ("우편일수", "postal_days"), ("邮寄天数", "postal_days"),
    # A bare "notice" stays the notice period's.
    ("Notice", "notice_period"), ("Oppsigelse", "notice_period"),
])
def test_the_notice_rule_columns_are_recognised_in_the_register_languages(
        header: str, field: str) -> None:
    suggestion = suggest_mapping([header], [])[0]
    assert suggestion.field == field, suggestion.reason
    assert suggestion.confidence >= 0.9


@pytest.mark.parametrize(("cell", "rule"), [
    ("month-end", "month-end"), ("End of month", "month-end"),
    ("to the end of a month", "month-end"), ("utgangen av måneden", "month-end"),
    ("månedsskifte", "month-end"), ("Monatsende", "month-end"), ("zum Monatsende", "month-end"),
    ("fin de mois", "month-end"), ("월말", "month-end"), ("月底", "month-end"),
    ("quarter-end", "quarter-end"), ("End of the quarter", "quarter-end"),
    ("til utgangen av kvartalet", "quarter-end"), ("Quartalsende", "quarter-end"),
    ("분기말", "quarter-end"), ("季度末", "quarter-end"), ("四半期末", "quarter-end"),
    ("year-end", "year-end"), ("Year end", "year-end"), ("utgangen av året", "year-end"),
    ("Jahresende", "year-end"), ("연말", "year-end"), ("年底", "year-end"),
    ("none", None), ("Ingen", None), ("any day", None),
])
def test_notice_rules_in_every_language(cell: str, rule: str | None) -> None:
    assert parse_notice_to(cell) == rule


@pytest.mark.parametrize("language", shipped_languages())
def test_the_programs_own_notice_rule_words_read_back(language: str) -> None:
    for rule, source in NOTICE_TO.items():
        assert parse_notice_to(in_language(source, language)) == rule, language


@pytest.mark.parametrize("cell", ["end", "month", "soon", "the end of a week", "3"])
def test_an_unknown_or_ambiguous_rule_is_refused_not_guessed(cell: str) -> None:
    with pytest.raises(ValueParseError, match="is not a notice rule"):
        parse_notice_to(cell)


@pytest.mark.parametrize(("cell", "code"), [
    ("NO", "NO"), ("se", "SE"), ("Norway", "NO"), ("Norge", "NO"), ("Tyskland", "DE"),
    ("Deutschland", "DE"), ("노르웨이", "NO"), ("대한민국", "KR"), ("挪威", "NO"),
    ("中国", "CN"), ("United Kingdom", "GB"), ("UK", "GB"), ("Sverige", "SE"),
])
def test_a_holiday_country_by_code_or_name_in_any_language(cell: str, code: str) -> None:
    assert parse_holiday_country(cell) == code


@pytest.mark.parametrize("cell", ["Atlantis", "XX", "Nor", "12"])
def test_a_country_without_a_holiday_calendar_is_refused(cell: str) -> None:
    with pytest.raises(ValueParseError, match="is not a country whose public holidays"):
        parse_holiday_country(cell)


@pytest.mark.parametrize(("cell", "parsed"), [("0", 0), ("3", 3), (5, 5), ("60", 60)])
def test_postal_days_are_a_whole_number_up_to_sixty(cell: str | int, parsed: int) -> None:
    assert column_plan("postal_days", []).read(cell)[1] == {"postal_days": parsed}


@pytest.mark.parametrize(("cell", "problem"), [
    ("61", "is more than the 60"), ("2.5", "not a whole number"), ("-1", "not a whole number"),
    ("three", "not a whole number"),
])
def test_impossible_postal_days_are_refused(cell: str, problem: str) -> None:
    refused = column_plan("postal_days", []).read(cell)[1]
    assert isinstance(refused, ValueParseError) and problem in str(refused)


def test_each_bad_cell_is_named_by_its_address(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["Reference", "Title", "Notice period", "Notice to", "Public holidays of",
             "Postal days"],
            ["A-1", "Lease", "3 months", "Kvartalsslutt", "Norge", "2"],
            ["A-2", "Cleaning", "1 month", "sometime", "Atlantis", "90"],
        ])
    plan = build_plan(analyze(path))
    first, second = plan.rows
    assert (first.fields["notice_to"], first.fields["holiday_country"],
            first.fields["postal_days"]) == ("quarter-end", "NO", 2)
    assert not first.problems
    problems = {problem.cell.rsplit("!", 1)[-1]: problem.message for problem in second.problems}
    assert set(problems) == {"D3", "E3", "F3"}
    assert "'sometime' is not a notice rule" in problems["D3"]
    assert "'Atlantis' is not a country" in problems["E3"]
    assert "more than the 60" in problems["F3"]
    assert second.custom["Notice to"] == "sometime"  # the text stays with the contract
