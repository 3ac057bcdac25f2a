"""The mapping page's "Stored as": each column's first cells as the import will store them.

Beside the cells as written (Samples), a person sees the dates in their own form
(read day first or month first as the column says), the amounts in the header's unit
with their currency, a cell that cannot be read marked, and all of it following the
field chosen for the column and the currency chosen for amounts that name none.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.i18n.formats import current_formats
from contract_desk.storage import Register
from contract_desk.ui.importing.wizard import (
    ATTENTION_TINT,
    SAMPLES,
    STORED,
    ImportWizard,
    MappingPage,
)

CSV = (
    "Avtalenr;Tittel;Startdato;Beløp;Oppsigelse;Fornyes\n"
    "A-1;Renhold;01.02.2024;125 000,50;3 mnd;automatisk\n"
    "A-2;Lisenser;15.03.2025;9 990,00;6 mnd;nei\n"
    "A-3;Kaffe;01.13.2025;1 200,00;1 mnd;automatisk\n"
)


def _mapping_page(qtbot, register: Register, path: Path,  # type: ignore[no-untyped-def]
                  monkeypatch: pytest.MonkeyPatch) -> MappingPage:
    """The wizard's Columns page on ``path``, no regional currency offered."""
    import contract_desk.ui.importing.wizard as wizard_module

    monkeypatch.setattr(wizard_module, "system_currency_code", lambda: None)
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    wizard.next()
    mapping = wizard.currentPage()
    assert isinstance(mapping, MappingPage)
    return mapping


@pytest.fixture
def page(qtbot, sqlite_register: Register, tmp_path: Path,  # type: ignore[no-untyped-def]
         monkeypatch: pytest.MonkeyPatch) -> MappingPage:
    path = tmp_path / "kontrakter.csv"
    path.write_text(CSV, encoding="utf-8")
    return _mapping_page(qtbot, sqlite_register, path, monkeypatch)


def _row(page: MappingPage, header: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == header)


def _stored(page: MappingPage, header: str) -> str:
    return page.table.item(_row(page, header), STORED).text()


def test_dates_are_shown_as_stored_and_an_unreadable_one_is_marked(page: MappingPage) -> None:
    assert page.table.horizontalHeaderItem(STORED).text() == "Stored as"
    formats = current_formats()
    shown = _stored(page, "Startdato")
    assert shown.startswith(f"{formats.date(date(2024, 2, 1))} | "
                            f"{formats.date(date(2025, 3, 15))} | ")
    assert "kept as written" in shown  # 01.13.2025: no 13th month
    item = page.table.item(_row(page, "Startdato"), STORED)
    assert item.background().color() == ATTENTION_TINT
    assert "01.02.2024 → " in item.toolTip()
    assert page.table.item(_row(page, "Avtalenr"), STORED).text() == "A-1 | A-2 | A-3"
    assert page.table.item(_row(page, "Avtalenr"), STORED).background().color() != ATTENTION_TINT
    assert _stored(page, "Oppsigelse") == "3 months | 6 months | 1 month"
    assert _stored(page, "Fornyes").split(" | ") == [
        "Automatic renewal", "No renewal", "Automatic renewal"]


def test_amounts_follow_the_currency_chosen_for_them(page: MappingPage) -> None:
    formats = current_formats()
    assert _stored(page, "Beløp").startswith(
        f"{formats.amount(Decimal('125000.50'))} (no currency) | ")
    page.currency.setCurrentIndex(page.currency.findData("NOK"))
    assert _stored(page, "Beløp").startswith(
        f"{formats.money(Decimal('125000.50'), 'NOK')} | {formats.money(Decimal('9990'), 'NOK')}")


def test_another_field_chosen_shows_the_cells_read_for_it(page: MappingPage) -> None:
    row = _row(page, "Startdato")
    box = page.boxes[row]
    box.setCurrentIndex(box.findData(""))
    assert page.table.item(row, STORED).text() == ""  # kept as a custom field, as written
    box.setCurrentIndex(box.findData("title"))
    assert page.table.item(row, STORED).text() == "01.02.2024 | 15.03.2025 | 01.13.2025"
    # A currency column chosen: each amount takes its row's currency.
    currency = page.boxes[_row(page, "Tittel")]
    currency.setCurrentIndex(currency.findData("currency"))
    assert "kept as written" in page.table.item(_row(page, "Tittel"), STORED).text()


def test_each_kind_of_value_in_the_persons_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    from contract_desk.importers.plan.samples_read import ReadCell
    from contract_desk.ui.common.formatting import Formatter
    from contract_desk.ui.importing.read_as import cell_words

    formatter = Formatter()
    formats = formatter.formats
    words = {
        "kjøp": {"direction": "buy"}, "salg": {"direction": "sell"},
        "aktiv": {"status": "active"}, "opsjon": {"renewal": "option"},
        "ja": {"confidential": True}, "3": {"max_renewals": 3},
        "a, b": {"tags": ["a", "b"]}, "36 mnd": {"initial_term": "36 months"},
        "2024-07~2027-06": {"start_date": date(2024, 7, 1), "end_date": date(2027, 6, 30)},
    }
    shown = {text: cell_words(ReadCell(text, fields), formatter) for text, fields in words.items()}
    assert shown["kjøp"] == "Buy" and shown["salg"] == "Sell"
    assert shown["aktiv"] == "Active" and shown["opsjon"] == "Renewal by option"
    assert shown["ja"] == "yes" and shown["3"] == "3" and shown["a, b"] == "a, b"
    assert shown["36 mnd"] == "36 months"
    assert shown["2024-07~2027-06"] == (f"start date: {formats.date(date(2024, 7, 1))}, "
                                        f"end date: {formats.date(date(2027, 6, 30))}")
    long = "Renhold " * 20
    assert cell_words(ReadCell(long, {"title": long}), formatter).endswith("…")
    assert cell_words(ReadCell(long, {"title": long}), formatter, whole=True) == long.strip()
    assert cell_words(ReadCell("x", {}, "not a date"), formatter) == "kept as written: not a date"


def test_a_sparse_column_shows_the_same_first_filled_cells_as_written_and_as_stored(
        qtbot, sqlite_register: Register, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sparse.csv"
    path.write_text("Ref;Title;End date\nA-1;Cleaning;\nA-2;Licences;\nA-3;Coffee;31.12.2026\n"
                    "A-4;Security;30.06.2027\n", encoding="utf-8")
    page = _mapping_page(qtbot, sqlite_register, path, monkeypatch)
    row = _row(page, "End date")
    formats = current_formats()
    assert page.table.item(row, SAMPLES).text() == "31.12.2026 | 30.06.2027"
    assert page.table.item(row, STORED).text() == (
        f"{formats.date(date(2026, 12, 31))} | {formats.date(date(2027, 6, 30))}")
