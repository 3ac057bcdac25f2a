"""Requests for approval and their votes are announced to a team's open windows.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07

0003 and 0005 announce a committed change of a contract, party, obligation,
alert, attachment, import or setting on the change-notice channel, and every
open window of the team register follows it without Reload. Requests for
approval and votes (``approval``, ``approval_vote``, 0009) were not among
them: a colleague's request waiting for one's answer showed only at the
window's next reminder check, up to 15 minutes later. They now are, by the
same functions (an UPDATE named only when a value a person sees changed).
SQLite has no notices.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('approval', 'approval_vote')


def _postgresql() -> bool:
    return op.get_bind().dialect.name == 'postgresql'


def _trigger(table: str, event: str) -> str:
    return f'contract_desk_notify_{table}_{event.lower()}'


def upgrade() -> None:
    if not _postgresql():
        return
    for table in TABLES:
        for event, references, function in (
                ('INSERT', 'NEW TABLE AS changed_rows', 'contract_desk_notify'),
                ('UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS changed_rows',
                 'contract_desk_notify_update'),
                ('DELETE', 'OLD TABLE AS changed_rows', 'contract_desk_notify')):
            name = _trigger(table, event)
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON {table}')
            op.execute(f'CREATE TRIGGER {name} AFTER {event} ON {table} '
                       f'REFERENCING {references} '
                       f'FOR EACH STATEMENT EXECUTE FUNCTION {function}()')


def downgrade() -> None:
    if not _postgresql():
        return
    for table in TABLES:
        for event in ('INSERT', 'UPDATE', 'DELETE'):
            op.execute(f'DROP TRIGGER IF EXISTS {_trigger(table, event)} ON {table}')
