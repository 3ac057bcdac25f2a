"""Amendments: dated changes to a contract's terms, with the values each replaced.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

``contract_amendment`` holds one row per amendment of a contract: its
reference and signing day, the day it takes effect, the fields it changes
(JSON), the values it replaced once it took effect (JSON), a note, who
recorded it and, for one withdrawn before it took effect, who withdrew it.
The contract's own columns stay the terms in force today (services.register.
amendments). On a team register whose roles exist, the grants ``team init``
gives are given here too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_TYPE = sa.JSON(none_as_null=True).with_variant(
    postgresql.JSONB(none_as_null=True), "postgresql"
)
TIMESTAMP = sa.DateTime(timezone=True)
VIEWER, EDITOR = 'contract_desk_viewer', 'contract_desk_editor'
GRANTS = (
    f"GRANT SELECT ON contract_amendment TO {VIEWER}",
    f"GRANT INSERT, UPDATE, DELETE ON contract_amendment TO {EDITOR}",
    f"GRANT USAGE ON SEQUENCE contract_amendment_id_seq TO {EDITOR}",
    f"GRANT SELECT ON SEQUENCE contract_amendment_id_seq TO {VIEWER}",
)


def upgrade() -> None:
    op.create_table('contract_amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('changes', JSON_TYPE, nullable=False),
    sa.Column('before', JSON_TYPE, nullable=True),
    sa.Column('applied_at', TIMESTAMP, nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', TIMESTAMP, nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('withdrawn_at', TIMESTAMP, nullable=True),
    sa.Column('withdrawn_by', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_amendment')),
    sa.UniqueConstraint('uid', name=op.f('uq_contract_amendment_uid')),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                            name=op.f('fk_contract_amendment_contract_id_contract'),
                            ondelete='CASCADE'),
    )
    with op.batch_alter_table('contract_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_amendment_contract_id'), ['contract_id'],
                              unique=False)
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    roles = bind.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname IN (:v, :e)"),
                         {"v": VIEWER, "e": EDITOR}).scalar()
    if roles == 2:  # a team register: what `team init` would grant
        for statement in GRANTS:
            op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table('contract_amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_amendment_contract_id'))
    op.drop_table('contract_amendment')
