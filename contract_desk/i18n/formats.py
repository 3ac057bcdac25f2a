"""Dates, numbers and money the way the person's locale writes them (Babel, CLDR).

One :class:`Formats` serves everything a person reads: the window's tables and
totals, notifications, the PDF report, calendar descriptions, the command
line's sentences. Which locale: the operating system's regional format when its
language is the language the program speaks (``nb_NO`` for a Norwegian who
runs Norwegian; ``en_GB`` for an English reader in Britain); otherwise the
language's own (``ko_KR`` for Korean chosen on an English system, because a
date order from another language in the middle of Korean sentences misleads).
``CONTRACT_DESK_FORMATS`` names a locale outright (scripts, tests, screenshots).

With no regional format at all (``LANG=C``, a bare server) and English, dates are
ISO 8601 (``2026-12-31``), amounts ``1,250.50`` and money ``1,250.50 NOK`` — what
the program always wrote there, and what a script parses.

Money follows the locale's currency pattern and symbols (CLDR: ``₩1,250,000``,
``¥12,595,202.74``, ``US$`` in Korean) with the currency's own decimals (ISO 4217:
KRW and JPY none); every symbol CLDR has for that locale is unambiguous in it, and
a currency without one is written by its code. One deliberate exception:
Norwegian puts ``kr`` before the amount (``kr 1 250,50``), as Språkrådet
recommends, Norwegian banks and invoices write it and Qt's own Norwegian locale
does — CLDR's current pattern puts it after. Years always have four digits
(contracts span decades; ``24`` and ``1924`` must not look alike).

No Qt here: the window hands the system locale Qt reads (:func:`use_region`)
so both agree, and the command line reads the environment (or Windows' and
macOS' own settings).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from contract_desk.i18n import language_in_use

if TYPE_CHECKING:
    import babel as babel_core
    from babel import Locale
    from babel import dates as babel_dates
    from babel import numbers as babel_numbers

log = logging.getLogger(__name__)


class _Babel:
    """A Babel module imported when first used: loading Babel's locale data costs
    ~15 ms, which a command that writes no date for a person (``list --json``,
    ``remind``) need not pay at start-up."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        # Only for a name not yet asked for: it is then kept on this object, so the
        # next use (a table's cells as they paint) is a plain attribute read.
        module: ModuleType = import_module(self._name)
        value = getattr(module, attribute)
        setattr(self, attribute, value)
        return value


if not TYPE_CHECKING:  # to mypy, the modules themselves
    babel_core = _Babel("babel")
    babel_dates = _Babel("babel.dates")
    babel_numbers = _Babel("babel.numbers")


def _unknown_locale() -> tuple[type[Exception], ...]:
    """What Babel raises for a locale it has no data for, with ValueError (a bad tag)."""
    return (babel_core.UnknownLocaleError, ValueError)


def minor_units(currency: str | None) -> int:
    """The decimals of ``currency`` (ISO 4217; imported when first needed: the domain's
    own sentences use this module, so it must not load the domain package first)."""
    from contract_desk.domain.currency import minor_units as digits_of

    return digits_of(currency)

FORMATS_ENV = "CONTRACT_DESK_FORMATS"
#: The locale a language's words come with when the system's region speaks another.
LANGUAGE_LOCALES: dict[str, str] = {"en": "en_US", "ko": "ko_KR", "nb": "nb_NO",
                                    "zh_CN": "zh_Hans_CN"}
#: Currency patterns that differ from CLDR on purpose (see the module's text).
CURRENCY_PATTERNS: dict[str, str] = dict.fromkeys(("nb", "nn", "no"), "¤\u00a0#,##0.00")
_LANGUAGE_OF = {"nb": "nb", "no": "nb", "nn": "nb", "zh": "zh_CN", "ko": "ko", "en": "en"}


def _language_family(code: str) -> str:
    return _LANGUAGE_OF.get(code.split("_")[0].lower(), code.split("_")[0].lower())


