"""The reminder check's writes of its index skip the change notices' comparison.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

On PostgreSQL each UPDATE of a contract or obligation runs 0005's notice
function, which compares every changed row before and after as JSON to find
what a person would see (0016's columns left out). The reminder check's
stores of its index (the next reminder days, ``services.reminders.days``)
never change anything a person sees, yet paid that comparison for every row:
on a team register of 100,000 contracts and 300,000 obligations, half of the
9 to 19 seconds a check took to store the days (measured). The check now says
so for those statements alone (``contract_desk.bookkeeping`` set to ``on``,
local to the transaction, turned off again after them), and the function then
returns at once for contracts and obligations. Every other table, and every
other statement, is compared as before. SQLite has no such function.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = 'contract_desk'
MOST_ROWS = 100
#: Columns whose change alone is bookkeeping (0005's and 0016's).
BOOKKEEPING = ("- 'next_reminder_on' - 'updated_at' - 'next_reminder_kind' "
               "- 'next_reminder_key' - 'after_reminder_key_on'")
#: What the reminder check sets around its index's statements (``days.index_writes``).
SKIP = ("IF TG_TABLE_NAME IN ('contract', 'obligation')\n"
        "       AND current_setting('contract_desk.bookkeeping', true) = 'on' THEN\n"
        "        RETURN NULL;\n"
        "    END IF;\n    ")


def _function(skip: str) -> str:
    """0016's notice function, returning at once where ``skip`` says so."""
    return f"""
CREATE OR REPLACE FUNCTION contract_desk_notify_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    rows_changed integer;
    uids jsonb;
    versions jsonb;
    contract_ids jsonb;
BEGIN
    {skip}SELECT count(*),
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


def upgrade() -> None:
    if _postgresql():
        op.execute(_function(SKIP))


def downgrade() -> None:
    if _postgresql():
        op.execute(_function(""))
