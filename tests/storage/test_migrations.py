"""Opening a register: only our own databases are opened, anything else is refused untouched."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from contract_desk.services import create_contract
from contract_desk.storage import StorageError, open_register
from contract_desk.storage.backup import list_backups
from contract_desk.storage.migrations_api import current_revision, head_revision, table_names


def make_sqlite(path: Path, *statements: str) -> tuple[bytes, int]:
    """A SQLite file built by plain sqlite3; returns its bytes and mtime."""
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path.read_bytes(), path.stat().st_mtime_ns


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_reopening_an_up_to_date_register_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    register = open_register(path)
    with register.transaction() as session:
        create_contract(session, {"title": "Kept"}, user="t")
    register.close()
    register = open_register(path)
    try:
        assert current_revision(register) == head_revision()
        assert list_backups(register) == []
    finally:
        register.close()


def test_a_register_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_register(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff-from-the-future'")
    connection.close()
    before = fingerprint(path)
    with pytest.raises(StorageError, match=r"future\.sqlite3 was made by a newer version"):
        open_register(path)
    assert fingerprint(path) == before


def test_another_apps_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    before = make_sqlite(path, "CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)",
                         "INSERT INTO photo (name) VALUES ('cat.jpg')")
    with pytest.raises(StorageError, match=r"photos\.db is not a Contract Desk register.*photo"):
        open_register(path)
    assert fingerprint(path) == before


def test_another_alembic_apps_database_is_not_taken_for_a_newer_register(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    before = make_sqlite(path, "CREATE TABLE alembic_version (version_num VARCHAR(32))",
                         "INSERT INTO alembic_version VALUES ('3f2a9c0d1e7b')",
                         "CREATE TABLE customer (id INTEGER PRIMARY KEY)")
    with pytest.raises(StorageError, match=r"not a Contract Desk register.*customer.*3f2a9c0d1e7b"):
        open_register(path)
    assert fingerprint(path) == before


def test_a_foreign_database_that_happens_to_use_our_revision_id_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other.db"
    before = make_sqlite(path, "CREATE TABLE alembic_version (version_num VARCHAR(32))",
                         f"INSERT INTO alembic_version VALUES ('{head_revision()}')",
                         "CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    with pytest.raises(StorageError, match=r"not a Contract Desk register.*invoice"):
        open_register(path)
    assert fingerprint(path) == before


def test_sqlites_own_statistics_table_does_not_make_a_register_foreign(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    open_register(path).close()
    make_sqlite(path, "ANALYZE")  # creates sqlite_stat1
    register = open_register(path)
    try:
        assert current_revision(register) == head_revision()
    finally:
        register.close()


@pytest.mark.parametrize("content", [b"PK\x03\x04 an xlsx, not a database", b"hello"])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "register.xlsx"
    path.write_bytes(content)
    before = fingerprint(path)
    with pytest.raises(StorageError, match=r"register\.xlsx is not a Contract Desk register"):
        open_register(path)
    assert fingerprint(path) == before


def test_a_damaged_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    open_register(path).close()
    # Keep the header, scribble over the schema page.
    path.write_bytes(path.read_bytes()[:100] + b"\xff" * 4000)
    before = fingerprint(path)
    with pytest.raises(StorageError, match=r"damaged\.sqlite3"):
        open_register(path)
    assert fingerprint(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match=f"{tmp_path.name} is a folder"):
        open_register(tmp_path)


def test_a_missing_file_is_created_only_when_asked(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no register"):
        open_register(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_postgres_database_of_another_app_is_refused_untouched(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE ledger (id integer PRIMARY KEY)"))
        with pytest.raises(StorageError, match=r"not a Contract Desk register.*ledger"):
            open_register(pg_url)
        assert table_names(engine) == {"ledger"}
    finally:
        engine.dispose()


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StorageError, match="cannot open the register postgresql") as caught:
        open_register("postgresql+psycopg://nobody:s3cret@127.0.0.1:1/none?connect_timeout=2")
    assert "s3cret" not in str(caught.value)


def test_a_register_where_no_folder_can_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(StorageError, match=r"cannot make the folder .*not-a-folder"):
        open_register(blocker / "inside" / "r.sqlite3")


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    # Opening a register reads the scripts' revisions without importing Alembic.
    from alembic.script import ScriptDirectory

    from contract_desk.storage import migrations_api

    scripts = ScriptDirectory.from_config(migrations_api.alembic_config())
    chain = migrations_api._revision_chain()
    assert chain == {script.revision: script.down_revision
                     for script in scripts.walk_revisions()}
    assert migrations_api.head_revision() == scripts.get_current_head()
    assert migrations_api.known_revisions() == set(chain)


def test_opening_a_register_that_is_up_to_date_does_not_import_alembic(tmp_path: Path) -> None:
    made = open_register(tmp_path / "r.sqlite3")
    made.close()
    code = ("import sys; from contract_desk.storage import open_register; "
            f"open_register({str(tmp_path / 'r.sqlite3')!r}).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('alembic', 'mako', 'pygments')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stdout