def _parse_tag(tag: str | None) -> Locale | None:
    """A Babel locale from an OS tag ("nb_NO.UTF-8", "zh-Hans-CN"), None for C/POSIX/unknown."""
    if not tag:
        return None
    cleaned = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not cleaned or cleaned in ("C", "POSIX"):
        return None
    try:
        return babel_core.Locale.parse(cleaned)
    except _unknown_locale():
        log.info("locale %r is unknown to Babel: formats follow the language", tag)
        return None


def system_region() -> str | None:
    """The operating system's regional format as a locale tag, None when it has none (C)."""
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, 85):  # type: ignore[attr-defined]
            return buffer.value
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        try:
            done = subprocess.run(["defaults", "read", "-g", "AppleLocale"], capture_output=True,
                                  text=True, timeout=5, check=False)
            return done.stdout.strip() or None
        except (OSError, subprocess.SubprocessError):
            return None
    return None


def locale_for(language: str, region: str | None) -> Locale | None:
    """The locale to write for a person who reads ``language`` in ``region`` (None: C/ISO)."""
    if language not in LANGUAGE_LOCALES:
        language = "en"  # a language of our own making (the pseudo-language) writes as English
    regional = _parse_tag(region)
    if regional is not None and _language_family(str(regional)) == _language_family(language):
        return regional
    if language == "en" and _no_region(region):
        return None
    try:
        return babel_core.Locale.parse(LANGUAGE_LOCALES.get(language, "en_US"))
    except _unknown_locale():  # a bundle without that locale's data
        log.warning("no locale data for %s: dates and money in the plain form", language)
        return None


def _no_region(region: str | None) -> bool:
    """Whether the system names no regional format at all (unset, C, POSIX)."""
    cleaned = (region or "").strip().split(".")[0].split("@")[0]
    return cleaned in ("", "C", "POSIX")


def _four_digit_years(pattern: str) -> str:
    # CLDR's short dates write "yy" (or "y" meaning as many digits as needed, which
    # is four); make every year four digits.
    return re.sub(r"(?<!y)y{1,3}(?!y)", "yyyy", pattern)


#: A calendar day (the name ``date`` is a method of :class:`Formats`).
Day = date
MonthWidth = Literal["abbreviated", "narrow", "wide"]


def _exact(value: Decimal, currency: str | None) -> Decimal:
    """``value`` to the currency's decimals; never a negative zero ("-0")."""
    exact = value.quantize(Decimal(1).scaleb(-minor_units(currency)))
    return abs(exact) if exact == 0 else exact


