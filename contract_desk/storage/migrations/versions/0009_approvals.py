"""Approvals: requests for approval of a step on a contract, and the approvers' votes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

``approval`` holds one row per request (the contract, what it is for: the
contract itself, a notice we give, a renewal decision and which; who asked,
when; when the step it allowed was taken or the request cancelled).
``approval_vote`` holds each approver's yes or no with a comment, one per
approver and request. Whether a request is approved is worked out from the
votes and the register's rules (services.approvals). On a team register whose
roles exist, the grants ``team init`` gives are given here too, and row-level
security lets a login cast votes only in its own name.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)
SUBJECTS = "subject IN ('contract', 'notice', 'decision')"
VIEWER, EDITOR = 'contract_desk_viewer', 'contract_desk_editor'
#: Also in storage.team.init_team (kept in step; a test compares them).
GRANTS = (
    f"GRANT SELECT ON approval, approval_vote TO {VIEWER}",
    f"GRANT INSERT, UPDATE, DELETE ON approval TO {EDITOR}",
    f"GRANT INSERT ON approval_vote TO {EDITOR}",
    f"GRANT USAGE ON SEQUENCE approval_id_seq, approval_vote_id_seq TO {EDITOR}",
    f"GRANT SELECT ON SEQUENCE approval_id_seq, approval_vote_id_seq TO {VIEWER}",
    "ALTER TABLE approval_vote ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS team_read ON approval_vote",
    "DROP POLICY IF EXISTS team_own_vote ON approval_vote",
    f"CREATE POLICY team_read ON approval_vote FOR SELECT TO {VIEWER} USING (true)",
    (f"CREATE POLICY team_own_vote ON approval_vote FOR INSERT TO {EDITOR} "
     "WITH CHECK (approver = current_user AND recorded_by = current_user)"),
)


def upgrade() -> None:
    op.create_table('approval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('requested_at', TIMESTAMP, nullable=False),
    sa.Column('requested_by', sa.String(length=120), nullable=False),
    sa.Column('used_at', TIMESTAMP, nullable=True),
    sa.Column('cancelled_at', TIMESTAMP, nullable=True),
    sa.Column('cancelled_by', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval')),
    sa.CheckConstraint(SUBJECTS, name=op.f('ck_approval_subject')),
    sa.UniqueConstraint('uid', name=op.f('uq_approval_uid')),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                            name=op.f('fk_approval_contract_id_contract'), ondelete='CASCADE'),
    )
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_contract_id'), ['contract_id'],
                              unique=False)
    op.create_table('approval_vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('approval_id', sa.Integer(), nullable=False),
    sa.Column('approver', sa.String(length=120), nullable=False),
    sa.Column('approve', sa.Boolean(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('voted_at', TIMESTAMP, nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_vote')),
    sa.UniqueConstraint('approval_id', 'approver', name=op.f('uq_approval_vote_approval_id_approver')),
    sa.ForeignKeyConstraint(['approval_id'], ['approval.id'],
                            name=op.f('fk_approval_vote_approval_id_approval'),
                            ondelete='CASCADE'),
    )
    with op.batch_alter_table('approval_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_vote_approval_id'), ['approval_id'],
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
    with op.batch_alter_table('approval_vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_vote_approval_id'))
    op.drop_table('approval_vote')
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_contract_id'))
    op.drop_table('approval')
