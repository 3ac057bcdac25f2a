"""Which contracts' stored derived rows do not hold on a day: found without a join;
and a table's rows counted as cheaply as SQLite can.

Each contract's key dates (``contract_key_dates``) and its obligations' summary
(``contract_obligation_summary``) are stored in a row of their own, deleted
with the contract (a trigger, and ``ON DELETE CASCADE``), that holds for some days. The
contracts to compute again are those whose row does not hold, and those with
no row. Looking each contract's row up (``NOT IN`` or ``NOT EXISTS``) took
54-69 ms at 100,000 contracts, each check; when every contract has a row (as
many rows as contracts, with the same sum of ids, each counted from an index
or the table's own b-tree in about 5 ms), reading the rows that do not hold
takes 15 ms (measured).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from contract_desk.models import Contract


def count_rows(session: Session, model: type[Any]) -> int:
    """How many rows ``model``'s table has. Alone in its statement: SQLite counts them
    from its smallest index (5 ms at 1,000,000 obligations); with ``max(id)``, or with
    a condition on the id, it walks the table itself (50-100 ms; measured)."""
    return session.scalar(select(func.count()).select_from(model)) or 0


def dense(ordered_ids: list[int]) -> bool:
    """Whether these ids (ascending) fill at least half of their range: then one read of
    the range by the key, the few ids in it not asked for left out, beats lists of ids
    (a batch of a register stored whole, the alerts one statement stored)."""
    return bool(ordered_ids) and ordered_ids[-1] - ordered_ids[0] < 2 * len(ordered_ids)


def ids_not_held(session: Session, contract_id: Any, held: list[Any]) -> list[int]:
    """Ids of the contracts (ascending) whose row of ``contract_id``'s table does not
    hold by the conditions ``held`` (columns that are never NULL), or that have none."""
    if _every_contract_has_a_row(session, contract_id):
        query = select(contract_id).where(~and_(*held)).order_by(contract_id)
    else:
        query = (select(Contract.id).where(Contract.id.not_in(select(contract_id).where(*held)))
                 .order_by(Contract.id))
    return list(session.scalars(query))


def _every_contract_has_a_row(session: Session, contract_id: Any) -> bool:
    # A row is deleted with its contract: as many rows as contracts, with the same ids
    # summed, is a row for each contract (unless another tool wrote rows of no contract,
    # with SQLite's foreign keys off, as many and of the same sum as those without).
    contracts = session.execute(select(func.count(), func.coalesce(func.sum(Contract.id), 0))
                                .select_from(Contract)).one()
    rows = session.execute(select(func.count(), func.coalesce(func.sum(contract_id), 0))).one()
    return tuple(contracts) == tuple(rows)
