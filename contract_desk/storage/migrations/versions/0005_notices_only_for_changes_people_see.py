"""Change notices only for changes a person would see, not for the reminder index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

A reminder check stores each contract's and obligation's next reminder day
(``next_reminder_on``, schema 0002): after an upgrade or a big import that is
an UPDATE of every row, and 0003's triggers announced each of them, so every
colleague's window reloaded the whole register for a change nobody can see.
The UPDATE triggers now compare the rows before and after and name only the
rows whose values changed apart from that day (and ``updated_at``, which the
index leaves alone anyway); when none did, no notice goes out. INSERT and
DELETE stay as 0003 made them.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = 'contract_desk'
#: As in 0003 (attachment_blob, 0004, is never updated).
TABLES = ('contract', 'party', 'obligation', 'alert', 'attachment', 'import_batch',
          'register_setting')
MOST_ROWS = 100
#: Columns whose change alone is bookkeeping, not a change anyone sees.
BOOKKEEPING = "- 'next_reminder_on' - 'updated_at'"

FUNCTION = f"""
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
      FROM (SELECT r FROM (SELECT to_jsonb(n) {BOOKKEEPING} AS r FROM changed_rows AS n
                           EXCEPT ALL
                           SELECT to_jsonb(o) {BOOKKEEPING} FROM old_rows AS o) AS people
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


def _update_triggers(references: str, function: str) -> None:
    for table in TABLES:
        name = f'contract_desk_notify_{table}_update'
        op.execute(f'DROP TRIGGER IF EXISTS {name} ON {table}')
        op.execute(f'CREATE TRIGGER {name} AFTER UPDATE ON {table} REFERENCING {references} '
                   f'FOR EACH STATEMENT EXECUTE FUNCTION {function}()')


def upgrade() -> None:
    if not _postgresql():
        return
    op.execute(FUNCTION)
    _update_triggers('OLD TABLE AS old_rows NEW TABLE AS changed_rows',
                     'contract_desk_notify_update')


def downgrade() -> None:
    if not _postgresql():
        return
    _update_triggers('NEW TABLE AS changed_rows', 'contract_desk_notify')
    op.execute('DROP FUNCTION IF EXISTS contract_desk_notify_update()')
