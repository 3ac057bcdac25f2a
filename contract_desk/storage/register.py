"""An open register: one engine, one sessionmaker, the folders beside the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from contract_desk.storage.locations import data_dir, resolve_database_url
from contract_desk.storage.migrations_api import (
    VERSION_TABLE,
    SchemaError,
    check_is_register,
    check_state,
    head_revision,
    upgrade_engine,
)
from contract_desk.storage.sqlite_setup import configure_sqlite_engine

SQLITE_MAGIC = b"SQLite format 3\x00"


class StorageError(RuntimeError):
    """The register cannot be opened, migrated, backed up or restored; the message says why."""


@dataclass
class Register:
    """An open register. Make one at start-up; take a Session per user action."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]
    warnings: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.url.get_backend_name() != "sqlite" or not self.url.database:
            return None
        if self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def home(self) -> Path:
        """The folder that holds the attachment store and backups of this register."""
        path = self.path
        if path is not None:
            return path.parent
        return data_dir() / "servers" / _safe_name(self.url)

    @property
    def attachments_dir(self) -> Path:
        """The content-addressed store of attachment files."""
        path = self.path
        stem = path.stem if path is not None else "register"
        return self.home / f"{stem}-attachments"

    @property
    def backups_dir(self) -> Path:
        """Where automatic and manual backups of this register go."""
        path = self.path
        stem = path.stem if path is not None else "register"
        return self.home / f"{stem}-backups"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A Session for one user action, committed on success, rolled back on error."""
        with self.session_factory() as session, session.begin():
            yield session

    def close(self) -> None:
        """Release every connection to the database."""
        self.engine.dispose()


def _safe_name(url: URL) -> str:
    parts = [url.get_backend_name(), url.host or "local", str(url.port or ""), url.database or ""]
    return "-".join(part for part in parts if part).replace("/", "_").replace("\\", "_")


def _is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_MAGIC


def _check_file(path: Path) -> None:
    # Read-only and before any PRAGMA: even switching the journal mode would write to
    # the file of another application's database.
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a register file")
    if not path.exists() or path.stat().st_size == 0:
        return
    if not _is_sqlite_file(path):
        raise StorageError(
            f"{path} is not a Contract Desk register (not an SQLite database file). "
            "Nothing was changed."
        )
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if VERSION_TABLE in tables:
                row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{path} cannot be read as a register: {error}") from None
    try:
        check_state(tables, revision, str(path))
    except SchemaError as error:
        raise StorageError(str(error)) from None


def _engine(url: URL, warnings: list[str]) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        path = None if url.database in (None, "", ":memory:") else Path(url.database)
        configure_sqlite_engine(engine, path, warnings)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_register(
    target: str | Path | URL | None = None, *, create: bool = True, backup_keep: int = 10
) -> Register:
    """Open the register at ``target`` (see resolve_database_url), creating or upgrading it.

    A SQLite file behind the newest schema is backed up before it is upgraded.
    Another application's database, or one made by a newer Contract Desk, is
    refused with a StorageError and left untouched.
    """
    url = target if isinstance(target, URL) else resolve_database_url(target)
    register = Register(url, create_engine("sqlite://"), sessionmaker())  # replaced below
    path = register.path
    if path is not None:
        _check_file(path)
        if not path.exists() and not create:
            raise StorageError(f"there is no register at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
    register.engine = _engine(url, register.warnings)
    register.session_factory = sessionmaker(register.engine, expire_on_commit=False)
    try:
        _bring_up_to_date(register, backup_keep)
    except SchemaError as error:
        register.close()
        raise StorageError(str(error)) from None
    except (OperationalError, DatabaseError) as error:
        register.close()
        where = path or url.render_as_string(hide_password=True)
        raise StorageError(f"cannot open the register {where}: {error.orig}") from None
    return register


def _bring_up_to_date(register: Register, backup_keep: int) -> None:
    where = str(register.path or register.url.render_as_string(hide_password=True))
    revision = check_is_register(register.engine, where)
    if revision == head_revision():
        return
    if revision is not None and register.path is not None:
        from contract_desk.storage.backup import backup

        backup(register, reason="before-upgrade", keep=backup_keep)
    upgrade_engine(register.engine)
