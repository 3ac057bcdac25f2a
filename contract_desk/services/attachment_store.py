"""The attachment store: files kept by their SHA-256 in a folder beside the register.

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
from typing import BinaryIO

from contract_desk.domain.errors import DomainError
from contract_desk.storage.environment import classify

#: Read and write this much at a time: big scans never sit in memory whole.
CHUNK = 1024 * 1024
#: Leftovers of an interrupted copy start with this; they are never a stored file.
TEMP_PREFIX = ".incoming-"
_SHA256 = re.compile(r"[0-9a-f]{64}")


class AttachmentError(DomainError):
    """A file that cannot be attached or found in the store."""


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
                f"{sha256!r} is not a SHA-256 (64 lower-case hexadecimal digits)"
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
            raise AttachmentError(f"cannot attach {source}: {reason}") from None

    def _copy(self, source: Path) -> StoredFile:
        self.root.mkdir(parents=True, exist_ok=True)
        # In the store itself, so the final rename stays on one file system (atomic).
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out:
                stored = _stream(source, out)
            if file_digest(temp) != stored:  # the disk gave back other bytes than we wrote
                raise AttachmentError(f"the copy of {source} did not verify; nothing attached")
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
        raise AttachmentError(f"cannot attach {source}: it is a folder, not a file")
    if source.exists():
        raise AttachmentError(f"cannot attach {source}: it is not a regular file")
    raise AttachmentError(f"cannot attach {source}: the file is missing")


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
