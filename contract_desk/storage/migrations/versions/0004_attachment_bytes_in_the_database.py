"""Attachment bytes in the database, so every colleague of a team register can open them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

A SQLite register keeps its files in a folder beside it (and leaves this table
empty); a register on a server keeps them here, by SHA-256, stored once.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('attachment_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('stored_at', TIMESTAMP, nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_blob'))
    )
    if op.get_bind().dialect.name == 'postgresql':  # colleagues' changes are announced (0003)
        for event, transition in (('INSERT', 'NEW'), ('DELETE', 'OLD')):
            name = f'contract_desk_notify_attachment_blob_{event.lower()}'
            op.execute(f'CREATE TRIGGER {name} AFTER {event} ON attachment_blob '
                       f'REFERENCING {transition} TABLE AS changed_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION contract_desk_notify()')


def downgrade() -> None:
    op.drop_table('attachment_blob')
