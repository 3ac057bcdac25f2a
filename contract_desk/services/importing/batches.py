"""Importing a planned sheet: preview it, commit it as one batch, list batches, remember mappings.

- ``preview_import`` runs exactly what ``commit_import`` runs, inside a
  SAVEPOINT it always rolls back: the preview and the real import cannot
  disagree, and nothing stays behind (on SQLite the preview holds the write
  lock while it runs).
- ``commit_import`` works in the caller's transaction, inside a SAVEPOINT of
  its own: if anything raises, nothing of the import remains, even when the
  caller catches the error and commits other work. Each row runs in a nested
  SAVEPOINT, so a row the register refuses (a rule it breaks) is skipped with
  its reason while the others go in; anything unexpected aborts the whole import.
- Every commit records an ImportBatch, also when every row was unchanged: the
  batch list is the log of which file was checked against the register, by
  whom and when. Undoing such a batch changes nothing.
- Matching, merging and duplicate rows: see ``matching`` and ``row_outcomes``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from datetime import date
from types import MappingProxyType

from sqlalchemy import desc, select, text
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.gc_pause import paused_gc
from contract_desk.importers.plan.model import ImportPlan, PlannedRow
from contract_desk.importers.values.field_parsers import OBLIGATION_FIELDS
from contract_desk.models import ImportBatch, RegisterSetting, utcnow
from contract_desk.services.importing.matching import ContractIndex, FileKey, shared_references
from contract_desk.services.importing.new_contracts import PendingContracts
from contract_desk.services.importing.provenance import ImportStamps
from contract_desk.services.importing.results import (
    ImportBatchRow,
    ImportResult,
    RowOutcome,
    UndoConflict,
    UndoResult,
)
from contract_desk.services.importing.row_outcomes import RowContext, import_row
from contract_desk.services.importing.undo import ImportUndoError, undo_import
from contract_desk.services.register.settings import put_setting

MAPPING_KEY_PREFIX = "import.mapping."
#: Who a preview's would-be changes are attributed to (they are rolled back).
PREVIEW_USER = "(preview)"
_KEY_LENGTH = 80  # RegisterSetting.key


class ImportRun:
    """Rows of one import stored in order, as they are handed in; a context manager.

    ``commit_import`` and ``preview_import`` hand in a whole plan; an import
    streamed while its file is read (``in_one_go``) hands rows in as they
    are planned. ``shared`` is the set of references several rows of the file
    carry (see ``matching``).
    """

    def __init__(self, session: Session, plan: ImportPlan, *, user: str, today: date,
                 batch_id: int | None, shared: set[FileKey], rehearse: bool = False) -> None:
        self._stack = ExitStack()
        self._stack.enter_context(paused_gc())
        self._stack.enter_context(import_page_cache(session))
        stamps = self._stack.enter_context(ImportStamps(session, batch_id))
        index = ContractIndex.load(session, _obligation_headers(plan))
        pending = PendingContracts(session, user=user, batch_id=batch_id, rehearse=rehearse)
        self.context = RowContext(session, plan, user, today, index, stamps, batch_id,
                                  pending, shared, rehearsal=rehearse)
        self.outcomes: list[RowOutcome] = []

    def __enter__(self) -> ImportRun:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()

    def feed(self, row: PlannedRow) -> None:
        """Store (or skip) the next row."""
        self.outcomes.append(import_row(self.context, row))

    def write(self) -> None:
        """Write what is still pending; after the last row (a rehearsal only keeps it)."""
        assert self.context.pending is not None
        if not self.context.rehearsal:
            self.context.pending.write()

    def result(self, batch_uid: str | None = None) -> ImportResult:
        """What the rows handed in did."""
        return ImportResult.from_outcomes(tuple(self.outcomes), tuple(self.context.problems),
                                          batch_uid)


#: SQLite's page cache while an import writes, in KiB (the register's is 64 MB).
IMPORT_CACHE_KIB = 16 * 1024


@contextmanager
def import_page_cache(session: Session) -> Iterator[None]:
    """SQLite's page cache of ``session``'s connection at most ``IMPORT_CACHE_KIB`` meanwhile.

    A 100,000-row import writes some 120 MB of pages in one transaction; in the
    register's 64 MB cache they would all stay, next to the import's own rows.
    With less, SQLite writes pages out to its journal as the cache fills
    (the transaction stays one, all or nothing). The connection's own size
    comes back at the end. Nothing to do on PostgreSQL.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    if not isinstance(before, int) or -IMPORT_CACHE_KIB <= before < 0:
        yield  # a cache this small already, or counted in pages: left as it is
        return
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={before}")


def _obligation_headers(plan: ImportPlan) -> list[str]:
    # An obligation that cannot be stored leaves its cells with the contract; they
    # must not make a re-import take the contract for another one.
    return [header for header, field in plan.mapping.items() if field in OBLIGATION_FIELDS]


def _run(session: Session, plan: ImportPlan, *, user: str, today: date,
         batch_id: int | None, batch_uid: str | None = None,
         rows: list[PlannedRow | None] | None = None) -> ImportResult:
    if rows is None:
        shared = shared_references(row.values() for row in plan.rows)
    else:
        shared = shared_references(row.values() for row in rows if row is not None)
    with ImportRun(session, plan, user=user, today=today, batch_id=batch_id,
                   shared=shared) as run:
        for row in plan.rows if rows is None else letting_go(rows):
            run.feed(row)
        run.write()
    return run.result(batch_uid)


