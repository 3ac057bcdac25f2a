"""Deciding a column's decimal mark when single cells like "1,234" cannot.

Most amount columns prove their mark somewhere: 1,234.56 (both marks),
11.340.000 (a mark used twice only groups), 9,5 (a mark followed by other than
three digits). The decision names the cell that proved it, or says that the
column is undecided or contradicts itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.read.table import CellValue
from contract_desk.importers.values.amounts import proven_mark
from contract_desk.importers.values.money import split_amount


@dataclass(frozen=True, slots=True)
class DecimalMarkDecision:
    """A column's decimal mark ("." or ","), why, and whether cells stay ambiguous."""

    mark: str | None
    evidence: str
    ambiguous: bool


def infer_decimal_mark(samples: Iterable[CellValue]) -> DecimalMarkDecision:
    """The decimal mark the text amounts among ``samples`` prove.

    Numbers read from a spreadsheet carry no mark and are ignored, as are
    cells that are no amount at all.
    """
    proofs: dict[str, str] = {}
    undecided: str | None = None
    for sample in samples:
        if not isinstance(sample, str):
            continue
        mark = _cell_mark(sample)
        if mark is None:
            undecided = undecided or sample.strip()
        elif mark:
            proofs.setdefault(mark, sample.strip())
    return _decide(proofs, undecided)


def _cell_mark(text: str) -> str | None:
    """"." or "," when the cell proves its decimal mark, "" when it proves nothing."""
    try:
        core = split_amount(text).core
    except ValueParseError:
        return ""
    proven = proven_mark(core)
    if proven == "" and ("." in core or "," in core):
        # 11.340.000: the repeated mark groups thousands, so the other one is decimal.
        return "," if "." in core else "."
    return proven


def _decide(proofs: dict[str, str], undecided: str | None) -> DecimalMarkDecision:
    if len(proofs) == 2:
        return DecimalMarkDecision(
            None, f"conflicting amounts: {proofs['.']} has a decimal point but "
                  f"{proofs[',']} has a decimal comma", True)
    if proofs:
        ((mark, example),) = proofs.items()
        name = "point" if mark == "." else "comma"
        return DecimalMarkDecision(mark, f"{example} shows that the decimal mark is a {name}",
                                   False)
    if undecided:
        return DecimalMarkDecision(None, f"{undecided} could use either mark and no amount "
                                         "in the column settles it", True)
    return DecimalMarkDecision(None, "no amount in the column has a decimal mark", False)
