"""The attachment store: files kept by their SHA-256 in a folder beside the register.

Content-addressed (``root/ab/abcdef…``): the same file attached twice is stored
once, a file is never overwritten in place, and its hash tells whether the
stored copy is still intact.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from contract_desk.domain.errors import DomainError

CHUNK = 1024 * 1024


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
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> StoredFile:
        """Copy ``source`` into the store (once per content) and return its hash and size."""
        source = Path(source)
        if not source.is_file():
            what = "a folder" if source.is_dir() else "missing"
            raise AttachmentError(f"cannot attach {source}: it is {what}")
        try:
            return self._copy(source)
        except OSError as error:
            raise AttachmentError(f"cannot attach {source}: {error.strerror or error}") from None

    def _copy(self, source: Path) -> StoredFile:
        self.root.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out, source.open("rb") as data:
                while chunk := data.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            stored = StoredFile(digest.hexdigest(), size)
            if file_digest(temp) != stored:  # the disk gave back other bytes than we wrote
                raise AttachmentError(f"the copy of {source} did not verify; nothing attached")
            target = self.path_for(stored.sha256)
            if target.is_file() and self.verify(stored.sha256):
                return stored
            target.parent.mkdir(parents=True, exist_ok=True)
            temp.replace(target)
            return stored
        finally:
            temp.unlink(missing_ok=True)

    def verify(self, sha256: str) -> bool:
        """True when the stored file exists and still has this hash."""
        path = self.path_for(sha256)
        return path.is_file() and file_digest(path).sha256 == sha256

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
