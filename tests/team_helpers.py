"""A team register on the test PostgreSQL server, with three colleagues' logins.

The fixtures ``team_url`` (a fresh database of its own, next to the test
database, dropped afterwards) and ``team`` (that database after ``team init``
and ``team add-user`` for each of :data:`PEOPLE`) live in ``tests/conftest.py``
and are made here. Needs a test login with CREATEDB and CREATEROLE (``.ci/run``
makes it). Importable from every test folder (tests/ is on sys.path).
"""

from __future__ import annotations

import gc
import io
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from contract_desk.cli import run

#: Logins these tests make (PostgreSQL roles belong to the whole server).
PEOPLE = {"cdt_kari": "viewer", "cdt_lee": "editor", "cdt_wang": "admin"}
#: Passwords in the register's languages (never printed).
PASSWORDS = {"cdt_kari": "Ærlig-passord-7", "cdt_lee": "비밀번호-2026", "cdt_wang": "密码-合同-9"}


def drop_people(url: str) -> None:
    """Remove the logins these tests make."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for name in [*PEOPLE, "cdt_new"]:
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    finally:
        engine.dispose()


def drop_database(admin: Engine, database: str) -> None:
    """Drop a test's database once the logins' sessions on it have ended."""
    # A login's connection may take a moment to end after its engine is disposed.
    gc.collect()
    for _ in range(3):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{database}"'))
            return
        except OperationalError:  # PostgreSQL waited 5 s for the other sessions to end
            time.sleep(0.25)
    # Still open: a connection a window had checked out when its test closed the register
    # goes back to the disposed pool and stays until garbage collection. End it, and say
    # so. The test owner may end only sessions of roles it is a member of (WITH (FORCE)
    # needs that too); it made the test logins (CREATEROLE), so it may join them.
    with admin.connect() as connection:
        lingering = connection.execute(text(
            "SELECT pid, usename FROM pg_stat_activity "
            "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": database}).all()
        for pid, login in lingering:
            if login in PEOPLE or login == "cdt_new":
                connection.execute(text(f'GRANT "{login}" TO CURRENT_USER'))
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        print(f"\nteam_helpers: ended {len(lingering)} lingering session(s) on {database}: "
              f"{sorted({login for _pid, login in lingering})}")
        connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))


def fresh_team_database(pg_url: str) -> Iterator[str]:
    """The owner's URL of a fresh database of its own (next to the test database)."""
    base = make_url(pg_url)
    database = f"{base.database}_team"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    url = base.set(database=database).render_as_string(hide_password=False)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}"'))
            drop_people(base.render_as_string(hide_password=False))
            connection.execute(text(f'CREATE DATABASE "{database}"'))
        yield url
    finally:
        drop_database(admin, database)
        drop_people(base.render_as_string(hide_password=False))
        admin.dispose()


def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """Run ``contract-desk ARGV``: (exit code, out, err); no password in either."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run(list(argv))
    out, err = capsys.readouterr()
    for password in PASSWORDS.values():
        assert password not in out and password not in err
    return code, out, err


def as_person(url: str, name: str) -> str:
    """``url`` with one of :data:`PEOPLE`'s login and password."""
    return make_url(url).set(username=name, password=PASSWORDS[name]).render_as_string(
        hide_password=False)


def set_up_team(team_url: str, capsys: pytest.CaptureFixture[str],
                monkeypatch: pytest.MonkeyPatch) -> str:
    """``team init`` and ``team add-user`` for each of :data:`PEOPLE`; the owner's URL."""
    code, out, _ = cli(capsys, monkeypatch, "team", "init", "--db", team_url)
    assert code == 0 and "granted viewer, editor, admin" in out
    for name, role in PEOPLE.items():
        code, out, _ = cli(capsys, monkeypatch, "team", "add-user", name, "--role", role,
                           "--password-stdin", "--db", team_url, stdin=PASSWORDS[name] + "\n")
        assert code == 0 and f"{name} added as {role}" in out
        assert "File → Connect to a team register" in out
    return team_url
