"""A column's first cells as the import reads them: what the mapping page shows beside
the cells as written, so a person sees how a date, an amount or a period will be stored
before choosing where the column goes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from contract_desk.importers.plan.pipeline import (
    IGNORE,
    Analysis,
    column_samples,
    mapped_column_plan,
)
from contract_desk.importers.values.field_parsers import text_of


@dataclass(frozen=True, slots=True)
class ReadCell:
    """One sample cell of a column as the import reads it."""

    #: The cell as written (as a person sees it in the file).
    text: str
    #: Field -> value the cell gives, in the types the register stores (no notes or
    #: markers); empty when it was not read.
    fields: Mapping[str, Any]
    #: Why it could not be read (the import keeps its text then, with this warning).
    problem: str | None = None


class SampleReader:
    """The first filled cells of a column as the import would read them, for the mapping
    page to show beside the cells as written (``read``): dates in the order the column's
    samples settled, amounts in the header's unit and currency, periods, yes/no.

    The cells are read by the same column plans as the import, from the same sample rows
    (``column_samples``); what a row makes of several columns together (an end date
    from a start and a term) is the preview's.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.samples = column_samples(analysis.sheet, analysis.header, analysis.not_contracts)

    def written(self, column: int, count: int = 3) -> list[str]:
        """The first ``count`` filled cells of ``column`` as a person sees them in the file:
        the cells :meth:`read` reads, in the same order."""
        found: list[str] = []
        for row in self.samples:
            text = text_of(row[column])
            if text:
                found.append(text)
                if len(found) == count:
                    break
        return found

    def read(self, mapping: Mapping[int, str], column: int, *,
             default_currency: str | None = None, count: int = 3) -> list[ReadCell]:
        """The first ``count`` filled cells of ``column`` read as the field ``mapping`` gives
        it (column -> field); none when the column goes to no field (kept as it is written).
        ``default_currency``: the currency chosen for amounts that name none."""
        field = mapping.get(column) or IGNORE
        if field == IGNORE:
            return []
        plan = mapped_column_plan(self.analysis, mapping, column, field, self.samples)
        # An amount naming no currency takes its row's currency column, as the row's
        # plan does, else the currency chosen for such amounts.
        currency_at = next((c for c, f in mapping.items() if f == "currency"), None)
        currency_plan = None if currency_at is None or currency_at == column else (
            mapped_column_plan(self.analysis, mapping, currency_at, "currency", self.samples))
        found: list[ReadCell] = []
        for row in self.samples:
            text, result = plan.read(row[column])
            if not text:
                continue
            if isinstance(result, Exception):
                found.append(ReadCell(text, {}, str(result)))
            else:
                row_currency = None
                if currency_plan is not None and currency_at is not None:
                    _text, named = currency_plan.read(row[currency_at])
                    row_currency = None if isinstance(named, Exception) else (
                        named.get("currency"))
                found.append(ReadCell(text, _shown_fields(result, row_currency,
                                                          default_currency)))
            if len(found) == count:
                break
        return found


def _shown_fields(parsed: Mapping[str, Any], row_currency: str | None,
                  default_currency: str | None) -> dict[str, Any]:
    fields = {name: value for name, value in parsed.items() if not name.startswith("_")}
    for amount, currency in (("value", "currency"), ("obligation_amount", "obligation_currency")):
        if fields.get(amount) is not None and not fields.get(currency):
            # As the row's plan settles it (importers.plan.row: _settle_currency and
            # _row_obligation).
            chosen = row_currency or default_currency
            if chosen:
                fields[currency] = chosen
    return fields
