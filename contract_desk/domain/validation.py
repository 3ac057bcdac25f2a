"""Checking and cleaning a contract's fields before anything is written.

Every problem is reported at once, field by field, in words a person
understands: the editor shows each next to its field, the CLI prints them all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from contract_desk.domain.currency import CurrencyError, canonical_amount, normalize_currency
from contract_desk.domain.errors import DomainError
from contract_desk.domain.field_words import field_word
from contract_desk.domain.json_values import json_value
from contract_desk.domain.keydates import TermSpec
from contract_desk.domain.lifecycle import Direction, Lifecycle
from contract_desk.domain.notice import MAX_POSTAL_DAYS, notice_to
from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.domain.terms import MAX_BUFFER_DAYS, RenewalMode
from contract_desk.domain.typed_lists import split_typed_list
from contract_desk.domain.workdays import normal_country
from contract_desk.i18n import _, clauses
from contract_desk.i18n.formats import day_text

TEXT_FIELDS = frozenset({
    "reference", "title", "scope", "counterparty", "contract_type", "department", "project",
    "owner", "payment_terms", "notes",
})
DATE_FIELDS = frozenset({
    "signed_on", "start_date", "end_date", "final_end_date", "notice_given_on",
    "confidential_until",
})
PERIOD_FIELDS = frozenset({"initial_term", "renewal_term", "notice_period"})
CONTRACT_FIELDS = TEXT_FIELDS | DATE_FIELDS | PERIOD_FIELDS | frozenset({
    "direction", "tags", "status", "renewal", "max_renewals", "notice_buffer_days", "value",
    "currency", "custom", "reminder_offsets", "notice_to", "holiday_country", "postal_days",
})


#: Amounts are stored exactly with at most this many decimals and digits in all.
AMOUNT_DECIMALS = 6
AMOUNT_DIGITS = 28
#: More renewals than this is a typing mistake (a century of monthly renewals is 1,200).
MAX_RENEWALS = 10_000
#: Reminders further ahead than this (days) are a typing mistake.
MAX_OFFSET_DAYS = 3660
#: Words that switch a contract's or obligation's reminders off.
NO_REMINDERS = frozenset({"none", "no", "off", "no reminders"})


class ValidationError(DomainError):
    """Fields that cannot be saved; ``errors`` maps each field to what is wrong."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(clauses(_("{field}: {problem}").format(field=field_word(field),
                                                                problem=message)
                                 for field, message in self.errors.items()))


def to_date(value: Any) -> date | None:
    """A date from a date, a datetime or ISO text (``2025-12-31``); ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(_("{value} is not a date; write it as YYYY-MM-DD").format(
                value=repr(value))) from None
    raise ValueError(_("expected a date, got {name}").format(name=type(value).__name__))


def to_period(value: Any) -> Period | None:
    """A period from a Period or text ("3 months"); DomainError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return Period.parse(value)
    raise ValueError(_("expected a period like '3 months', got {name}").format(
        name=type(value).__name__))


def to_amount(value: Any) -> Decimal | None:
    """An exact amount from a Decimal, an int or decimal text; floats are refused."""
    if value is None or value == "":
        return None
    if isinstance(value, bool | float):
        raise ValueError(_("give amounts as exact text or Decimal, not a binary float"))
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(_("{value} is not an amount; write it like 12500.00").format(
            value=repr(value))) from None
    if not amount.is_finite():
        raise ValueError(_("{value} is not a finite amount").format(value=repr(value)))
    problem = amount_problem(amount)
    if problem:
        raise ValueError(f"{value!r} {problem}")
    return canonical_amount(amount)


def amount_problem(amount: Decimal) -> str | None:
    """Why the register cannot keep ``amount`` exactly ("has 7 decimals; ..."), or None.

    Storage is exact; refusing is better than a database rounding silently.
    """
    normal = amount.normalize()  # judged before padding: 1E+40 cannot be padded
    exponent = normal.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals > AMOUNT_DECIMALS:
        return _("has {decimals} decimals; at most {amount_decimals} are kept").format(
            decimals=decimals, amount_decimals=AMOUNT_DECIMALS)
    if normal.adjusted() + 1 > AMOUNT_DIGITS - AMOUNT_DECIMALS:
        return _("is too large for an amount")
    return None


