"""A column's first cells as the import will store them, in the person's words and forms.

The mapping page shows them beside the cells as written ("Samples"): a date column
read day first or month first, an amount in 万元 multiplied, an amount taken in the
currency chosen for amounts that name none, a period, a renewal: what the register
will hold, seen before anything is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from contract_desk.domain.field_words import field_word
from contract_desk.domain.lifecycle import status_label
from contract_desk.domain.periods import period_words
from contract_desk.exporters.words import notice_to_word, renewal_word
from contract_desk.i18n import enumerated
from contract_desk.importers.plan.samples_read import ReadCell
from contract_desk.ui.common.formatting import Formatter

# Amount field -> the field naming its currency.
_MONEY = {"value": "currency", "obligation_amount": "obligation_currency"}
_CURRENCIES = frozenset(_MONEY.values())
# Fields holding one of the register's codes -> the words the program shows for it.
_CODES: dict[str, Callable[[str], str]] = {
    "status": status_label,
    "renewal": renewal_word,
    "notice_to": notice_to_word,
    "direction": lambda code: _DIRECTIONS[code]() if code in _DIRECTIONS else code,
}
# The words the contract form offers for a direction (its catalog context).
_DIRECTIONS: dict[str, Callable[[], str]] = {
    "buy": lambda: QCoreApplication.translate("ContractForm", "Buy"),
    "sell": lambda: QCoreApplication.translate("ContractForm", "Sell"),
    "other": lambda: QCoreApplication.translate("ContractForm", "Other"),
}
# Longest text shown for one cell (the tooltip has it whole).
SHOWN_TEXT = 40
# What separates the cells in the column.
CELLS = " | "


def cell_words(cell: ReadCell, formatter: Formatter, *, whole: bool = False) -> str:
    """One cell as the import stores it ("31.12.2027", "kr 125 000,00", "3 months"), or
    why it is kept as written. Several fields from one cell are each named ("Start date:
    1.7.2024, End date: 30.6.2027"). ``whole``: long texts not cut (for the tooltip)."""
    if cell.problem is not None:
        return QCoreApplication.translate("ImportWizard", "kept as written: {0}").format(
            cell.problem)
    shown = [(name, _value_words(name, value, cell.fields, formatter, whole))
             for name, value in cell.fields.items()
             if name not in _CURRENCIES or _amount_of(name) not in cell.fields]
    if not shown:
        return QCoreApplication.translate("ImportWizard", "(nothing to store)")
    if len(shown) == 1:
        return shown[0][1]
    return enumerated(f"{field_word(name)}: {words}" for name, words in shown)


def column_words(cells: Sequence[ReadCell], formatter: Formatter) -> tuple[str, str, bool]:
    """(the cells' words on one line, each whole on its own line for the tooltip, whether
    any cell cannot be read)."""
    line = CELLS.join(cell_words(cell, formatter) for cell in cells)
    tip = "\n".join(f"{cell.text} → {cell_words(cell, formatter, whole=True)}"
                    for cell in cells)
    return line, tip, any(cell.problem is not None for cell in cells)


def _amount_of(currency_field: str) -> str:
    return next(amount for amount, currency in _MONEY.items() if currency == currency_field)


def _value_words(name: str, value: Any, fields: Mapping[str, Any], formatter: Formatter,
                 whole: bool) -> str:
    if name in _MONEY and isinstance(value, Decimal):
        currency = fields.get(_MONEY[name])
        if currency:
            return formatter.money(value, currency)
        return QCoreApplication.translate("ImportWizard", "{0} (no currency)").format(
            formatter.amount(value))
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ImportWizard", "yes")
        return QCoreApplication.translate("ImportWizard", "no")
    if isinstance(value, date):
        return formatter.date(value)
    if isinstance(value, int | Decimal):
        return formatter.number(value)
    if isinstance(value, list | tuple):
        return enumerated(str(item) for item in value)
    if name in _CODES and isinstance(value, str):
        return _CODES[name](value)
    if name in {"initial_term", "renewal_term", "notice_period"}:
        return period_words(value)
    text = " ".join(str(value).split())  # one line
    if not whole and len(text) > SHOWN_TEXT:
        return text[:SHOWN_TEXT - 1] + "…"
    return text
