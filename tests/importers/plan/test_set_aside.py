"""A row is one contract even when one of its fields contradicts another."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.validation import validate_contract
from contract_desk.importers.plan.model import skip_reason
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.plan.set_aside import set_aside_invalid


def test_a_term_without_a_start_is_set_aside_not_the_contract() -> None:
    fields = {"title": "Cleaning", "initial_term": "2 years"}
    assert set(set_aside_invalid(fields)) == {"initial_term"}
    assert "start" in set_aside_invalid(fields)["initial_term"]
    assert fields == {"title": "Cleaning", "initial_term": "2 years"}  # not changed


def test_the_field_that_breaks_a_rule_is_the_one_set_aside() -> None:
    assert set(set_aside_invalid({
        "title": "T", "start_date": date(2024, 5, 1), "end_date": date(2023, 4, 30)})) == {
        "end_date"}
    assert set(set_aside_invalid({"title": "T", "renewal": "automatic"})) == {"renewal"}
    assert set(set_aside_invalid({"title": "T", "value": Decimal("-5"), "currency": "EUR"})) == {
        "value"}
    # A term without a start, renewing automatically: the term goes, then the renewal.
    assert set(set_aside_invalid({"title": "T", "initial_term": "1 year",
                                  "renewal": "automatic"})) == {"initial_term", "renewal"}
    assert set_aside_invalid({"title": "T", "start_date": date(2024, 1, 1),
                              "initial_term": "2 years", "renewal": "option"}) == {}


_FIELDS = st.fixed_dictionaries({}, optional={
    "start_date": st.dates(date(1990, 1, 1), date(2040, 1, 1)),
    "end_date": st.dates(date(1990, 1, 1), date(2040, 1, 1)),
    "final_end_date": st.dates(date(1990, 1, 1), date(2040, 1, 1)),
    "initial_term": st.sampled_from(["2 years", "36 months", "90 days", "10 business days"]),
    "renewal_term": st.sampled_from(["1 year", "6 months", "5 business days"]),
    "renewal": st.sampled_from(["none", "automatic", "option"]),
    "max_renewals": st.integers(0, 5),
    "notice_period": st.sampled_from(["3 months", "30 days", "20 business days"]),
    "value": st.decimals(-1000, 10**9, places=2),
    "currency": st.just("EUR"),
})


@given(_FIELDS)
def test_what_is_left_is_always_a_contract_the_register_accepts(fields: dict) -> None:
    fields = {"title": "Contract", **fields}
    set_aside = set_aside_invalid(fields)
    kept = {name: value for name, value in fields.items() if name not in set_aside}
    assert validate_contract(kept) == {}
    assert set(set_aside) <= set(fields) - {"title"}


def test_the_rows_of_a_register_are_kept_with_the_cells_that_contradict(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("Contract no;Title;Duration;Start;End\n"
                    "K-1;Cleaning;2 years;;\n"
                    "K-2;Security;1 year;2024-05-01;2023-04-30\n"
                    "K-3;Canteen;3 years;2024-01-01;\n", encoding="utf-8")
    plan = build_plan(analyze(path))
    assert [skip_reason(row) for row in plan.rows] == [None, None, None]
    first, second, third = plan.rows
    assert "initial_term" not in first.fields and first.custom["Duration"] == "2 years"
    assert [(p.cell, p.value) for p in first.problems if "kept as text" in p.message] == [
        ("register!C2", "2 years")]
    assert "end_date" not in second.fields and second.custom["End"] == "2023-04-30"
    assert second.fields["initial_term"] == "1 year"
    assert third.fields["initial_term"] == "3 years" and not third.custom


def test_cells_the_register_cannot_hold_are_kept_as_text_with_their_reason(
        tmp_path: Path) -> None:
    path = tmp_path / "limits.csv"
    path.write_text("Contract no;Title;Amount;Max renewals\n"
                    "K-1;Cleaning;EUR 1.1234567;20000\n"
                    "K-2;Security;EUR 1e40;2\n", encoding="utf-8")
    first, second = build_plan(analyze(path)).rows
    assert skip_reason(first) is None and skip_reason(second) is None
    assert first.custom == {"Amount": "EUR 1.1234567", "Max renewals": "20000"}
    messages = {p.cell: p.message for p in first.problems}
    assert "has 7 decimals" in messages["limits!C2"] and "10,000" in messages["limits!D2"]
    assert second.custom == {"Amount": "EUR 1e40"} and second.fields["max_renewals"] == 2
    assert any("too large" in p.message for p in second.problems)


def test_the_domain_refuses_a_huge_amount_in_words_not_a_crash() -> None:
    import pytest

    from contract_desk.domain.validation import to_amount

    with pytest.raises(ValueError, match="too large"):
        to_amount("1e40")


def test_terms_count_from_the_signing_date_where_a_sheet_has_no_start_dates(
        tmp_path: Path) -> None:
    path = tmp_path / "marches.csv"
    path.write_text("Id du marché;Objet;Date notification;Durée mois;Date de fin\n"
                    "M-1;Nettoyage;2021-03-15;12;\n"
                    "M-2;Gardiennage;2021-05-01;24;2022-12-31\n", encoding="utf-8")
    plan = build_plan(analyze(path))
    first, second = plan.rows
    assert (first.fields["start_date"], first.fields["initial_term"]) == (
        date(2021, 3, 15), "12 months")
    assert "start_date" not in second.fields  # its end date says when it ends
    assert not first.problems
    assert any("counted from the signing date (Date notification)" in n for n in plan.notes)


def test_a_problem_quotes_a_cell_with_line_breaks_as_a_person_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "breaks.csv"
    path.write_text('Contract no;Title;Start;Duration\nK-1;Cleaning;2024-01-01;"30 MESES\n90 '
                    'DIÁRIAS"\nK-2;Security;2024-01-01;24 MESES\nK-3;Canteen;2024-01-01;'
                    '12 meses\n', encoding="utf-8")
    (problem,) = build_plan(analyze(path)).rows[0].problems
    assert problem.message.startswith("'30 MESES 90 DIÁRIAS' is not a contract term")
    assert "\\n" not in problem.message and problem.value == "30 MESES\n90 DIÁRIAS"