def to_tags(value: Any) -> list[str]:
    """Tags from a list or text separated by commas ("，", "、", ";" too), trimmed, without
    duplicates or blanks."""
    if value is None or value == "":
        return []
    parts = split_typed_list(value) if isinstance(value, str) else list(value)
    seen: dict[str, None] = {}
    for part in parts:
        tag = str(part).strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


def to_offsets(value: Any) -> list[int] | None:
    """Reminder offsets (days before a key date) from a list or text "30, 7, 0", latest first.

    None means "the register's defaults"; an empty list (or text like "none")
    means "no reminders".
    """
    if value is None:
        return None
    if isinstance(value, str) and value.strip().casefold() in NO_REMINDERS:
        return []
    parts = split_typed_list(value) if isinstance(value, str) else list(value)
    days = {_whole(part, maximum=MAX_OFFSET_DAYS) for part in parts if str(part).strip()}
    return sorted((day for day in days if day is not None), reverse=True)


def to_custom(value: Any) -> dict[str, Any]:
    """Custom fields as JSON keeps them: text keys; dates ISO, amounts exact text."""
    if value is None or value == "":
        return {}
    if not isinstance(value, Mapping):
        raise ValueError(_("custom fields must be given as name -> value pairs"))
    return {str(key).strip(): _json_safe(item) for key, item in value.items()
            if str(key).strip()}


def _json_safe(value: Any) -> Any:
    # A custom field holds text, a whole number or a flag: a float (binary noise)
    # or a structure is kept as its text.
    shown = json_value(value)
    return shown if shown is None or isinstance(shown, str | bool | int) else str(value)


def _whole(value: Any, *, minimum: int = 0, maximum: int | None = None) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(_("expected a whole number"))
    try:
        number = int(value)
    except ValueError:
        raise ValueError(_("{value} is not a whole number").format(value=repr(value))) from None
    if number < minimum:
        raise ValueError(_("cannot be below {minimum}, got {number}").format(
            minimum=minimum, number=number))
    if maximum is not None and number > maximum:
        raise ValueError(_("cannot be above {maximum}, got {number}").format(
            maximum=maximum, number=number))
    return number


def enum_word(enum: type[Any], value: Any) -> str:
    """The value of ``enum`` a person wrote ("In review", "in-review", "IN_REVIEW" -> in_review).

    ValueError naming the allowed words otherwise.
    """
    word = "_".join(str(value).strip().lower().replace("-", " ").split())
    try:
        return str(enum(word).value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValueError(_("{value} is not one of: {allowed}").format(
            value=repr(value), allowed=allowed)) from None


def _choice(enum: type[Any]) -> Callable[[Any], str | None]:
    def convert(value: Any) -> str | None:
        if value is None or value == "":
            return None
        return enum_word(enum, value)
    return convert


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _notice_to(value: Any) -> str | None:
    # "month end", "Month_End" and "month-end" all mean the same rule.
    if value is None or str(value).strip() == "":
        return None
    return notice_to("-".join(str(value).strip().lower().replace("_", " ").split())).value


def _country(value: Any) -> str | None:
    return None if value is None or str(value).strip() == "" else normal_country(str(value))


def _currency(value: Any) -> str | None:
    return None if value is None or str(value).strip() == "" else normalize_currency(str(value))


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    **dict.fromkeys(TEXT_FIELDS, _text),
    **dict.fromkeys(DATE_FIELDS, to_date),
    **dict.fromkeys(PERIOD_FIELDS, to_period),
    "direction": _choice(Direction),
    "status": _choice(Lifecycle),
    "renewal": _choice(RenewalMode),
    "tags": to_tags,
    "max_renewals": lambda value: _whole(value, maximum=MAX_RENEWALS),
    "notice_buffer_days": lambda value: _whole(value, maximum=MAX_BUFFER_DAYS) or 0,
    "value": to_amount,
    "currency": _currency,
    "custom": to_custom,
    "reminder_offsets": to_offsets,
    "notice_to": _notice_to,
    "holiday_country": _country,
    "postal_days": lambda value: _whole(value, maximum=MAX_POSTAL_DAYS) or 0,
}


