"""Parties: the organisations on the other side of a contract."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contract_desk.models.base import Base, Stamped, new_uid

if TYPE_CHECKING:
    from contract_desk.models.contract import Contract


class Party(Stamped, Base):
    """A counterparty: a supplier, customer, landlord or partner."""

    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(300), index=True)
    org_number: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(2))
    #: A list of {"name", "role", "email", "phone"} objects.
    contacts: Mapped[list[Any]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(default=1)

    contracts: Mapped[list[Contract]] = relationship(back_populates="counterparty")

    __mapper_args__ = {"version_id_col": version_id}

    def __repr__(self) -> str:
        return f"Party({self.name!r})"
