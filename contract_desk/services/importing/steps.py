"""Importing a file into a register, the one use case behind the window's wizard and the CLI.

The steps, each usable on its own (the wizard stops between them for the
user; ``contract-desk import`` runs them in one go with
:func:`import_file_into`):

1. :func:`with_remembered_mapping`: the analysed sheet with the mapping
   remembered for files of its shape (a short reading transaction), or
   with the user's own choices.
2. ``build_plan`` (importers): the rows as they would be stored. No
   transaction at all.
3. :func:`rehearse_plan`: what storing the plan would do, row by row,
   worked out in a reading transaction (``rehearsal``): the preview,
   and the rows to insert.
4. :func:`store_plan`: one write transaction that stores the rehearsal if
   the register is still as it saw it (only inserts: the write lock is held
   for a fraction of the work), or the whole plan anew if not, and remembers
   the mapping. All or nothing: one import batch.

``import_file.import_file`` remains for callers that already hold a
transaction (it also streams very large files).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from contract_desk.importers.plan.model import ImportPlan
from contract_desk.importers.plan.pipeline import Analysis, analyze, build_plan, remap
from contract_desk.services.importing.batches import (
    preview_import,
    recall_mapping,
    remember_mapping,
)
from contract_desk.services.importing.in_one_go import FileImport
from contract_desk.services.importing.rehearsal import Rehearsal, rehearse, store
from contract_desk.services.importing.results import ImportResult
from contract_desk.storage import Register


def with_remembered_mapping(register: Register, analysis: Analysis, *,
                            overrides: Mapping[str, str] | None = None) -> Analysis:
    """``analysis`` mapped as files of its shape were mapped last time, ``overrides`` on top.

    Without a remembered mapping (a file of a new shape) the importer's own
    guess stays, with ``overrides`` on top.
    """
    with register.reading() as session:
        remembered = recall_mapping(session, analysis.fingerprint)
    if remembered or overrides:
        return remap(analysis, remembered=remembered, overrides=overrides)
    return analysis


def rehearse_plan(register: Register, plan: ImportPlan, *, user: str, today: date,
                  preview: bool = True) -> Rehearsal:
    """What storing ``plan`` would do, worked out without holding the write lock.

    When the plan cannot be worked out without writing (rows with
    obligations, rows that change stored contracts) and ``preview`` is true,
    the preview runs as before, in a write transaction rolled back at its end.
    Without ``preview`` the result is then empty, and storing does the work.
    """
    with register.reading() as session:
        prepared = rehearse(session, plan, user=user, today=today)
    if prepared is not None:
        result = ImportResult.from_outcomes(prepared.outcomes, prepared.problems)
    elif preview:
        with register.transaction() as session:
            result = preview_import(session, plan, today=today)
    else:
        result = ImportResult.from_outcomes((), ())
    return Rehearsal(result, prepared)


def store_plan(register: Register, plan: ImportPlan, rehearsal: Rehearsal | None, *,
               user: str, today: date, analysis: Analysis | None = None,
               before_commit: Callable[[], None] | None = None) -> ImportResult:
    """Store ``plan`` as one import batch; remember ``analysis``'s mapping for its shape.

    ``before_commit`` runs last inside the transaction (the window's Cancel:
    raising there leaves nothing written).
    """
    with register.transaction() as session:
        result = store(session, plan, None if rehearsal is None else rehearsal.prepared,
                       user=user, today=today)
        if analysis is not None:
            remember_mapping(session, analysis.fingerprint, analysis.named_mapping())
        if before_commit is not None:
            before_commit()
    return result


def import_file_into(register: Register, path: Path, *, user: str, today: date,
                     sheet: str | None = None, engine: str = "auto",
                     overrides: Mapping[str, str] | None = None,
                     default_currency: str | None = None,
                     dry_run: bool = False) -> FileImport:
    """Import ``path`` into ``register`` as one batch; ``dry_run`` stores nothing.

    Arguments as for ``in_one_go``; raises ``ImportFileError`` for a file
    that cannot be imported at all (before anything is written).
    """
    analysis = analyze(Path(path), sheet=sheet, engine=engine, overrides=overrides)
    analysis = with_remembered_mapping(register, analysis, overrides=overrides)
    # The sheet's cells are let go as their rows are planned: the plan is what is stored.
    plan = build_plan(analysis, default_currency=default_currency,
                      release_cells=True)
    rehearsal = rehearse_plan(register, plan, user=user, today=today, preview=dry_run)
    if dry_run:
        return FileImport(plan, analysis, rehearsal.result, False)
    result = store_plan(register, plan, rehearsal, user=user, today=today, analysis=analysis)
    return FileImport(plan, analysis, result, False)
