"""Moving a register that grew on one laptop to a team server, whole, in one transaction.

:func:`push_register` copies every contract, counterparty, obligation,
reminder, setting, import batch, audit event and attachment of a SQLite
register into an empty register on PostgreSQL, keeping every id, uid,
version and time, so the audit trail, the import history (and its undo) and
the reminders go on as they were. The attachment files go into the server's
database (``attachment_blob``), each checked against its SHA-256 on the way.
Before committing, the row counts of every table and the set of file hashes
are compared with the source; any difference rolls everything back.

After the commit the source file is backed up (reason ``moved-to-team``) and
marked as moved (setting :data:`MOVED_TO`): opened again, it is read-only and
says where the register went (``Register.moved_to``), so nobody goes on
writing into the old copy.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from contract_desk.i18n import _, ngettext
from contract_desk.i18n.formats import number_text
from contract_desk.models import (
    Attachment,
    AttachmentBlob,
    Base,
    Obligation,
    RegisterSetting,
)
from contract_desk.storage.errors import StorageError
from contract_desk.storage.register import Register

#: Setting written into a pushed register: where it went and when.
MOVED_TO = "team.moved_to"
#: Tables in the order their foreign keys allow (obligation -> attachment comes after).
TABLES: tuple[Table, ...] = tuple(Base.metadata.tables[name] for name in (
    "party", "import_batch", "contract", "obligation", "attachment", "alert", "alert_notice",
    "contract_notice", "audit_event", "register_setting"))
CHUNK = 2000
_SHA256 = re.compile(r"[0-9a-f]{64}")

Report = Callable[[str], None]


class PushError(StorageError):
    """A register that cannot be moved (or was not: everything rolled back), in one sentence."""


@dataclass(frozen=True, slots=True)
class PushResult:
    """What was copied: rows per table, files and their bytes, and the source's backup."""

    rows: dict[str, int]
    files: int
    file_bytes: int
    backup: Path | None


def _count(session: Session, table: Table) -> int:
    return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _check_target_empty(session: Session) -> None:
    tables = (*TABLES, Base.metadata.tables["attachment_blob"])
    filled = {table.name: _count(session, table) for table in tables
              if table.name != "register_setting"}
    filled = {name: rows for name, rows in filled.items() if rows}
    if filled:
        shown = ", ".join(f"{rows:,} {name}" for name, rows in sorted(filled.items()))
        raise PushError(_("the team register is not empty ({shown}); a register is moved only "
                          "into an empty one, so nothing was copied").format(shown=shown))


def _files(source: Register, session: Session) -> dict[str, Path]:
    """SHA-256 -> file of every attachment (and every file kept for undoing a deletion)."""
    root = source.attachments_dir
    wanted = set(session.scalars(select(Attachment.sha256).distinct()))
    found = {path.name: path for path in root.glob("??/*")
             if path.is_file() and _SHA256.fullmatch(path.name)} if root.is_dir() else {}
    missing = sorted(wanted - found.keys())
    if missing:
        raise PushError(ngettext(
            "{count} attachment file is missing from {root} ({missing}…); run "
            "`contract-desk check` and restore it before moving the register, so nothing "
            "was copied",
            "{count} attachment files are missing from {root} (e.g. {missing}…); run "
            "`contract-desk check` and restore them before moving the register, so nothing "
            "was copied", len(missing)).format(
                              count=number_text(len(missing)), root=root, missing=missing[0][:12]))
    return found


def copy_table(source: Session, target: Session, table: Table, report: Report) -> int:
    """Copy every row of ``table`` as it is (ids kept); an obligation's evidence link after."""
    rows = [dict(row._mapping) for row in source.execute(select(table))]
    if table.name == "obligation":  # its attachment comes later (a cycle of foreign keys)
        for row in rows:
            row["evidence_attachment_id"] = None
    for start in range(0, len(rows), CHUNK):
        target.execute(insert(table), rows[start:start + CHUNK])
        report(f"{table.name}: {min(start + CHUNK, len(rows)):,} of {len(rows):,}")
    return len(rows)


