"""An open register: one engine, one sessionmaker, the folders beside the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from contract_desk.models import Base
from contract_desk.storage.locations import data_dir, resolve_database_url


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


def open_register(target: str | Path | URL | None = None, *, create: bool = True) -> Register:
    """Open (and create or upgrade) the register at ``target``; see resolve_database_url."""
    url = target if isinstance(target, URL) else resolve_database_url(target)
    engine = create_engine(url)
    register = Register(url, engine, sessionmaker(engine, expire_on_commit=False))
    if create:
        path = register.path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        Base.metadata.create_all(engine)
    return register
