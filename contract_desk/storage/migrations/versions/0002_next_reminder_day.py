"""The next reminder day of each contract and obligation, for an indexed reminder scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

NULL means "not known yet": the next reminder check computes every row once,
then looks only at the rows whose day has come (see services.alert_scan).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('contract', 'obligation')
#: Stored days computed with the register's offsets (services.alert_scan.SCAN_OFFSETS).
SCAN_OFFSETS = 'reminder_scan.offsets'


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    # Rebuilt on SQLite, so that its stored DDL is what the models create (ALTER TABLE
    # ADD COLUMN would write it differently); PostgreSQL just adds the column.
    recreate: Literal["always", "auto"] = "always" if _sqlite() else "auto"
    for table in TABLES:
        with op.batch_alter_table(table, schema=None, recreate=recreate) as batch_op:
            batch_op.add_column(sa.Column('next_reminder_on', sa.Date(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_next_reminder_on'),
                                  ['next_reminder_on'], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_next_reminder_on'))
            batch_op.drop_column('next_reminder_on')
    # 0001 never had it: leave no trace of what the stored days were computed with.
    op.execute(sa.text('DELETE FROM register_setting WHERE key = :key')
               .bindparams(key=SCAN_OFFSETS))
