"""Notice rules on the contract: to the end of a month/quarter/year, holidays, postal days.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

``notice_to`` (month-end, quarter-end, year-end or NULL), ``holiday_country``
(the ISO 3166 code whose public holidays business days skip, or NULL) and
``postal_days`` (working days a notice takes to arrive; 0 by default, in the
database too, so existing contracts keep their key dates and a row written by
a tool that knows nothing of it stays valid). See domain.notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTICE_TO = "notice_to IS NULL OR notice_to IN ('month-end', 'quarter-end', 'year-end')"
POSTAL_DAYS = "postal_days BETWEEN 0 AND 60"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    # Rebuilt on SQLite, so that its stored DDL is what the models create (see 0002).
    recreate: Literal["always", "auto"] = "always" if _sqlite() else "auto"
    with op.batch_alter_table('contract', schema=None, recreate=recreate) as batch_op:
        batch_op.add_column(sa.Column('notice_to', sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column('holiday_country', sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column('postal_days', sa.Integer(), nullable=False,
                                      server_default=sa.text('0')))
        batch_op.create_check_constraint(batch_op.f('ck_contract_notice_to'), NOTICE_TO)
        batch_op.create_check_constraint(batch_op.f('ck_contract_postal_days'), POSTAL_DAYS)


def downgrade() -> None:
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_contract_postal_days'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_contract_notice_to'), type_='check')
        batch_op.drop_column('postal_days')
        batch_op.drop_column('holiday_country')
        batch_op.drop_column('notice_to')
