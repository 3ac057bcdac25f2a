"""Where a register is (argument, $CONTRACT_DESK_DB, default) and what opening one gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from contract_desk.storage import open_register, resolve_database_url


def test_the_default_register_lives_in_the_data_folder(isolated_home: Path) -> None:
    url = resolve_database_url(None)
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(isolated_home / "register.sqlite3")


def test_contract_desk_db_names_a_file_or_a_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTRACT_DESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_database_url(None).database == str(tmp_path / "env.sqlite3")
    monkeypatch.setenv("CONTRACT_DESK_DB", "postgresql+psycopg://kari@db.example/contracts")
    url = resolve_database_url(None)
    assert url.get_backend_name() == "postgresql" and url.database == "contracts"
    assert url.host == "db.example" and url.username == "kari"


def test_an_argument_beats_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTRACT_DESK_DB", "postgresql+psycopg://kari@db.example/contracts")
    url = resolve_database_url(tmp_path / "mine.sqlite3")
    assert (url.get_backend_name(), url.database) == ("sqlite", str(tmp_path / "mine.sqlite3"))


def test_relative_and_home_paths_become_absolute_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_database_url("team.sqlite3").database == str(tmp_path / "team.sqlite3")
    monkeypatch.setenv("HOME", str(tmp_path / "kari"))
    expected = tmp_path / "kari" / "registers" / "r.sqlite3"
    assert resolve_database_url("~/registers/r.sqlite3").database == str(expected)


def test_a_url_that_cannot_be_read_says_so() -> None:
    with pytest.raises(ValueError, match=r"cannot read 'nonsense://::' as a database URL"):
        resolve_database_url("nonsense://::")


def test_opening_without_a_target_uses_contract_desk_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-env" / "shared.sqlite3"
    monkeypatch.setenv("CONTRACT_DESK_DB", str(target))
    register = open_register()
    try:
        assert register.path == target and target.is_file()
        assert register.home == target.parent
        assert register.backups_dir == target.parent / "shared-backups"
        assert register.attachments_dir == target.parent / "shared-attachments"
    finally:
        register.close()


def test_a_postgres_register_keeps_its_files_in_the_data_folder(
    pg_url: str, isolated_home: Path
) -> None:
    register = open_register(pg_url)
    try:
        assert register.path is None
        assert register.home.parent == isolated_home / "servers"
        assert "127.0.0.1" in register.home.name
        assert register.attachments_dir.parent == register.home
    finally:
        register.close()


def test_a_postgres_register_survives_a_connection_the_server_dropped(pg_url: str) -> None:
    register = open_register(pg_url)
    killer = create_engine(pg_url)
    try:
        with register.engine.connect() as connection:
            pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        with killer.connect() as connection:
            terminated = connection.execute(
                # Waits (up to 5 s) until the backend is really gone.
                text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid}).scalar()
        assert terminated is True
        # The pooled connection is dead; pre-ping notices and replaces it.
        with register.engine.connect() as connection:
            assert connection.execute(text("SELECT pg_backend_pid()")).scalar() != pid
    finally:
        killer.dispose()
        register.close()
