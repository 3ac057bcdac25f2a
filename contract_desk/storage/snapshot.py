"""A read-only copy of a team register kept on this computer, for a laptop away from the office.

While a team register is open the window copies it, every few hours, into a
SQLite file in the data folder (:func:`snapshot_path`: one per server,
database and login). The copy is written beside the old one and then put in
its place, so the file there is always a whole copy. When the server cannot
be reached the window offers it: opened, it is read-only (``Register.read_only``;
every write is refused) and says which register it copies and from when.

Everything a person reads is copied: contracts, counterparties, obligations,
reminders, settings, imports and the history. Attachment files are not (they
can be large): the copy lists them, and they open again once the server is
back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import URL

from contract_desk.i18n import _
from contract_desk.i18n.formats import current_formats
from contract_desk.models import Obligation, RegisterSetting
from contract_desk.storage.errors import StorageError
from contract_desk.storage.locations import data_dir
from contract_desk.storage.register import Register, open_register

#: The setting that marks a register file as a copy of a team register: {"url", "at"}.
SNAPSHOT_OF = "team.snapshot_of"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A kept copy: its file, the register it copies (no password) and when it was taken."""

    path: Path
    of: str
    taken: datetime


def snapshot_path(url: URL, folder: Path | None = None) -> Path:
    """Where the copy of the team register at ``url`` (for its login) is kept."""
    parts = (url.host or "localhost", str(url.port or 5432), url.database or "",
             url.username or "")
    name = "_".join(_UNSAFE.sub("-", part) for part in parts)
    return (folder or data_dir() / "snapshots") / f"{name}.sqlite3"


def take_snapshot(register: Register, *, folder: Path | None = None,
                  now: datetime | None = None) -> Snapshot:
    """Copy the team register ``register`` into its snapshot file; what was kept.

    Reads in one transaction (a consistent copy); the old copy stays until the
    new one is whole.
    """
    from contract_desk.storage.credentials import without_password
    from contract_desk.storage.push import TABLES, copy_table

    if register.path is not None:
        raise StorageError(_("only a team register on a server is copied for offline use"))
    target_path = snapshot_path(register.url, folder)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    partial = target_path.with_name(target_path.stem + ".partial.sqlite3")
    _remove(partial)
    taken = now or datetime.now(UTC)
    of = without_password(register.url).render_as_string(hide_password=False)
    target = open_register(partial, backup_keep=0)
    try:
        with register.reading() as reading, target.transaction() as writing:
            writing.execute(delete(RegisterSetting))
            for table in TABLES:
                copy_table(reading, writing, table, lambda _text: None)
            links = reading.execute(select(Obligation.id, Obligation.evidence_attachment_id)
                                    .where(Obligation.evidence_attachment_id.is_not(None))).all()
            for obligation_id, evidence_attachment_id in links:
                writing.execute(update(Obligation).where(Obligation.id == obligation_id)
                                .values(evidence_attachment_id=evidence_attachment_id))
            writing.merge(RegisterSetting(key=SNAPSHOT_OF, value={
                "url": of, "at": taken.isoformat(timespec="seconds")}))
    finally:
        target.close()
    partial.replace(target_path)
    return Snapshot(target_path, of, taken)


def kept_snapshot(url: URL, *, folder: Path | None = None) -> Snapshot | None:
    """The copy kept of the team register at ``url``, or None (never taken, or unreadable)."""
    path = snapshot_path(url, folder)
    if not path.is_file():
        return None
    import sqlite3

    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            found = connection.execute("SELECT value FROM register_setting WHERE key = ?",
                                       (SNAPSHOT_OF,)).fetchone()
    except sqlite3.Error:
        return None
    marker = snapshot_of(_json(found[0]) if found else None)
    return None if marker is None else Snapshot(path, marker[0], marker[1])


def snapshot_of(value: Any) -> tuple[str, datetime] | None:
    """(register copied, when) from a :data:`SNAPSHOT_OF` setting; None when it is not one."""
    if not isinstance(value, dict) or not isinstance(value.get("url"), str):
        return None
    try:
        taken = datetime.fromisoformat(str(value.get("at")))
    except ValueError:
        return None
    return value["url"], taken


def snapshot_sentence(value: Any) -> str | None:
    """What a register file marked as a copy says about itself (None: not a copy)."""
    marker = snapshot_of(value)
    if marker is None:
        return None
    url, taken = marker
    return (_("this is a read-only copy of the team register {url}, taken on {strftime}; "
              "changes are made in the team register itself").format(
                  url=url, strftime=current_formats().timestamp(taken)))


def _json(text: Any) -> Any:
    import json

    try:
        return json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return None


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)


__all__ = ["SNAPSHOT_OF", "Snapshot", "kept_snapshot", "snapshot_of", "snapshot_path",
           "snapshot_sentence", "take_snapshot"]
