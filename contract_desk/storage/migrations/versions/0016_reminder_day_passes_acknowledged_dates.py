"""What each stored next reminder day is of, so that a check passes over acknowledged ones.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

A reminder check looks at every contract and obligation whose stored next
reminder day (``next_reminder_on``, 0002) has come. When that day's reminder is
of a key date already acknowledged (a person working through the inbox), the
row raises nothing, yet was computed again: on the benchmark's 1,000,000
obligations, seven rows in ten of a day's check. Each row now also stores the
key date that day reminds of (``next_reminder_kind``, ``next_reminder_key``)
and its next reminder day without it (``after_reminder_key_on``): while an
alert of that key date is acknowledged, the check moves the row on to that day
without computing it. NULL: not known (a row stored before, or changed since);
the next check fills them. PostgreSQL's change notices (0005) leave these
columns out as they leave out ``next_reminder_on``: bookkeeping, nothing a
person sees.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('contract', 'obligation')
CHANNEL = 'contract_desk'
MOST_ROWS = 100
#: Columns whose change alone is bookkeeping (0005's, then these).
BOOKKEEPING_0005 = "- 'next_reminder_on' - 'updated_at'"
BOOKKEEPING = (f"{BOOKKEEPING_0005} - 'next_reminder_kind' - 'next_reminder_key'"
               " - 'after_reminder_key_on'")


def _function(bookkeeping: str) -> str:
    """0005's notice function, leaving ``bookkeeping`` out of the rows compared."""
    return f"""
CREATE OR REPLACE FUNCTION contract_desk_notify_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    rows_changed integer;
    uids jsonb;
    versions jsonb;
    contract_ids jsonb;
BEGIN
    SELECT count(*),
           jsonb_agg(r -> 'uid'),
           jsonb_agg(r -> 'version_id'),
           jsonb_agg(DISTINCT r -> 'contract_id') FILTER (WHERE r ? 'contract_id')
      INTO rows_changed, uids, versions, contract_ids
      FROM (SELECT r FROM (SELECT to_jsonb(n) {bookkeeping} AS r FROM changed_rows AS n
                           EXCEPT ALL
                           SELECT to_jsonb(o) {bookkeeping} FROM old_rows AS o) AS people
             LIMIT {MOST_ROWS + 1}) AS seen;
    IF rows_changed = 0 THEN
        RETURN NULL;
    END IF;
    IF rows_changed > {MOST_ROWS} THEN
        uids := NULL; versions := NULL; contract_ids := NULL;
    END IF;
    PERFORM pg_notify('{CHANNEL}', jsonb_build_object(
        'table', TG_TABLE_NAME, 'op', 'update', 'by', current_user,
        'uids', uids, 'versions', versions, 'contract_ids', contract_ids)::text);
    RETURN NULL;
END $$
"""


def _postgresql() -> bool:
    return op.get_bind().dialect.name == 'postgresql'


# A plain ALTER TABLE on SQLite too (as 0014): a batch operation would copy the tables,
# and the triggers of 0012 and 0015 name them while they are gone.
def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('next_reminder_kind', sa.String(length=24),
                                       nullable=True))
        op.add_column(table, sa.Column('next_reminder_key', sa.Date(), nullable=True))
        op.add_column(table, sa.Column('after_reminder_key_on', sa.Date(), nullable=True))
    if _postgresql():
        op.execute(_function(BOOKKEEPING))


def downgrade() -> None:
    if _postgresql():
        op.execute(_function(BOOKKEEPING_0005))
    for table in reversed(TABLES):
        for column in ('after_reminder_key_on', 'next_reminder_key', 'next_reminder_kind'):
            op.drop_column(table, column)  # in place on SQLite too: nothing else names them