@dataclass(frozen=True)
class Formats:
    """How one locale writes dates, numbers and money; ``locale`` None is the plain C form."""

    locale: Locale | None = None
    _date_pattern: str = field(init=False, default="yyyy-MM-dd")

    def __post_init__(self) -> None:
        if self.locale is not None:
            short = self.locale.date_formats["short"].pattern
            object.__setattr__(self, "_date_pattern", _four_digit_years(short))

    @property
    def name(self) -> str:
        """The locale's tag ("nb_NO", "zh_Hans_CN"; Qt reads it too), "C" for the plain form."""
        return "C" if self.locale is None else str(self.locale)

    @property
    def date_pattern(self) -> str:
        """The short date's pattern with a four-digit year ("dd.MM.yyyy"; ISO for C)."""
        return self._date_pattern

    # -- dates and times -------------------------------------------------------------

    def date(self, day: Day | None) -> str:
        """A date in the locale's short form with a four-digit year ("" for None)."""
        if day is None:
            return ""
        if self.locale is None:
            return day.isoformat()
        return babel_dates.format_date(day, self._date_pattern, locale=self.locale)

    def long_date(self, day: Day | None) -> str:
        """A date written out ("4. desember 2026", "2026년 12월 4일", "December 4, 2026")."""
        if day is None:
            return ""
        if self.locale is None:
            return day.isoformat()
        return babel_dates.format_date(day, "long", locale=self.locale)

    def time(self, moment: time | datetime) -> str:
        """A time of day the locale's way (24-hour where the locale writes it so)."""
        if self.locale is None:
            return f"{moment:%H:%M}"
        return babel_dates.format_time(moment, "short", locale=self.locale)

    def timestamp(self, moment: datetime | None) -> str:
        """A moment in local time: short date and time."""
        if moment is None:
            return ""
        local = moment.astimezone() if moment.tzinfo is not None else moment
        return f"{self.date(local.date())} {self.time(local.time())}"

    def month_name(self, month: int, width: MonthWidth = "abbreviated") -> str:
        """A month's name to stand alone (a timeline's scale, a chart's axis)."""
        if self.locale is None:
            return str(babel_dates.get_month_names(width, "stand-alone", locale="en")[month])
        return str(babel_dates.get_month_names(width, "stand-alone", locale=self.locale)[month])

    @functools.cached_property
    def month_names(self) -> tuple[str, ...]:
        """The twelve abbreviated stand-alone month names, January first (worked out once)."""
        return tuple(self.month_name(month) for month in range(1, 13))

    @functools.cached_property
    def quarter_names(self) -> tuple[str, ...]:
        """The four abbreviated quarter names ("Q1", "K1", "1분기", "1季度")."""
        names = babel_dates.get_quarter_names("abbreviated", "stand-alone",
                                              locale=self.locale or "en")
        return tuple(str(names[quarter]) for quarter in range(1, 5))

    def month_year(self, day: Day) -> str:
        """A month and its year ("Dec 2026", "des. 2026", "2026년 12월")."""
        if self.locale is None:
            return f"{self.month_name(day.month)} {day.year}"
        return babel_dates.format_skeleton("yMMM", day, locale=self.locale)

    def parse_date(self, text: str) -> Day | None:
        """A date typed the way :meth:`date` writes it, or in ISO 8601; None otherwise.

        The day, month and year are read in the order of the locale's short form,
        whatever marks stand between them ("4.12.2026", "2026. 12. 4."). The year must
        have four digits: "31.12.25" could be 1925 or 2025."""
        text = text.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        if self.locale is None or not _NUMERIC_DATE.fullmatch(text):
            return None
        order, numbers = _field_order(self._date_pattern), re.findall(r"\d+", text)
        parts = dict(zip(order, numbers, strict=False))
        if sorted(order) != ["M", "d", "y"] or len(parts["y"]) != 4:
            return None
        try:
            return date(int(parts["y"]), int(parts["M"]), int(parts["d"]))
        except ValueError:
            return None

    @property
    def first_weekday(self) -> int:
        """The first day of the week, 0 = Monday … 6 = Sunday."""
        return 0 if self.locale is None else self.locale.first_week_day

    # -- numbers and money ---------------------------------------------------------------

    def number(self, value: int | Decimal | float) -> str:
        """A number with the locale's grouping and decimal mark."""
        if self.locale is None:
            return f"{value:,}"
        return babel_numbers.format_decimal(value, locale=self.locale)

    def percent(self, value: int | Decimal | float) -> str:
        """A share given in per cent (86 → "86 %" in Norwegian, "86%" in Korean), whole."""
        if self.locale is None:
            return f"{value:.0f} %"
        return babel_numbers.format_percent(Decimal(str(value)) / 100, locale=self.locale)

    def compact(self, value: int | Decimal | float) -> str:
        """A number shortened for a chart or a tile ("2.5M", "2,5 mill.", "250만", "250万")."""
        if self.locale is None:
            number = float(value)
            for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
                if abs(number) >= limit:
                    return f"{number / limit:.1f}".rstrip("0").rstrip(".") + suffix
            return f"{number:.0f}" if number == int(number) else f"{number:.1f}"
        return babel_numbers.format_compact_decimal(value, format_type="short",
                                                    fraction_digits=1, locale=self.locale)

    def amount(self, value: Decimal | None, currency: str | None = None) -> str:
        """An exact amount with the currency's decimals and the locale's marks, no symbol."""
        if value is None:
            return ""
        digits = minor_units(currency)
        exact = _exact(value, currency)
        if self.locale is None:
            return f"{exact:,.{digits}f}"
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return babel_numbers.format_decimal(exact, pattern, locale=self.locale,
                                            decimal_quantization=False)

    def money(self, value: Decimal | None, currency: str | None) -> str:
        """An amount with its currency, the locale's way ("kr 1 250,50", "₩1,250,000")."""
        if value is None:
            return ""
        if not currency:
            return self.amount(value, currency)
        if self.locale is None:
            return f"{self.amount(value, currency)} {currency}"
        exact = _exact(value, currency)
        text = babel_numbers.format_currency(
            exact, currency, _currency_pattern(self.locale, minor_units(currency)),
            locale=self.locale, currency_digits=False, decimal_quantization=False,
            format_type="standard")
        # CLDR's currency spacing: a code or a symbol ending in a letter is kept apart
        # from the digits by a no-break space ("NOK 1,250.50", not "NOK1,250.50").
        return _SPACING.sub("\u00a0", text)


