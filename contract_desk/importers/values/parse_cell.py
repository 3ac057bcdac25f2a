"""Reading one cell as the value its column holds: the importer's value parsers.

Every parser takes a raw cell (``CellValue``: text from a CSV, a number or a
date from a spreadsheet) and returns a clean value or raises
``ValueParseError`` saying what was expected. Decisions that need a whole
column (is 03/04/2025 day-first? is "1,234" a thousand?) are made once by the
``infer_*`` functions and passed to the cell parsers; nothing is guessed.

The parsers live in small modules by kind; this module is the one place the
pipeline imports them from.
"""

from __future__ import annotations

from contract_desk.importers.values.date_order import DateDecision, infer_date_order
from contract_desk.importers.values.dates import DateOrder, parse_date, serial_date
from contract_desk.importers.values.decimal_mark import DecimalMarkDecision, infer_decimal_mark
from contract_desk.importers.values.durations import parse_period
from contract_desk.importers.values.money import Money, parse_money
from contract_desk.importers.values.words import (
    parse_bool,
    parse_direction,
    parse_renewal,
    parse_status,
)

__all__ = [
    "DateDecision",
    "DateOrder",
    "DecimalMarkDecision",
    "Money",
    "infer_date_order",
    "infer_decimal_mark",
    "parse_bool",
    "parse_date",
    "parse_direction",
    "parse_money",
    "parse_period",
    "parse_renewal",
    "parse_status",
    "serial_date",
]
