"""Each contract's key dates as last computed, with the days they hold for (derived data)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import DDL, ForeignKey, String, event, false
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base


class ContractKeyDates(Base):
    """The key dates of one contract as :func:`domain.keydates.key_dates_held` gave them.

    Valid on every day from ``valid_from`` to ``valid_until`` while the
    contract's term fields stay as they were: a database trigger (migration
    0012) deletes the row whenever one of them changes, whoever changes it, and
    ``computed_with`` names the rules that computed it (a newer program or
    holiday calendar computes them again). ``has_dates`` is false for a
    contract whose stored terms give no dates (it lists without them). Never
    a source of truth: a missing or outdated row is computed again
    (``services.register.key_dates_store``). ``earliest_end_moves`` (migration 0014):
    the earliest end is the one notice given on the day read would bring, computed
    as the row is read (an open-ended contract; ``earliest_end`` is then empty).
    """

    __tablename__ = "contract_key_dates"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    computed_with: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date]
    valid_until: Mapped[date]
    has_dates: Mapped[bool]
    term_end: Mapped[date | None]
    current_term_start: Mapped[date | None]
    current_term_end: Mapped[date | None]
    notice_deadline: Mapped[date | None]
    send_by: Mapped[date | None]
    renewals: Mapped[int] = mapped_column(default=0)
    #: What the dates alone say (TermStatus): upcoming, active or expired.
    status: Mapped[str] = mapped_column(String(10))
    next_renewal_start: Mapped[date | None]
    earliest_end: Mapped[date | None]
    earliest_end_moves: Mapped[bool] = mapped_column(default=False, server_default=false())


#: The contract columns a contract's key dates are computed from (as migration 0012).
TERM_COLUMNS = ("start_date", "end_date", "initial_term_count", "initial_term_unit", "renewal",
                "renewal_term_count", "renewal_term_unit", "max_renewals", "final_end_date",
                "notice_period_count", "notice_period_unit", "notice_buffer_days",
                "notice_given_on", "notice_to", "holiday_country", "postal_days")
_FORGET = "DELETE FROM contract_key_dates WHERE contract_id = {row}.id"
#: SQLite's triggers, as migration 0012 creates them (on PostgreSQL the migration's
#: own function and triggers do the same): a register made from the models alone
#: (tests compare the two) forgets stored dates as a migrated one does.
SQLITE_TRIGGERS = (
    (f"CREATE TRIGGER contract_key_dates_changed AFTER UPDATE OF {', '.join(TERM_COLUMNS)} "
     f"ON contract BEGIN {_FORGET.format(row='OLD')}; END"),
    ("CREATE TRIGGER contract_key_dates_deleted AFTER DELETE ON contract "
     f"BEGIN {_FORGET.format(row='OLD')}; END"),
)
for _statement in SQLITE_TRIGGERS:
    event.listen(ContractKeyDates.__table__, "after_create",
                 DDL(_statement).execute_if(dialect="sqlite"))  # type: ignore[no-untyped-call]
