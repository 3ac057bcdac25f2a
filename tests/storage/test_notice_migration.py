"""Revision 0008: the contract_notice table comes and goes, every other row stays."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import inspect, text
from test_schema import schema_differences

from contract_desk.storage import Register
from contract_desk.storage.migrations_api import current_revision, downgrade, head_revision, upgrade


def test_0008_adds_contract_notice_and_going_back_keeps_every_other_row(
    register: Register,
    fill_every_table: Callable[[Register], None],
    row_counts: Callable[[Register], dict[str, int]],
) -> None:
    fill_every_table(register)
    assert row_counts(register)["contract_notice"] == 1
    downgrade(register, "0007")
    assert current_revision(register) == "0007"
    with register.engine.connect() as connection:
        assert "contract_notice" not in inspect(connection).get_table_names()
    kept = row_counts(register)
    assert "contract_notice" not in kept and set(kept.values()) == {1}
    assert upgrade(register) == head_revision()
    assert schema_differences(register) == []
    with register.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO contract_notice (uid, contract_id, direction, sent_on, channel, "
            "proof_uids, recorded_at, recorded_by) SELECT 'u-1', id, 'received', "
            "'2026-12-01', 'email', '[]', CURRENT_TIMESTAMP, '' FROM contract"))
    assert row_counts(register)["contract_notice"] == 1
