"""What an import (or its preview, or its undo) did, as plain frozen rows."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, Literal

from contract_desk.domain.json_values import json_value
from contract_desk.importers.plan.model import CellProblem
from contract_desk.importers.plan.problem_groups import ProblemGroup, group_problems

Action = Literal["created", "updated", "unchanged", "skipped"]
ACTIONS: tuple[Action, ...] = ("created", "updated", "unchanged", "skipped")


def _no_changes() -> Mapping[str, Any]:
    return MappingProxyType({})


class PackedValues(Mapping[str, Any]):
    """Values under field names, read-only, kept as two tuples: the names, the values.

    An import keeps a few of these for each of up to 100,000 rows: a dict of a
    dozen fields takes 0.4–1 kB a row before its values, two tuples a fifth of
    that, and the tuple of names is shared by the rows that have the same fields.
    Reads as the dict it stands for (equal to it, ``dict()`` of it); a subclass
    says what one name's item is (``_item``).
    """

    __slots__ = ("_names", "_values")

    def __init__(self, names: tuple[str, ...], values: tuple[Any, ...]) -> None:
        if len(names) != len(values):
            raise ValueError("one value per name")
        self._names, self._values = names, values

    def _item(self, value: Any) -> Any:
        return value

    def __getitem__(self, name: str) -> Any:
        try:
            return self._item(self._values[self._names.index(name)])
        except ValueError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self)!r})"


class NewValues(PackedValues):
    """A created contract's changes, ``{field: [None, value]}``, kept as two tuples.

    An import of 100,000 new contracts reports each one's changes; a dict of
    two-item lists per row took over a kilobyte a row, these take a fifth of
    that (the tuple of names is shared by the rows that set the same fields).
    """

    __slots__ = ()

    @classmethod
    def of(cls, changes: Mapping[str, Any],
           shared: dict[tuple[str, ...], tuple[str, ...]] | None = None) -> NewValues:
        """``changes`` (each ``[None, value]``) kept compactly; ``shared`` interns the names."""
        names = tuple(changes)
        if any(change[0] is not None for change in changes.values()):
            raise ValueError("a created contract's changes start from nothing")
        if shared is not None:
            names = shared.setdefault(names, names)
        return cls(names, tuple(change[1] for change in changes.values()))

    def as_dict(self) -> dict[str, list[Any]]:
        """The changes as the dict they stand for (faster than ``dict(self)``)."""
        return {name: [None, value] for name, value in zip(self._names, self._values,
                                                            strict=True)}

    def _item(self, value: Any) -> list[Any]:
        return [None, value]

    def __repr__(self) -> str:
        return f"NewValues({self.as_dict()!r})"


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What happened to one sheet row; ``changes`` maps each field to ``[old, new]``."""

    row: int
    action: Action
    contract_uid: str | None = None
    reason: str | None = None
    changes: Mapping[str, Any] = field(default_factory=_no_changes)

    def __post_init__(self) -> None:
        # Read-only, like the rest of the row (the dataclass is frozen, its dict would not be).
        # A read-only view handed in is kept as it is: an import makes one per row, and
        # copying each would double what a big import holds.
        if not isinstance(self.changes, MappingProxyType | NewValues):
            object.__setattr__(self, "changes", MappingProxyType(dict(self.changes)))


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The counts, problems and per-row outcomes of an import or a preview.

    ``rows_read == created + updated + unchanged + skipped`` always holds: it is
    checked when the result is made.
    """

    rows_read: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[CellProblem, ...]
    outcomes: tuple[RowOutcome, ...]
    batch_uid: str | None = None

    def __post_init__(self) -> None:
        done = self.created + self.updated + self.unchanged + self.skipped
        if self.rows_read != done:
            # A row vanished without a trace: a bug, never to be reported as a fine import
            # (raised, not asserted, so it also holds under python -O).
            raise AssertionError(f"{self.rows_read} rows read but {done} accounted for")

    @classmethod
    def from_outcomes(cls, outcomes: tuple[RowOutcome, ...], problems: tuple[CellProblem, ...],
                      batch_uid: str | None = None) -> ImportResult:
        """Count ``outcomes`` (one per row read)."""
        counts = {action: sum(1 for o in outcomes if o.action == action) for action in ACTIONS}
        return cls(rows_read=len(outcomes), problems=problems, outcomes=outcomes,
                   batch_uid=batch_uid, **counts)

    def counts(self) -> dict[str, int]:
        """The counts stored with the import batch."""
        return {"rows_read": self.rows_read, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "skipped": self.skipped,
                "warnings": sum(1 for p in self.problems if p.severity == "warning"),
                "errors": sum(1 for p in self.problems if p.severity == "error")}

    def summary(self) -> list[ProblemGroup]:
        """The problems grouped: the same problem in one column is one line."""
        return group_problems(self.problems)

    def to_json(self) -> dict[str, Any]:
        """The report the CLI prints with ``--json``.

        ``problems`` lists every problem, one per cell; ``summary`` groups them.
        """
        return {"rows_read": self.rows_read, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "skipped": self.skipped,
                "problems": [p.to_json() for p in self.problems],
                "summary": [group.to_json() for group in self.summary()],
                "batch": self.batch_uid}


@dataclass(frozen=True, slots=True)
class UndoConflict:
    """A contract the undo left alone, and why."""

    contract_uid: str
    reference: str | None
    title: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What undoing an import batch did."""

    batch_uid: str
    deleted: int
    restored: int
    obligations_removed: int
    conflicts: tuple[UndoConflict, ...]


@dataclass(frozen=True, slots=True)
class ImportBatchRow:
    """One import as the import history lists it."""

    uid: str
    file_name: str
    file_sha256: str
    sheet: str | None
    mapping: Mapping[str, str]
    counts: Mapping[str, int]
    user: str
    started_at: datetime
    finished_at: datetime | None
    undone_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        """The batch as a JSON object (timestamps ISO)."""
        return {name: json_value(getattr(self, name)) for name in self.__dataclass_fields__}
