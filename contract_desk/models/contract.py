"""The contract: one signed agreement and its terms."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    CheckConstraint,
    Connection,
    ForeignKey,
    Index,
    String,
    Text,
    event,
    inspect,
    text,
    update,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, object_session, relationship

from contract_desk.domain import Direction, Lifecycle, PeriodUnit, RenewalMode
from contract_desk.domain.notice import MAX_POSTAL_DAYS, NoticeTo
from contract_desk.models.base import (
    REMINDER_DAY_UNKNOWN,
    Base,
    Stamped,
    forget_reminder_day,
    new_uid,
)

if TYPE_CHECKING:
    from contract_desk.models.attachment import Attachment
    from contract_desk.models.import_batch import ImportBatch
    from contract_desk.models.obligation import Obligation
    from contract_desk.models.party import Party


def _in(column: str, enum: type[Any]) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IS NULL OR {column} IN ({values})"


class Contract(Stamped, Base):
    """A contract in the register, with the term fields the key dates come from."""

    __tablename__ = "contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    reference: Mapped[str | None] = mapped_column(String(120), index=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    scope: Mapped[str | None] = mapped_column(Text)
    counterparty_id: Mapped[int | None] = mapped_column(
        ForeignKey("party.id", ondelete="SET NULL"), index=True
    )
    contract_type: Mapped[str | None] = mapped_column(String(80))
    direction: Mapped[str | None] = mapped_column(String(10))
    department: Mapped[str | None] = mapped_column(String(120))
    project: Mapped[str | None] = mapped_column(String(120))
    owner: Mapped[str | None] = mapped_column(String(120), index=True)
    tags: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20), default=Lifecycle.ACTIVE.value, index=True)

    signed_on: Mapped[date | None]
    start_date: Mapped[date | None] = mapped_column(index=True)
    end_date: Mapped[date | None] = mapped_column(index=True)
    initial_term_count: Mapped[int | None]
    initial_term_unit: Mapped[str | None] = mapped_column(String(16))
    renewal: Mapped[str] = mapped_column(String(10), default=RenewalMode.NONE.value)
    renewal_term_count: Mapped[int | None]
    renewal_term_unit: Mapped[str | None] = mapped_column(String(16))
    max_renewals: Mapped[int | None]
    final_end_date: Mapped[date | None]
    notice_period_count: Mapped[int | None]
    notice_period_unit: Mapped[str | None] = mapped_column(String(16))
    notice_buffer_days: Mapped[int] = mapped_column(default=0)
    notice_given_on: Mapped[date | None]
    #: Notice ends the contract only at the end of a month, quarter or year (NoticeTo).
    notice_to: Mapped[str | None] = mapped_column(String(12))
    #: Business days and postal days skip this country's public holidays (ISO 3166).
    holiday_country: Mapped[str | None] = mapped_column(String(2))
    #: Working days the notice takes to arrive: the send-by date comes that much earlier.
    #: A database default too: a row written by a tool that knows nothing of it stays valid.
    postal_days: Mapped[int] = mapped_column(default=0, server_default=text("0"))

    value: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    payment_terms: Mapped[str | None] = mapped_column(String(200))
    confidential_until: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    #: Imported columns that have no field of their own: header -> cell text.
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Reminder offsets in days before each key date; None means the register default.
    reminder_offsets: Mapped[list[Any] | None]
    #: The next day one of its reminders falls due, as of the last reminder check;
    #: None when not known (never checked, or changed since). See services.reminders.scan.
    next_reminder_on: Mapped[date | None] = mapped_column(index=True)
    #: The key date (kind and day) reminded of on ``next_reminder_on``, and the next
    #: reminder day once it is acknowledged: the check passes the row over until then
    #: (None: not known). See services.reminders.scan.
    next_reminder_kind: Mapped[str | None] = mapped_column(String(24))
    next_reminder_key: Mapped[date | None]
    after_reminder_key_on: Mapped[date | None]

    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    source_sheet: Mapped[str | None] = mapped_column(String(200))
    source_row: Mapped[int | None]

    version_id: Mapped[int] = mapped_column(default=1)

    counterparty: Mapped[Party | None] = relationship(back_populates="contracts")
    obligations: Mapped[list[Obligation]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", passive_deletes=True
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", passive_deletes=True
    )
    import_batch: Mapped[ImportBatch | None] = relationship()

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        CheckConstraint(_in("status", Lifecycle), name="status"),
        CheckConstraint(_in("direction", Direction), name="direction"),
        CheckConstraint(_in("renewal", RenewalMode), name="renewal"),
        CheckConstraint(_in("initial_term_unit", PeriodUnit), name="initial_term_unit"),
        CheckConstraint(_in("renewal_term_unit", PeriodUnit), name="renewal_term_unit"),
        CheckConstraint(_in("notice_period_unit", PeriodUnit), name="notice_period_unit"),
        CheckConstraint("notice_buffer_days >= 0", name="notice_buffer_days"),
        CheckConstraint(_in("notice_to", NoticeTo), name="notice_to"),
        CheckConstraint(f"postal_days BETWEEN 0 AND {MAX_POSTAL_DAYS}", name="postal_days"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="end_after_start"),
        Index("ix_contract_counterparty_title_start", "counterparty_id", "title", "start_date"),
    )

    def __repr__(self) -> str:
        return f"Contract({self.reference!r}, {self.title!r})"


@event.listens_for(Contract, "before_insert")
def _unknown_when_added(_mapper: Mapper[Any], _connection: Connection, contract: Contract) -> None:
    forget_reminder_day(contract)  # also when restored from a snapshot: compute it again


@event.listens_for(Contract, "before_update")
def _unknown_when_changed(_mapper: Mapper[Any], connection: Connection,
                          contract: Contract) -> None:
    # Any change may move its key dates; the next reminder check computes them again.
    session = object_session(contract)
    if session is not None and not session.is_modified(contract, include_collections=False):
        return
    forget_reminder_day(contract)
    if inspect(contract).attrs.status.history.has_changes():
        # Ended or running again: its obligations' reminders start or stop
        # (see services.reminders.scan).
        from contract_desk.models.obligation import Obligation

        table = Obligation.__table__
        connection.execute(update(table).where(table.c.contract_id == contract.id)
                           .values(**REMINDER_DAY_UNKNOWN, updated_at=table.c.updated_at))
