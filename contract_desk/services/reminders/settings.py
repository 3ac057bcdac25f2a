"""Register-wide reminder settings (RegisterSetting rows) and the date of the last check.

The settings travel with the register, so every machine and the scheduled
``contract-desk remind`` run use the same offsets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.reminders import (
    CONTRACT_OFFSETS,
    ESCALATE_AFTER_DAYS,
    OBLIGATION_OFFSETS,
    SUMMARY_THRESHOLD,
    clean_offsets,
)
from contract_desk.i18n import _
from contract_desk.models import RegisterSetting
from contract_desk.services.register.audit import diff, record_event
from contract_desk.services.register.settings import put_setting

PREFIX = "reminders."
LAST_CHECK = "reminders.last_check"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """The register's reminder defaults.

    ``contract_offsets`` apply to notice deadlines, send-by dates, term ends and
    confidentiality ends; ``obligation_offsets`` to due dates. A contract's or
    obligation's own ``reminder_offsets`` win over these.
    """

    contract_offsets: tuple[int, ...] = CONTRACT_OFFSETS
    obligation_offsets: tuple[int, ...] = OBLIGATION_OFFSETS
    escalate_after_days: int = ESCALATE_AFTER_DAYS
    escalation_contact: str | None = None
    summary_threshold: int = SUMMARY_THRESHOLD


def _stored(session: Session, name: str) -> Any:
    setting = session.get(RegisterSetting, PREFIX + name)
    return None if setting is None else setting.value


def reminder_settings(session: Session) -> ReminderSettings:
    """The settings in force: what is stored, else the defaults."""
    defaults = ReminderSettings()
    values = {}
    for field in fields(ReminderSettings):
        stored = _stored(session, field.name)
        values[field.name] = getattr(defaults, field.name) if stored is None else stored
    return _checked(values, defaults)


def _checked(values: dict[str, Any], defaults: ReminderSettings) -> ReminderSettings:
    try:
        contract = clean_offsets(list(values["contract_offsets"]), defaults.contract_offsets)
        obligation = clean_offsets(list(values["obligation_offsets"]),
                                   defaults.obligation_offsets)
        escalate, threshold = values["escalate_after_days"], values["summary_threshold"]
        contact = values["escalation_contact"]
    except TypeError:
        raise DomainError(_("the stored reminder settings are not lists of days")) from None
    for name, number in (("escalate_after_days", escalate), ("summary_threshold", threshold)):
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise DomainError(_("the reminder setting {name} must be 1 or more, got "
                                "{number}").format(
                name=name, number=repr(number)))
    if contact is not None and not isinstance(contact, str):
        raise DomainError(_("the escalation contact must be text, got {contact}").format(
            contact=repr(contact)))
    return ReminderSettings(contract, obligation, escalate, contact or None, threshold)


def save_reminder_settings(
    session: Session, *, user: str, **changes: Any
) -> ReminderSettings:
    """Store some settings (names as in :class:`ReminderSettings`); audited.

    DomainError (nothing written) for an unknown name or a bad value.
    """
    known = {field.name for field in fields(ReminderSettings)}
    unknown = sorted(set(changes) - known)
    if unknown:
        names = ", ".join(sorted(known))
        raise DomainError(_("unknown reminder setting {unknown}; use {names}").format(
            unknown=repr(unknown[0]), names=names))
    before = reminder_settings(session)
    merged = {name: getattr(before, name) for name in known} | changes
    after = _checked(merged, ReminderSettings())
    delta = diff({n: getattr(before, n) for n in changes}, {n: getattr(after, n) for n in changes})
    for name in delta:
        value = getattr(after, name)
        put_setting(session, PREFIX + name, list(value) if isinstance(value, tuple) else value)
    if delta:
        record_event(session, user=user, entity="setting", entity_uid="reminders",
                     contract_uid=None, action="update", changes=delta)
    return after


def last_check(session: Session) -> date | None:
    """The day reminders were last checked (by the window or ``contract-desk remind``)."""
    setting = session.get(RegisterSetting, LAST_CHECK)
    if setting is None or not isinstance(setting.value, str):
        return None
    try:
        return date.fromisoformat(setting.value)
    except ValueError:
        return None  # written by something else: check from today, never crash


def record_check(session: Session, today: date) -> None:
    """Remember ``today`` as the last check (never moves backwards)."""
    known = last_check(session)
    if known is None or today > known:
        put_setting(session, LAST_CHECK, today.isoformat())


def offsets_text(offsets: Sequence[int]) -> str:
    """Offsets as a person writes them: "90, 30, 7, 0"."""
    return ", ".join(str(day) for day in offsets)
