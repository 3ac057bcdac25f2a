"""Are the stored key dates right? Each one that holds today against a recomputation.

A listing shows a contract's stored key dates while they hold (schema 0012,
``services.register.key_dates_store``); a trigger forgets them whenever the
terms change. Dates stored wrong (by another tool, or by a program whose rules
changed without saying so) would be shown until the day they were stored for
runs out: that is the fault looked for.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contract_desk.domain.field_words import field_word
from contract_desk.i18n import N_, _, enumerated, ngettext
from contract_desk.i18n.formats import day_text, number_text
from contract_desk.models import Contract, ContractKeyDates
from contract_desk.services.checking.report import PROBLEM, CheckResult, Finding
from contract_desk.services.register.contract_columns import (
    contract_select,
    decode_computed,
    decode_record,
)
from contract_desk.services.register.key_dates_rules import computed_with
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.reminders.scan import subject

KEY_DATES = N_("stored key dates")
#: What a listing shows from the stored key dates.
COMPARED = ("term_end", "current_term_start", "current_term_end", "notice_deadline", "send_by",
            "renewals", "next_renewal_start", "earliest_end", "effective_status")


def check_key_dates(session: Session, today: date) -> CheckResult:
    """Compare every contract's key dates as listed on ``today`` with a fresh computation."""
    held = session.scalar(select(func.count()).select_from(ContractKeyDates).where(
        ContractKeyDates.valid_from <= today, ContractKeyDates.valid_until >= today,
        ContractKeyDates.computed_with == computed_with())) or 0
    if not held:
        return CheckResult(KEY_DATES, _("no key dates are stored for {today} yet: the listings "
                                        "compute them, the next reminder check stores them"
                                        ).format(today=day_text(today)))
    # One read: each record as listed (its stored dates) and as computed afresh.
    findings = tuple(
        _differs(listed, fresh) for listed, fresh in (
            (decode_record(record, today), decode_computed(record, today))
            for record in session.connection().execute(
                contract_select(today).order_by(Contract.id)))
        if _shown(listed) != _shown(fresh))
    # Those that differ are the findings: the count is of the others (a contract with
    # none stored is computed as it is listed, so never differs).
    agree = max(0, held - len(findings))
    return CheckResult(KEY_DATES, ngettext(
        "the key dates stored for {count} contract agree with a recomputation for {today}",
        "the key dates stored for {count} contracts agree with a recomputation for {today}",
        agree).format(count=number_text(agree), today=day_text(today)), findings)


def _shown(row: ContractRow) -> tuple[object, ...]:
    return tuple(getattr(row, name) for name in COMPARED)


def _value(value: object) -> str:
    if value is None:
        return "—"
    return day_text(value) if isinstance(value, date) else str(value)


def _differs(listed: ContractRow, fresh: ContractRow) -> Finding:
    changed = enumerated(
        f"{field_word(name)} {_value(getattr(listed, name))} ≠ {_value(getattr(fresh, name))}"
        for name in COMPARED if getattr(listed, name) != getattr(fresh, name))
    return Finding(KEY_DATES, PROBLEM, _(
        "{name}: its stored key dates differ from a recomputation ({changed}); the listings "
        "show the stored ones until its terms change or the day they were stored for runs "
        "out").format(name=subject(listed.reference, listed.title), changed=changed))
