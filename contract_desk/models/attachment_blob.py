"""Attachment bytes kept in the database: a team register's files, there for every colleague."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base, utcnow


class AttachmentBlob(Base):
    """The bytes of one attached file, by SHA-256 (stored once however often attached).

    Used by registers on a server (``services.register.attachment_store.DatabaseStore``);
    a SQLite register keeps its files in a folder beside it and leaves this empty.
    """

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)
