"""Notices recorded: given by us or received, the channel, the proof, the day it ends.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

``contract_notice`` holds one row per notice of a contract: its direction
(given, received), the day that counts (``sent_on``), the channel, the day it
ends the contract (``effective_end``), the day it was acknowledged, a note, the
uids of the attachments that prove it, who recorded it and, for a mistaken
record, who withdrew it. The contract's ``notice_given_on`` stays the field the
key dates read (see services.notice_records). On a team register whose roles
exist, the grants ``team init`` gives are given here too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_TYPE = sa.JSON(none_as_null=True).with_variant(
    postgresql.JSONB(none_as_null=True), "postgresql"
)
TIMESTAMP = sa.DateTime(timezone=True)
DIRECTIONS = "direction IN ('given', 'received')"
CHANNELS = "channel IN ('registered_post', 'email', 'portal', 'hand_delivery', 'other')"
ACKNOWLEDGED = "acknowledged_on IS NULL OR acknowledged_on >= sent_on"
VIEWER, EDITOR = 'contract_desk_viewer', 'contract_desk_editor'
GRANTS = (
    f"GRANT SELECT ON contract_notice TO {VIEWER}",
    f"GRANT INSERT, UPDATE, DELETE ON contract_notice TO {EDITOR}",
    f"GRANT USAGE ON SEQUENCE contract_notice_id_seq TO {EDITOR}",
    f"GRANT SELECT ON SEQUENCE contract_notice_id_seq TO {VIEWER}",
)


def upgrade() -> None:
    op.create_table('contract_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('effective_end', sa.Date(), nullable=True),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('proof_uids', JSON_TYPE, nullable=False),
    sa.Column('recorded_at', TIMESTAMP, nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('withdrawn_at', TIMESTAMP, nullable=True),
    sa.Column('withdrawn_by', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_notice')),
    sa.CheckConstraint(DIRECTIONS, name=op.f('ck_contract_notice_direction')),
    sa.CheckConstraint(CHANNELS, name=op.f('ck_contract_notice_channel')),
    sa.CheckConstraint(ACKNOWLEDGED, name=op.f('ck_contract_notice_acknowledged_after_sent')),
    sa.UniqueConstraint('uid', name=op.f('uq_contract_notice_uid')),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                            name=op.f('fk_contract_notice_contract_id_contract'),
                            ondelete='CASCADE'),
    )
    with op.batch_alter_table('contract_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_notice_contract_id'), ['contract_id'],
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
    with op.batch_alter_table('contract_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_notice_contract_id'))
    op.drop_table('contract_notice')