def _copy_files(files: dict[str, Path], target: Session, report: Report) -> tuple[int, int]:
    moment, total = datetime.now(UTC), 0
    for number, (sha256, path) in enumerate(sorted(files.items()), start=1):
        content = path.read_bytes()
        if hashlib.sha256(content).hexdigest() != sha256:
            raise PushError(_("the attachment file {path} no longer matches its SHA-256; run "
                              "`contract-desk check`; nothing was copied").format(path=path))
        target.execute(insert(AttachmentBlob).values(sha256=sha256, size=len(content),
                                                     content=content, stored_at=moment))
        total += len(content)
        report(_("attachment files: {number} of {count}").format(
            number=number_text(number), count=number_text(len(files))))
    return len(files), total


def _reset_sequences(target: Session) -> None:
    for table in TABLES:
        if "id" in table.c:
            target.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table.name}), 1), "
                f"(SELECT max(id) FROM {table.name}) IS NOT NULL)"))


def push_register(source: Register, target: Register, *,
                  report: Report | None = None) -> PushResult:
    """Copy ``source`` (SQLite) whole into the empty ``target`` (a server); see the docstring."""
    say = report or (lambda _text: None)
    if source.path is None:
        raise PushError(_("the register to move must be a file (SQLite)"))
    if target.path is not None:
        raise PushError(_("a register is moved to a team register on a server "
                          "(postgresql+psycopg://…), not to another file"))
    if source.damaged is not None or source.moved_to is not None:
        raise PushError(_("{location} cannot be moved: it is damaged or was moved already").format(
            location=source.location))
    with source.reading() as reading, target.transaction() as writing:
        _check_target_empty(writing)
        files = _files(source, reading)
        writing.execute(delete(RegisterSetting))
        rows = {table.name: copy_table(reading, writing, table, say) for table in TABLES}
        links = reading.execute(select(Obligation.id, Obligation.evidence_attachment_id)
                                .where(Obligation.evidence_attachment_id.is_not(None))).all()
        for obligation_id, evidence_attachment_id in links:
            writing.execute(update(Obligation).where(Obligation.id == obligation_id)
                            .values(evidence_attachment_id=evidence_attachment_id))
        count, size = _copy_files(files, writing, say)
        _reset_sequences(writing)
        copied = {table.name: _count(writing, table) for table in TABLES}
        if copied != rows or copied != {table.name: _count(reading, table) for table in TABLES}:
            raise PushError(_("the copy does not match the register ({copied} against {rows}); "
                              "nothing was copied").format(copied=copied, rows=rows))
        stored = set(writing.scalars(select(AttachmentBlob.sha256)))
        if stored != set(files):
            raise PushError(_("the attachment files in the team register do not match the "
                              "register's; nothing was copied"))
        say("committing")
    return PushResult(rows, count, size, _mark_moved(source, target))


def _mark_moved(source: Register, target: Register) -> Path:
    """Back the source up, then record in it where it went (it opens read-only from now on)."""
    from contract_desk.storage.backup import backup
    from contract_desk.storage.credentials import without_password

    kept = backup(source, reason="moved-to-team", keep=None)
    where = without_password(target.url).render_as_string(hide_password=False)
    value = {"url": where, "at": datetime.now(UTC).isoformat(timespec="seconds")}
    with source.transaction() as session:
        session.merge(RegisterSetting(key=MOVED_TO, value=value))
    source.moved_to = moved_to(value)
    return kept


def moved_to(value: Any) -> str | None:
    """The sentence for a register marked as moved, from its :data:`MOVED_TO` setting."""
    if not isinstance(value, dict) or not isinstance(value.get("url"), str):
        return None
    when = str(value.get("at", ""))[:10]
    return (_("this register was moved to the team register {value} on {when}; open that one "
              "(this copy is kept read-only)").format(value=value['url'], when=when))
