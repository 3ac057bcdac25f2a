"""Are the stored obligation summaries right? Each one that holds today against a recomputation.

A listing shows a contract's health from its stored obligation summary while it
holds (schema 0015, ``services.register.obligation_summaries``); triggers
forget it whenever one of its obligations changes. A summary stored wrong (by
another tool, or by a program whose rules changed without saying so) would be
shown until the day it was stored for runs out: that is the fault looked for.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.i18n import N_, _, ngettext
from contract_desk.i18n.formats import day_text, number_text
from contract_desk.models import Contract
from contract_desk.services.checking.report import PROBLEM, CheckResult, Finding
from contract_desk.services.register.obligation_summaries import (
    NO_OBLIGATIONS,
    ObligationSummary,
    held_summaries,
    obligation_summaries,
    stores_summaries,
)
from contract_desk.services.reminders.scan import subject

SUMMARIES = N_("stored obligation summaries")


def check_obligation_summaries(session: Session, today: date) -> CheckResult:
    """Compare every stored summary that holds on ``today`` with a fresh computation; the
    summary line counts those that agree, each other one is a finding."""
    if not stores_summaries(session):
        return CheckResult(SUMMARIES, _("not stored in a team register: computed each time"))
    held = held_summaries(session, today)
    if not held:
        return CheckResult(SUMMARIES, _("no obligation summaries are stored for {today} yet: "
                                        "the listings compute them, the next reminder check "
                                        "stores them").format(today=day_text(today)))
    fresh = obligation_summaries(session, today=today)
    wrong = sorted(contract_id for contract_id, summary in held.items()
                   if summary != fresh.get(contract_id, NO_OBLIGATIONS))
    names = {}
    for first in range(0, len(wrong), 500):  # every one named, 500 per statement
        names.update({contract_id: subject(reference, title) for contract_id, reference, title
                      in session.execute(select(Contract.id, Contract.reference, Contract.title)
                                         .where(Contract.id.in_(wrong[first:first + 500])))})
    findings = tuple(_differs(names.get(contract_id, str(contract_id)), held[contract_id],
                              fresh.get(contract_id, NO_OBLIGATIONS))
                     for contract_id in wrong)
    return CheckResult(SUMMARIES, ngettext(
        "the obligation summaries stored for {count} contract agree with a recomputation "
        "for {today}",
        "the obligation summaries stored for {count} contracts agree with a recomputation "
        "for {today}", len(held) - len(wrong)).format(
            count=number_text(len(held) - len(wrong)), today=day_text(today)),
        findings)


def _value(summary: ObligationSummary) -> str:
    due = "—" if summary.next_due is None else day_text(summary.next_due)
    return _("next due {due}, {count} overdue").format(due=due,
                                                       count=number_text(summary.overdue))


def _differs(name: str, stored: ObligationSummary, fresh: ObligationSummary) -> Finding:
    return Finding(SUMMARIES, PROBLEM, _(
        "{name}: its stored obligation summary ({stored}) differs from a recomputation "
        "({fresh}); the listings show the stored one until its obligations change or the day "
        "it was stored for runs out").format(name=name, stored=_value(stored),
                                             fresh=_value(fresh)))
