"""Import batches: one spreadsheet brought into the register, undoable as a whole."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base, new_uid, utcnow


class ImportBatch(Base):
    """Where a set of rows came from (file, hash, sheet, mapping) and what it did."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str | None] = mapped_column(String(200))
    #: Column header -> field name, as confirmed by the user.
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: {"created": n, "updated": n, "unchanged": n, "warnings": n, ...}
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    user: Mapped[str] = mapped_column(String(120), default="")
    undone_at: Mapped[datetime | None]
