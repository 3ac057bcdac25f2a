"""Duration cells as people write them: "two (2) years", "3 + 1 + 1", "May 2013 – May 2018"."""

from __future__ import annotations

import calendar
import contextlib
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import RenewalMode
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.duration_words import UNIT_WORDS
from contract_desk.importers.values.term_text import TermText, parse_term_text

D, W, M, Y = PeriodUnit.DAYS, PeriodUnit.WEEKS, PeriodUnit.MONTHS, PeriodUnit.YEARS
OPTION, AUTOMATIC, NONE = RenewalMode.OPTION, RenewalMode.AUTOMATIC, RenewalMode.NONE


def term(count: int, unit: PeriodUnit) -> TermText:
    """A cell that says only its initial term."""
    return TermText(initial_term=Period(count, unit))


def renewing(initial: Period | None, mode: RenewalMode, each: Period | None = None,
             most: int | None = None) -> TermText:
    """A cell that says a term and how it renews."""
    return TermText(initial_term=initial, renewal=mode, renewal_term=each, max_renewals=most)


# --- what parse_period reads ------------------------------------------------------------

@pytest.mark.parametrize(("cell", "hint", "expected"), [
    ("12 months", None, term(12, M)),
    ("3 måneder", None, term(3, M)),
    ("三个月", None, term(3, M)),
    ("90 days", None, term(90, D)),
    ("1,5 år", None, term(18, M)),
    ("半年", None, term(6, M)),
    ("36", "months", term(36, M)),
    (24, PeriodUnit.MONTHS, term(24, M)),
    (3.0, "years", term(3, Y)),
    (Decimal("5"), "years", term(5, Y)),
])
def test_reads_what_parse_period_reads(cell: CellValue, hint: str | None,
                                       expected: TermText) -> None:
    assert parse_term_text(cell, hint) == expected


# --- number words ------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "count", "unit"), [
    # English
    ("Three years", 3, Y), ("twenty-four months", 24, M), ("twenty four months", 24, M),
    ("a year", 1, Y), ("one week", 1, W),
    ("half a year", 6, M), ("six-month", 6, M), ("12-month", 12, M), ("one-year", 1, Y),
    ("ninety-nine days", 99, D), ("eighteen months", 18, M), ("thirty business days", 30,
                                                               PeriodUnit.BUSINESS_DAYS),
    # Norwegian, Danish, Swedish
    ("tre år", 3, Y), ("to år", 2, Y), ("ett år", 1, Y), ("én måned", 1, M),
    ("tjuefire måneder", 24, M), ("fireogtyve måneder", 24, M), ("atten måneder", 18, M),
    ("seks måneder", 6, M), ("tolv måneder", 12, M), ("sju uker", 7, W), ("ti dager", 10, D),
    ("två år", 2, Y), ("fyra år", 4, Y), ("sex månader", 6, M), ("tjugofyra månader", 24, M),
    ("åtta veckor", 8, W), ("tio dagar", 10, D), ("syv år", 7, Y), ("otte måneder", 8, M),
    ("seksogtredive måneder", 36, M), ("halvtreds dage", 50, D), ("et halvt år", 6, M),
    # German
    ("drei Jahre", 3, Y), ("ein Jahr", 1, Y), ("einen Monat", 1, M), ("zwei Jahre", 2, Y),
    ("vierundzwanzig Monate", 24, M), ("sechsunddreißig Monate", 36, M),
    ("zwölf Monate", 12, M), ("fünf Jahre", 5, Y), ("zehn Werktage", 10,
                                                   PeriodUnit.BUSINESS_DAYS),
    # French
    ("trois ans", 3, Y), ("un an", 1, Y), ("deux ans", 2, Y), ("douze mois", 12, M),
    ("dix-huit mois", 18, M), ("vingt-quatre mois", 24, M), ("trente-six mois", 36, M),
    ("soixante et onze jours", 71, D), ("quatre-vingt-dix jours", 90, D), ("six mois", 6, M),
    ("durée d'un an", 1, Y),
    # Spanish
    ("dos años", 2, Y), ("un año", 1, Y), ("tres años", 3, Y), ("cuatro años", 4, Y),
    ("seis meses", 6, M), ("doce meses", 12, M), ("dieciocho meses", 18, M),
    ("veinticuatro meses", 24, M), ("treinta meses", 30, M), ("treinta y seis meses", 36, M),
    # Portuguese
    ("dois anos", 2, Y), ("um ano", 1, Y), ("três anos", 3, Y), ("quatro anos", 4, Y),
    ("doze meses", 12, M), ("dezoito meses", 18, M), ("vinte e quatro meses", 24, M),
    ("trinta meses", 30, M), ("trinta e seis meses", 36, M), ("duas semanas", 2, W),
    ("30 MESES", 30, M), ("36 meses", 36, M), ("noventa dias", 90, D),
    # Korean, Chinese
    ("3년", 3, Y), ("삼년", 3, Y), ("삼 년", 3, Y), ("이년", 2, Y), ("십이개월", 12, M),
    ("이십사개월", 24, M), ("세 달", 3, M), ("세달", 3, M), ("한 달", 1, M), ("두 해", 2, Y),
    ("3년간", 3, Y), ("삼십일", 30, D), ("三年", 3, Y), ("两年", 2, Y), ("三个月", 3, M),
    ("十二个月", 12, M), ("三十六个月", 36, M), ("合同期三年", 3, Y), ("为期十二个月", 12, M),
])
def test_number_words_in_the_register_languages(cell: str, count: int, unit: PeriodUnit
                                                ) -> None:
    assert parse_term_text(cell).initial_term == Period(count, unit)


