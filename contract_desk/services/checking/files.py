"""Checks of what lies on disk: the SQLite file's pages and references, the attachment files.

All read only: the SQLite file is opened read-only (``mode=ro``), the store's
files are hashed where they lie.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.i18n import N_, _, ngettext
from contract_desk.i18n.formats import number_text
from contract_desk.models import Attachment, Contract
from contract_desk.services.checking.report import NOTE, PROBLEM, CheckResult, Finding
from contract_desk.services.register.attachment_store import (
    TEMP_PREFIX,
    AttachmentError,
    AttachmentStore,
    DatabaseStore,
    FileStore,
)
from contract_desk.storage.backup_check import integrity_lines

#: SQLite stops listing integrity problems after this many.
MAX_INTEGRITY_LINES = 100
INTEGRITY, FOREIGN_KEYS, ATTACHMENTS = N_("integrity"), N_("foreign keys"), N_("attachments")


def sqlite_checks(path: Path) -> tuple[list[CheckResult], bool]:
    """SQLite's integrity and foreign key checks of ``path``; and whether it could be read."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [CheckResult.not_run(INTEGRITY, _("{path} cannot be opened: {error}").format(
            path=path, error=error))], False
    try:
        integrity = _integrity(connection, path)
        if isinstance(integrity, str):
            return [CheckResult(INTEGRITY, _("SQLite integrity check of {path}").format(
                path=path), (Finding(
                INTEGRITY, PROBLEM, _("SQLite cannot read {path} through: {integrity} (the "
                                      "file is damaged, or is no database)").format(
                                          path=path, integrity=integrity)),))], False
        return [integrity, _foreign_keys(connection)], True
    finally:
        connection.close()


def server_notes() -> list[CheckResult]:
    """On PostgreSQL the server keeps its own pages and enforces every reference."""
    return [CheckResult(INTEGRITY, _("PostgreSQL keeps its own pages (its integrity is the "
                                     "server's to check)")),
            CheckResult(FOREIGN_KEYS, _("foreign keys are enforced by the PostgreSQL server"))]


def _integrity(connection: sqlite3.Connection, path: Path) -> CheckResult | str:
    """The result of SQLite's check; SQLite's words when it cannot even run it."""
    try:
        answer = [str(row[0]) for row in
                  connection.execute(f"PRAGMA integrity_check({MAX_INTEGRITY_LINES})")]
        pages = _page_count(connection)
    except sqlite3.DatabaseError as error:
        # Damage can stop the whole-file check at once; table by table, SQLite
        # still tells which tables are hit and which are whole.
        return _table_by_table(connection, path) or str(error)
    if answer == ["ok"]:
        return CheckResult(INTEGRITY, _("SQLite integrity check ok ({pages} pages)").format(
            pages=number_text(pages)))
    findings = [Finding(INTEGRITY, PROBLEM, f"SQLite: {line}")
                for line in integrity_lines(answer) or ["no answer"]]
    if len(answer) >= MAX_INTEGRITY_LINES:
        findings.append(Finding(INTEGRITY, PROBLEM, _("SQLite lists no more than "
                                                      "{max_integrity_lines} problems; there "
                                                      "may be more").format(
                                                          max_integrity_lines=MAX_INTEGRITY_LINES)))
    return CheckResult(INTEGRITY, _("SQLite integrity check of {path}").format(
        path=path), tuple(findings))


