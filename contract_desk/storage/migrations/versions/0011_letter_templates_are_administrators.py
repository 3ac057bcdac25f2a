"""Letter templates become an administrator's setting on a team register.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

The notice letter's templates (settings ``letters.template.<language>``) hold
the legal wording a notice is given in; on a team register only an
administrator may change them from now on. ``team init`` sets the same policy
(storage.team); here an existing team register gets it: the editors' policy on
``register_setting`` is made again with the template keys among the
administrators'. Nothing changes on SQLite or on a PostgreSQL register without
the team roles.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EDITOR = 'contract_desk_editor'
_KEYS = ("'reminders.contract_offsets', 'reminders.obligation_offsets', "
         "'reminders.escalate_after_days', 'reminders.escalation_contact', "
         "'reminders.summary_threshold'")
BEFORE = f"(key IN ({_KEYS}) OR key LIKE 'team.%')"
AFTER = f"(key IN ({_KEYS}) OR key LIKE 'team.%' OR key LIKE 'letters.template.%')"


def _policy(admin_keys: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    exists = bind.execute(sa.text(
        "SELECT count(*) FROM pg_policies WHERE tablename = 'register_setting' "
        "AND policyname = 'team_bookkeeping'")).scalar()
    if not exists:  # not a team register (or `team init` not run yet: it sets the policy)
        return
    op.execute("DROP POLICY IF EXISTS team_bookkeeping ON register_setting")
    op.execute(f"CREATE POLICY team_bookkeeping ON register_setting FOR ALL TO {EDITOR} "
               f"USING (NOT {admin_keys}) WITH CHECK (NOT {admin_keys})")


def upgrade() -> None:
    _policy(AFTER)


def downgrade() -> None:
    _policy(BEFORE)
