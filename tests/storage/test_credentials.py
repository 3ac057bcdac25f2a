"""A team server's password lives only in the keyring: opening a register takes it from there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from sqlalchemy.engine import make_url

from contract_desk.cli import run
from contract_desk.storage import StorageError, open_register
from contract_desk.storage.credentials import (
    CredentialsError,
    account,
    forget_password,
    remember_password,
    saved_password,
    without_password,
)
from contract_desk.storage.team import scram_verifier


class FileKeyring(KeyringBackend):
    """A keyring in one JSON file of its own (outside the data folder), as tests need one."""

    priority = 1  # type: ignore[assignment]  # keyring declares it a class property

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _all(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._all()
        stored[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._all()
        if stored.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self.path.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    before = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _without(url: str) -> str:
    return without_password(make_url(url)).render_as_string(hide_password=False)


def test_a_password_is_kept_per_login_and_forgotten(file_keyring: FileKeyring) -> None:
    kari = make_url("postgresql+psycopg://kari@db.example.org/contracts")
    lee = make_url("postgresql+psycopg://lee@db.example.org:5433/contracts")
    remember_password(kari, "Ærlig-passord-7")
    assert saved_password(kari) == "Ærlig-passord-7" and saved_password(lee) is None
    assert account(lee) == "lee@db.example.org:5433/contracts"
    forget_password(kari)
    forget_password(kari)  # twice is fine
    assert saved_password(kari) is None


def test_without_a_keyring_the_password_cannot_be_kept_and_is_not_found() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        url = make_url("postgresql+psycopg://kari@db.example.org/contracts")
        with pytest.raises(CredentialsError, match="no keyring"):
            remember_password(url, "secret-1")
        assert saved_password(url) is None
    finally:
        keyring.set_keyring(before)


#: A login of its own, so its password is found nowhere else (the test login's equals its name).
LOGIN, PASSWORD = "cdt_keyring", "Nøkkel-비밀-密码-42"


@pytest.fixture
def login_url(pg_url: str) -> Iterator[str]:
    """The test database as LOGIN (may read it), without a password in the URL."""
    owner = open_register(pg_url)  # the schema, made by its owner
    verifier = scram_verifier(PASSWORD)
    try:
        with owner.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {LOGIN}")
            connection.exec_driver_sql(f"CREATE ROLE {LOGIN} LOGIN PASSWORD '{verifier}'")
            connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {LOGIN}")
            connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {LOGIN}")
        yield _without(make_url(pg_url).set(username=LOGIN).render_as_string(
            hide_password=False))
    finally:
        with owner.engine.begin() as connection:
            connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {LOGIN}")
            connection.exec_driver_sql(f"REVOKE USAGE ON SCHEMA public FROM {LOGIN}")
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {LOGIN}")
        owner.close()


@pytest.mark.postgres
def test_a_register_opens_with_the_kept_password_and_no_file_holds_it(
        login_url: str, file_keyring: FileKeyring, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    with pytest.raises(StorageError, match="no password supplied") as refused:
        open_register(login_url)  # nothing kept yet: the server says no
    assert PASSWORD not in str(refused.value)
    remember_password(make_url(login_url), PASSWORD)
    register = open_register(login_url)
    try:
        assert PASSWORD not in register.location and PASSWORD not in repr(register)
        with register.reading() as session:
            assert session.connection().exec_driver_sql("SELECT current_user").scalar() == LOGIN
    finally:
        register.close()
    assert run(["--db", login_url, "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert PASSWORD not in out + err
    forms = (PASSWORD.encode(), json.dumps(PASSWORD)[1:-1].encode())  # as is, JSON-escaped
    written = [path for path in tmp_path.rglob("*")  # the data folder (CONTRACT_DESK_HOME) too
               if path.is_file() and path != file_keyring.path]
    # (The window's settings and recent list join this scan with the Connect dialog.)
    for path in written:
        content = path.read_bytes()
        assert not any(form in content for form in forms), path
    assert PASSWORD in file_keyring.path.read_text(encoding="utf-8")  # only the keyring does
