"""Locale formatting of dates and money, and the editor fields that parse what people type."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from contract_desk.domain.periods import Period
from contract_desk.i18n.formats import FORMATS_ENV, current_formats
from contract_desk.ui.common.fields import (
    AmountField,
    DateField,
    PeriodField,
    parse_amount,
)
from contract_desk.ui.common.formatting import Formatter


def plain(text: str) -> str:
    """``text`` with its no-break spaces as spaces (what a person sees)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")

NORWEGIAN = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)


def test_dates_always_show_four_digit_years() -> None:
    assert Formatter(US).date(date(2025, 12, 31)) == "12/31/2025"
    assert Formatter(NORWEGIAN).date(date(2025, 12, 31)) == "31.12.2025"
    assert "2025" in Formatter(KOREAN).date(date(2025, 12, 31))


def test_amounts_are_exact_and_use_the_locale_marks() -> None:
    assert Formatter(US).amount(Decimal("1234567.891")) == "1,234,567.89"
    assert Formatter(GERMAN).amount(Decimal("1234.5")) == "1.234,50"
    # A float would print 0.30000000000000004; the Decimal is exact.
    assert Formatter(US).amount(Decimal("0.1") + Decimal("0.2")) == "0.30"


def test_currencies_without_minor_units_show_none() -> None:
    assert Formatter(US).money(Decimal("1500000"), "KRW") == "₩1,500,000"
    assert Formatter(US).money(Decimal("99.5"), "EUR") == "€99.50"
    assert Formatter(QLocale.c()).money(Decimal("1500000"), "KRW") == "1,500,000 KRW"


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (US, "1,234.56", Decimal("1234.56")),
        (GERMAN, "1.234,56", Decimal("1234.56")),
        (NORWEGIAN, "1\u00a0234,56", Decimal("1234.56")),
        (NORWEGIAN, "1234.56", Decimal("1234.56")),
        (US, "-12", Decimal("-12")),
        (US, "abc", None),
        (US, "", None),
        (US, "NaN", None),
    ],
)
def test_amounts_are_read_in_the_users_locale(locale: QLocale, text: str, expected) -> None:
    assert parse_amount(text, locale) == expected


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (NORWEGIAN, "31.12.2025", date(2025, 12, 31)),
        (US, "12/31/2025", date(2025, 12, 31)),
        (US, "2025-12-31", date(2025, 12, 31)),
        (US, "31/12/2025", None),
        (US, "", None),
    ],
)
def test_dates_are_read_in_the_locale_or_iso(locale: QLocale, text: str, expected) -> None:
    assert Formatter(locale).parse_date(text) == expected


def test_date_field_round_trips_and_explains_bad_text(qtbot) -> None:
    field = DateField(formatter=Formatter(NORWEGIAN))
    qtbot.addWidget(field)
    field.set_value(date(2024, 2, 29))
    assert field.edit.text() == "29.02.2024"
    assert field.value() == date(2024, 2, 29)
    field.edit.setText("2024-02-29")
    assert field.value() == date(2024, 2, 29)
    field.edit.setText("30.02.2024")
    assert field.value() is None
    assert "Not a date" in (field.problem() or "")
    field.edit.setText("")
    assert field.value() is None and field.problem() is None


def test_period_field_reads_periods_and_reports_nonsense(qtbot) -> None:
    field = PeriodField()
    qtbot.addWidget(field)
    field.setText("3 months")
    assert field.value() == Period.parse("3 months")
    field.setText("many moons")
    assert field.value() is None
    assert field.problem()


def test_amount_field_shows_stored_digits(qtbot) -> None:
    field = AmountField(formatter=Formatter(US))
    qtbot.addWidget(field)
    field.set_value(Decimal("1250.5"))
    assert field.text() == "1,250.50"
    assert field.value() == Decimal("1250.50")
    field.setText("12,5x")
    assert field.problem()


def test_the_window_writes_through_the_persons_formats(monkeypatch) -> None:
    # One source: what the table, the status bar and the notifications write.
    monkeypatch.setenv(FORMATS_ENV, "nb_NO")
    formatter = Formatter()
    assert formatter.formats is current_formats()
    assert plain(formatter.money(Decimal("1250.5"), "NOK")) == "kr 1 250,50"
    assert formatter.locale.name() == "nb_NO"


def test_a_norwegian_date_field_reads_what_it_writes_and_starts_weeks_on_monday(
        qtbot, monkeypatch) -> None:
    monkeypatch.setenv(FORMATS_ENV, "nb_NO")
    field = DateField()
    qtbot.addWidget(field)
    field.edit.setText("04.12.2026")
    assert field.value() == date(2026, 12, 4)
    assert field.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    monkeypatch.setenv(FORMATS_ENV, "ko_KR")
    korean = DateField()
    qtbot.addWidget(korean)
    assert korean.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    korean.set_value(date(2026, 12, 4))
    assert korean.edit.text() == "2026. 12. 4."
    assert korean.value() == date(2026, 12, 4)


def test_at_start_qt_writes_as_the_chosen_language_and_region(monkeypatch) -> None:
    from contract_desk import i18n
    from contract_desk.i18n import formats
    from contract_desk.ui.common.language import install_formats

    monkeypatch.delenv(FORMATS_ENV, raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    before = QLocale()
    try:
        i18n.use_language("ko")  # Korean on an American system: Korean dates
        assert install_formats().name == "ko_KR"
        assert QLocale().name() == "ko_KR"
        assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday
        i18n.use_language("en")  # English there: the American region
        assert install_formats().name == "en_US"
    finally:
        i18n.use_language("en")
        formats.use_region(None)
        QLocale.setDefault(before)