# --- filler around the length ------------------------------------------------------------

@pytest.mark.parametrize(("cell", "count", "unit"), [
    ("Duration of two years", 2, Y),
    ("for a period of 36 months", 36, M),
    ("a period of two (2) years", 2, Y),
    ("two (2) years", 2, Y),
    ("2 (two) years", 2, Y),
    ("thirty-six (36) months", 36, M),
    ("Contract period: 24 months", 24, M),
    ("Term of contract: 3 years.", 3, Y),
    ("36 months from the date of signature", 36, M),
    ("12 months starting from award", 12, M),
    ("36 months from 2020-07-01", 36, M),
    ("valid for 3 years", 3, Y),
    ("3 years (initial term)", 3, Y),
    ("  3   YEARS ", 3, Y),
    ("Varighet: 2 år", 2, Y),
    ("Avtaleperiode: to år", 2, Y),
    ("2 år fra signering", 2, Y),
    ("Laufzeit: 24 Monate ab Unterzeichnung", 24, M),
    ("Vertragslaufzeit von drei Jahren", 3, Y),
    ("durée de 3 ans", 3, Y),
    ("Durée : trois ans à compter de la signature", 3, Y),
    ("prazo de 12 meses", 12, M),
    ("prazo de vigência de 12 (doze) meses, contados a partir da assinatura", 12, M),
    ("plazo de 6 meses", 6, M),
    ("plazo de ejecución: 6 meses", 6, M),
    ("vigencia de dos años", 2, Y),
    ("계약기간 3년", 3, Y),
    ("2 years and 6 months", 30, M),
    ("1 år og 6 måneder", 18, M),
    ("1년 6개월", 18, M),
])
def test_filler_around_the_length_is_ignored(cell: str, count: int, unit: PeriodUnit) -> None:
    assert parse_term_text(cell) == term(count, unit)


# --- options and renewals ----------------------------------------------------------------

