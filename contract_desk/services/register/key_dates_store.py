"""Keeping each contract's key dates stored, so a listing reads them instead of computing.

``refresh_key_dates`` computes the key dates of every contract whose stored
ones do not hold on ``today`` (never stored, changed since, a new day past
their ``valid_until``, other rules) and stores them with the days they hold
for (``domain.keydates.key_dates_until``). On a new day that is only the
contracts whose dates rolled; after an upgrade or a big import, all of them.
A listing never waits for it: it computes what is not stored (the same dates).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from contract_desk.models import Contract, ContractKeyDates
from contract_desk.services.register.contract_columns import contract_select, decode_stored
from contract_desk.services.register.contract_records import dates_until
from contract_desk.services.register.key_dates_rules import computed_with

#: Contracts computed and stored per statement.
BATCH = 2000


def stale_contract_ids(session: Session, today: date) -> list[int]:
    """Ids of the contracts whose stored key dates do not hold on ``today``."""
    held = (select(ContractKeyDates.contract_id)
            .where(ContractKeyDates.valid_from <= today, ContractKeyDates.valid_until >= today,
                   ContractKeyDates.computed_with == computed_with()))
    query = select(Contract.id).where(Contract.id.not_in(held)).order_by(Contract.id)
    return list(session.scalars(query))


def refresh_key_dates(session: Session, today: date) -> int:
    """Store the key dates of every contract whose stored ones do not hold on ``today``.

    Returns how many were stored. Runs in the caller's transaction.
    """
    ids = stale_contract_ids(session, today)
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        rows = list(_computed(session, batch, today))
        session.execute(delete(ContractKeyDates).where(ContractKeyDates.contract_id.in_(batch)))
        if rows:
            session.execute(insert(ContractKeyDates), rows)
    return len(ids)


def _computed(session: Session, ids: list[int], today: date) -> Iterator[dict[str, Any]]:
    rules = computed_with()
    query = contract_select().where(Contract.id.in_(ids))
    for record in session.connection().execute(query):
        stored = decode_stored(record)
        dates, until = dates_until(stored, today)
        row: dict[str, Any] = {
            "contract_id": stored[0], "computed_with": rules, "valid_from": today,
            "valid_until": until, "has_dates": dates is not None, "renewals": 0,
            "status": "", "term_end": None, "current_term_start": None,
            "current_term_end": None, "notice_deadline": None, "send_by": None,
            "next_renewal_start": None, "earliest_end": None,
        }
        if dates is not None:
            row.update(
                term_end=dates.term_end, current_term_start=dates.current_term_start,
                current_term_end=dates.current_term_end, notice_deadline=dates.notice_deadline,
                send_by=dates.send_by, renewals=dates.renewals, status=dates.status.value,
                next_renewal_start=dates.next_renewal_start, earliest_end=dates.earliest_end)
        yield row
