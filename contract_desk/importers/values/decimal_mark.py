"""Deciding a column's decimal mark when single cells like "1,234" cannot.

Most amount columns prove their mark somewhere: 1,234.56 (both marks),
11.340.000 (a mark used twice only groups), 9,5 (a mark followed by other than
three digits). The decision names the cell that proved it, or says that the
column is undecided or contradicts itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from contract_desk.i18n import _
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
            None, _("conflicting amounts: {point} has a decimal point but {comma} has a "
                    "decimal comma").format(point=proofs["."], comma=proofs[","]), True)
    if proofs:
        ((mark, example),) = proofs.items()
        said = (_("{example} shows that the decimal mark is a point") if mark == "." else
                _("{example} shows that the decimal mark is a comma"))
        return DecimalMarkDecision(mark, said.format(example=example), False)
    if undecided:
        return DecimalMarkDecision(None, _("{example} could use either mark and no amount "
                                           "in the column settles it").format(example=undecided),
                                   True)
    return DecimalMarkDecision(None, _("no amount in the column has a decimal mark"), False)
