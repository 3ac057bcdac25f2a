"""Each contract's open obligations summed up, stored with the days that holds for.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

``contract_obligation_summary`` holds, per contract, its next open due date and
number of overdue obligations (what its health shows) with the first and last
day they hold for, so that opening the window on 100,000 contracts reads them
instead of summing a million obligations again. Derived data, stored on SQLite
only (on PostgreSQL the table stays empty and the summaries are computed as
before): triggers delete a contract's row when one of its obligations changes
contract, due day, rule or status, or is deleted, whoever changes it, and when
the contract is deleted. An obligation added later is not watched by a trigger
(one on every inserted row made bulk inserts a quarter slower): it has an id
above ``obligation_summary_mark.below``, and its contract's row is then not
read; the mark also counts the obligations (deletions by a trigger), so a row
put back under an old id of its own choosing makes the count disagree and no
stored row is read until the next store. Nothing is filled here: the next
reminder check stores them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWER, EDITOR = 'contract_desk_viewer', 'contract_desk_editor'
GRANTS = (
    f"GRANT SELECT ON contract_obligation_summary, obligation_summary_mark TO {VIEWER}",
    "GRANT INSERT, UPDATE, DELETE ON contract_obligation_summary, obligation_summary_mark "
    f"TO {EDITOR}",
)
#: The obligation columns a summary is computed from.
SUMMARY_COLUMNS = ('id', 'contract_id', 'due_date', 'recurrence', 'status')
_FORGET = 'DELETE FROM contract_obligation_summary WHERE contract_id = {row}.contract_id'
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


def upgrade() -> None:
    op.create_table('contract_obligation_summary',
    sa.Column('contract_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('computed_with', sa.String(length=40), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('next_due', sa.Date(), nullable=True),
    sa.Column('overdue', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                            name=op.f('fk_contract_obligation_summary_contract_id_contract'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contract_id', name=op.f('pk_contract_obligation_summary')),
    )
    op.create_table('obligation_summary_mark',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('below', sa.Integer(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Integer(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_obligation_summary_mark_one_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_obligation_summary_mark')),
    )
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        roles = bind.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname IN (:v, :e)"),
                             {"v": VIEWER, "e": EDITOR}).scalar()
        if roles == 2:  # a team register: what `team init` would grant
            for statement in GRANTS:
                op.execute(statement)
        return
    for statement in SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        for name in ('obligation_summary_contract_deleted', 'obligation_summary_deleted',
                     'obligation_summary_changed'):
            op.execute(f'DROP TRIGGER IF EXISTS {name}')
    op.drop_table('obligation_summary_mark')
    op.drop_table('contract_obligation_summary')