@pytest.mark.parametrize(("cell", "hint", "expected"), [
    ("2 years with the option for a further one year extension", None,
     renewing(Period(2, Y), OPTION, Period(1, Y), 1)),
    ("3 years + 2 x 1 year options", None, renewing(Period(3, Y), OPTION, Period(1, Y), 2)),
    ("3+1+1 years", None, renewing(Period(3, Y), OPTION, Period(1, Y), 2)),
    ("3 + 1 + 1", "years", renewing(Period(3, Y), OPTION, Period(1, Y), 2)),
    ("2+1+1+1", PeriodUnit.YEARS, renewing(Period(2, Y), OPTION, Period(1, Y), 3)),
    ("2 years with two optional one-year extensions", None,
     renewing(Period(2, Y), OPTION, Period(1, Y), 2)),
    ("Three (3) years with the option to extend for two (2) further periods of one year each",
     None, renewing(Period(3, Y), OPTION, Period(1, Y), 2)),
    ("3 years, up to two one-year extensions", None,
     renewing(Period(3, Y), OPTION, Period(1, Y), 2)),
    ("3 years, renewable twice for 1 year", None, renewing(Period(3, Y), OPTION, Period(1, Y), 2)),
    ("2 years + 1 year option", None, renewing(Period(2, Y), OPTION, Period(1, Y), 1)),
    ("3 years plus an additional year", None, renewing(Period(3, Y), OPTION, Period(1, Y), 1)),
    ("1 year, renewable annually", None, renewing(Period(1, Y), OPTION, Period(1, Y))),
    ("1 year, renewable once a year", None, renewing(Period(1, Y), OPTION, Period(1, Y))),
    ("Option to extend 2 x 12 months", None, renewing(None, OPTION, Period(12, M), 2)),
    ("3 years with options to extend by 1 year", None,
     renewing(Period(3, Y), OPTION, Period(1, Y))),
    ("12 months, automatically renewed for 12 months", None,
     renewing(Period(12, M), AUTOMATIC, Period(12, M))),
    ("auto-renews yearly", None, renewing(None, AUTOMATIC, Period(1, Y))),
    ("1 year, tacit renewal", None, renewing(Period(1, Y), AUTOMATIC)),
    ("12 months rolling, monthly", None, renewing(Period(12, M), AUTOMATIC, Period(1, M))),
    ("3 years, no renewal", None, renewing(Period(3, Y), NONE)),
    ("fixed term of 3 years", None, renewing(Period(3, Y), NONE)),
    # Norwegian, Swedish, Danish
    ("2 år + opsjon 1+1 år", None, renewing(Period(2, Y), OPTION, Period(1, Y), 2)),
    ("2 år med opsjon på ytterligere 1 år", None, renewing(Period(2, Y), OPTION, Period(1, Y), 1)),
    ("2 år med mulighet for forlengelse 1+1 år", None,
     renewing(Period(2, Y), OPTION, Period(1, Y), 2)),
    ("2 år, automatisk forlengelse 1 år", None, renewing(Period(2, Y), AUTOMATIC, Period(1, Y))),
    ("3 år med option på förlängning 1 år", None,
     renewing(Period(3, Y), OPTION, Period(1, Y), 1)),
    ("3 år med möjlighet till förlängning 1+1 år", None,
     renewing(Period(3, Y), OPTION, Period(1, Y), 2)),
    ("2 år med option på yderligere 1 år", None, renewing(Period(2, Y), OPTION, Period(1, Y), 1)),
    # German, French
    ("Laufzeit 2 Jahre mit Option auf Verlängerung um 1 Jahr", None,
     renewing(Period(2, Y), OPTION, Period(1, Y), 1)),
    ("2 Jahre mit Möglichkeit zur Verlängerung um 1 Jahr", None,
     renewing(Period(2, Y), OPTION, Period(1, Y), 1)),
    ("2 Jahre, verlängert sich automatisch um 1 Jahr", None,
     renewing(Period(2, Y), AUTOMATIC, Period(1, Y))),
    ("3 ans renouvelable par tacite reconduction", None, renewing(Period(3, Y), AUTOMATIC)),
    ("1 an renouvelable 2 fois", None, renewing(Period(1, Y), OPTION, None, 2)),
    ("3 ans, reconductible une fois", None, renewing(Period(3, Y), OPTION, None, 1)),
    # Spanish, Portuguese
    ("12 meses, prorrogável por igual período", None,
     renewing(Period(12, M), OPTION, Period(12, M))),
    ("60 meses, prorrogável por iguais e sucessivos períodos", None,
     renewing(Period(60, M), OPTION, Period(60, M))),
    ("12 meses prorrogables", None, renewing(Period(12, M), OPTION)),
    ("12 meses, prorrogable por 12 meses más", None,
     renewing(Period(12, M), OPTION, Period(12, M), 1)),
    ("1 año con prórroga automática", None, renewing(Period(1, Y), AUTOMATIC)),
    # Korean, Chinese
    ("3년 (자동연장)", None, renewing(Period(3, Y), AUTOMATIC)),
    ("2년 + 1년 연장 옵션", None, renewing(Period(2, Y), OPTION, Period(1, Y), 1)),
    ("三年，自动续约", None, renewing(Period(3, Y), AUTOMATIC)),
])
def test_options_and_renewals(cell: str, hint: str | None, expected: TermText) -> None:
    assert parse_term_text(cell, hint) == expected


