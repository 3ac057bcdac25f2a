"""Storage test helpers: a register with a row in every table, and a later release's migration."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from contract_desk.models import (
    Alert,
    Attachment,
    AuditEvent,
    Contract,
    ContractNotice,
    ImportBatch,
    Obligation,
    Party,
    RegisterSetting,
)
from contract_desk.storage import Register, migrations_api

EVERY_TABLE = (Party, ImportBatch, Contract, Obligation, Attachment, Alert, AuditEvent,
               RegisterSetting, ContractNotice)

REVISION_TEMPLATE = '''\
from alembic import op
import sqlalchemy as sa

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade():
{upgrade}


def downgrade():
{downgrade}
'''


def _fill(register: Register) -> None:
    with register.transaction() as session:
        party = Party(name="Nordlys Renhold AS")
        batch = ImportBatch(file_name="register.xlsx", file_sha256="0" * 64)
        session.add_all([party, batch])
        session.flush()
        contract = Contract(
            title="Cleaning", counterparty_id=party.id, import_batch_id=batch.id,
            value=Decimal("1234567.89"), currency="NOK", start_date=date(2025, 1, 1),
            end_date=date(2025, 12, 31), custom={"Region": "Nord"}, tags=["facility"])
        session.add(contract)
        session.flush()
        obligation = Obligation(contract_id=contract.id, kind="payment", title="Q1",
                                due_date=date(2025, 3, 31), amount=Decimal("100.25"),
                                currency="NOK")
        session.add(obligation)
        session.flush()
        attachment = Attachment(contract_id=contract.id, obligation_id=obligation.id,
                                sha256="a" * 64, size=3, original_name="receipt.pdf")
        session.add(attachment)
        session.flush()
        # obligation and attachment refer to each other: the cycle a migration must survive.
        obligation.evidence_attachment_id = attachment.id
        session.add_all([
            Alert(target_type="obligation", target_uid=obligation.uid, contract_id=contract.id,
                  obligation_id=obligation.id, key_kind="due", key_date=date(2025, 3, 31),
                  offset_days=7, due_on=date(2025, 3, 24)),
            AuditEvent(entity="contract", entity_uid=contract.uid, contract_uid=contract.uid,
                       action="create", changes={"title": [None, "Cleaning"]}),
            RegisterSetting(key="layout", value={"columns": ["title"]}),
            ContractNotice(contract_id=contract.id, direction="given", sent_on=date(2025, 9, 1),
                           channel="registered_post", effective_end=date(2025, 12, 31),
                           proof_uids=[attachment.uid]),
        ])


def _counts(register: Register) -> dict[str, int]:
    # A table a later revision adds is not there once downgraded below it.
    present = set(inspect(register.engine).get_table_names())
    with register.transaction() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in EVERY_TABLE if model.__tablename__ in present}


@pytest.fixture
def fill_every_table() -> Callable[[Register], None]:
    """Put one linked row in every table of a register (obligation ↔ attachment cycle too)."""
    return _fill


@pytest.fixture
def row_counts() -> Callable[[Register], dict[str, int]]:
    """How many rows each table of a register holds."""
    return _counts


@pytest.fixture
def ship_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str, str, str], str]:
    """Add a revision on top of the bundled ones, as a later release would ship it.

    Call with (revision id, body of upgrade(), body of downgrade()); returns the id.
    """
    folder = tmp_path / "newer-migrations"
    shutil.copytree(migrations_api.MIGRATIONS, folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrations_api, "MIGRATIONS", folder)

    def add(revision: str, upgrade: str, downgrade: str) -> str:
        script = REVISION_TEMPLATE.format(
            revision=revision, down_revision=migrations_api.head_revision(),
            upgrade=textwrap.indent(textwrap.dedent(upgrade).strip(), "    "),
            downgrade=textwrap.indent(textwrap.dedent(downgrade).strip(), "    "))
        (folder / "versions" / f"{revision}_test.py").write_text(script, encoding="utf-8")
        return revision

    return add
