"""Stamping what an import writes with its batch and sheet row, inside the services' flushes.

``create_contract`` and ``update_contract`` know nothing of imports, and they
flush their own writes. Setting provenance afterwards would be a second UPDATE
(a second version for one change); instead, while an import runs, a
``before_flush`` hook on its Session adds the batch and row to the very rows
those services write:

- a contract inserted for the current row gets ``import_batch_id``,
  ``source_sheet`` and ``source_row``;
- the existing contract the current row changes gets them too, and the
  provenance it had before is kept in its update event's ``snapshot``
  (``{"provenance": {...}}``), so undoing the batch can put it back;
- every audit event written gets ``import_batch_id``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from contract_desk.models import AuditEvent, Contract

PROVENANCE = ("import_batch_id", "source_sheet", "source_row")


def provenance_of(contract: Contract) -> dict[str, Any]:
    """Where a contract came from: batch id, sheet and row (all None when typed in)."""
    return {name: getattr(contract, name) for name in PROVENANCE}


def _set(contract: Contract, provenance: Mapping[str, Any]) -> None:
    for name in PROVENANCE:
        setattr(contract, name, provenance.get(name))


class ImportStamps:
    """A context manager that stamps an import's writes (see the module docstring)."""

    def __init__(self, session: Session, batch_id: int | None) -> None:
        self._session = session
        self._batch_id = batch_id
        self._provenance: dict[str, Any] | None = None
        self._target: str | None = None
        self._replaced: dict[str, Any] | None = None

    def __enter__(self) -> ImportStamps:
        event.listen(self._session, "before_flush", self._before_flush)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        event.remove(self._session, "before_flush", self._before_flush)

    def for_row(self, provenance: Mapping[str, Any] | None, target: str | None = None) -> None:
        """Stamp the next writes with ``provenance``; ``target`` is the contract being changed."""
        self._provenance = None if provenance is None else dict(provenance)
        self._target = target
        self._replaced = None

    def _before_flush(self, session: Session, context: Any, instances: Any) -> None:
        for obj in session.new:
            if isinstance(obj, Contract) and self._provenance is not None:
                _set(obj, self._provenance)
            elif isinstance(obj, AuditEvent):
                self._stamp_event(obj)
        if self._target is None or self._provenance is None or self._replaced is not None:
            return
        for obj in session.dirty:
            if isinstance(obj, Contract) and obj.uid == self._target:
                self._replaced = provenance_of(obj)
                _set(obj, self._provenance)

    def _stamp_event(self, audit: AuditEvent) -> None:
        if self._batch_id is not None and audit.import_batch_id is None:
            audit.import_batch_id = self._batch_id
        is_target_update = (audit.entity == "contract" and audit.action == "update"
                            and audit.entity_uid == self._target)
        if is_target_update and self._replaced is not None and audit.snapshot is None:
            audit.snapshot = {"provenance": dict(self._replaced)}
