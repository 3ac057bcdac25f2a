"""Each contract's key dates stored, with the days they hold for.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

``contract_key_dates`` holds, per contract, the key dates the program last
computed (current term, notice deadline, send-by, earliest end, what the dates
say of its status) with the first and last day they hold for, so that listing
100,000 contracts reads them instead of computing them again. It is derived
data: a trigger deletes a contract's row whenever one of the fields its dates
come from changes (whoever changes it: the program, another tool, psql), and
when the contract is deleted (also by a tool that leaves SQLite's foreign keys
off, so a new contract given the old id never inherits them); the program then
computes it again. Nothing is filled here: the first listing computes every
contract's dates as before and the next write stores them. On a team register
whose roles exist, the grants ``team init`` gives are given here too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWER, EDITOR = 'contract_desk_viewer', 'contract_desk_editor'
GRANTS = (
    f"GRANT SELECT ON contract_key_dates TO {VIEWER}",
    f"GRANT INSERT, UPDATE, DELETE ON contract_key_dates TO {EDITOR}",
)
#: The contract columns a contract's key dates are computed from.
TERM_COLUMNS = ('start_date', 'end_date', 'initial_term_count', 'initial_term_unit', 'renewal',
                'renewal_term_count', 'renewal_term_unit', 'max_renewals', 'final_end_date',
                'notice_period_count', 'notice_period_unit', 'notice_buffer_days',
                'notice_given_on', 'notice_to', 'holiday_country', 'postal_days')
_FORGET = 'DELETE FROM contract_key_dates WHERE contract_id = {row}.id'
PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION contract_desk_forget_key_dates() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    {_FORGET.format(row='OLD')};
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.create_table('contract_key_dates',
    sa.Column('contract_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('computed_with', sa.String(length=40), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('has_dates', sa.Boolean(), nullable=False),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('current_term_start', sa.Date(), nullable=True),
    sa.Column('current_term_end', sa.Date(), nullable=True),
    sa.Column('notice_deadline', sa.Date(), nullable=True),
    sa.Column('send_by', sa.Date(), nullable=True),
    sa.Column('renewals', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('next_renewal_start', sa.Date(), nullable=True),
    sa.Column('earliest_end', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                            name=op.f('fk_contract_key_dates_contract_id_contract'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contract_id', name=op.f('pk_contract_key_dates')),
    )
    columns = ', '.join(TERM_COLUMNS)
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute(PG_FUNCTION)
        op.execute('CREATE TRIGGER contract_key_dates_changed AFTER UPDATE OF '
                   f'{columns} ON contract FOR EACH ROW '
                   'EXECUTE FUNCTION contract_desk_forget_key_dates()')
        op.execute('CREATE TRIGGER contract_key_dates_deleted AFTER DELETE ON contract '
                   'FOR EACH ROW EXECUTE FUNCTION contract_desk_forget_key_dates()')
        roles = bind.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname IN (:v, :e)"),
                             {"v": VIEWER, "e": EDITOR}).scalar()
        if roles == 2:  # a team register: what `team init` would grant
            for statement in GRANTS:
                op.execute(statement)
        return
    op.execute(f'CREATE TRIGGER contract_key_dates_changed AFTER UPDATE OF {columns} '
               f'ON contract BEGIN {_FORGET.format(row="OLD")}; END')
    op.execute('CREATE TRIGGER contract_key_dates_deleted AFTER DELETE ON contract '
               f'BEGIN {_FORGET.format(row="OLD")}; END')


def downgrade() -> None:
    op.execute('DROP TRIGGER IF EXISTS contract_key_dates_deleted'
               + (' ON contract' if op.get_bind().dialect.name == 'postgresql' else ''))
    op.execute('DROP TRIGGER IF EXISTS contract_key_dates_changed'
               + (' ON contract' if op.get_bind().dialect.name == 'postgresql' else ''))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP FUNCTION IF EXISTS contract_desk_forget_key_dates()')
    op.drop_table('contract_key_dates')
