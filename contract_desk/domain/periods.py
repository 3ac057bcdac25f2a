"""Lengths of time as contracts state them: "12 months", "90 days", "30 business days".

A :class:`Period` is a count and a unit. Parsing accepts the English forms a
contract administrator types in the CLI or the detail view; the multilingual
forms found in imported spreadsheets are the importer's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from contract_desk.domain.errors import TermError
from contract_desk.i18n import _

#: Longer than any real contract term or notice period; anything beyond is a typo.
MAX_YEARS = 100


class PeriodUnit(StrEnum):
    """The unit of a term or notice period."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"
    BUSINESS_DAYS = "business_days"


_UNIT_WORDS: dict[str, PeriodUnit] = {
    "d": PeriodUnit.DAYS,
    "day": PeriodUnit.DAYS,
    "days": PeriodUnit.DAYS,
    "w": PeriodUnit.WEEKS,
    "wk": PeriodUnit.WEEKS,
    "wks": PeriodUnit.WEEKS,
    "week": PeriodUnit.WEEKS,
    "weeks": PeriodUnit.WEEKS,
    "m": PeriodUnit.MONTHS,
    "mo": PeriodUnit.MONTHS,
    "mos": PeriodUnit.MONTHS,
    "month": PeriodUnit.MONTHS,
    "months": PeriodUnit.MONTHS,
    "y": PeriodUnit.YEARS,
    "yr": PeriodUnit.YEARS,
    "yrs": PeriodUnit.YEARS,
    "year": PeriodUnit.YEARS,
    "years": PeriodUnit.YEARS,
    "bd": PeriodUnit.BUSINESS_DAYS,
    "business day": PeriodUnit.BUSINESS_DAYS,
    "business days": PeriodUnit.BUSINESS_DAYS,
    "business_days": PeriodUnit.BUSINESS_DAYS,
    "business_day": PeriodUnit.BUSINESS_DAYS,
    "working day": PeriodUnit.BUSINESS_DAYS,
    "working days": PeriodUnit.BUSINESS_DAYS,
    "weekday": PeriodUnit.BUSINESS_DAYS,
    "weekdays": PeriodUnit.BUSINESS_DAYS,
}

# "-" is allowed inside the unit so that "30 business-days" reaches the unit table.
_PERIOD_RE = re.compile(r"^\s*(?P<count>[+-]?\d+)\s*(?P<unit>[a-z_][a-z_ -]*?)\s*$", re.IGNORECASE)

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
            raise TermError(_("a period must be longer than zero, got {count} {unit}").format(
                count=self.count, unit=unit.value))
        if self.count > _MAX_COUNT[unit]:
            raise TermError(
                _("{count} {unit} is longer than {max_years} years; check the number and "
                  "the unit").format(count=self.count, unit=unit.value, max_years=MAX_YEARS)
            )

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read "12 months", "1 year", "90 days", "30 business days", "6m" and the like."""
        match = _PERIOD_RE.match(text or "")
        if not match:
            raise TermError(
                _("cannot read {text} as a period; write a number and a unit, e.g. \"12 "
                  "months\", \"90 days\" or \"30 business days\"").format(text=repr(text))
            )
        unit_word = " ".join(match["unit"].lower().replace("-", " ").split())
        unit = _UNIT_WORDS.get(unit_word)
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
