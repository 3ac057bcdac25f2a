"""Lengths of time as contracts state them: "12 months", "90 days", "30 business days".

A :class:`Period` is a count and a unit. Parsing accepts what a contract
administrator types in the CLI or the editor in any of the program's languages:
"12 months", "12개월", "12 måneder", "12个月", "30 business days", "30영업일",
"30 virkedager", "30个工作日", with or without a space, in any case, with
full-width digits. ``str(period)`` is the canonical English form the register
keeps ("12 months"); :func:`period_words` writes a period in the person's
language. The other languages and the free phrasing found in imported
spreadsheets are the importer's business.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from contract_desk.domain.errors import TermError
from contract_desk.i18n import _, ngettext

#: Longer than any real contract term or notice period; anything beyond is a typo.
MAX_YEARS = 100


class PeriodUnit(StrEnum):
    """The unit of a term or notice period."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"
    BUSINESS_DAYS = "business_days"


#: The words for each unit, per language, written casefolded; "|" between words.
#: Chinese 月 alone is months here (a period field holds no dates: "3月" is three
#: months, not March); Norwegian genitives ("3 måneders oppsigelse") are included.
_WORDS: dict[PeriodUnit, dict[str, str]] = {
    PeriodUnit.DAYS: {
        "en": "d|day|days",
        "ko": "일|일간",
        "nb": "dag|dager|dagers|døgn|kalenderdag|kalenderdager",
        "zh_CN": "天|日|自然日|个自然日",
    },
    PeriodUnit.WEEKS: {
        "en": "w|wk|wks|week|weeks",
        "ko": "주|주간|주일",
        "nb": "uke|uker|ukers",
        "zh_CN": "周|星期|个星期|礼拜|个礼拜",
    },
    PeriodUnit.MONTHS: {
        "en": "m|mo|mos|month|months",
        "ko": "개월|개월간|달",
        "nb": "måned|måneder|måneders|maned|maneder|mnd|md|mdr",
        "zh_CN": "月|个月|個月",
    },
    PeriodUnit.YEARS: {
        "en": "y|yr|yrs|year|years",
        "ko": "년|년간",
        "nb": "år|års|aar",
        "zh_CN": "年",
    },
    PeriodUnit.BUSINESS_DAYS: {
        "en": "bd|business day|business days|business_day|business_days|working day"
              "|working days|weekday|weekdays",
        "ko": "영업일|근무일",
        "nb": "virkedag|virkedager|virkedagers|arbeidsdag|arbeidsdager|arbeidsdagers",
        "zh_CN": "工作日|个工作日|营业日|个营业日",
    },
}


def _unit_table() -> dict[str, PeriodUnit]:
    table: dict[str, PeriodUnit] = {}
    for unit, languages in _WORDS.items():
        for words in languages.values():
            for word in words.split("|"):
                key = _unit_key(word)
                if table.setdefault(key, unit) is not unit:
                    raise ValueError(f"{word!r} already means {table[key]}")
    return table


def _unit_key(word: str) -> str:
    """A unit word as the table keeps it: casefolded, "-"/"_" as spaces, no dots at the ends."""
    cleaned = word.casefold().replace("-", " ").replace("_", " ").strip(" .")
    return " ".join(cleaned.split())


#: Every unit word of every language -> its unit.
_UNIT_WORDS: dict[str, PeriodUnit] = _unit_table()

# A whole number, then a unit that starts with a letter (Latin, Hangul or Han);
# "-", "_", "." and spaces may follow inside it ("30 business-days", "3 mnd.").
_PERIOD_RE = re.compile(r"^\s*(?P<count>[+-]?\d+)\s*(?P<unit>[^\W\d][\w .-]*?)\s*$")

