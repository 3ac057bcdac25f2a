"""The declarative base, the naming convention and the column types shared by all tables."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Dialect,
    MetaData,
    Numeric,
    String,
    Table,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from contract_desk.domain.currency import canonical_amount

#: Constraint names Alembic can find again on every backend (batch mode on SQLite needs them).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current moment in UTC, as stored in every timestamp column."""
    return datetime.now(UTC)


def new_uid() -> str:
    """A new stable identifier that survives export, import and merge: a random UUID.

    Exactly what ``str(uuid.uuid4())`` gives (version 4, RFC 4122 variant, from
    ``os.urandom``), made from the bytes directly: an import makes one per
    contract and audit entry, and ``uuid.UUID`` costs several times more.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class Money(TypeDecorator[Decimal]):
    """An exact decimal amount.

    PostgreSQL stores NUMERIC; SQLite has no exact decimal type (it would round
    through a float), so there the canonical decimal text is stored instead.
    """

    impl = Numeric(28, 6)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(28, 6, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
        if not amount.is_finite():
            raise ValueError(f"an amount must be a finite number, got {value!r}")
        return format(canonical_amount(amount), "f") if dialect.name == "sqlite" else amount

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return canonical_amount(Decimal(str(value)))
        except InvalidOperation:
            raise ValueError(f"the stored amount {value!r} is not a number") from None


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always given back timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value  # what DateTime, the impl, reads
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class _JSON(TypeDecorator[Any]):
    """JSON on every backend, JSONB (indexable, compact) on PostgreSQL.

    ``JSON().with_variant(JSONB(), "postgresql")`` says the same, but needs JSONB at
    import, and with it SQLAlchemy's whole PostgreSQL dialect (~20 ms of every
    command's start-up on SQLite): here the dialect is imported when a PostgreSQL
    register first needs the type.
    """

    impl = JSON(none_as_null=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB(none_as_null=True))
        return super().load_dialect_impl(dialect)  # the JSON of ``impl``


#: JSON on every backend, JSONB on PostgreSQL. Python None is SQL NULL, never the JSON
#: text 'null', so "no custom fields" reads back the same on both backends.
JSONType = _JSON()


class Base(DeclarativeBase):
    """Base class of every table of the register."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        date: Date(),
        datetime: UTCDateTime(),
        Decimal: Money(),
        dict[str, Any]: JSONType,
        list[str]: JSONType,
        list[Any]: JSONType,
    }

    if TYPE_CHECKING:
        # Every class of the register is mapped to a Table (never a join or a
        # subquery), so its columns' lengths and types may be read from it.
        __table__: ClassVar[Table]


class Stamped:
    """Who created and last changed a row, and when."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")


#: A contract's or obligation's stored reminder day and what it is of, not known: the
#: next reminder check computes them (see services.reminders.scan). Always cleared
#: together: a day stored later must not meet a key date computed for another.
REMINDER_DAY_UNKNOWN: dict[str, None] = {
    "next_reminder_on": None, "next_reminder_kind": None, "next_reminder_key": None,
    "after_reminder_key_on": None}


def forget_reminder_day(row: Any) -> None:
    """Clear a contract's or obligation's stored reminder day (:data:`REMINDER_DAY_UNKNOWN`)."""
    for name in REMINDER_DAY_UNKNOWN:
        setattr(row, name, None)
