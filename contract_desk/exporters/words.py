"""The register's codes ("payment", "notice_deadline", "let_run") as a person reads them.

Only for what an export writes for people: the report, the calendar, the
alerts and key-dates sheets. The columns of stored fields keep their codes,
so the file re-imports and scripts can filter by them. An unknown code (a
newer register, a typo in an old one) is shown as it is, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping

from contract_desk.domain.reminders import KeyKind
from contract_desk.i18n import N_, _

OBLIGATION_KINDS: dict[str, str] = {
    "payment": N_("Payment"),
    "delivery": N_("Delivery"),
    "acceptance": N_("Acceptance"),
    "report": N_("Report"),
    "notice": N_("Notice"),
    "renewal_decision": N_("Renewal decision"),
    "confidentiality": N_("Confidentiality"),
    "compliance": N_("Compliance"),
    "other": N_("Other"),
}
OBLIGATION_STATES: dict[str, str] = {
    "scheduled": N_("Scheduled"),
    "met": N_("Met"),
    "partially_met": N_("Partially met"),
    "not_met": N_("Not met"),
    "waived": N_("Waived"),
}
RENEWALS: dict[str, str] = {
    "none": N_("No renewal"),
    "automatic": N_("Automatic renewal"),
    "option": N_("Renewal by option"),
}
#: A contract's notice rule (``domain.notice.NoticeTo``): the words the editor offers too.
NOTICE_TO: dict[str, str] = {
    "month-end": N_("the end of a month"),
    "quarter-end": N_("the end of a quarter"),
    "year-end": N_("the end of a year"),
}
DECISIONS: dict[str, str] = {
    "renew": N_("Renew"),
    "terminate": N_("Terminate"),
    "renegotiate": N_("Renegotiate"),
    "let_run": N_("Let it run"),
}
TARGETS: dict[str, str] = {"contract": N_("Contract"), "obligation": N_("Obligation")}


def word(table: Mapping[str, str], code: str | None) -> str:
    """``code`` in the person's words by ``table``; an unknown code as it is, None as ""."""
    if not code:
        return ""
    source = table.get(code)
    return _(source) if source else code


def key_date_word(code: str) -> str:
    """A key date's kind ("notice_deadline") as a person reads it."""
    try:
        return KeyKind(code).label
    except ValueError:
        return code


def kind_word(code: str) -> str:
    """An obligation's kind."""
    return word(OBLIGATION_KINDS, code)


def state_word(code: str) -> str:
    """An obligation's status."""
    return word(OBLIGATION_STATES, code)


def renewal_word(code: str) -> str:
    """How a contract renews."""
    return word(RENEWALS, code)


def notice_to_word(code: str | None) -> str:
    """The day notice ends a contract at ("the end of a quarter"); "" without a rule."""
    return word(NOTICE_TO, code)


def decision_word(code: str) -> str:
    """What was decided about a reminder."""
    return word(DECISIONS, code)


def target_word(code: str) -> str:
    """What a reminder is for: a contract or an obligation."""
    return word(TARGETS, code)
