"""Importing a file in one step: read, map, plan and store (the CLI's import).

``import_file`` does what the import wizard does across its pages, without
stopping for the person: the mapping is the suggested one, changed by a
mapping remembered for the same layout and by the caller's ``overrides``. It
stores the plan with ``commit_import`` (or shows it with ``preview_import``)
and remembers the mapping used.

A long xlsx sheet that openpyxl reads is read in a child process while the
rows already read are planned and stored (``importers.stream_plan``), so the
import takes about as long as openpyxl's read alone. The streamed rows stand
only when they are exactly what the ordinary path would store: the whole
sheet is analysed once it is read, and every row's reference is checked for
repeats (a repeated reference changes how the earlier rows match). When
either check fails, everything stored so far is rolled back and the plan of
the whole sheet is imported the ordinary way, without reading the file again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from contract_desk.importers.plan.model import ImportPlan, PlannedRow
from contract_desk.importers.plan.pipeline import Analysis, analyze, build_plan, remap
from contract_desk.importers.plan.stream import StreamedSheet, StreamSource, stream_source
from contract_desk.importers.read.sheet_choice import EngineFailed
from contract_desk.models import ImportBatch
from contract_desk.services.importing.batches import (
    PREVIEW_USER,
    ImportRun,
    commit_import,
    end_batch,
    one_import_at_a_time,
    preview_import,
    recall_mapping,
    remember_mapping,
    start_batch,
)
from contract_desk.services.importing.matching import FileKey, file_key
from contract_desk.services.importing.results import ImportResult

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FileImport:
    """What ``import_file`` did: the plan, the analysis it came from, and the result.

    Read the ordinary way (not streamed), the analysis holds the sheet without its
    data rows' cells: they are let go once planned; and, unless a dry run, the plan
    holds no rows (``released``): each was let go once stored. What the rows did is
    in ``result``.
    """

    plan: ImportPlan
    analysis: Analysis
    result: ImportResult
    #: True when the rows were stored while the file was being read.
    streamed: bool


def import_file(session: Session, path: Path, *, user: str, today: date,
                sheet: str | None = None, engine: str = "auto",
                overrides: Mapping[str, str] | None = None,
                default_currency: str | None = None, dry_run: bool = False) -> FileImport:
    """Import ``path`` in the caller's transaction (all or nothing); ``dry_run`` writes nothing.

    ``overrides`` maps headers to fields ("" to ignore a column); they win over
    a remembered mapping, which wins over the suggestions. Raises
    ``ImportFileError`` for a file that cannot be imported at all.
    """
    path = Path(path)
    source = stream_source(path, sheet=sheet, engine=engine)
    if source is not None:
        try:
            done = _streamed(session, source, user=user, today=today, overrides=overrides,
                             default_currency=default_currency, dry_run=dry_run)
        except EngineFailed as failure:  # read the ordinary way, with its fallbacks
            log.info("streamed read of %s failed (%s); reading it again", path.name, failure)
        else:
            if not dry_run:
                _remember(session, done.analysis)
            return done
    analysis = analyze(path, sheet=sheet, engine=engine, overrides=overrides)
    remembered = recall_mapping(session, analysis.fingerprint)
    if remembered:
        analysis = remap(analysis, remembered=remembered, overrides=overrides)
    # The sheet's cells are let go as their rows are planned: the plan is what is stored.
    plan = build_plan(analysis, default_currency=default_currency,
                      release_cells=True)
    if dry_run:
        return FileImport(plan, analysis, preview_import(session, plan, today=today), False)
    # And each planned row once stored: what is kept of it is its outcome.
    plan, rows = plan.hand_over_rows()
    result = commit_import(session, plan, user=user, today=today, rows=rows)
    _remember(session, analysis)
    return FileImport(plan, analysis, result, False)


def _remember(session: Session, analysis: Analysis) -> None:
    remember_mapping(session, analysis.fingerprint, analysis.named_mapping())


class _Store:
    """The streamed rows going into the register, until a repeated reference stops them."""

    def __init__(self, session: Session, stack: ExitStack, *, user: str, today: date,
                 dry_run: bool) -> None:
        self.session, self.stack, self.user, self.today = session, stack, user, today
        self.dry_run = dry_run
        self.run: ImportRun | None = None
        self.batch: ImportBatch | None = None
        self.references: set[FileKey] = set()
        self.repeated = False

    def start(self, plan: ImportPlan) -> ImportRun:
        if not self.dry_run:
            self.batch = start_batch(self.session, plan, user=self.user)
        # Every reference of the streamed rows is unique so far: the run is told
        # of none shared, and stops being used at the first repeat.
        self.run = self.stack.enter_context(ImportRun(
            self.session, plan, user=PREVIEW_USER if self.dry_run else self.user,
            today=self.today, batch_id=self.batch.id if self.batch else None, shared=set()))
        return self.run

    def feed(self, run: ImportRun, rows: Iterable[PlannedRow]) -> None:
        if self.repeated:
            return
        for row in rows:
            key = file_key(row.values())
            if key is not None:
                if key in self.references:
                    self.repeated = True
                    return
                self.references.add(key)
            run.feed(row)


def _streamed(session: Session, source: StreamSource, *, user: str, today: date,
              overrides: Mapping[str, str] | None, default_currency: str | None,
              dry_run: bool) -> FileImport:
    if not dry_run:
        one_import_at_a_time(session)
    savepoint = session.begin_nested()
    try:
        with ExitStack() as stack:
            store = _Store(session, stack, user=user, today=today, dry_run=dry_run)
            sheet = stack.enter_context(StreamedSheet(
                source, overrides=overrides, default_currency=default_currency,
                recall=lambda fingerprint: recall_mapping(session, fingerprint)))
            for rows in sheet.planned():
                if rows and not store.repeated:
                    store.feed(store.run or store.start(sheet.head_plan()), rows)
            finished = sheet.finish()
            result: ImportResult | None = None
            if finished.exact and not store.repeated:
                run = store.run or store.start(sheet.head_plan())
                store.feed(run, finished.rest)
                if not store.repeated:
                    run.write()
                    result = run.result(store.batch.uid if store.batch else None)
                    if store.batch is not None:
                        end_batch(session, store.batch, result)
        if result is not None:
            if dry_run:
                savepoint.rollback()
            else:
                savepoint.commit()
            return FileImport(finished.plan, finished.analysis, result, True)
        savepoint.rollback()
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    log.info("import of %s: rows stored while reading were discarded (%s)", source.path.name,
             finished.reason or "a reference is repeated in the file")
    plan = finished.plan
    if dry_run:
        return FileImport(plan, finished.analysis, preview_import(session, plan, today=today),
                          False)
    return FileImport(plan, finished.analysis,
                      commit_import(session, plan, user=user, today=today), False)

