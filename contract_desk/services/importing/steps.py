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
   and the rows to insert. :func:`rehearse_letting_go` does the same and
   lets each planned row go once rehearsed: what is kept of it is what the
   rehearsal will insert (a big sheet's plan is not kept beside it). When
   the plan is needed again (the rehearsal could not be made without
   writing, or the register changed before storing), it is made again from
   the file (:func:`plan_again`), which must be the one planned.
4. :func:`store_plan`: one write transaction that stores the rehearsal if
   the register is still as it saw it (only inserts: the write lock is held
   for a fraction of the work), or the whole plan anew if not, and remembers
   the mapping. All or nothing: one import batch.

``import_file.import_file`` remains for callers that already hold a
transaction (it also streams very large files).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session

from contract_desk.i18n import _
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.plan.model import ImportPlan, PlannedRow
from contract_desk.importers.plan.pipeline import Analysis, analyze, build_plan, remap
from contract_desk.services.importing.batches import (
    one_import_at_a_time,
    preview_import,
    recall_mapping,
    remember_mapping,
)
from contract_desk.services.importing.in_one_go import FileImport
from contract_desk.services.importing.rehearsal import (
    Rehearsal,
    rehearse,
    still_valid,
    store,
    store_prepared,
)
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


#: Makes a plan whose rows were let go again, whole, from its file (see :func:`plan_again`).
Replan = Callable[[ImportPlan], ImportPlan]


def plan_again(analysis: Analysis, released: ImportPlan, *,
               default_currency: str | None = None, engine: str = "auto") -> ImportPlan:
    """``released`` (a plan of ``analysis`` whose rows were let go) made again from its file,
    with the same mapping (and ``default_currency`` and ``engine`` it was made with).

    The file must be the one planned (its SHA-256): if it changed meanwhile,
    ``ImportFileError`` says so, and nothing is made of its new contents.
    """
    plan = build_plan(read_again(analysis, engine=engine), default_currency=default_currency,
                      release_cells=True)
    if plan.file_sha256 != released.file_sha256:
        raise _changed(analysis.workbook.path)
    return plan


def read_again(analysis: Analysis, *, engine: str = "auto") -> Analysis:
    """``analysis`` made again from its file, with its mapping: for one that holds only
    its sheet's top rows (``pipeline.head_only``).

    ``ImportFileError`` when the sheet's columns are no longer those mapped.
    """
    path = analysis.workbook.path
    fresh = analyze(path, sheet=analysis.sheet.name, engine=engine)
    if fresh.header.columns != analysis.header.columns:
        raise _changed(path)
    return replace(fresh, mapping=dict(analysis.mapping))


def _changed(path: Path) -> ImportFileError:
    return ImportFileError(_("{file} changed since it was read: nothing was imported; open "
                             "it again to import it").format(file=path.name))


def rehearse_letting_go(register: Register, plan: ImportPlan, *, user: str, today: date,
                        replan: Replan,
                        on_row: Callable[[PlannedRow], None] | None = None,
                        before: Callable[[], None] | None = None, preview: bool = True,
                        ) -> tuple[ImportPlan, Rehearsal]:
    """(the plan, its rehearsal) as :func:`rehearse_plan` makes it, each row let go once
    rehearsed: the plan comes back without its rows (``released``) when the
    rehearsal holds what storing inserts.

    Call it with a plan nothing else holds: ``rehearse_letting_go(register,
    build_plan(...), ...)``. When the rows cannot be worked out without writing
    (obligations, rows that change stored contracts), the plan is made again
    (``replan``) and, with ``preview``, previewed as :func:`rehearse_plan`
    previews it (without, the result is empty and storing does the work); it
    then comes back whole. ``on_row`` is shown each row before it is rehearsed;
    ``before`` runs first (the window's Cancel: raising there rehearses nothing).
    """
    plan, rows = plan.hand_over_rows()
    if before is not None:
        before()
    with register.reading() as session:
        prepared = rehearse(session, plan, user=user, today=today, rows=rows, on_row=on_row)
    if prepared is not None:
        return plan, Rehearsal(ImportResult.from_outcomes(prepared.outcomes, prepared.problems),
                               prepared)
    del rows  # what is left of them: the plan is made again whole
    plan = replan(plan)
    if not preview:
        return plan, Rehearsal(ImportResult.from_outcomes((), ()), None)
    with register.transaction() as session:
        return plan, Rehearsal(preview_import(session, plan, today=today), None)


def store_plan(register: Register, plan: ImportPlan, rehearsal: Rehearsal | None, *,
               user: str, today: date, analysis: Analysis | None = None,
               before_commit: Callable[[], None] | None = None,
               replan: Replan | None = None) -> ImportResult:
    """Store ``plan`` as one import batch; remember ``analysis``'s mapping for its shape.

    ``before_commit`` runs last inside the transaction (the window's Cancel:
    raising there leaves nothing written). A plan whose rows were let go
    (``rehearse_letting_go``) needs ``replan``: when the register changed
    since the rehearsal, the plan is made again and stored anew.
    """
    if plan.released:
        if replan is None or rehearsal is None or rehearsal.prepared is None:
            raise ValueError("a plan without its rows is stored from its rehearsal, or made "
                             "again by replan")
        prepared = rehearsal.prepared

        def rehearsed(session: Session) -> ImportResult | None:
            one_import_at_a_time(session)
            if not still_valid(session, prepared, user=user, today=today):
                return None
            result = store_prepared(session, plan, prepared)
            if analysis is not None:
                remember_mapping(session, analysis.fingerprint, analysis.named_mapping())
            if before_commit is not None:
                before_commit()
            return result

        # Each store is made again when a team server gave it up for a lock conflict:
        # rolled back whole, it stores the same rows (made anew from their packed form).
        stored = register.write(rehearsed)
        if stored is not None:
            return stored
        # The register changed since the rehearsal: the whole plan is stored anew.
        plan = replan(plan)

    def anew(session: Session) -> ImportResult:
        result = store(session, plan, None if rehearsal is None else rehearsal.prepared,
                       user=user, today=today)
        if analysis is not None:
            remember_mapping(session, analysis.fingerprint, analysis.named_mapping())
        if before_commit is not None:
            before_commit()
        return result

    return register.write(anew)


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
    if dry_run:
        # The sheet's cells are let go as their rows are planned: the plan is what is shown.
        plan = build_plan(analysis, default_currency=default_currency, release_cells=True)
        rehearsal = rehearse_plan(register, plan, user=user, today=today)
        return FileImport(plan, analysis, rehearsal.result, False)
    # And each planned row once rehearsed: what is stored is what the rehearsal keeps.
    replan = partial(plan_again, analysis, default_currency=default_currency, engine=engine)
    plan, rehearsal = rehearse_letting_go(
        register, build_plan(analysis, default_currency=default_currency, release_cells=True),
        user=user, today=today, replan=replan, preview=False)
    result = store_plan(register, plan, rehearsal, user=user, today=today, analysis=analysis,
                        replan=replan)
    return FileImport(plan, analysis, result, False)
