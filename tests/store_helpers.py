"""Reaching into an attachment store behind the register's back, whichever kind it is."""

from __future__ import annotations

from sqlalchemy import delete, update

from contract_desk.models import AttachmentBlob
from contract_desk.services.register.attachment_store import (
    AttachmentStore,
    DatabaseStore,
    FileStore,
)


def stored_files(store: FileStore) -> int:
    """How many files the store holds (in its folder, or in the database)."""
    if isinstance(store, DatabaseStore):
        return len(store.stored())
    assert isinstance(store, AttachmentStore)
    return len([p for p in store.root.rglob("*") if p.is_file()])


def replace_stored(store: FileStore, sha256: str, content: bytes | None) -> None:
    """Change (or, with None, lose) a stored file behind the register's back."""
    if isinstance(store, DatabaseStore):
        with store.engine.begin() as connection:
            if content is None:
                connection.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == sha256))
            else:
                connection.execute(update(AttachmentBlob).where(
                    AttachmentBlob.sha256 == sha256).values(content=content))
        return
    path = store.path_for(sha256)
    if content is None:
        path.unlink()
    else:
        path.write_bytes(content)
