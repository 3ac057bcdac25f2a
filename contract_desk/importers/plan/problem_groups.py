"""The same problem in many cells of one column, said once.

A register with an unreadable "Auto-Renew?" answer on every row gives one
problem per cell; a person reads "Auto-Renew?: 15 cells — 'maybe' is not a
renewal…" instead of fifteen lines. Problems are grouped by column, severity
and the shape of their message (the message with the cell's own values set
aside), in the order they first appear. Pure: the per-cell problems stay as
they are, this only summarises them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from contract_desk.i18n import _, enumerated, ngettext
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.plan.model import CellProblem, Severity

#: Cell addresses a group lists before "and N more".
SHOWN_CELLS = 5
_QUOTED_RE = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER_RE = re.compile(r"\d[\d.,:/ -]*")


@dataclass(frozen=True, slots=True)
class ProblemGroup:
    """Problems of one kind in one column: how many, the first one's words, where."""

    column: str
    severity: Severity
    message: str
    count: int
    cells: tuple[str, ...]

    def text(self) -> str:
        """One line a person reads: "Auto-Renew?: 15 cells — … (Sheet1!F2, F5, … and 12 more)"."""
        where = enumerated(self.cells[:SHOWN_CELLS])
        if self.count > SHOWN_CELLS:
            where = _("{cells} and {count} more").format(
                cells=where, count=current_formats().number(self.count - SHOWN_CELLS))
        what = ngettext("{count} cell", "{count} cells", self.count).format(
            count=current_formats().number(self.count))
        return _("{column}: {cells} — {message} ({where})").format(
            column=self.column or _("rows"), cells=what, message=self.message, where=where)

    def to_json(self) -> dict[str, Any]:
        """The group as the CLI's JSON ``summary`` lists it."""
        return {"column": self.column, "severity": self.severity, "count": self.count,
                "message": self.message, "cells": list(self.cells[:SHOWN_CELLS])}


def shape(message: str) -> str:
    """``message`` with the values of one cell set aside, so like messages compare equal."""
    return _NUMBER_RE.sub("#", _QUOTED_RE.sub("…", message))


def group_problems(problems: Iterable[CellProblem]) -> list[ProblemGroup]:
    """The problems grouped by column, severity and message shape, errors first."""
    groups: dict[tuple[str, str, str], list[CellProblem]] = {}
    for problem in problems:
        key = (problem.column, problem.severity, shape(problem.message))
        groups.setdefault(key, []).append(problem)
    made = [ProblemGroup(found[0].column, found[0].severity, found[0].message, len(found),
                         tuple(p.cell for p in found[:SHOWN_CELLS]))
            for found in groups.values()]
    return sorted(made, key=lambda group: group.severity != "error")  # stable: first seen first