def letting_go(rows: list[PlannedRow | None]) -> Iterator[PlannedRow]:
    """Each of ``rows`` in turn, its place in the list emptied as it is handed out."""
    for index, row in enumerate(rows):
        if row is None:
            raise ValueError(f"row {index} of the plan was handed out already")
        rows[index] = None
        yield row


def preview_import(session: Session, plan: ImportPlan, *, today: date) -> ImportResult:
    """What committing ``plan`` would do, row by row; writes nothing."""
    savepoint = session.begin_nested()
    try:
        return _run(session, plan, user=PREVIEW_USER, today=today, batch_id=None)
    finally:
        savepoint.rollback()


#: PostgreSQL advisory lock key that imports into one register take in turn.
IMPORT_LOCK_KEY = 0x43_44_49_4D  # "CDIM"


def one_import_at_a_time(session: Session) -> None:
    """Wait until no other import into this register is running (PostgreSQL).

    Two people importing the same file into a shared register at once would
    each find its references missing and both create the contracts. On
    PostgreSQL the second import waits here until the first one's transaction
    ends, then matches against what it stored. On SQLite the batch row written
    next takes the database's single write lock, with the same effect.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


def start_batch(session: Session, plan: ImportPlan, *, user: str) -> ImportBatch:
    """The ImportBatch row of an import of ``plan``, written (its counts come at the end)."""
    batch = ImportBatch(file_name=plan.file_name, file_sha256=plan.file_sha256,
                        sheet=plan.sheet, mapping=dict(plan.mapping), user=user,
                        started_at=utcnow())
    session.add(batch)
    session.flush()
    return batch


def end_batch(session: Session, batch: ImportBatch, result: ImportResult) -> None:
    """Record what the import did in its batch row."""
    batch.counts = result.counts()
    batch.finished_at = utcnow()
    session.flush()


def commit_import(session: Session, plan: ImportPlan, *, user: str, today: date,
                  rows: list[PlannedRow | None] | None = None) -> ImportResult:
    """Import ``plan`` as one batch in the caller's transaction (all or nothing).

    Imports into one register run one after another: a second one waits for
    the first to commit or roll back before it matches any row. ``rows``: the
    rows of a plan that handed them over (``ImportPlan.hand_over_rows``); each
    is let go (its place emptied) once stored, the same import otherwise.
    """
    if plan.released != (rows is not None):
        raise ValueError("the rows come with the plan or, handed over, on their own")
    one_import_at_a_time(session)
    with session.begin_nested():
        batch = start_batch(session, plan, user=user)
        result = _run(session, plan, user=user, today=today, batch_id=batch.id,
                      batch_uid=batch.uid, rows=rows)
        end_batch(session, batch, result)
    return result


def _batch_row(batch: ImportBatch) -> ImportBatchRow:
    return ImportBatchRow(
        uid=batch.uid, file_name=batch.file_name, file_sha256=batch.file_sha256,
        sheet=batch.sheet, mapping=MappingProxyType(dict(batch.mapping or {})),
        counts=MappingProxyType(dict(batch.counts or {})), user=batch.user,
        started_at=batch.started_at, finished_at=batch.finished_at, undone_at=batch.undone_at,
    )


def list_import_batches(session: Session) -> list[ImportBatchRow]:
    """Every import, newest first."""
    query = select(ImportBatch).order_by(desc(ImportBatch.started_at), desc(ImportBatch.id))
    return [_batch_row(batch) for batch in session.scalars(query)]


class MappingError(DomainError):
    """A column mapping that cannot be remembered."""


def _mapping_key(fingerprint: str) -> str:
    if not isinstance(fingerprint, str) or not fingerprint.strip():
        raise MappingError("a sheet layout needs a fingerprint to remember its mapping by")
    key = MAPPING_KEY_PREFIX + fingerprint
    if len(key) > _KEY_LENGTH:  # any fingerprint fits once hashed
        key = MAPPING_KEY_PREFIX + hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()
    return key


def remember_mapping(session: Session, fingerprint: str, mapping: Mapping[str, str]) -> None:
    """Keep ``mapping`` (header -> field, "" to ignore) for sheets laid out like this one."""
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise MappingError("a mapping pairs column headers with field names, both text")
    put_setting(session, _mapping_key(fingerprint), dict(mapping))


def recall_mapping(session: Session, fingerprint: str) -> dict[str, str] | None:
    """The mapping remembered for this layout, or None."""
    setting = session.get(RegisterSetting, _mapping_key(fingerprint))
    if setting is None or not isinstance(setting.value, dict):
        return None
    return {str(header): str(field) for header, field in setting.value.items()}


__all__ = [
    "ImportBatchRow",
    "ImportResult",
    "ImportUndoError",
    "MappingError",
    "RowOutcome",
    "UndoConflict",
    "UndoResult",
    "commit_import",
    "list_import_batches",
    "preview_import",
    "recall_mapping",
    "remember_mapping",
    "undo_import",
]
