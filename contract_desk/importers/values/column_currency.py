"""Which currency a column's ambiguous symbols mean, from the column's own cells.

A US register writes "$120,000.00" on one row and "USD 5,000" on another: "$"
alone could be a dozen dollars and pesos, but the column names one currency
outright and nothing else, so its "$" is that currency. The decision settles
symbols only; a bare number gets no currency from it.

"¥" is the yuan in China and the yen in Japan, and the sheet's own headers
say which country wrote it (``script_currency``): kana and Japan's own forms of
characters (込, 円, 価, 対…) are Japanese only, and the simplified forms (编, 时间,
额…) mainland Chinese only. Headers in English, or in characters the three
share (契約番号, 金額), settle nothing.
"""

from __future__ import annotations

import re
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


#: The two currencies "¥" is written for.
_YEN_OR_YUAN = frozenset({"CNY", "JPY"})
_KANA = re.compile("[\u3040-\u309f\u30a0-\u30ff]")
#: Simplified forms of characters a register's headers use, which neither Japanese (編,
#: 時間, 額, 対, 発, 経) nor Traditional Chinese writes: mainland Chinese.
_SIMPLIFIED = frozenset("编时间额签订单项类态对负责务结开货币发执经门约购销费质应认审账总计户买卖"
                        "标办说业产价实际规则维护赁续终")


#: Forms of characters only Japanese writes (込 of 税込, 円, 売, 払, 価, 実, 経, 対…).
_JAPANESE = frozenset("込円売払済価関実続経総応対単発戸読険証")


def script_currency(samples: Iterable[CellValue], headers: Iterable[str]) -> SymbolDecision:
    """Settle "¥" (yuan or yen) by the script of the sheet's ``headers``."""
    if not any(_candidates(sample) == _YEN_OR_YUAN for sample in samples
               if isinstance(sample, str)):
        return SymbolDecision(None)
    text = "".join(headers)
    if _KANA.search(text) or any(char in _JAPANESE for char in text):
        return SymbolDecision("JPY", _("'¥' read as JPY: the headers are written in Japanese"))
    if any(char in _SIMPLIFIED for char in text):
        return SymbolDecision("CNY", _("'¥' read as CNY: the headers are written in "
                                       "Simplified Chinese"))
    return SymbolDecision(None)
