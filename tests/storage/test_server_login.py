"""Trying a team server's login: one sentence a person can act on, for each way it fails."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy.engine import make_url

from contract_desk.storage import open_register
from contract_desk.storage.server import ServerLogin, try_login


def _login(pg_url: str, **changes: object) -> tuple[ServerLogin, str]:
    url = make_url(pg_url)
    login = ServerLogin(url.host or "127.0.0.1", url.database or "", url.username or "",
                        url.port or 5432)
    fields = {"host": login.host, "database": login.database, "user": login.user,
              "port": login.port, "tls": login.tls, **changes}
    return ServerLogin(**fields), url.password or ""  # type: ignore[arg-type]


def test_the_url_holds_no_password_and_reads_back() -> None:
    login = ServerLogin("db.example.org", "contracts", "kari", 5433, "require")
    url = login.url()
    assert url.password is None
    assert url.render_as_string(hide_password=False) == (
        "postgresql+psycopg://kari@db.example.org:5433/contracts?sslmode=require")
    assert ServerLogin.from_url(url) == login
    assert ServerLogin("", "contracts", "kari", 0).problems() == {
        "host": "required", "port": "a port is a number from 1 to 65535"}


@pytest.mark.postgres
def test_an_empty_database_and_a_register_are_told_apart(pg_url: str) -> None:
    login, password = _login(pg_url)
    empty = try_login(login, password)
    assert empty.ok and not empty.is_register and "holds no register yet" in empty.sentence
    open_register(pg_url).close()
    found = try_login(login, password)
    assert found.ok and found.is_register and found.sentence.startswith(
        f"Connected to the register {login.database} on {login.host}")


@pytest.mark.postgres
def test_each_refusal_is_one_sentence_without_the_password(
        pg_url: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    login, password = _login(pg_url)
    free_port = socket.socket()
    free_port.bind(("127.0.0.1", 0))
    port = free_port.getsockname()[1]
    free_port.close()
    cases = {
        "refused the user name": (login, "not-the-password"),
        "needs a password": (login, None),
        "There is no database": (_login(pg_url, database="no_such_register")[0], password),
        "No PostgreSQL server answers": (_login(pg_url, port=port)[0], password),
    }
    for expected, (tried, given) in cases.items():
        trial = try_login(tried, given)
        assert not trial.ok and expected in trial.sentence, trial.sentence
        assert "\n" not in trial.sentence and (not given or given not in trial.sentence)
