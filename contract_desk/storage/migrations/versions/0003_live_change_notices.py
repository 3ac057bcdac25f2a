"""Live change notices on PostgreSQL: every committed change of the register says so.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

A team's windows refresh what a colleague changed without Reload (see
storage.live). Statement-level triggers on the register's tables send
``NOTIFY contract_desk`` with a JSON payload: the table, the operation, who
(the database login), and the uids (with versions, for contracts) and
contract ids of up to 100 changed rows; more rows (an import) send null
there, meaning "reload everything of that table". NOTIFY is transactional:
the notice goes out when the change is committed, never for a rollback.
Triggers catch every writer, the ORM, bulk inserts and ``psql`` alike.
SQLite has no NOTIFY: nothing changes there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = 'contract_desk'
TABLES = ('contract', 'party', 'obligation', 'alert', 'attachment', 'import_batch',
          'register_setting')
#: More changed rows than this in one statement: the payload names none of them.
MOST_ROWS = 100

FUNCTION = f"""
CREATE OR REPLACE FUNCTION contract_desk_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    rows_changed integer;
    uids jsonb;
    versions jsonb;
    contract_ids jsonb;
BEGIN
    SELECT count(*),
           jsonb_agg(to_jsonb(r) -> 'uid'),
           jsonb_agg(to_jsonb(r) -> 'version_id'),
           jsonb_agg(DISTINCT to_jsonb(r) -> 'contract_id')
               FILTER (WHERE to_jsonb(r) ? 'contract_id')
      INTO rows_changed, uids, versions, contract_ids
      FROM (SELECT * FROM changed_rows LIMIT {MOST_ROWS + 1}) AS r;
    IF rows_changed = 0 THEN
        RETURN NULL;
    END IF;
    IF rows_changed > {MOST_ROWS} THEN
        uids := NULL; versions := NULL; contract_ids := NULL;
    END IF;
    PERFORM pg_notify('{CHANNEL}', jsonb_build_object(
        'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'by', current_user,
        'uids', uids, 'versions', versions, 'contract_ids', contract_ids)::text);
    RETURN NULL;
END $$
"""


def _postgresql() -> bool:
    return op.get_bind().dialect.name == 'postgresql'


def upgrade() -> None:
    if not _postgresql():
        return
    op.execute(FUNCTION)
    for table in TABLES:
        for event, transition in (('INSERT', 'NEW'), ('UPDATE', 'NEW'), ('DELETE', 'OLD')):
            name = f'contract_desk_notify_{table}_{event.lower()}'
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON {table}')
            op.execute(f'CREATE TRIGGER {name} AFTER {event} ON {table} '
                       f'REFERENCING {transition} TABLE AS changed_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION contract_desk_notify()')


def downgrade() -> None:
    if not _postgresql():
        return
    for table in TABLES:
        for event in ('insert', 'update', 'delete'):
            op.execute(f'DROP TRIGGER IF EXISTS contract_desk_notify_{table}_{event} ON {table}')
    op.execute('DROP FUNCTION IF EXISTS contract_desk_notify()')
