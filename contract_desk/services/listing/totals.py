"""What the contracts shown are worth, per currency: the status bar's money totals.

Sums the value of plain rows the window has already loaded (no query: the
window recomputes them on every filter, as the person types). Amounts in
different currencies are never added together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter

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
    amounts: dict[str, list[Decimal]] = {}
    for value, currency in map(_VALUE_AND_CURRENCY, rows):
        if value is None or not currency:
            continue
        found = amounts.get(currency)
        if found is None:
            amounts[currency] = [value]
        else:
            found.append(value)
    # sum() adds in the same order as a running total, in C.
    return tuple(CurrencyTotal(code, sum(amounts[code], Decimal(0)), len(amounts[code]))
                 for code in sorted(amounts))


_VALUE_AND_CURRENCY = attrgetter("value", "currency")

__all__ = ["CurrencyTotal", "money_totals"]
