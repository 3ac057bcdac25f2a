"""Checking and converting an obligation's fields before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from contract_desk.domain.currency import normalize_currency
from contract_desk.domain.errors import DomainError
from contract_desk.domain.obligations import ObligationKind, ObligationStatus, Performer
from contract_desk.domain.recurrence import validate_rrule
from contract_desk.domain.validation import enum_word, to_amount, to_date, to_offsets
from contract_desk.i18n import _
from contract_desk.models import Obligation
from contract_desk.services.register.limits import too_long

#: The fields a caller may give; ``evidence_attachment_uid`` names one of the contract's files.
FIELDS = frozenset({"kind", "performer", "title", "description", "due_date", "owner", "amount",
                    "currency", "status", "met_on", "evidence_note", "evidence_attachment_uid",
                    "recurrence", "reminder_offsets", "custom"})


def _choice(enum: type[Any]) -> Callable[[Any], str]:
    return lambda value: enum_word(enum, value)


def _text(value: Any) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "kind": _choice(ObligationKind),
    "performer": _choice(Performer),
    "status": _choice(ObligationStatus),
    "due_date": to_date,
    "met_on": to_date,
    "amount": to_amount,
    "currency": lambda value: normalize_currency(str(value)) if _text(value) else None,
    "title": lambda value: _text(value) or "",
    "custom": lambda value: dict(value or {}),
    "reminder_offsets": to_offsets,
}


def clean_obligation(fields: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Convert obligation fields to stored types; returns (clean values, problems)."""
    unknown = sorted(set(fields) - FIELDS)
    problems: dict[str, str] = dict.fromkeys(unknown, _("is not an obligation field"))
    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if name in unknown:
            continue
        try:
            convert: Callable[[Any], Any] = _CONVERTERS.get(name, _text)
            clean[name] = convert(value)
        except (ValueError, TypeError, DomainError) as error:
            problems[name] = str(error)
    rule = clean.get("recurrence")
    if rule:
        message = validate_rrule(rule)
        if message:
            problems["recurrence"] = message
    if clean.get("amount") is not None and clean["amount"] < 0:
        problems["amount"] = _("the amount cannot be negative")
    problems.update({k: v for k, v in too_long(Obligation.__table__, clean).items()
                     if k not in problems})
    return clean, problems


def whole_obligation_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """The rules an obligation must meet as a whole (after defaults were filled in)."""
    problems: dict[str, str] = {}
    if not values.get("title"):
        problems["title"] = _("an obligation needs a title")
    if values.get("due_date") is None:
        first = _("its first due date") if values.get("recurrence") else _("a due date")
        problems["due_date"] = _("an obligation needs {first}").format(first=first)
    if not values.get("owner"):
        problems["owner"] = (_("an obligation needs exactly one owner; name one (the contract "
                               "has no owner to take over)"))
    if values.get("amount") is not None and not values.get("currency"):
        problems["currency"] = _("give the currency of the amount")
    met = values.get("status") in {ObligationStatus.MET.value,
                                   ObligationStatus.PARTIALLY_MET.value}
    if met and values.get("met_on") is None:
        problems["met_on"] = _("say on which day it was met")
    return problems