# --- spans of dates ----------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "start", "end"), [
    ("01/07/2020 - 30/06/2023", date(2020, 7, 1), date(2023, 6, 30)),
    ("07/01/2020 - 06/30/2023", date(2020, 7, 1), date(2023, 6, 30)),
    ("01.07.2020 – 30.06.2023", date(2020, 7, 1), date(2023, 6, 30)),
    ("2020-07-01 to 2023-06-30", date(2020, 7, 1), date(2023, 6, 30)),
    ("from 1 July 2020 to 30 June 2023", date(2020, 7, 1), date(2023, 6, 30)),
    ("July 2020 to June 2023", date(2020, 7, 1), date(2023, 6, 30)),
    ("Jan 2021 - Dec 2022", date(2021, 1, 1), date(2022, 12, 31)),
    ("Feb 2024 – Feb 2025", date(2024, 2, 1), date(2025, 2, 28)),
    ("mai 2013 – mai 2018", date(2013, 5, 1), date(2018, 5, 31)),
    ("de julho de 2020 a junho de 2023", date(2020, 7, 1), date(2023, 6, 30)),
    ("07/2020 - 06/2023", date(2020, 7, 1), date(2023, 6, 30)),
    ("2020.07.01 ~ 2023.06.30", date(2020, 7, 1), date(2023, 6, 30)),
    ("2020年7月1日至2023年6月30日", date(2020, 7, 1), date(2023, 6, 30)),
    ("36 months (01/07/2020 - 30/06/2023)", date(2020, 7, 1), date(2023, 6, 30)),
    ("12 months from May 2020 to April 2021", date(2020, 5, 1), date(2021, 4, 30)),
    ("May 2013 – May 2018, 5 years", date(2013, 5, 1), date(2018, 5, 31)),
    # Months written year first, as in Korea and China: the first day to the last.
    ("2024.07~2027.06", date(2024, 7, 1), date(2027, 6, 30)),
    ("2024-07 ~ 2027-06", date(2024, 7, 1), date(2027, 6, 30)),
    ("2024/02 - 2025/02", date(2024, 2, 1), date(2025, 2, 28)),
    ("2024.7 ~ 2026.12", date(2024, 7, 1), date(2026, 12, 31)),
    # Korea's published lease contracts (국토교통부 실거래가): two-digit years, a tilde.
    ("24.07~27.06", date(2024, 7, 1), date(2027, 6, 30)),
    ("23.10 ~ 25.10", date(2023, 10, 1), date(2025, 10, 31)),
    ("24.02～26.02", date(2024, 2, 1), date(2026, 2, 28)),
    ("계약기간 24.03~26.03", date(2024, 3, 1), date(2026, 3, 31)),
])
def test_spans_of_dates(cell: str, start: date, end: date) -> None:
    # The dates say the term; a length given with them must agree and is not repeated.
    assert parse_term_text(cell) == TermText(start_date=start, end_date=end)


