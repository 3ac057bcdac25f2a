"""The whole register schema, as of Contract Desk 0.1.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Written out in full so it never changes meaning when the models change: the
column types are spelled here, not imported from the models.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: JSON everywhere, JSONB on PostgreSQL; Python None is SQL NULL.
JSON_TYPE = sa.JSON(none_as_null=True).with_variant(
    postgresql.JSONB(none_as_null=True), "postgresql"
)
#: Timestamps are stored in UTC with their zone.
TIMESTAMP = sa.DateTime(timezone=True)
#: Exact amounts: NUMERIC on PostgreSQL, canonical decimal text on SQLite (no float).
MONEY = sa.Numeric(28, 6).with_variant(sa.String(40), "sqlite")
EVIDENCE_FK = "fk_obligation_evidence_attachment_id_attachment"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _evidence_fk_inline() -> list[sa.ForeignKeyConstraint]:
    # obligation and attachment refer to each other. SQLite accepts a reference to a
    # table created later; PostgreSQL needs the constraint added once both exist.
    if not _sqlite():
        return []
    return [sa.ForeignKeyConstraint(["evidence_attachment_id"], ["attachment.id"],
                                    name=EVIDENCE_FK, ondelete="SET NULL")]


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', TIMESTAMP, nullable=False),
    sa.Column('user', sa.String(length=120), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('entity_uid', sa.String(length=36), nullable=False),
    sa.Column('contract_uid', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('changes', JSON_TYPE, nullable=False),
    sa.Column('snapshot', JSON_TYPE, nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_contract_at', ['contract_uid', 'at'], unique=False)
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_uid'], unique=False)

    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('sheet', sa.String(length=200), nullable=True),
    sa.Column('mapping', JSON_TYPE, nullable=False),
    sa.Column('counts', JSON_TYPE, nullable=False),
    sa.Column('started_at', TIMESTAMP, nullable=False),
    sa.Column('finished_at', TIMESTAMP, nullable=True),
    sa.Column('user', sa.String(length=120), nullable=False),
    sa.Column('undone_at', TIMESTAMP, nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch')),
    sa.UniqueConstraint('uid', name=op.f('uq_import_batch_uid'))
    )
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('org_number', sa.String(length=60), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('contacts', JSON_TYPE, nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', TIMESTAMP, nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', TIMESTAMP, nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party')),
    sa.UniqueConstraint('uid', name=op.f('uq_party_uid'))
    )
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_name'), ['name'], unique=False)

    op.create_table('register_setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', JSON_TYPE, nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_register_setting'))
    )
    op.create_table('contract',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('counterparty_id', sa.Integer(), nullable=True),
    sa.Column('contract_type', sa.String(length=80), nullable=True),
    sa.Column('direction', sa.String(length=10), nullable=True),
    sa.Column('department', sa.String(length=120), nullable=True),
    sa.Column('project', sa.String(length=120), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('tags', JSON_TYPE, nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('initial_term_count', sa.Integer(), nullable=True),
    sa.Column('initial_term_unit', sa.String(length=16), nullable=True),
    sa.Column('renewal', sa.String(length=10), nullable=False),
    sa.Column('renewal_term_count', sa.Integer(), nullable=True),
    sa.Column('renewal_term_unit', sa.String(length=16), nullable=True),
    sa.Column('max_renewals', sa.Integer(), nullable=True),
    sa.Column('final_end_date', sa.Date(), nullable=True),
    sa.Column('notice_period_count', sa.Integer(), nullable=True),
    sa.Column('notice_period_unit', sa.String(length=16), nullable=True),
    sa.Column('notice_buffer_days', sa.Integer(), nullable=False),
    sa.Column('notice_given_on', sa.Date(), nullable=True),
    sa.Column('value', MONEY, nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('payment_terms', sa.String(length=200), nullable=True),
    sa.Column('confidential_until', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('custom', JSON_TYPE, nullable=False),
    sa.Column('reminder_offsets', JSON_TYPE, nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('source_sheet', sa.String(length=200), nullable=True),
    sa.Column('source_row', sa.Integer(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', TIMESTAMP, nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', TIMESTAMP, nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.CheckConstraint("direction IS NULL OR direction IN ('buy', 'sell', 'other')", name=op.f('ck_contract_direction')),
    sa.CheckConstraint("initial_term_unit IS NULL OR initial_term_unit IN ('days', 'weeks', 'months', 'years', 'business_days')", name=op.f('ck_contract_initial_term_unit')),
    sa.CheckConstraint("notice_period_unit IS NULL OR notice_period_unit IN ('days', 'weeks', 'months', 'years', 'business_days')", name=op.f('ck_contract_notice_period_unit')),
    sa.CheckConstraint("renewal IS NULL OR renewal IN ('none', 'automatic', 'option')", name=op.f('ck_contract_renewal')),
    sa.CheckConstraint("renewal_term_unit IS NULL OR renewal_term_unit IN ('days', 'weeks', 'months', 'years', 'business_days')", name=op.f('ck_contract_renewal_term_unit')),
    sa.CheckConstraint("status IS NULL OR status IN ('draft', 'in_review', 'approved', 'active', 'renewed', 'terminated', 'expired', 'archived')", name=op.f('ck_contract_status')),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_contract_end_after_start')),
    sa.CheckConstraint('notice_buffer_days >= 0', name=op.f('ck_contract_notice_buffer_days')),
    sa.ForeignKeyConstraint(['counterparty_id'], ['party.id'], name=op.f('fk_contract_counterparty_id_party'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_contract_import_batch_id_import_batch'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract')),
    sa.UniqueConstraint('uid', name=op.f('uq_contract_uid'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_counterparty_id'), ['counterparty_id'], unique=False)
        batch_op.create_index('ix_contract_counterparty_title_start', ['counterparty_id', 'title', 'start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_owner'), ['owner'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_reference'), ['reference'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_status'), ['status'], unique=False)

    op.create_table('obligation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('performer', sa.String(length=12), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('amount', MONEY, nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('met_on', sa.Date(), nullable=True),
    sa.Column('evidence_note', sa.Text(), nullable=True),
    sa.Column('evidence_attachment_id', sa.Integer(), nullable=True),
    sa.Column('recurrence', sa.String(length=500), nullable=True),
    sa.Column('reminder_offsets', JSON_TYPE, nullable=True),
    sa.Column('custom', JSON_TYPE, nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', TIMESTAMP, nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', TIMESTAMP, nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.CheckConstraint("kind IN ('payment', 'delivery', 'acceptance', 'report', 'notice', 'renewal_decision', 'confidentiality', 'compliance', 'other')", name=op.f('ck_obligation_kind')),
    sa.CheckConstraint("performer IN ('us', 'counterparty')", name=op.f('ck_obligation_performer')),
    sa.CheckConstraint("status IN ('scheduled', 'met', 'partially_met', 'not_met', 'waived')", name=op.f('ck_obligation_status')),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_obligation_contract_id_contract'), ondelete='CASCADE'),
    *_evidence_fk_inline(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_obligation')),
    sa.UniqueConstraint('uid', name=op.f('uq_obligation_uid'))
    )
    with op.batch_alter_table('obligation', schema=None) as batch_op:
        batch_op.create_index('ix_obligation_contract', ['contract_id', 'due_date'], unique=False)
        batch_op.create_index('ix_obligation_due_status', ['due_date', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_obligation_owner'), ['owner'], unique=False)

    op.create_table('alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_type', sa.String(length=12), nullable=False),
    sa.Column('target_uid', sa.String(length=36), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=True),
    sa.Column('obligation_id', sa.Integer(), nullable=True),
    sa.Column('key_kind', sa.String(length=24), nullable=False),
    sa.Column('key_date', sa.Date(), nullable=False),
    sa.Column('offset_days', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('created_at', TIMESTAMP, nullable=False),
    sa.Column('notified_at', TIMESTAMP, nullable=True),
    sa.Column('acknowledged_at', TIMESTAMP, nullable=True),
    sa.Column('acknowledged_by', sa.String(length=120), nullable=True),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('decision', sa.String(length=20), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('escalated_at', TIMESTAMP, nullable=True),
    sa.Column('withdrawn_at', TIMESTAMP, nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_alert_contract_id_contract'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['obligation_id'], ['obligation.id'], name=op.f('fk_alert_obligation_id_obligation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert')),
    sa.UniqueConstraint('target_type', 'target_uid', 'key_kind', 'key_date', 'offset_days', name=op.f('uq_alert_target_type_target_uid_key_kind_key_date_offset_days'))
    )
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_obligation_id'), ['obligation_id'], unique=False)
        batch_op.create_index('ix_alert_open_due', ['acknowledged_at', 'due_on'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('obligation_id', sa.Integer(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('original_name', sa.String(length=500), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('added_at', TIMESTAMP, nullable=False),
    sa.Column('added_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_attachment_contract_id_contract'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['obligation_id'], ['obligation.id'], name=op.f('fk_attachment_obligation_id_obligation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('uid', name=op.f('uq_attachment_uid'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    if not _sqlite():
        op.create_foreign_key(EVIDENCE_FK, "obligation", "attachment",
                              ["evidence_attachment_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    if not _sqlite():
        op.drop_constraint(EVIDENCE_FK, "obligation", type_="foreignkey")
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_contract_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.drop_index('ix_alert_open_due')
        batch_op.drop_index(batch_op.f('ix_alert_obligation_id'))
        batch_op.drop_index(batch_op.f('ix_alert_contract_id'))

    op.drop_table('alert')
    with op.batch_alter_table('obligation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_obligation_owner'))
        batch_op.drop_index('ix_obligation_due_status')
        batch_op.drop_index('ix_obligation_contract')

    op.drop_table('obligation')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_status'))
        batch_op.drop_index(batch_op.f('ix_contract_start_date'))
        batch_op.drop_index(batch_op.f('ix_contract_reference'))
        batch_op.drop_index(batch_op.f('ix_contract_owner'))
        batch_op.drop_index(batch_op.f('ix_contract_import_batch_id'))
        batch_op.drop_index(batch_op.f('ix_contract_end_date'))
        batch_op.drop_index('ix_contract_counterparty_title_start')
        batch_op.drop_index(batch_op.f('ix_contract_counterparty_id'))

    op.drop_table('contract')
    op.drop_table('register_setting')
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_name'))

    op.drop_table('party')
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batch_file_sha256'))

    op.drop_table('import_batch')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_entity')
        batch_op.drop_index('ix_audit_event_contract_at')

    op.drop_table('audit_event')