#: Three numbers with marks (no letters) between them: a short date.
_NUMERIC_DATE = re.compile(r"[^\w]*\d+[^\w]+\d+[^\w]+\d+[^\w]*")


def _field_order(pattern: str) -> tuple[str, ...]:
    """The order of year, month and day in a date pattern: ("d", "M", "y")."""
    order = []
    for letters in re.findall(r"'[^']*'|y+|[ML]+|d+", pattern):
        if letters[0] != "'":
            order.append("M" if letters[0] in "ML" else letters[0])
    return tuple(order)


#: Where a letter meets a digit (a zero-width place to put the space).
_SPACING = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


@functools.lru_cache(maxsize=128)
def _currency_pattern(locale: Locale, digits: int) -> str | None:
    """The money pattern of ``locale`` (ours where CURRENCY_PATTERNS has one) with the
    currency's own decimals; None where CLDR's standard pattern is that already."""
    pattern = CURRENCY_PATTERNS.get(locale.language)
    if pattern is None and digits == 2:
        return None
    base = pattern or locale.currency_formats["standard"].pattern
    number = "#,##0" + ("." + "0" * digits if digits else "")
    return re.sub(r"[#,0]+(?:\.0+)?", number, base.split(";")[0], count=1)


_region_override: str | None = None


def use_region(region: str | None) -> None:
    """Take the system's regional format from the caller (the window: Qt's system locale)."""
    global _region_override
    _region_override = region
    formats_changed()


def formats_named(tag: str | None) -> Formats:
    """The formats of the locale ``tag`` names ("nb_NO", Qt's "zh_CN"); C, unknown: plain."""
    return Formats(_parse_tag(tag))


def current_formats() -> Formats:
    """The formats for the language in use and the system's region.

    ``CONTRACT_DESK_FORMATS`` names the locale outright. Worked out once per
    language, region and override, so a caller may ask for every value it writes."""
    forced = os.environ.get(FORMATS_ENV) or None
    region = _region_override if _region_override is not None else _system_region()
    return _formats_for(forced, region, language_in_use())


@functools.lru_cache(maxsize=1)
def _system_region() -> str | None:
    return system_region()  # macOS asks a process: once


@functools.lru_cache(maxsize=16)
def _formats_for(forced: str | None, region: str | None, language: str) -> Formats:
    if forced:
        return formats_named(forced)
    return Formats(locale_for(language, region))


def formats_changed() -> None:
    """Forget the formats worked out so far (after the system's region changed)."""
    _system_region.cache_clear()
    _formats_for.cache_clear()


__all__ = [
    "FORMATS_ENV",
    "Formats",
    "current_formats",
    "day_text",
    "formats_changed",
    "formats_named",
    "locale_for",
    "number_text",
    "system_region",
    "use_region",
]


def day_text(day: date) -> str:
    """A date in a sentence for a person, written the way their locale writes it."""
    return current_formats().date(day)


def number_text(value: int | Decimal) -> str:
    """A count in a sentence for a person, its digits grouped the way their locale groups
    them ("20,000" in English, "20 000" in Norwegian)."""
    return current_formats().number(value)


def country_name(code: str) -> str:
    """A country's name in the language in use ("NO" → "Norge", "노르웨이", "挪威"); the
    code itself when CLDR has no name for it."""
    language = language_in_use()
    try:
        names = babel_core.Locale.parse(LANGUAGE_LOCALES.get(language, language)).territories
    except _unknown_locale():
        return code
    return str(names.get(code.upper(), code))