def _table_by_table(connection: sqlite3.Connection, path: Path) -> CheckResult | None:
    try:
        tables = [str(row[0]) for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    except sqlite3.DatabaseError:
        return None  # not even the list of tables: nothing more to learn
    findings = []
    for table in tables:
        try:
            answer = [str(row[0]) for row in connection.execute(
                f'PRAGMA integrity_check("{table}")')]
        except sqlite3.DatabaseError as error:
            findings.append(Finding(INTEGRITY, PROBLEM,
                                    _("SQLite cannot read the table {table}: {error}").format(
                                        table=table, error=error)))
            continue
        if answer != ["ok"]:
            findings.extend(Finding(INTEGRITY, PROBLEM, _("SQLite, table {table}: {line}").format(
                table=table, line=line))
                            for line in integrity_lines(answer))
    if not findings:
        findings.append(Finding(INTEGRITY, PROBLEM, _("SQLite could not check the file as a "
                                                      "whole, though each table reads")))
    return CheckResult(INTEGRITY, _("SQLite integrity check of {path}, table by table").format(
        path=path),
                       tuple(findings))


def _page_count(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA page_count").fetchone()
    return int(row[0]) if row else 0


def _foreign_keys(connection: sqlite3.Connection) -> CheckResult:
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        return CheckResult.not_run(FOREIGN_KEYS, _("SQLite could not check them: {error}").format(
            error=error))
    dangling: dict[tuple[str, str], list[int]] = defaultdict(list)
    for table, rowid, parent, _key in rows:
        dangling[(table, parent)].append(rowid)
    findings = tuple(
        Finding(FOREIGN_KEYS, PROBLEM,
                ngettext("{count} {table} row refers to a {parent} that does not exist (row "
                         "id {some})",
                         "{count} {table} rows refer to a {parent} that does not exist (row "
                         "ids {some})", len(ids)).format(
                      count=number_text(len(ids)), table=table, parent=parent, some=_some(ids)))
        for (table, parent), ids in sorted(dangling.items()))
    return CheckResult(FOREIGN_KEYS, _("every foreign key refers to a row that exists"), findings)


def _some(items: Sequence[object], limit: int = 10) -> str:
    shown = ", ".join(str(item) for item in items[:limit])
    return shown + (", …" if len(items) > limit else "")


def check_attachments(session: Session, store: FileStore) -> CheckResult:
    """Every attachment's file is in the store with its SHA-256; unreferenced files are a note."""
    query = (select(Attachment.sha256, Attachment.size, Attachment.original_name,
                    Contract.reference, Contract.title)
             .join(Contract, Contract.id == Attachment.contract_id, isouter=True)
             .order_by(Attachment.id))
    findings: list[Finding] = []
    known: set[str] = set()
    verdicts: dict[tuple[str, int], str] = {}
    for sha256, size, name, reference, title in session.execute(query):
        known.add(sha256)
        if (sha256, size) not in verdicts:
            verdicts[(sha256, size)] = _status(store, sha256, size)
        verdict = verdicts[(sha256, size)]
        if verdict != "ok":
            owner = " ".join(part for part in (reference, title) if part) or _("a contract")
            findings.append(Finding(ATTACHMENTS, PROBLEM,
                                    f"{name!r} of {owner}: {verdict}"))
    findings.extend(_unreferenced(store, known))
    files = len({sha for sha, _size in verdicts})
    return CheckResult(ATTACHMENTS, _("{files} attachment files are in the store with their "
                                      "SHA-256").format(files=number_text(files)), tuple(findings))


def _status(store: FileStore, sha256: str, size: int) -> str:
    try:
        status = store.status(sha256, size)
        where = store.path_for(sha256)
    except AttachmentError as error:
        return _("its stored hash is not valid ({error})").format(error=error)
    except OSError as error:
        return _("its file cannot be read ({value})").format(value=error.strerror or error)
    if status == "missing":
        return _("its file is missing from the store ({where})").format(where=where)
    if status == "changed":
        return _("its file no longer matches its SHA-256: it changed since it was attached "
                 "({where})").format(where=where)
    return "ok"


def _unreferenced(store: FileStore, known: set[str]) -> list[Finding]:
    if isinstance(store, DatabaseStore):
        extra = sorted(set(store.stored()) - known)
    elif isinstance(store, AttachmentStore) and store.root.is_dir():
        extra = sorted(path.name for path in store.root.glob("??/*")
                       if path.is_file() and path.name not in known
                       and not path.name.startswith(TEMP_PREFIX))
    else:
        extra = []
    if not extra:
        return []
    return [Finding(ATTACHMENTS, NOTE,
                    ngettext("{count} file in the store belongs to no attachment (kept for "
                             "undoing a deletion, or left over): {some}",
                             "{count} files in the store belong to no attachment (kept for "
                             "undoing a deletion, or left over): {some}", len(extra)).format(
                          count=number_text(len(extra)), some=_some(extra, 3)))]
