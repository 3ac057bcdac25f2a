"""Dates, numbers and money written the way each locale writes them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time
from decimal import Decimal

import pytest
from babel import Locale, UnknownLocaleError
from hypothesis import given
from hypothesis import strategies as st

from contract_desk import i18n
from contract_desk.i18n import formats
from contract_desk.i18n.formats import Formats, current_formats, locale_for, use_region

NBSP = "\u00a0"


def plain(text: str) -> str:
    """``text`` with its no-break spaces as spaces (what a person sees)."""
    return text.replace(NBSP, " ").replace("\u202f", " ")


def at(tag: str | None) -> Formats:
    return Formats(None if tag is None else Locale.parse(tag))


@pytest.mark.parametrize(("tag", "expected"), [
    ("nb_NO", "kr 1 250,50"),
    ("ko_KR", "NOK 1,250.50"),
    ("zh_Hans_CN", "NOK 1,250.50"),
    (None, "1,250.50 NOK"),
])
def test_norwegian_kroner_as_each_locale_writes_them(tag: str | None, expected: str) -> None:
    assert plain(at(tag).money(Decimal("1250.5"), "NOK")) == expected


@pytest.mark.parametrize(("tag", "expected"), [
    ("ko_KR", "₩1,250,000"),
    ("nb_NO", "KRW 1 250 000"),
    ("en_US", "₩1,250,000"),
    (None, "1,250,000 KRW"),
])
def test_won_have_no_decimals(tag: str | None, expected: str) -> None:
    assert plain(at(tag).money(Decimal("1250000.00"), "KRW")) == expected


def test_yuan_in_chinese_and_three_decimal_dinar() -> None:
    assert at("zh_Hans_CN").money(Decimal("12595202.74"), "CNY") == "¥12,595,202.74"
    assert plain(at("nb_NO").money(Decimal("2.5"), "BHD")) == "BHD 2,500"


def test_money_without_a_currency_is_the_amount() -> None:
    assert plain(at("nb_NO").money(Decimal("3.5"), None)) == "3,50"
    assert at("nb_NO").money(None, "NOK") == ""


@pytest.mark.parametrize(("tag", "expected"), [
    ("nb_NO", "04.12.2026"),
    ("ko_KR", "2026. 12. 4."),
    ("zh_Hans_CN", "2026/12/4"),
    ("en_US", "12/4/2026"),
    ("en_GB", "04/12/2026"),
    (None, "2026-12-04"),
])
def test_short_dates_have_four_digit_years(tag: str | None, expected: str) -> None:
    assert at(tag).date(date(2026, 12, 4)) == expected


def test_times_follow_the_locales_clock() -> None:
    moment = time(15, 30)
    assert at("nb_NO").time(moment) == "15:30"
    assert at("zh_Hans_CN").time(moment) == "15:30"
    assert at(None).time(moment) == "15:30"
    assert plain(at("en_US").time(moment)) == "3:30 PM"
    assert at("ko_KR").time(moment) == "오후 3:30"


def test_week_starts_and_month_names() -> None:
    assert at("nb_NO").first_weekday == 0
    assert at("en_US").first_weekday == 6
    assert at("ko_KR").first_weekday == 6
    assert at("nb_NO").month_name(12) == "des"  # stand-alone: no abbreviation dot
    assert at("ko_KR").month_name(1) == "1월"
    assert at("zh_Hans_CN").month_name(1) == "1月"
    assert at(None).month_name(1) == "Jan"
    assert at("ko_KR").month_year(date(2026, 12, 1)) == "2026년 12월"


@pytest.mark.parametrize(("language", "region", "expected"), [
    ("nb", "nb_NO.UTF-8", "nb_NO"),
    ("nb", "no_NO", "nb_NO"),
    ("en", "en_GB.UTF-8", "en_GB"),
    ("ko", "en_US.UTF-8", "ko_KR"),   # Korean words with Korean dates, not American ones
    ("zh_CN", None, "zh_Hans_CN"),
    ("en", "C.UTF-8", None),          # no regional format: ISO dates as always
    ("en", None, None),
    ("pseudo", None, None),            # a language of our own (tests) writes as English
    ("pseudo", "en_GB.UTF-8", "en_GB"),
])
def test_which_locale_a_person_gets(language: str, region: str | None,
                                    expected: str | None) -> None:
    chosen = locale_for(language, region)
    assert (None if chosen is None else str(chosen)) == expected


def test_current_formats_follow_the_language_and_the_region(monkeypatch) -> None:
    monkeypatch.delenv(formats.FORMATS_ENV, raising=False)
    try:
        i18n.use_language("ko")
        use_region("en_US")
        assert current_formats().name == "ko_KR"
        i18n.use_language("en")
        formats.formats_changed()
        assert current_formats().name == "en_US"
        monkeypatch.setenv(formats.FORMATS_ENV, "nb_NO")
        formats.formats_changed()
        assert current_formats().name == "nb_NO"
    finally:
        i18n.use_language("en")
        use_region(None)


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2),
       st.sampled_from(["nb_NO", "ko_KR", "zh_Hans_CN", "en_US", "de_DE"]),
       st.sampled_from(["NOK", "KRW", "CNY", "USD", "EUR", "BHD"]))
def test_money_keeps_every_digit(value: Decimal, tag: str, currency: str) -> None:
    written = at(tag).money(value, currency)
    digits = "".join(ch for ch in written if ch.isdigit())
    expected = at(None).amount(value, currency)
    assert digits == "".join(ch for ch in expected if ch.isdigit())
    assert ("-" in written) == (value.quantize(Decimal(1).scaleb(-formats.minor_units(currency)))
                                < 0)


@pytest.mark.parametrize(("tag", "text", "expected"), [
    ("nb_NO", "04.12.2026", date(2026, 12, 4)),
    ("nb_NO", "4.12.2026", date(2026, 12, 4)),
    ("nb_NO", "2026-12-04", date(2026, 12, 4)),   # ISO in every locale
    ("ko_KR", "2026. 12. 4.", date(2026, 12, 4)),
    ("zh_Hans_CN", "2026/12/4", date(2026, 12, 4)),
    ("en_US", "12/4/2026", date(2026, 12, 4)),
    ("en_GB", "04/12/2026", date(2026, 12, 4)),
    ("en_US", "4/12/2026", date(2026, 4, 12)),    # the locale's order decides
    ("nb_NO", "04.12.26", None),                  # 1926 or 2026: not guessed
    ("nb_NO", "31.02.2026", None),
    ("nb_NO", "4. des. 2026", None),
    ("nb_NO", "", None),
    (None, "2026-12-04", date(2026, 12, 4)),
    (None, "04.12.2026", None),
])
def test_dates_are_read_back_as_written(tag: str | None, text: str,
                                        expected: date | None) -> None:
    assert at(tag).parse_date(text) == expected


@given(st.dates(min_value=date(1000, 1, 1)),
       st.sampled_from(["nb_NO", "ko_KR", "zh_Hans_CN", "en_US", "en_GB", "de_DE", "ja_JP"]))
def test_every_written_date_reads_back(day: date, tag: str) -> None:
    written = at(tag)
    assert written.parse_date(written.date(day)) == day


def test_month_names_once_per_locale_and_the_date_pattern() -> None:
    korean = at("ko_KR")
    assert korean.month_names[0] == "1월" and len(korean.month_names) == 12
    assert korean.month_names is korean.month_names
    assert at("nb_NO").date_pattern == "dd.MM.yyyy"
    assert at(None).date_pattern == "yyyy-MM-dd"


def test_current_formats_follow_a_language_chosen_later(monkeypatch) -> None:
    monkeypatch.delenv(formats.FORMATS_ENV, raising=False)
    try:
        use_region("C")
        assert current_formats().name == "C"
        i18n.use_language("nb")  # no formats_changed(): the language is part of the key
        assert current_formats().name == "nb_NO"
        assert current_formats() is current_formats()
    finally:
        i18n.use_language("en")
        use_region(None)


def test_counts_and_short_amounts_keep_a_comma_from_reading_as_a_fraction() -> None:
    assert plain(at("nb_NO").number(1234)) == "1 234"  # "1,234" is one and a bit in Norway
    assert at(None).number(1234) == "1,234"
    assert plain(at("nb_NO").compact(Decimal("2500000"))) == "2,5 mill."
    assert at("ko_KR").compact(2500000) == "250만"
    assert at(None).compact(Decimal("2500000")) == "2.5M" and at(None).compact(7) == "7"


def test_a_date_in_an_error_sentence_is_written_the_persons_way(monkeypatch) -> None:
    from contract_desk.domain.errors import TermError
    from contract_desk.domain.terms import implied_term

    monkeypatch.setenv(formats.FORMATS_ENV, "nb_NO")
    try:
        i18n.use_language("nb")
        with pytest.raises(TermError) as refused:
            implied_term(date(2027, 1, 1), date(2026, 12, 31))
        assert "31.12.2026" in str(refused.value) and "01.01.2027" in str(refused.value)
        assert "2026-12-31" not in str(refused.value)
    finally:
        i18n.use_language("en")
    monkeypatch.delenv(formats.FORMATS_ENV)
    with pytest.raises(TermError, match="the end date 2026-12-31 is before the start 2027-01-01"):
        implied_term(date(2027, 1, 1), date(2026, 12, 31))


def test_shares_in_per_cent_the_locales_way() -> None:
    assert plain(at("nb_NO").percent(86.4)) == "86 %"
    assert at("ko_KR").percent(86.4) == "86%"
    assert at("zh_Hans_CN").percent(Decimal("7")) == "7%"
    assert at(None).percent(86.4) == "86 %"


def test_a_region_babel_does_not_know_gets_the_languages_own_formats(monkeypatch) -> None:
    assert str(locale_for("en", "xx_YY.UTF-8")) == "en_US"
    assert str(locale_for("nb", "xx_YY")) == "nb_NO"

    def missing(identifier: str, *args: object, **kwargs: object) -> Locale:
        raise UnknownLocaleError(identifier)

    monkeypatch.setattr(Locale, "parse", missing)  # a bundle without the data
    assert locale_for("ko", None) is None


def test_babel_is_loaded_only_when_something_is_formatted() -> None:
    # A command that writes nothing for a person (list --json) does not pay for
    # Babel's locale data at start-up; the first formatted date loads it.
    code = ("import sys; import contract_desk.cli, contract_desk.domain;"
            "assert 'babel.core' not in sys.modules, 'babel at start-up';"
            "from datetime import date; from contract_desk.i18n.formats import formats_named;"
            "print(formats_named('nb_NO').date(date(2026, 12, 31)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, env={**os.environ, "CONTRACT_DESK_FORMATS": "nb_NO"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "31.12.2026"
