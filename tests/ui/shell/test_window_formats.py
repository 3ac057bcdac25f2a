"""The window writes money and dates in the person's formats: status-bar totals, table cells."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from window_load import wait_until_loaded

from contract_desk import i18n
from contract_desk.i18n.formats import FORMATS_ENV
from contract_desk.services import create_contract
from contract_desk.storage import Register
from contract_desk.ui.shell.main_window import MainWindow


def plain(text: str) -> str:
    """``text`` with its no-break spaces as spaces (what a person sees)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def speaking(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Set the language and the formats for one test; English and the plain form after."""
    def speak(language: str, formats: str) -> None:
        i18n.use_language(language)
        monkeypatch.setenv(FORMATS_ENV, formats)

    yield speak
    i18n.use_language("en")


def window_with(qtbot, register: Register, value: str, currency: str) -> MainWindow:
    with register.transaction() as session:
        create_contract(session, {
            "reference": "F-1", "title": "Service", "counterparty": "Nordlys AS",
            "value": Decimal(value), "currency": currency, "start_date": date(2026, 12, 4),
            "initial_term": "3 years", "owner": "Kari"}, user="tester")
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    return window


@pytest.mark.parametrize(("language", "formats", "value", "currency", "total", "cell", "start"), [
    ("zh_CN", "zh_CN", "12595202.74", "CNY", "¥12,595,202.74", "12,595,202.74", "2026/12/4"),
    ("ko", "ko_KR", "1250000", "KRW", "₩1,250,000", "1,250,000", "2026. 12. 4."),
    ("nb", "nb_NO", "1250.50", "NOK", "kr 1 250,50", "1 250,50", "04.12.2026"),
])
def test_totals_and_cells_in_the_persons_formats(
        qtbot, sqlite_register: Register, speaking, language: str, formats: str, value: str,
        currency: str, total: str, cell: str, start: str) -> None:
    speaking(language, formats)
    window = window_with(qtbot, sqlite_register, value, currency)
    assert plain(window.summary.text()).endswith(f"   {total}")
    model = window.model
    assert plain(model.index(0, model.column_index("value")).data()) == cell
    assert model.index(0, model.column_index("start_date")).data() == start


def test_plain_english_keeps_iso_dates_and_codes_after_the_amount(
        qtbot, sqlite_register: Register) -> None:
    window = window_with(qtbot, sqlite_register, "1250000", "KRW")
    assert window.summary.text().endswith("1,250,000 KRW")
    model = window.model
    assert model.index(0, model.column_index("start_date")).data() == "2026-12-04"


def test_totals_that_do_not_fit_are_counted_not_clipped() -> None:
    from contract_desk.ui.shell.main_window import fitted_totals

    totals = [f"{code} 1,000.00" for code in ("CNY", "DKK", "EUR", "NOK", "USD")]

    def more(count: int) -> str:
        return f"+{count} more"

    width = len  # one pixel a character is enough to test the choice
    assert fitted_totals("5 of 5", totals, 1000, width, more) == (
        "5 of 5   " + "  ·  ".join(totals))
    assert fitted_totals("5 of 5", totals, 50, width, more) == (
        "5 of 5   CNY 1,000.00  ·  DKK 1,000.00  ·  +3 more")
    assert fitted_totals("5 of 5", totals, 16, width, more) == "5 of 5   +5 more"
    assert fitted_totals("5 of 5", totals, 6, width, more) == "5 of 5"
