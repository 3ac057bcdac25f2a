"""Which currency a column's ambiguous symbols mean, from the column's own cells.

A US register writes "$120,000.00" on one row and "USD 5,000" on another: "$"
alone could be a dozen dollars and pesos, but the column names one currency
outright and nothing else, so its "$" is that currency. The decision settles
symbols only; a bare number gets no currency from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from contract_desk.i18n import _
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.money import cell_currencies, split_amount


@dataclass(frozen=True, slots=True)
class SymbolDecision:
    """The currency a column's ambiguous symbols stand for (None: not settled), and why."""

    code: str | None
    evidence: str = ""


def infer_symbol_currency(samples: Iterable[CellValue]) -> SymbolDecision:
    """Settle ambiguous symbols when the column names exactly one currency outright."""
    named: dict[str, str] = {}
    ambiguous: list[tuple[str, frozenset[str]]] = []
    for sample in samples:
        if not isinstance(sample, str):
            continue
        candidates = _candidates(sample)
        if len(candidates) == 1:
            named.setdefault(next(iter(candidates)), sample.strip())
        elif len(candidates) > 1:
            ambiguous.append((sample.strip(), candidates))
    if len(named) != 1 or not ambiguous:
        return SymbolDecision(None)
    ((code, example),) = named.items()
    if any(code not in candidates for _symbol, candidates in ambiguous):
        return SymbolDecision(None)
    return SymbolDecision(code, _("{symbol} read as {code}: {example} in the same column names "
                                  "the currency").format(symbol=repr(ambiguous[0][0]), code=code,
                                                         example=repr(example)))


def _candidates(text: str) -> frozenset[str]:
    try:
        tokens = split_amount(text).tokens
    except ValueParseError:
        return frozenset()
    if not tokens:
        return frozenset()
    return cell_currencies(tokens)
