"""Importing a file into a register: read and plan first, hold the write lock only to store.

:func:`contract_desk.services.import_file.import_file` works in the caller's
transaction; run in a write transaction it holds the register's write lock
while the file is read, analysed and planned (seconds for a big sheet), and
every other writer waits. :func:`import_file_into` reads the file and plans
it with no write transaction open (the remembered mapping is looked up in a
short reading one), then stores the plan as one batch, all or nothing, in a
single write transaction. Matching against the register's contracts is part
of storing: it sees the register as it is when the batch is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from contract_desk.importers.pipeline import analyze, build_plan, remap
from contract_desk.services.import_file import FileImport
from contract_desk.services.importing import (
    commit_import,
    preview_import,
    recall_mapping,
    remember_mapping,
)
from contract_desk.storage import Register


def import_file_into(register: Register, path: Path, *, user: str, today: date,
                     sheet: str | None = None, engine: str = "auto",
                     overrides: Mapping[str, str] | None = None,
                     default_currency: str | None = None,
                     dry_run: bool = False) -> FileImport:
    """Import ``path`` into ``register`` as one batch; ``dry_run`` stores nothing.

    Arguments as for ``import_file``; raises ``ImportFileError`` for a file
    that cannot be imported at all (before anything is written).
    """
    analysis = analyze(Path(path), sheet=sheet, engine=engine, overrides=overrides)
    with register.reading() as session:
        remembered = recall_mapping(session, analysis.fingerprint)
    if remembered:
        analysis = remap(analysis, remembered=remembered, overrides=overrides)
    plan = build_plan(analysis, default_currency=default_currency)
    with register.transaction() as session:
        if dry_run:
            return FileImport(plan, analysis, preview_import(session, plan, today=today), False)
        result = commit_import(session, plan, user=user, today=today)
        remember_mapping(session, analysis.fingerprint, analysis.named_mapping())
    return FileImport(plan, analysis, result, False)
