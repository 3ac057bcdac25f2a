"""The migrated schema is the models' schema, on SQLite and PostgreSQL, and it goes down and up."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, inspect, text

from contract_desk.models import Base
from contract_desk.storage import Register, open_register
from contract_desk.storage.migrations_api import (
    VERSION_TABLE,
    current_revision,
    downgrade,
    head_revision,
    table_names,
    upgrade,
)

MODELS_SCHEMA = "models_reference"


def schema_differences(register: Register) -> list[object]:
    """What alembic autogenerate would change to make the database match the models."""
    with register.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def sqlite_ddl(path: Path) -> dict[str, list[str]]:
    """Every table and index statement, its clauses sorted (their order means nothing)."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name != ?",
            (VERSION_TABLE,)).fetchall()
    finally:
        connection.close()
    # A table a migration rebuilt was renamed into place, and SQLite then stores its
    # name quoted (CREATE TABLE "contract"): the same table, so the quotes are dropped.
    # A column a migration added (ALTER TABLE ADD COLUMN) is appended to the line of the
    # last one: each clause is taken on its own.
    return {name: sorted(clause.strip().replace(f'CREATE TABLE "{name}"', f"CREATE TABLE {name}")
                         for line in sql.splitlines() for clause in _clauses(line)
                         if clause.strip())
            for name, sql in rows}


def _clauses(line: str) -> list[str]:
    """``line`` split at its commas outside parentheses."""
    clauses, depth, start = [], 0, 0
    for at, char in enumerate(line):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            clauses.append(line[start:at])
            start = at + 1
    return [*clauses, line[start:]]


PG_SHAPE_QUERIES = (
    ("SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision,"
     " numeric_scale, is_nullable, column_default FROM information_schema.columns"
     " WHERE table_schema = :schema AND table_name != 'alembic_version'"),
    ("SELECT cl.relname, con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con"
     " JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
     " WHERE ns.nspname = :schema AND cl.relname != 'alembic_version'"),
    ("SELECT tablename, indexname, indexdef FROM pg_indexes"
     " WHERE schemaname = :schema AND tablename != 'alembic_version'"),
)


def pg_shape(connection: Connection, schema: str) -> set[tuple[str, ...]]:
    """Columns, constraint and index definitions of one schema, schema name left out."""
    shape = set()
    for query in PG_SHAPE_QUERIES:
        for row in connection.execute(text(query), {"schema": schema}):
            shape.add(tuple(str(value).replace(f"{schema}.", "") for value in row))
    return shape


def test_a_new_register_is_at_head_and_matches_the_models(register: Register) -> None:
    assert current_revision(register) == head_revision()
    assert schema_differences(register) == []


def test_the_migrated_sqlite_schema_is_exactly_what_the_models_declare(tmp_path: Path) -> None:
    open_register(tmp_path / "migrated.sqlite3").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'models.sqlite3'}")
    Base.metadata.create_all(engine)
    engine.dispose()
    migrated = sqlite_ddl(tmp_path / "migrated.sqlite3")
    assert "contract" in migrated and "ix_obligation_due_status" in migrated
    assert migrated == sqlite_ddl(tmp_path / "models.sqlite3")


def test_the_migrated_postgres_schema_is_exactly_what_the_models_declare(pg_url: str) -> None:
    open_register(pg_url).close()
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {MODELS_SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {MODELS_SCHEMA}"))
        Base.metadata.create_all(
            engine.execution_options(schema_translate_map={None: MODELS_SCHEMA}))
        with engine.connect() as connection:
            migrated = pg_shape(connection, "public")
            from_models = pg_shape(connection, MODELS_SCHEMA)
        assert ("contract", "custom", "jsonb", "None", "None", "None", "NO", "None") in migrated
        assert migrated == from_models
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {MODELS_SCHEMA} CASCADE"))
        engine.dispose()


def test_down_to_nothing_and_up_again_on_a_fresh_register(register: Register) -> None:
    assert downgrade(register, "base") is None
    assert table_names(register.engine) <= {VERSION_TABLE}
    assert upgrade(register) == head_revision()
    assert schema_differences(register) == []


def test_down_to_nothing_and_up_again_on_a_filled_register(
    register: Register,
    fill_every_table: Callable[[Register], None],
    row_counts: Callable[[Register], dict[str, int]],
) -> None:
    fill_every_table(register)
    assert set(row_counts(register).values()) == {1}
    downgrade(register, "base")
    assert current_revision(register) is None
    assert table_names(register.engine) <= {VERSION_TABLE}
    assert upgrade(register) == head_revision()
    assert schema_differences(register) == []
    assert set(row_counts(register).values()) == {0}
    fill_every_table(register)  # the rebuilt schema takes the same data again
    assert set(row_counts(register).values()) == {1}


def test_amounts_are_exact_text_on_sqlite(
    sqlite_register: Register, fill_every_table: Callable[[Register], None]
) -> None:
    fill_every_table(sqlite_register)
    with sqlite_register.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT typeof(value), value FROM contract").one()
    assert tuple(stored) == ("text", "1234567.89")


def test_0002_adds_the_next_reminder_days_keeping_every_row(
    register: Register,
    fill_every_table: Callable[[Register], None],
    row_counts: Callable[[Register], dict[str, int]],
) -> None:
    fill_every_table(register)
    downgrade(register, "0001")
    before = row_counts(register)
    with register.engine.connect() as connection:
        assert "next_reminder_on" not in {
            column["name"] for column in inspect(connection).get_columns("obligation")}
    assert upgrade(register) == head_revision()
    after = row_counts(register)
    assert {table: after[table] for table in before} == before  # later tables start empty
    assert schema_differences(register) == []
    with register.engine.connect() as connection:
        for table in ("contract", "obligation"):
            days = connection.execute(text(f"SELECT next_reminder_on FROM {table}")).all()
            assert days == [(None,)]  # unknown: the next reminder check computes it


def test_0006_records_alerts_notified_before_as_told_to_anyone(register: Register) -> None:
    from datetime import date

    from contract_desk.services import create_contract
    from contract_desk.services.reminders.raising import check_reminders, mark_notified

    with register.transaction() as session:
        create_contract(session, {"reference": "N-1", "title": "Notice", "start_date":
                                  "2025-01-01", "end_date": "2026-03-20",
                                  "notice_period": "1 month"}, user="t")
        run = check_reminders(session, today=date(2026, 2, 10))
        told = run.fired[0].id
        mark_notified(session, [told])
    downgrade(register, "0005")
    with register.engine.connect() as connection:
        assert "alert_notice" not in inspect(connection).get_table_names()
    assert upgrade(register) == head_revision()
    assert schema_differences(register) == []
    with register.engine.connect() as connection:
        notices = connection.execute(text("SELECT alert_id, person FROM alert_notice")).all()
    assert [tuple(row) for row in notices] == [(told, "")]
