"""Periods typed and shown in Korean, Norwegian Bokmål and Simplified Chinese.

The parser reads every language's units whatever language the program speaks
(a Korean may paste "90 days"); ``period_words`` writes the language in use,
and what it writes parses back to the same period.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk import i18n
from contract_desk.domain.errors import TermError
from contract_desk.domain.periods import MAX_YEARS, Period, PeriodUnit, period_words

U = PeriodUnit
LANGUAGES = ("en", "ko", "nb", "zh_CN")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


READ = {
    "ko": [
        ("12개월", 12, U.MONTHS), ("12 개월", 12, U.MONTHS), ("3달", 3, U.MONTHS),
        ("90일", 90, U.DAYS), ("90 일", 90, U.DAYS), ("1년", 1, U.YEARS), ("2년간", 2, U.YEARS),
        ("2주", 2, U.WEEKS), ("30영업일", 30, U.BUSINESS_DAYS),
        ("30 영업일", 30, U.BUSINESS_DAYS), ("30 영업 일", 30, U.BUSINESS_DAYS),
        ("10근무일", 10, U.BUSINESS_DAYS), ("６개월", 6, U.MONTHS),
    ],
    "nb": [
        ("1 måned", 1, U.MONTHS), ("12 måneder", 12, U.MONTHS), ("3 MÅNEDER", 3, U.MONTHS),
        ("3 mnd", 3, U.MONTHS), ("3 mnd.", 3, U.MONTHS), ("3mnd", 3, U.MONTHS),
        ("3 måneders", 3, U.MONTHS), ("1 dag", 1, U.DAYS), ("90 dager", 90, U.DAYS),
        ("1 år", 1, U.YEARS), ("2 ÅR", 2, U.YEARS), ("1 uke", 1, U.WEEKS), ("6 uker", 6, U.WEEKS),
        ("30 virkedager", 30, U.BUSINESS_DAYS), ("1 virkedag", 1, U.BUSINESS_DAYS),
        ("10 arbeidsdager", 10, U.BUSINESS_DAYS), ("5 Virkedager", 5, U.BUSINESS_DAYS),
    ],
    "zh_CN": [
        ("12个月", 12, U.MONTHS), ("12 个月", 12, U.MONTHS), ("3月", 3, U.MONTHS),
        ("3個月", 3, U.MONTHS), ("90天", 90, U.DAYS), ("90 日", 90, U.DAYS),
        ("1年", 1, U.YEARS), ("2周", 2, U.WEEKS), ("2个星期", 2, U.WEEKS),
        ("30个工作日", 30, U.BUSINESS_DAYS), ("30 工作日", 30, U.BUSINESS_DAYS),
        ("１２个月", 12, U.MONTHS), ("３０个工作日", 30, U.BUSINESS_DAYS),
    ],
}

WRITTEN = {
    "en": ["1 day", "90 days", "1 week", "2 weeks", "1 month", "12 months", "1 year",
           "2 years", "1 business day", "30 business days"],
    "ko": ["1일", "90일", "1주", "2주", "1개월", "12개월", "1년", "2년", "1영업일", "30영업일"],
    "nb": ["1 dag", "90 dager", "1 uke", "2 uker", "1 måned", "12 måneder", "1 år", "2 år",
           "1 virkedag", "30 virkedager"],
    "zh_CN": ["1 天", "90 天", "1 周", "2 周", "1 个月", "12 个月", "1 年", "2 年",
              "1 个工作日", "30 个工作日"],
}
PERIODS = [Period(1, U.DAYS), Period(90, U.DAYS), Period(1, U.WEEKS), Period(2, U.WEEKS),
           Period(1, U.MONTHS), Period(12, U.MONTHS), Period(1, U.YEARS), Period(2, U.YEARS),
           Period(1, U.BUSINESS_DAYS), Period(30, U.BUSINESS_DAYS)]


@pytest.mark.parametrize(("language", "text", "count", "unit"), [
    (language, text, count, unit) for language, cases in READ.items()
    for text, count, unit in cases])
def test_each_language_units_are_read(language: str, text: str, count: int,
                                      unit: PeriodUnit) -> None:
    i18n.use_language(language)
    assert Period.parse(text) == Period(count, unit)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_is_read_whatever_the_program_speaks(language: str) -> None:
    i18n.use_language(language)
    assert Period.parse("3 months") == Period.parse("3개월") == Period.parse("3 måneder") \
        == Period.parse("3个月") == Period(3, U.MONTHS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_periods_are_written_in_the_language_and_read_back(language: str) -> None:
    i18n.use_language(language)
    shown = [period_words(period) for period in PERIODS]
    assert shown == WRITTEN[language]
    assert [Period.parse(text) for text in shown] == PERIODS


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stored_form_stays_english(language: str) -> None:
    i18n.use_language(language)
    assert str(Period.parse(WRITTEN[language][-1])) == "30 business days"
    assert period_words("12 months") == WRITTEN[language][5]  # the row's stored text


def test_text_that_is_no_period_is_shown_as_it_is() -> None:
    i18n.use_language("ko")
    assert period_words("0 months") == "0 months"
    assert period_words("ages") == "ages"
    assert period_words(None) == ""


@pytest.mark.parametrize("text", ["12 개 월 요", "3月份", "三个月", "3 fortnights", "12개월!"])
def test_what_is_no_unit_is_refused(text: str) -> None:
    with pytest.raises(TermError):
        Period.parse(text)


@pytest.mark.parametrize(("language", "said"), [
    ("ko", "일, 주, 개월, 년 또는 영업일"),
    ("nb", "dager, uker, måneder, år eller virkedager"),
    ("zh_CN", "天、周、月、年或工作日"),
])
def test_an_unknown_unit_is_explained_with_the_language_units(language: str, said: str) -> None:
    i18n.use_language(language)
    with pytest.raises(TermError, match=said):
        Period.parse("3 moons")


def test_a_too_long_period_is_named_in_the_language() -> None:
    i18n.use_language("nb")
    with pytest.raises(TermError, match=r"^101 år er mer enn 100 år"):
        Period(MAX_YEARS + 1, U.YEARS)


@pytest.mark.parametrize("language", LANGUAGES)
@given(count=st.integers(min_value=1, max_value=1200), unit=st.sampled_from(list(U)))
def test_every_period_written_in_a_language_parses_back_to_itself(
        language: str, count: int, unit: PeriodUnit) -> None:
    i18n.use_language(language)
    try:
        period = Period(count, unit)
    except TermError:  # more than a century of years
        return
    assert Period.parse(period_words(period)) == period