def test_a_span_with_an_option() -> None:
    assert parse_term_text("May 2013 – May 2018 with an option of a two year extension") == \
        TermText(None, OPTION, Period(2, Y), 1, date(2013, 5, 1), date(2018, 5, 31))


def test_ambiguous_dates_are_left_out_when_the_rest_is_readable() -> None:
    assert parse_term_text("01/02/2020 - 01/03/2021, 13 months") == term(13, M)
    with pytest.raises(ValueParseError, match="day-first or month-first"):
        parse_term_text("01/02/2020 - 01/03/2021")
    with pytest.raises(ValueParseError, match="day-first or month-first"):
        parse_term_text("01.02.2020 - 01.03.2021")


# --- refused -----------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "message"), [
    ("TBD", "names no length"),
    ("N/A", "names no length"),
    ("as per contract", "names no length"),
    ("until completion", "names no length"),
    ("no renewal", "names no length"),
    ("", "empty"),
    ("   ", "empty"),
    (None, "empty"),
    ("2020-07-01", "a date, not a length"),
    ("1 July 2020", "a date, not a length"),
    (date(2020, 7, 1), "a date, not a length"),
    (datetime(2020, 7, 1, 12, 0, tzinfo=UTC), "a date, not a length"),
    ("0 months", "longer than zero"),
    ("zero years", "'zero' is not understood"),
    ("-3 years", "negative"),
    ("Term: -3 years", "negative"),
    ("150 years", "longer than 100 years"),
    ("3 + 1 + 200 years", "longer than 100 years"),
    ("2 years or 3 years", "'or' is not understood"),
    ("3 months notice", "'notice' is not understood"),
    ("X years", "'x' is not understood"),
    ("about 3 years", "'about' is not understood"),
    ("3 years 2", "cannot tell what '2' counts"),
    ("3 years, 1 year", "without saying whether"),
    ("3 years, renewal", "without saying whether"),
    ("3 years, extended by 1 year", "without saying whether"),
    ("an additional year", "without saying whether"),
    ("renewable 3-year contract", "the term or the length of each renewal"),
    ("Option 1 year", "the term or the length of each renewal"),
    ("3 + 1 + 1", "no unit"),
    ("3-5 years", "a range of numbers"),
    ("2020-2023", "a range of numbers"),
    ("P2Y", "'p' is not understood"),
    ("12 months, thereafter monthly", "without saying whether"),
    ("two (3) years", "says both two and 3"),
    ("3 years, extendable up to 5 years", "sets a limit"),
    ("24 meses, podendo ser prorrogado por até 60 meses", "sets a limit"),
    ("3 years extendable to 5 years", "'to' is not understood"),
    ("3 years + 1 year + 2 years", "different lengths"),
    ("3 years, no renewal, option 1 year", "does not renew and how it renews"),
    ("3 years, automatic renewal option of 1 year", "automatically and by option"),
    ("3 years, same period", "without saying whether"),
    ("May 2013 - May 2018, renewable for the same period", "does not say the term"),
    ("July 2020 - June 2021, 24 months", "says 24 months but the dates span"),
    ("2023-06-30 to 2020-07-01", "ends (2020-07-01) before it starts"),
    ("2027.06 - 2024.07", "ends (2024.07) before it starts"),
    ("2024.13 - 2025.06", "there is no month 13"),
    # Two-digit years only where nothing else could be meant: a tilde, two whole months.
    ("24.13~26.01", "'24.13' is not understood"),
    ("27.06~24.07", "'27.06' is not understood"),
    ("10.50-12.50 months", "expected a whole number of months"),
    ("1.5~2.5 years", "'1.5' is not understood"),
    ("31/02/2020 - 30/06/2023", "February 2020 has 29 days"),
    ("02/13/2020 - 30/06/2023", "not both day-first or both month-first"),
    ("years", "a unit without a number"),
    ("3 years " + "x" * 400, "too long"),
    (True, "not a period"),
    (12, "no unit"),
])
def test_cells_without_a_term_are_refused(cell: CellValue, message: str) -> None:
    with pytest.raises(ValueParseError, match=_escaped(message)):
        parse_term_text(cell)