# The largest count accepted per unit, so that "500 years" is refused clearly
# instead of overflowing date arithmetic somewhere deep in a report.
_MAX_COUNT: dict[PeriodUnit, int] = {
    PeriodUnit.DAYS: MAX_YEARS * 366,
    PeriodUnit.WEEKS: MAX_YEARS * 53,
    PeriodUnit.MONTHS: MAX_YEARS * 12,
    PeriodUnit.YEARS: MAX_YEARS,
    PeriodUnit.BUSINESS_DAYS: MAX_YEARS * 262,
}


@dataclass(frozen=True, slots=True)
class Period:
    """A positive length of time: ``Period(3, PeriodUnit.MONTHS)``."""

    count: int
    unit: PeriodUnit

    def __post_init__(self) -> None:
        if isinstance(self.count, bool) or not isinstance(self.count, int):
            raise TermError(_("a period needs a whole number, got {count}").format(
                count=repr(self.count)))
        try:
            unit = PeriodUnit(self.unit)
        except ValueError:  # a bare ValueError would escape the callers' DomainError handling
            raise TermError(
                _("unknown unit {unit}; use days, weeks, months, years or business days").format(
                    unit=repr(self.unit))
            ) from None
        object.__setattr__(self, "unit", unit)
        if self.count <= 0:
            raise TermError(_("a period must be longer than zero, got {period}").format(
                period=unit_words(self.count, unit)))
        if self.count > _MAX_COUNT[unit]:
            raise TermError(
                _("{period} is longer than {max_years} years; check the number and "
                  "the unit").format(period=unit_words(self.count, unit), max_years=MAX_YEARS)
            )

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read "12 months", "1 year", "90 days", "30 business days", "6m", "12개월",
        "3 måneder", "30个工作日" and the like (see the module's text)."""
        match = _PERIOD_RE.match(unicodedata.normalize("NFKC", text or ""))
        if not match:
            raise TermError(
                _("cannot read {text} as a period; write a number and a unit, e.g. \"12 "
                  "months\", \"90 days\" or \"30 business days\"").format(text=repr(text))
            )
        key = _unit_key(match["unit"])
        # "영업 일", "个 月": a space inside a Korean or Chinese unit is a typing slip.
        unit = _UNIT_WORDS.get(key) or _UNIT_WORDS.get(key.replace(" ", ""))
        if unit is None:
            raise TermError(
                _("unknown unit {unit} in {text}; use days, weeks, months, years or business "
                  "days").format(unit=repr(match["unit"].strip()), text=repr(text))
            )
        return cls(int(match["count"]), unit)

    @property
    def months(self) -> int | None:
        """The length in calendar months, or None for day-based units."""
        if self.unit is PeriodUnit.MONTHS:
            return self.count
        if self.unit is PeriodUnit.YEARS:
            return self.count * 12
        return None

    def __str__(self) -> str:
        unit = self.unit.value.replace("_", " ")
        if self.count == 1:
            unit = unit[:-1]
        return f"{self.count} {unit}"


def unit_words(count: int, unit: PeriodUnit) -> str:
    """``count`` of ``unit`` in the person's language ("3 months", "3개월", "3 måneder").

    The number keeps plain digits (no grouping), so what is shown parses back.
    """
    if unit is PeriodUnit.DAYS:
        text = ngettext("{count} day", "{count} days", count)
    elif unit is PeriodUnit.WEEKS:
        text = ngettext("{count} week", "{count} weeks", count)
    elif unit is PeriodUnit.MONTHS:
        text = ngettext("{count} month", "{count} months", count)
    elif unit is PeriodUnit.YEARS:
        text = ngettext("{count} year", "{count} years", count)
    else:
        text = ngettext("{count} business day", "{count} business days", count)
    return text.format(count=count)


def period_words(period: Period | str | None) -> str:
    """A period as the person reads it, in their language: "12 months", "12개월",
    "12 måneder", "12 个月".

    ``period`` may be the stored text ("12 months"); text that is no period is
    shown as it is, None as "".
    """
    if period is None:
        return ""
    if isinstance(period, str):
        try:
            parsed = Period.parse(period)
        except TermError:
            return period
        return unit_words(parsed.count, parsed.unit)
    return unit_words(period.count, period.unit)
