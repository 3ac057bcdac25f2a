"""Each contract's open obligations summed up for its health, with the days that holds for
(derived data, SQLite only: see ``services.register.obligation_summaries``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import DDL, CheckConstraint, ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column

from contract_desk.models.base import Base


class ContractObligationSummary(Base):
    """A contract's next open due date and number of overdue obligations, as
    :func:`services.register.obligation_summaries.obligation_summaries` gives them on every
    day from ``valid_from`` to ``valid_until`` while its obligations stay as they were.

    A database trigger (migration 0015) deletes the row when one of the contract's
    obligations changes contract, due day, rule or status, or is deleted; an
    obligation added later has an id above :class:`ObligationSummaryMark`'s, and
    the row is then not read. ``computed_with`` names the rules that computed it.
    Never a source of truth: a missing or outdated row is computed again. Stored on
    SQLite only; on PostgreSQL the table stays empty and summaries are computed.
    """

    __tablename__ = "contract_obligation_summary"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    computed_with: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date]
    valid_until: Mapped[date]
    next_due: Mapped[date | None]
    overdue: Mapped[int] = mapped_column(default=0)


class ObligationSummaryMark(Base):
    """What the obligation table was when the summaries were last stored (one row).

    ``below``: the highest obligation id then. Obligations added later have higher
    ids (SQLite gives a new row the highest id plus one), so a contract with an
    obligation above it has its summary computed instead of read: no trigger on
    every inserted obligation (one makes bulk inserts, an import or the demo, a
    quarter slower). ``rows``: how many obligations there were; ``deleted``: how
    many were deleted since (a trigger counts them, and lowers ``below`` when the
    highest goes, as SQLite then gives its id again). A row added under an id of
    its own choosing at or below ``below`` (a tool putting a deleted row back)
    makes the count disagree: then no stored summary is read until the next store.
    """

    __tablename__ = "obligation_summary_mark"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    below: Mapped[int] = mapped_column(default=0)
    rows: Mapped[int] = mapped_column(default=0)
    deleted: Mapped[int] = mapped_column(default=0)


#: The obligation columns a summary is computed from.
SUMMARY_COLUMNS = ("id", "contract_id", "due_date", "recurrence", "status")
_FORGET = "DELETE FROM contract_obligation_summary WHERE contract_id = {row}.contract_id"
#: SQLite's triggers, as migration 0015 creates them: a register made from the models
#: alone (tests compare the two) forgets summaries as a migrated one does.
SQLITE_TRIGGERS = (
    (f"CREATE TRIGGER obligation_summary_changed AFTER UPDATE OF {', '.join(SUMMARY_COLUMNS)} "
     f"ON obligation BEGIN {_FORGET.format(row='OLD')}; {_FORGET.format(row='NEW')}; END"),
    ("CREATE TRIGGER obligation_summary_deleted AFTER DELETE ON obligation "
     f"BEGIN {_FORGET.format(row='OLD')}; UPDATE obligation_summary_mark "
     "SET deleted = deleted + 1, below = min(below, (SELECT coalesce(max(id), 0) "
     "FROM obligation)); END"),
    ("CREATE TRIGGER obligation_summary_contract_deleted AFTER DELETE ON contract "
     "BEGIN DELETE FROM contract_obligation_summary WHERE contract_id = OLD.id; END"),
)
# After every table is made (the triggers name obligation, which no table here refers to).
for _statement in SQLITE_TRIGGERS:
    event.listen(Base.metadata, "after_create",
                 DDL(_statement).execute_if(dialect="sqlite"))  # type: ignore[no-untyped-call]
