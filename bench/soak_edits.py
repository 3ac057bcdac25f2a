"""The soak's register and its daily edits: generated from a seed, applied through the services.

:class:`Generator` makes contracts and obligations (as the soak's own
:class:`~bench.soak_terms.ContractTerms` plus the fields the services take) and
picks each day's edits and a person's actions on the inbox; :func:`apply_edit`
makes one of them, as the window does: the contract and obligation services,
``alert_actions.acknowledge`` / ``snooze`` / ``decide``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.soak_terms import ContractTerms, ObligationTerms

USER = "soak"
Edit = tuple[Any, ...]


@dataclass(slots=True)
class Plan:
    """When a person deals with one key date (drawn once, when it is first raised)."""

    acknowledge_on: date
    snooze_on: date | None = None
    snooze_days: int = 1
    terminate: bool = False


class Generator:
    """Contracts, obligations and a person's habits, all from one seeded RNG."""

    def __init__(self, seed: int, first_day: date, days: int) -> None:
        self.rng = random.Random(seed)
        self.first_day, self.days = first_day, days
        self.plans: dict[tuple[str, str, str, date], Plan] = {}

    def _day_near(self, low: int, high: int, around: date | None = None) -> date:
        return (around or self.first_day) + timedelta(days=self.rng.randint(low, high))

    def contract(self, around: date | None = None) -> tuple[dict[str, Any], ContractTerms]:
        """A fixed or automatically renewing contract whose dates fall in the soak."""
        rng = self.rng
        renews = rng.random() < 0.5
        if renews:
            start = self._day_near(-700, 200, around)
            end = start + timedelta(days=rng.randint(150, 800))
        else:
            end = self._day_near(-60, self.days + 120, around)
            start = end - timedelta(days=rng.randint(200, 1500))
        terms = ContractTerms(uid="", start=start, end=end, renews=renews)
        fields: dict[str, Any] = {"title": f"Soak {rng.randrange(10**6)}", "start_date": start,
                                  "end_date": end}
        if renews:
            terms.renewal_months = rng.choice((6, 12, 12, 24))
            fields |= {"renewal": "automatic", "renewal_term": f"{terms.renewal_months} months"}
            if rng.random() < 0.2:
                terms.max_renewals = fields["max_renewals"] = rng.randint(1, 2)
        if renews or rng.random() < 0.6:
            terms.notice = ((rng.randint(1, 3), "months") if rng.random() < 0.5
                            else (rng.choice((14, 30, 60, 90)), "days"))
            fields["notice_period"] = f"{terms.notice[0]} {terms.notice[1]}"
            if rng.random() < 0.5:
                terms.buffer_days = fields["notice_buffer_days"] = rng.randint(3, 20)
        if rng.random() < 0.1:
            terms.confidential_until = fields["confidential_until"] = self._day_near(
                0, self.days, around)
        return fields, terms

    def obligation(self, contract_uid: str, *, monthly: bool, around: date | None = None,
                   late: bool = False) -> tuple[dict[str, Any], ObligationTerms]:
        """A one-off (possibly already late) or monthly payment."""
        if monthly:
            due = self._day_near(-60, 300, around)
        elif late:
            due = self._day_near(-20, -1, around)
        else:
            due = self._day_near(0, self.days if around is None else 150, around)
        fields = {"kind": "payment", "title": "Fee", "owner": "Kari", "due_date": due}
        if monthly:
            fields["recurrence"] = "FREQ=MONTHLY"
        return fields, ObligationTerms("", contract_uid, due, monthly=monthly)

    def new_end(self, contract: ContractTerms) -> date:
        """A moved end date (not before the start)."""
        moved = contract.end + timedelta(days=self.rng.randint(-90, 150))
        return max(moved, contract.start + timedelta(days=30))

    def plan(self, key: tuple[str, str, str, date]) -> Plan:
        """How a person will deal with this key date (drawn the first time it is seen)."""
        found = self.plans.get(key)
        if found is None:
            rng, day = self.rng, key[3]
            found = Plan(acknowledge_on=day + timedelta(days=rng.randint(-12, 6)))
            if rng.random() < 0.2:
                found.snooze_on = day + timedelta(days=rng.randint(-3, 2))
                found.snooze_days = rng.choice((1, 7))
            found.terminate = key[2] == "notice_deadline" and rng.random() < 0.02
            self.plans[key] = found
        return found


def apply_edit(session: Session, edit: Edit, today: date) -> Any:
    """Make one edit or action through the services; a new row's uid, else True/False."""
    from contract_desk.services import add_obligation, create_contract
    from contract_desk.services.register.contracts import load_contract, update_contract
    from contract_desk.services.register.obligations import mark_obligation
    from contract_desk.services.reminders.actions import acknowledge, decide, snooze

    kind = edit[0]
    if kind == "contract":
        return create_contract(session, edit[1], user=USER, today=today).uid
    if kind == "obligation":
        return add_obligation(session, edit[1], edit[2], user=USER).uid
    if kind in ("end", "terminate"):
        contract = load_contract(session, edit[1])
        changes = {"end_date": edit[2]} if kind == "end" else {"status": "terminated"}
        update_contract(session, edit[1], changes, expected_version=contract.version_id,
                        user=USER, today=today)
        return True
    if kind == "met":
        from contract_desk.models import Obligation
        version = session.execute(select(Obligation.version_id)
                                  .where(Obligation.uid == edit[1])).scalar_one()
        mark_obligation(session, edit[1], "met", met_on=today, expected_version=version,
                        user=USER)
        return True
    alert_id = _open_alert(session, edit[1])
    if alert_id is None:
        return False  # the oracle expected an open alert here: counted as a mismatch
    if kind == "ack":
        acknowledge(session, alert_id, user=USER, today=today)
    elif kind == "snooze":
        snooze(session, alert_id, user=USER, today=today, until=edit[2])
    elif kind == "decide":
        decide(session, alert_id, "terminate", user=USER, today=today)
    return True


def _open_alert(session: Session, key: tuple[str, str, str, date]) -> int | None:
    from contract_desk.models import Alert

    query = select(Alert.id).where(
        Alert.target_type == key[0], Alert.target_uid == key[1], Alert.key_kind == key[2],
        Alert.key_date == key[3], Alert.acknowledged_at.is_(None), Alert.withdrawn_at.is_(None))
    return session.scalars(query.order_by(Alert.id).limit(1)).first()
