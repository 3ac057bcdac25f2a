"""Register-wide settings that travel with the register (not with one user's machine)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base, JSONType


class RegisterSetting(Base):
    """One key/value setting, e.g. the default reminder offsets."""

    __tablename__ = "register_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONType)
