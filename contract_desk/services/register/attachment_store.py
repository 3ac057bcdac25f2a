"""The attachment stores: files kept by their SHA-256, in a folder or in the database.

A SQLite register keeps its files in a folder beside it (:class:`AttachmentStore`);
a register on a server keeps them in the database (:class:`DatabaseStore`), so
that every colleague can open them, with a copy on this machine to open with
the OS. :func:`store_for` picks the one a register uses.

Content-addressed (``root/ab/abcdef…``): the same file attached twice is stored
once, a file is never overwritten in place, and its hash tells whether the
stored copy is still intact. A file is streamed into a temporary file inside the
store, checked, and only then renamed into place, so a crash or a full disk
never leaves a half-written attachment under a real name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from sqlalchemy import Engine, delete, insert, select

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import _
from contract_desk.models import AttachmentBlob, RegisterSetting, utcnow
from contract_desk.storage import Register
from contract_desk.storage.environment import classify

#: Read and write this much at a time: big scans never sit in memory whole.
CHUNK = 1024 * 1024
#: Leftovers of an interrupted copy start with this; they are never a stored file.
TEMP_PREFIX = ".incoming-"
_SHA256 = re.compile(r"[0-9a-f]{64}")


class AttachmentError(DomainError):
    """A file that cannot be attached or found in the store."""


class FileStore(Protocol):
    """What the attachment services need of a store (a folder or the database)."""

    def put(self, source: Path) -> StoredFile: ...

    def path_for(self, sha256: str) -> Path: ...

    def verify(self, sha256: str) -> bool: ...

    def status(self, sha256: str, size: int) -> str: ...

    def remove(self, sha256: str) -> None: ...


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file in the store."""

    sha256: str
    size: int


def file_digest(path: Path) -> StoredFile:
    """SHA-256 and size of ``path``, read in chunks (never all in memory)."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return StoredFile(digest.hexdigest(), size)


class AttachmentStore:
    """Files under ``root``, named by their SHA-256."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        """Where the file with ``sha256`` is (or would be) stored."""
        # The hash comes from the database; checking it keeps "../" out of the path.
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            raise AttachmentError(
                _("{digest} is not a SHA-256 (64 lower-case hexadecimal digits)").format(
                    digest=repr(sha256))
            )
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> StoredFile:
        """Copy ``source`` into the store (once per content) and return its hash and size."""
        source = Path(source)
        _check_source(source)
        try:
            return self._copy(source)
        except OSError as error:
            if error.filename is None or Path(error.filename) != source:
                # Writing into the store failed: a full disk, a read-only folder...
                failure = classify(error, str(self.root))
                if failure is not None:
                    raise failure from None
            reason = error.strerror or str(error)
            raise AttachmentError(_("cannot attach {source}: {reason}").format(
                source=source, reason=reason)) from None

    def _copy(self, source: Path) -> StoredFile:
        self.root.mkdir(parents=True, exist_ok=True)
        # In the store itself, so the final rename stays on one file system (atomic).
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out:
                stored = _stream(source, out)
            if file_digest(temp) != stored:  # the disk gave back other bytes than we wrote
                raise AttachmentError(_("the copy of {source} did not verify; nothing "
                                        "attached").format(
                    source=source))
            if not self.verify(stored.sha256):  # absent or damaged: (re)place it
                target = self.path_for(stored.sha256)
                target.parent.mkdir(exist_ok=True)
                temp.replace(target)
            return stored
        finally:
            temp.unlink(missing_ok=True)

    def verify(self, sha256: str) -> bool:
        """True when the stored file exists and still has this hash."""
        path = self.path_for(sha256)
        try:
            return path.is_file() and file_digest(path).sha256 == sha256
        except OSError:  # unreadable: it cannot be vouched for
            return False

    def status(self, sha256: str, size: int) -> str:
        """"ok", "missing", or "changed" (size or content differ from when it was added)."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "missing"
        if path.stat().st_size != size or not self.verify(sha256):
            return "changed"
        return "ok"

    def remove(self, sha256: str) -> None:
        """Delete the stored file (no error when it is already gone)."""
        self.path_for(sha256).unlink(missing_ok=True)


def _check_source(source: Path) -> None:
    if source.is_file():
        return
    if source.is_dir():
        raise AttachmentError(_("cannot attach {source}: it is a folder, not a file").format(
            source=source))
    if source.exists():
        raise AttachmentError(_("cannot attach {source}: it is not a regular file").format(
            source=source))
    raise AttachmentError(_("cannot attach {source}: the file is missing").format(source=source))


