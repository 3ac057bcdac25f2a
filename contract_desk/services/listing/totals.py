"""What the contracts shown are worth, per currency: the status bar's money totals.

Sums the value of plain rows the window has already loaded (no query: the
window recomputes them on every filter, as the person types). Amounts in
different currencies are never added together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from contract_desk.services.register.rows import ContractRow


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    """The summed value of the contracts in one currency, and how many were summed."""

    currency: str
    total: Decimal
    contracts: int


def money_totals(rows: Iterable[ContractRow]) -> tuple[CurrencyTotal, ...]:
    """The value of ``rows`` per currency, in currency-code order.

    A row without a value or without a currency counts nowhere: its money cannot
    be told apart from another currency's.
    """
    totals: dict[str, Decimal] = {}
    counts: dict[str, int] = {}
    for row in rows:
        if row.value is None or not row.currency:
            continue
        totals[row.currency] = totals.get(row.currency, Decimal(0)) + row.value
        counts[row.currency] = counts.get(row.currency, 0) + 1
    return tuple(CurrencyTotal(code, totals[code], counts[code]) for code in sorted(totals))


__all__ = ["CurrencyTotal", "money_totals"]
