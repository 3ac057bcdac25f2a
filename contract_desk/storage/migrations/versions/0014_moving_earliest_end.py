"""Stored key dates say when only the earliest end moves with the day.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

An open-ended contract that notice was not given for can end on the day notice
given today would bring: a day later each day, while its other key dates never
change. Its stored key dates held for one day only, so every morning a listing
computed each such contract again (5,848 of 100,000 in the demo register, a
tenth of a second of opening the window). With ``earliest_end_moves`` they are
stored once and the listing computes that one date as it reads. Rows stored
before hold their one day as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A plain ALTER TABLE on SQLite too: a batch operation would copy the table, and the
# triggers on contract (0012) name it while it is gone.
def upgrade() -> None:
    op.add_column('contract_key_dates', sa.Column(
        'earliest_end_moves', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    # Rows stored as moving would read as valid for every day with no earliest end.
    op.execute("DELETE FROM contract_key_dates WHERE earliest_end_moves")
    op.drop_column('contract_key_dates', 'earliest_end_moves')
