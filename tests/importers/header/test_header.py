"""Header detection on generated sheets: titles, merged and two-row headers, totals, no header."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.importers.header.finding import find_header
from contract_desk.importers.header.names import unique_names
from contract_desk.importers.read.table import CellValue, RawSheet

HEADER: list[CellValue] = ["Ref", "Counterparty", "Start", "End", "Value", "Owner"]


def _data(count: int, start: int = 1) -> list[list[CellValue]]:
    return [[f"K-{n}", f"Supplier {n % 4}", date(2024, 1, 1 + n % 28), date(2025, 1, 1 + n % 28),
             1000.5 * n, "Kari"] for n in range(start, start + count)]


def _sheet(rows: list[list[CellValue]], merged: list[tuple[int, int, int, int]] | None = None,
           name: str = "Register") -> RawSheet:
    width = max(len(r) for r in rows)
    return RawSheet(name, [r + [None] * (width - len(r)) for r in rows], merged=merged or [])


def test_a_header_on_the_first_row() -> None:
    guess = find_header(_sheet([HEADER, *_data(10)]))
    assert (guess.header_rows, guess.first_data, guess.last_data) == ((0,), 1, 10)
    assert guess.columns == HEADER and guess.has_header and guess.totals_row is None
    assert guess.confidence >= 0.8 and guess.notes == []


def test_titles_logos_notes_and_blank_rows_above_are_skipped() -> None:
    rows = [["Contract register"], [None], ["Exported 2025-03-01 by Kari", None, "Confidential"],
            ["Amounts in NOK"], [None] * 6, HEADER, *_data(25)]
    guess = find_header(_sheet(rows))
    assert guess.header_rows == (5,)
    assert (guess.first_data, guess.last_data) == (6, 30)
    assert guess.columns == HEADER
    assert any("header is on row 6" in note and "3 rows above" in note for note in guess.notes)


def test_a_key_value_block_above_the_header_is_not_the_header() -> None:
    rows = [["Company", "Acme AS"], ["Period", date(2025, 1, 1)], ["Prepared by", "Ola"],
            HEADER, *_data(8)]
    assert find_header(_sheet(rows)).header_rows == (3,)


def test_an_all_text_register_keeps_its_first_row_as_header() -> None:
    rows = [["Name", "Department", "Owner"], *[[f"Deal {n}", "IT", "Kari"] for n in range(6)]]
    guess = find_header(_sheet(rows))
    assert guess.header_rows == (0,) and guess.first_data == 1 and guess.last_data == 6


def test_merged_header_cells_spread_over_their_columns_and_stay_unique() -> None:
    header = ["Ref", "Amount", None, "Owner"]
    rows = [header, *[[f"K-{n}", 10 * n, 5 * n, "Kari"] for n in range(1, 6)]]
    guess = find_header(_sheet(rows, merged=[(1, 1, 1, 2)]))
    assert guess.columns == ["Ref", "Amount", "Amount (2)", "Owner"]


def test_a_two_row_header_with_merged_group_cells() -> None:
    top: list[CellValue] = ["Contract", "Dates", None, "Value"]
    bottom: list[CellValue] = [None, "Start", "End", None]
    data = [[f"K-{n}", date(2024, 1, n), date(2025, 1, n), 100 * n] for n in range(1, 9)]
    merged = [(2, 0, 3, 0), (2, 1, 2, 2), (2, 3, 3, 3)]  # A2:A3, B2:C2, D2:D3
    guess = find_header(_sheet([["Register"], top, bottom, *data], merged=merged))
    assert guess.header_rows == (1, 2)
    assert guess.columns == ["Contract", "Dates / Start", "Dates / End", "Value"]
    assert (guess.first_data, guess.last_data) == (3, 10)
    assert any("header takes two rows (2 and 3)" in note for note in guess.notes)
    assert any("header is on rows 2 and 3; 1 row above it (a title, a note) is not"
               in note for note in guess.notes)


def test_a_two_row_header_without_merge_information() -> None:
    top: list[CellValue] = ["Contract", "Dates", None, "Value", None]
    bottom: list[CellValue] = [None, "Start", "End", None, "Notes"]
    data = [[f"K-{n}", date(2024, 1, n), date(2025, 1, n), 100 * n, "x"] for n in range(1, 9)]
    guess = find_header(_sheet([top, bottom, *data]))
    assert guess.header_rows == (0, 1)
    assert guess.columns == ["Contract", "Dates / Start", "Dates / End", "Value", "Notes"]
    assert guess.first_data == 2


def test_a_title_merged_across_the_sheet_is_not_a_group_row() -> None:
    rows = [["Contract register 2025", None, None, None, None, None], HEADER, *_data(6)]
    guess = find_header(_sheet(rows, merged=[(1, 0, 1, 5)]))
    assert guess.header_rows == (1,) and guess.columns == HEADER


@pytest.mark.parametrize("label", ["Total", "TOTAL:", "Sum", "Grand total", "Totalt", "Summe",
                                   "Total général", "Suma", "합계", "合计", "Total NOK"])
def test_a_totals_row_is_recognised_and_left_out(label: str) -> None:
    rows = [HEADER, *_data(12), [label, None, None, None, 78_012.5, None]]
    guess = find_header(_sheet(rows))
    assert guess.totals_row == 13
    assert (guess.first_data, guess.last_data) == (1, 12)
    assert any("Row 14 is a totals row" in note for note in guess.notes)


def test_a_full_contract_row_whose_first_cell_starts_with_total_is_data() -> None:
    last: list[CellValue] = ["Total Refurbishment", "Total AS", date(2024, 5, 1),
                             date(2025, 5, 1), 99.0, "Kari"]
    guess = find_header(_sheet([HEADER, *_data(5), last]))
    assert guess.totals_row is None and guess.last_data == 6


def test_trailing_empty_rows_and_notes_below_are_not_data() -> None:
    rows = [HEADER, *_data(7), [None] * 6, [None] * 6, ["Source: ERP export"],
            ["* Values excl. VAT"], [None] * 6]
    guess = find_header(_sheet(rows))
    assert (guess.first_data, guess.last_data) == (1, 7)
    assert any("below the data look like notes" in note for note in guess.notes)


def test_totals_then_notes_are_both_left_out() -> None:
    rows = [HEADER, *_data(4), ["Sum", None, None, None, 10_005.0, None], [None] * 6,
            ["Source: ERP"]]
    guess = find_header(_sheet(rows))
    assert (guess.last_data, guess.totals_row) == (4, 5)


def test_blank_rows_inside_the_data_do_not_end_it() -> None:
    rows = [HEADER, *_data(3), [None] * 6, *_data(3, start=10)]
    guess = find_header(_sheet(rows))
    assert (guess.first_data, guess.last_data) == (1, 7)


def test_a_sheet_whose_first_row_is_data_has_no_header() -> None:
    rows = [[str(n), "1", f"Works {n}", f"{n:02d}.03.2016", f"{n * 1000}", "Firm", None]
            for n in range(1, 20)]
    guess = find_header(_sheet(rows))
    assert not guess.has_header and guess.header_rows == ()
    assert guess.columns == [  # named by their letter and what they hold
        "Column A — row numbers", "Column B — whole numbers", "Column C — text",
        "Column D — dates", "Column E — whole numbers", "Column F — text", "Column G — empty"]
    assert (guess.first_data, guess.last_data) == (0, 18)
    assert any("No header row found" in note for note in guess.notes)


def test_a_header_with_nothing_below_has_zero_data_rows() -> None:
    guess = find_header(_sheet([HEADER]))
    assert guess.has_header and guess.header_rows == (0,)
    assert guess.last_data == guess.first_data - 1
    assert any("no data rows" in note for note in guess.notes)


def test_an_empty_sheet() -> None:
    guess = find_header(RawSheet("Empty", []))
    assert (guess.columns, guess.first_data, guess.last_data, guess.has_header) == ([], 0, -1,
                                                                                   False)


def test_blank_and_repeated_names_become_unique() -> None:
    rows = [["Ref", None, "Amount", "amount", "Amount"], *[["K", "x", 1, 2, 3]] * 4]
    assert find_header(_sheet(rows)).columns == ["Ref", "Column B", "Amount", "amount (2)",
                                                 "Amount (3)"]


def test_line_breaks_and_spaces_inside_header_cells_are_collapsed() -> None:
    rows = [["Contract\nnumber", "  Start   date "], *[["K-1", date(2025, 1, 1)]] * 3]
    assert find_header(_sheet(rows)).columns == ["Contract number", "Start date"]


def test_numbers_as_header_labels_are_named_by_their_text() -> None:
    rows = [["Ref", 2024, 2025], *[[f"K-{n}", "yes", "no"] for n in range(5)]]
    assert find_header(_sheet(rows)).columns == ["Ref", "2024", "2025"]


def test_an_existing_numbered_name_is_not_reused() -> None:
    assert unique_names(["Amount", "Amount", "Amount (2)"]) == ["Amount", "Amount (3)",
                                                               "Amount (2)"]


def test_confidence_is_lower_for_a_weak_header_than_a_clear_one() -> None:
    clear = find_header(_sheet([HEADER, *_data(10)]))
    weak = find_header(_sheet([["Name", "Note", "x"], *[[f"a{n}", "b", "c"] for n in range(5)]]))
    assert 0.0 <= weak.confidence < clear.confidence <= 1.0


@pytest.mark.parametrize("titles", [0, 1, 3, 8])
def test_the_header_is_found_under_any_number_of_title_rows(titles: int) -> None:
    above: list[list[CellValue]] = [[f"Title line {n}"] for n in range(titles)]
    guess = find_header(_sheet([*above, HEADER, *_data(30)]))
    assert guess.header_rows == (titles,) and guess.last_data == titles + 30


def test_years_over_columns_of_amounts_are_a_header() -> None:
    # Row 19's amounts (1900, 1995, 2090) happen to look like years themselves.
    rows = [["Ref", "Party", 2023, 2024, 2025],
            *[[f"K-{n}", "Acme", 100 * n, 105 * n, 110 * n] for n in range(1, 21)]]
    guess = find_header(_sheet(rows))
    assert guess.has_header and guess.columns == ["Ref", "Party", "2023", "2024", "2025"]


def test_a_year_column_does_not_make_a_data_row_a_header() -> None:
    rows = [[str(n), f"Works {n}", "2016", f"{n}.5", f"{n:02d}.03.2016"] for n in range(1, 15)]
    assert not find_header(_sheet(rows)).has_header
