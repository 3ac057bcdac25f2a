"""A later release's migrations: backed up first, all or nothing, and no rows lost on SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from contract_desk.models import Attachment, Obligation
from contract_desk.services import create_contract
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.storage.backup import list_backups
from contract_desk.storage.migrations_api import (
    current_revision,
    head_revision,
    migration_transaction,
    table_names,
    upgrade,
)

Ship = Callable[[str, str, str], str]

ADD_TABLE = ('op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))',
             'op.drop_table("test_extra")')
# SQLite cannot change a column's type in place: batch mode rebuilds the whole table.
WIDEN_TITLE = (
    ('with op.batch_alter_table("contract") as batch_op:\n'
     '    batch_op.alter_column("title", type_=sa.String(600), existing_type=sa.String(500),'
     ' existing_nullable=False)'),
    ('with op.batch_alter_table("contract") as batch_op:\n'
     '    batch_op.alter_column("title", type_=sa.String(500), existing_type=sa.String(600),'
     ' existing_nullable=False)'),
)


def read_sqlite(path: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_an_older_register_file_is_backed_up_before_the_upgrade(
    tmp_path: Path, ship_migration: Ship
) -> None:
    path = tmp_path / "behind.sqlite3"
    register = open_register(path)
    with register.transaction() as session:
        create_contract(session, {"title": "Survives"}, user="t")
    old_revision = current_revision(register)
    register.close()
    ship_migration("9001", *ADD_TABLE)
    upgraded = open_register(path)
    try:
        assert current_revision(upgraded) == "9001"
        assert "test_extra" in table_names(upgraded.engine)
        backups = list_backups(upgraded)
        assert [b.reason for b in backups] == ["before-upgrade"]
        saved = backups[0].path
        assert read_sqlite(saved, "SELECT version_num FROM alembic_version") == [(old_revision,)]
        assert read_sqlite(saved, "SELECT title FROM contract") == [("Survives",)]
        with upgraded.transaction() as session:
            assert session.scalars(select(Obligation)).all() == []
    finally:
        upgraded.close()


def test_a_table_rebuilt_by_a_later_release_keeps_the_rows_that_refer_to_it(
    register: Register,
    fill_every_table: Callable[[Register], None],
    row_counts: Callable[[Register], dict[str, int]],
    ship_migration: Ship,
) -> None:
    fill_every_table(register)
    ship_migration("9002", *WIDEN_TITLE)
    assert upgrade(register) == "9002"
    # With foreign keys on, dropping the old contract table would cascade to these rows.
    assert set(row_counts(register).values()) == {1}
    with register.transaction() as session:
        obligation = session.scalars(select(Obligation)).one()
        attachment_id = session.scalars(select(Attachment.id)).one()
        assert obligation.evidence_attachment_id == attachment_id
    with register.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_migration_that_would_break_references_is_undone(
    tmp_path: Path, fill_every_table: Callable[[Register], None], ship_migration: Ship
) -> None:
    path = tmp_path / "r.sqlite3"
    register = open_register(path)
    fill_every_table(register)
    old_revision = current_revision(register)
    register.close()
    ship_migration("9003", 'op.execute("DELETE FROM party")', "pass")
    assert head_revision() == "9003"
    with pytest.raises(StorageError, match=r"r\.sqlite3.*broken reference.*contract"):
        open_register(path)
    assert read_sqlite(path, "SELECT version_num FROM alembic_version") == [(old_revision,)]
    assert read_sqlite(path, "SELECT count(*) FROM party") == [(1,)]


def test_a_migration_takes_the_write_lock_at_once_with_foreign_keys_off(
    sqlite_register: Register,
) -> None:
    assert sqlite_register.path is not None
    other = sqlite3.connect(sqlite_register.path, timeout=0)
    try:
        with migration_transaction(sqlite_register.engine) as connection:
            driver = connection.connection.driver_connection
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
            # A second process starting its own upgrade now must wait, not race.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        assert driver is not None
        assert driver.execute("PRAGMA foreign_keys").fetchone() == (1,)
        other.execute("BEGIN IMMEDIATE")  # released once the migration is over
        other.rollback()
    finally:
        other.close()


def test_a_failing_migration_changes_nothing(register: Register, ship_migration: Ship) -> None:
    before = current_revision(register)
    ship_migration("9004", 'op.create_table("half_done", sa.Column("id", sa.Integer,'
                           ' primary_key=True))\n'
                           'op.execute("INSERT INTO no_such_table VALUES (1)")', "pass")
    with pytest.raises(StorageError, match=r"cannot upgrade the register .*no_such_table"):
        upgrade(register)
    # The table made before the failure went with it: the DDL was in the transaction too.
    assert current_revision(register) == before
    assert "half_done" not in table_names(register.engine)