def clean_fields(
    fields: Mapping[str, Any], *, partial: bool = False, require_reference: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    """Convert ``fields`` to their stored types; returns (clean values, problems).

    With ``partial`` only the given fields are checked on their own (an update);
    the cross-field rules then run on the merged contract in the service.
    """
    problems: dict[str, str] = {}
    unknown = sorted(set(fields) - CONTRACT_FIELDS)
    for name in unknown:
        problems[name] = _("is not a contract field")
    clean: dict[str, Any] = {}
    for name, raw in fields.items():
        if name in unknown:
            continue
        try:
            clean[name] = _CONVERTERS[name](raw)
        except (ValueError, TypeError, DomainError, CurrencyError) as error:
            problems[name] = str(error)
    if not partial:
        problems.update(
            {k: v for k, v in contract_rules(clean, require_reference).items()
             if k not in problems}
        )
    return clean, problems


def contract_rules(clean: Mapping[str, Any], require_reference: bool = False) -> dict[str, str]:
    """The rules between fields, on already converted values."""
    problems: dict[str, str] = {}
    if not clean.get("title"):
        problems["title"] = _("a contract needs a title")
    if require_reference and not clean.get("reference"):
        problems["reference"] = _("this register requires a reference for every contract")
    value = clean.get("value")
    if value is not None and value < 0:
        problems["value"] = _("the value cannot be negative")
    if value is not None and not clean.get("currency"):
        problems["currency"] = _("give the currency of the value (an ISO code like EUR)")
    problems.update(_date_rules(clean))
    if clean.get("notice_to") and not clean.get("notice_period"):
        problems["notice_to"] = _("to the end of a month, quarter or year: give the notice "
                                  "period too")
    if not problems:
        problems.update(_term_rules(clean))
    return problems


def _date_rules(clean: Mapping[str, Any]) -> dict[str, str]:
    problems = {}
    start = clean.get("start_date")
    for name in ("end_date", "final_end_date"):
        day = clean.get(name)
        if start is not None and day is not None and day < start:
            problems[name] = (
                _("the {field} {day} is before the start {start}").format(
                    field=field_word(name), day=day_text(day), start=day_text(start))
            )
    renewal = clean.get("renewal") or RenewalMode.NONE.value
    if renewal != RenewalMode.NONE.value and not (clean.get("end_date")
                                                  or clean.get("initial_term")):
        problems["renewal"] = _("a renewing contract needs an end date or an initial term")
    # Registers often know only when a contract ends: that is enough for its
    # notice deadline. A term given only as a length needs a start to end anywhere.
    if start is None and clean.get("initial_term") and not clean.get("end_date"):
        problems["start_date"] = _("a term given as a length needs its start date (or an end "
                                   "date)")
    if (start is None and renewal == RenewalMode.AUTOMATIC.value and clean.get("end_date")
            and not clean.get("renewal_term")):
        problems["renewal_term"] = (_("without a start date, an automatic renewal needs its "
                                      "renewal term (how long each renewal lasts)"))
    return problems


def _term_rules(clean: Mapping[str, Any]) -> dict[str, str]:
    start = clean.get("start_date")
    if start is None:
        return {}
    problems = {
        name: _("a term is counted in days, weeks, months or years, not business days")
        for name in ("initial_term", "renewal_term")
        if isinstance(clean.get(name), Period) and clean[name].unit is PeriodUnit.BUSINESS_DAYS
    }
    if problems:
        return problems
    try:
        TermSpec(
            start_date=start, end_date=clean.get("end_date"),
            initial_term=clean.get("initial_term"),
            renewal=RenewalMode(clean.get("renewal") or RenewalMode.NONE.value),
            renewal_term=clean.get("renewal_term"), max_renewals=clean.get("max_renewals"),
            final_end_date=clean.get("final_end_date"),
            notice_period=clean.get("notice_period"),
            notice_buffer_days=clean.get("notice_buffer_days") or 0,
            notice_given_on=clean.get("notice_given_on"),
            notice_to=clean.get("notice_to"), holiday_country=clean.get("holiday_country"),
            postal_days=clean.get("postal_days") or 0,
        )
    except DomainError as error:
        # The field-by-field rules above catch what they can name; this is the rest.
        return {"initial_term": str(error)}
    return {}


def validate_contract(
    fields: Mapping[str, Any], *, require_reference: bool = False
) -> dict[str, str]:
    """Every problem of a whole contract's fields, field -> message (empty when fine)."""
    return clean_fields(fields, require_reference=require_reference)[1]
