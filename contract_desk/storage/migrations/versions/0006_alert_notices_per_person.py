"""Who was notified of which alert: in a team, each colleague once.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Until now an alert was notified by whichever check raised it, so in a team
only the colleague whose window (or scheduled run) stored it heard of it.
``alert_notice`` records each person notified of each alert; every run
notifies its person of the due alerts they have not heard of. Alerts already
notified before this revision are recorded for "" (anyone), so nobody gets
them all again after the upgrade. On a team register whose roles exist, the
grants ``team init`` gives are given here too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)
VIEWER, EDITOR = 'contract_desk_viewer', 'contract_desk_editor'
GRANTS = (
    f"GRANT SELECT, INSERT ON alert_notice TO {VIEWER}",
    f"GRANT DELETE ON alert_notice TO {EDITOR}",
    "ALTER TABLE alert_notice ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY notice_read ON alert_notice FOR SELECT TO {VIEWER} USING (true)",
    (f"CREATE POLICY notice_own ON alert_notice FOR INSERT TO {VIEWER} "
     "WITH CHECK (person = current_user)"),
    f"CREATE POLICY notice_check ON alert_notice FOR DELETE TO {EDITOR} USING (true)",
)


def upgrade() -> None:
    op.create_table('alert_notice',
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('person', sa.String(length=120), nullable=False),
    sa.Column('notified_at', TIMESTAMP, nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alert.id'],
                            name=op.f('fk_alert_notice_alert_id_alert'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('alert_id', 'person', name=op.f('pk_alert_notice'))
    )
    op.execute("INSERT INTO alert_notice (alert_id, person, notified_at) "
               "SELECT id, '', notified_at FROM alert WHERE notified_at IS NOT NULL")
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    roles = bind.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname IN (:v, :e)"),
                         {"v": VIEWER, "e": EDITOR}).scalar()
    if roles == 2:  # a team register: what `team init` would grant
        for statement in GRANTS:
            op.execute(statement)


def downgrade() -> None:
    op.drop_table('alert_notice')