def _escaped(message: str) -> str:
    return "".join("\\" + char if char in "()[]+.?*" else char for char in message)


def test_a_refusal_says_what_was_expected() -> None:
    with pytest.raises(ValueParseError, match="expected a length such as '3 years'"):
        parse_term_text("TBD")


def test_an_unknown_unit_hint_is_refused() -> None:
    with pytest.raises(ValueParseError, match="not a period unit"):
        parse_term_text("3 + 1 + 1", "fortnights")


# --- properties --------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return text.split()


_ENGLISH = _words("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                  "fourteen fifteen sixteen seventeen eighteen nineteen")
_ENGLISH_TENS = _words("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
_NORWEGIAN = _words("null ett to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten "
                    "femten seksten sytten atten nitten")
_NORWEGIAN_TENS = _words("_ _ tjue tretti førti femti seksti sytti åtti nitti")
_GERMAN = _words("null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
                 "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn")
_GERMAN_TENS = _words("_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
_PORTUGUESE = _words("zero um dois três quatro cinco seis sete oito nove dez onze doze treze "
                     "catorze quinze dezesseis dezessete dezoito dezenove")
_PORTUGUESE_TENS = _words("_ _ vinte trinta quarenta cinquenta sessenta setenta oitenta noventa")


def english(n: int) -> str:
    """1-99 in English words, hyphenated as written: "twenty-four"."""
    tens, ones = divmod(n, 10)
    if n < 20:
        return _ENGLISH[n]
    return _ENGLISH_TENS[tens] + (f"-{_ENGLISH[ones]}" if ones else "")


def norwegian(n: int) -> str:
    """1-99 in Norwegian words, the tens first as written since 1951: "tjuefire"."""
    tens, ones = divmod(n, 10)
    if n < 20:
        return _NORWEGIAN[n]
    return _NORWEGIAN_TENS[tens] + (_NORWEGIAN[ones] if ones else "")


def german(n: int) -> str:
    """1-99 in German words, the ones first: "vierundzwanzig"."""
    tens, ones = divmod(n, 10)
    if n < 20:
        return _GERMAN[n]
    return (f"{_GERMAN[ones]}und" if ones else "") + _GERMAN_TENS[tens]


def portuguese(n: int) -> str:
    """1-99 in Portuguese words: "trinta e seis"."""
    tens, ones = divmod(n, 10)
    if n < 20:
        return _PORTUGUESE[n]
    return _PORTUGUESE_TENS[tens] + (f" e {_PORTUGUESE[ones]}" if ones else "")


# (singular, plural) unit words per language
_UNITS: dict[str, dict[PeriodUnit, tuple[str, str]]] = {
    "en": {D: ("day", "days"), W: ("week", "weeks"), M: ("month", "months"),
           Y: ("year", "years"), PeriodUnit.BUSINESS_DAYS: ("business day", "business days")},
    "no": {D: ("dag", "dager"), W: ("uke", "uker"), M: ("måned", "måneder"), Y: ("år", "år"),
           PeriodUnit.BUSINESS_DAYS: ("virkedag", "virkedager")},
    "de": {D: ("Tag", "Tage"), W: ("Woche", "Wochen"), M: ("Monat", "Monate"),
           Y: ("Jahr", "Jahre"), PeriodUnit.BUSINESS_DAYS: ("Werktag", "Werktage")},
    "pt": {D: ("dia", "dias"), W: ("semana", "semanas"), M: ("mês", "meses"),
           Y: ("ano", "anos"), PeriodUnit.BUSINESS_DAYS: ("dia útil", "dias úteis")},
}
_SPELLERS = {"en": english, "no": norwegian, "de": german, "pt": portuguese}
counts = st.integers(min_value=1, max_value=99)
units = st.sampled_from(list(PeriodUnit))


@given(counts, st.sampled_from(sorted(UNIT_WORDS.items())), st.booleans())
def test_any_count_with_any_unit_word_reads_back(n: int, word_and_unit: tuple[str, PeriodUnit],
                                                 with_filler: bool) -> None:
    word, unit = word_and_unit
    cell = f"for a period of {n} {word}" if with_filler else f"{n} {word}"
    assert parse_term_text(cell) == term(n, unit)


@given(counts, units, st.sampled_from(sorted(_SPELLERS)))
def test_any_number_word_with_any_unit_reads_back(n: int, unit: PeriodUnit, language: str
                                                  ) -> None:
    singular, plural = _UNITS[language][unit]
    spelt = _SPELLERS[language](n)
    if language == "pt" and unit is W:  # semana is feminine: uma, duas
        spelt = spelt.replace("um", "uma").replace("dois", "duas")
    cell = f"{spelt} {singular if n == 1 else plural}"
    assert parse_term_text(cell) == term(n, unit), cell


@given(st.integers(min_value=1, max_value=100), counts, st.booleans())
def test_a_further_option_is_one_option_of_its_length(initial: int, further: int,
                                                      plural: bool) -> None:
    unit_word = "years" if plural or further > 1 else "year"
    cell = f"{initial} years with the option of a further {further} {unit_word}"
    assert parse_term_text(cell) == renewing(Period(initial, Y), OPTION, Period(further, Y), 1)


_SPAN_FORMATS = ("{a:%Y-%m-%d} to {b:%Y-%m-%d}", "{a:%d.%m.%Y} - {b:%d.%m.%Y}",
                 "{a:%d/%m/%Y} – {b:%d/%m/%Y}", "{a:%m/%d/%Y} - {b:%m/%d/%Y}",
                 "{a:%d %B %Y} to {b:%d %B %Y}", "{a:%B %Y} - {b:%B %Y}", "{a:%b %Y} – {b:%b %Y}")
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(days, days, st.sampled_from(_SPAN_FORMATS))
def test_a_span_of_dates_starts_before_it_ends(first: date, second: date, form: str) -> None:
    cell = form.format(a=first, b=second)
    try:
        read = parse_term_text(cell)
    except ValueParseError:
        # Refused only when the order of numbers is ambiguous or the dates run backwards.
        assert first > second or ("%d" in form and "/" in form) or "." in form
        return
    assert read.start_date is not None and read.end_date is not None
    assert read.start_date <= read.end_date
    assert read.start_date.replace(day=1) == first.replace(day=1)
    if "%d" in form:
        assert (read.start_date, read.end_date) == (first, second)
    else:  # a month alone: its first day to the last day of the end month
        last = calendar.monthrange(second.year, second.month)[1]
        assert read.end_date == second.replace(day=last)


_PIECES = ["3", "12", "1,5", "0", "two", "a", "an", "to", "once", "twice", "years", "year",
           "months", "år", "meses", "Jahre", "+", "x", "(", ")", ",", ":", "-", "–", "/",
           "with", "the", "option", "options", "of", "further", "renewable", "annually",
           "automatically", "renewed", "no renewal", "same period", "igual período", "up to",
           "from", "signature", "May 2013", "01/07/2020", "2020-07-01", "to", "and", "or",
           "삼", "년", "세", "달", "三", "个月", "自动续约", "times", "fois", "une", "half"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([None, "years", "days"]))
def test_any_mix_of_term_words_is_a_term_or_a_parse_error(pieces: list[str], hint: str | None
                                                          ) -> None:
    try:
        read = parse_term_text(" ".join(pieces), hint)
    except ValueParseError:
        return
    assert read.initial_term or read.renewal_term or read.start_date


@given(st.text(max_size=80), st.sampled_from([None, "months"]))
def test_any_text_is_a_term_or_a_parse_error(text: str, hint: str | None) -> None:
    with contextlib.suppress(ValueParseError):
        parse_term_text(text, hint)