def _stream(source: Path, out: BinaryIO) -> StoredFile:
    """Copy ``source`` to the open binary file ``out`` chunk by chunk, hashing on the way."""
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as data:
        while chunk := data.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return StoredFile(digest.hexdigest(), size)


#: Default largest attachment of a team register, in MB (setting ``team.attachment_max_mb``).
DEFAULT_MAX_MB = 50
MAX_MB_SETTING = "team.attachment_max_mb"


class DatabaseStore:
    """A register's files in its database (table ``attachment_blob``), by SHA-256.

    ``put`` stores a file's bytes in a short transaction of its own (the same
    content once); ``path_for`` gives a local copy under ``cache`` to open with
    the OS, fetched again whenever it is missing or differs. The largest file
    accepted is the register's setting ``team.attachment_max_mb``.
    """

    def __init__(self, engine: Engine, cache: Path) -> None:
        self.engine = engine
        self.root = Path(cache)

    def max_bytes(self) -> int:
        """The largest file this register accepts."""
        with self.engine.connect() as connection:
            value = connection.execute(select(RegisterSetting.value).where(
                RegisterSetting.key == MAX_MB_SETTING)).scalar()
        megabytes = value if isinstance(value, int | float) and value > 0 else DEFAULT_MAX_MB
        return int(megabytes * 1024 * 1024)

    def put(self, source: Path) -> StoredFile:
        """Store ``source``'s bytes in the database (once per content)."""
        source = Path(source)
        _check_source(source)
        limit = self.max_bytes()
        try:
            size = source.stat().st_size
            if size > limit:
                raise AttachmentError(
                    _("cannot attach {source}: it is {value} MB and this register takes files "
                      "up to {value_other} MB (setting {max_mb_setting})").format(
                          source=source, value=format(size / 1048576, ".1f"),
                          value_other=limit // 1048576, max_mb_setting=MAX_MB_SETTING))
            content = source.read_bytes()
        except OSError as error:
            raise AttachmentError(_("cannot attach {source}: {value}").format(
                source=source, value=error.strerror or error)) from None
        stored = StoredFile(hashlib.sha256(content).hexdigest(), len(content))
        with self.engine.begin() as connection:
            there = connection.execute(select(AttachmentBlob.size).where(
                AttachmentBlob.sha256 == stored.sha256)).scalar()
            if there is None:
                connection.execute(insert(AttachmentBlob).values(
                    sha256=stored.sha256, size=stored.size, content=content,
                    stored_at=utcnow()))
        return stored

    def _content(self, sha256: str) -> bytes | None:
        with self.engine.connect() as connection:
            content = connection.execute(select(AttachmentBlob.content).where(
                AttachmentBlob.sha256 == sha256)).scalar()
        return None if content is None else bytes(content)

    def path_for(self, sha256: str) -> Path:
        """A local copy of the file with ``sha256`` (fetched from the database when needed)."""
        local = AttachmentStore(self.root)
        path = local.path_for(sha256)
        if local.verify(sha256):
            return path
        content = self._content(sha256)
        if content is None or hashlib.sha256(content).hexdigest() != sha256:
            return path  # absent or damaged in the database: the caller's status says so
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        Path(temp_name).replace(path)
        return path

    def verify(self, sha256: str) -> bool:
        """True when the database holds the file and its bytes still have this hash."""
        content = self._content(sha256)
        return content is not None and hashlib.sha256(content).hexdigest() == sha256

    def status(self, sha256: str, size: int) -> str:
        """"ok", "missing", or "changed" (size or content differ from when it was added)."""
        content = self._content(sha256)
        if content is None:
            return "missing"
        if len(content) != size or hashlib.sha256(content).hexdigest() != sha256:
            return "changed"
        return "ok"

    def stored(self) -> list[str]:
        """The SHA-256 of every file in the database."""
        with self.engine.connect() as connection:
            return list(connection.execute(select(AttachmentBlob.sha256)).scalars())

    def remove(self, sha256: str) -> None:
        """Delete the stored bytes and the local copy (no error when already gone)."""
        with self.engine.begin() as connection:
            connection.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == sha256))
        AttachmentStore(self.root).remove(sha256)


def store_for(register: Register) -> FileStore:
    """The store the register keeps its files in: a folder for SQLite, the database otherwise."""
    if register.path is not None:
        return AttachmentStore(register.attachments_dir)
    return DatabaseStore(register.engine, register.home / "attachment-copies")
