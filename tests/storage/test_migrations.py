"""Schema migrations: open = upgrade, the schema equals the models, up and down, refusals."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from contract_desk.models import Base, Contract
from contract_desk.services import create_contract
from contract_desk.storage import Register, StorageError, migrations_api, open_register
from contract_desk.storage.backup import list_backups
from contract_desk.storage.migrations_api import (
    current_revision,
    downgrade,
    head_revision,
    table_names,
    upgrade,
)


def schema_differences(register: Register) -> list[object]:
    with register.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_a_new_register_is_at_head_and_matches_the_models(register: Register) -> None:
    assert current_revision(register) == head_revision()
    assert schema_differences(register) == []


def test_down_to_nothing_and_up_again_on_a_populated_register(register: Register) -> None:
    with register.transaction() as session:
        create_contract(session, {"title": "Kept?", "value": "10", "currency": "EUR"}, user="t")
    downgrade(register, "base")
    assert current_revision(register) is None
    assert table_names(register.engine) <= {"alembic_version"}
    assert upgrade(register) == head_revision()
    assert schema_differences(register) == []
    with register.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Contract)) == 0
        create_contract(session, {"title": "Works again"}, user="t")


def test_reopening_an_up_to_date_register_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    open_register(path).close()
    register = open_register(path)
    try:
        assert list_backups(register) == []
    finally:
        register.close()


def test_a_register_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_register(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff-from-the-future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version of Contract Desk"):
        open_register(path)
    assert path.read_bytes() == before


NEXT_REVISION = textwrap.dedent("""
    from alembic import op
    import sqlalchemy as sa

    revision = "9001"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None

    def upgrade():
        op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))

    def downgrade():
        op.drop_table("test_extra")
""")


def install_newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled migrations plus one more revision, as a newer release would ship."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_api.MIGRATIONS, folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (folder / "versions" / "9001_test_extra.py").write_text(
        NEXT_REVISION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrations_api, "MIGRATIONS", folder)
    return folder


def test_an_older_register_file_is_backed_up_before_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "behind.sqlite3"
    register = open_register(path)
    with register.transaction() as session:
        create_contract(session, {"title": "Survives"}, user="t")
    old_revision = current_revision(register)
    register.close()
    install_newer_migrations(tmp_path, monkeypatch)
    upgraded = open_register(path)
    try:
        assert current_revision(upgraded) == "9001"
        assert "test_extra" in table_names(upgraded.engine)
        backups = list_backups(upgraded)
        assert [b.reason for b in backups] == ["before-upgrade"]
        with sqlite3.connect(backups[0].path) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
                old_revision,)
            assert copy.execute("SELECT title FROM contract").fetchall() == [("Survives",)]
        copy.close()
        with upgraded.transaction() as session:
            assert session.scalar(select(Contract.title)) == "Survives"
    finally:
        upgraded.close()


def test_another_apps_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO photo (name) VALUES ('cat.jpg')")
    connection.close()
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(StorageError, match=r"not a Contract Desk register.*photo"):
        open_register(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("content", [b"PK\x03\x04 an xlsx, not a database", b"hello"])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "register.xlsx"
    path.write_bytes(content)
    with pytest.raises(StorageError, match="not a Contract Desk register"):
        open_register(path)
    assert path.read_bytes() == content


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder"):
        open_register(tmp_path)


def test_a_missing_file_is_created_only_when_asked(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no register"):
        open_register(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_postgres_register_migrates_too(pg_url: str) -> None:
    register = open_register(pg_url)
    try:
        assert current_revision(register) == head_revision()
        assert schema_differences(register) == []
        with register.engine.connect() as connection:
            kind = connection.execute(text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'contract' AND column_name = 'custom'")).scalar()
        assert kind == "jsonb"
    finally:
        register.close()
    engine = create_engine(pg_url)
    try:
        assert "contract" in table_names(engine)
    finally:
        engine.dispose()
