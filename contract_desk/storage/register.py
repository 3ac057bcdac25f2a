"""An open register: one engine, one sessionmaker, the folders beside the database."""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from contract_desk.i18n import _
from contract_desk.storage.environment import (
    FileIdentity,
    file_identity,
    is_lock_conflict,
    write_guard,
)
from contract_desk.storage.errors import SchemaError, StorageError, failures_as_storage_errors
from contract_desk.storage.integrity import (
    RegisterDamaged,
    empty_file,
    refusal,
    refuse_damaged_upgrade,
    unreadable,
)
from contract_desk.storage.locations import data_dir, resolve_database_url
from contract_desk.storage.migrations_api import (
    check_is_register,
    check_state,
    head_revision,
    recorded_revision,
    upgrade,
)
from contract_desk.storage.server_setup import configure_server_engine
from contract_desk.storage.sqlite_setup import (
    BEGIN_MODE,
    DURABLE,
    WaitListener,
    configure_sqlite_engine,
)

SQLITE_MAGIC = b"SQLite format 3\x00"

#: How often :meth:`Register.write` makes a transaction a server gave up for a lock
#: conflict: deadlocks are rare and short, a fourth in a row is something else.
LOCK_CONFLICT_TRIES = 4

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class Register:
    """An open register. Make one at start-up; take a Session per user action.

    ``transaction()`` is for work that writes, ``reading()`` for work that only
    reads: on SQLite a write transaction takes the write lock before it starts
    (writers wait their turn instead of failing), a reading one never does.
    """

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]
    warnings: list[str] = field(default_factory=list)
    #: Sessions that only read (deferred on SQLite); the same as ``session_factory``
    #: on a server database.
    read_factory: sessionmaker[Session] | None = None
    #: Told True/False when a writer of this process starts/stops waiting for the
    #: write lock that another program holds (the window says so).
    waiting: list[WaitListener] = field(default_factory=list)
    #: The file opened (device, inode): a write is refused once the path names another.
    opened_file: FileIdentity | None = None
    _writing: threading.local = field(default_factory=threading.local, repr=False)
    _holds_file: bool = field(default=False, repr=False)
    #: What SQLite found wrong with the file (see storage.integrity); while set, the
    #: register is only read: ``transaction()`` refuses.
    damaged: str | None = None
    #: Set when this file was moved to a team server (``storage.push``): the sentence
    #: that says where; while set, the register is only read.
    moved_to: str | None = None
    #: Set when this file is a copy of a team register kept for offline use
    #: (``storage.snapshot``): the sentence that says which and from when; only read.
    snapshot_of: str | None = None
    #: On a team register: this login's role ("viewer", "editor" or "admin"; None for
    #: the database's owner or a login in no team role). None for a SQLite file.
    team_role: str | None = None
    #: Set by :meth:`close`: work still under way on it has nobody left to tell.
    closed: bool = False

    @property
    def read_only(self) -> bool:
        """Whether this register is only read here: damaged, moved to a server, or a viewer's."""
        return (self.damaged is not None or self.moved_to is not None
                or self.snapshot_of is not None or self.team_role == "viewer")

    def mark_damaged(self, reason: str) -> None:
        """Open the register read-only from now on: SQLite found it damaged (``reason``)."""
        self.damaged = reason

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_file(self.url)

    @property
    def location(self) -> str:
        """The file, or the server URL without its password: for messages."""
        return str(self.path or self.url.render_as_string(hide_password=True))

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
    def transaction(self, *, durable: bool = True) -> Iterator[Session]:
        """A Session for one user action that writes: committed on success, rolled back on error.

        ``durable`` False: the transaction stores only derived data that is computed
        again when missing (a check's next reminder days, the listings' key dates), and
        its commit need not reach the disk before it returns. A power cut may then lose
        it whole, never part of it; the next durable commit takes it along. On SQLite
        (WAL mode) ``synchronous=NORMAL`` for it, on PostgreSQL ``synchronous_commit``
        off (each set only when it changes: ``sqlite_setup``, ``server_setup``). A
        check stores its days in about 160 short writes after a big import: on a disk
        whose flush takes 5 to 20 ms (a laptop's, Windows' FlushFileBuffers) that is 1
        to 3 s of waiting (on this project's test machine a flush takes 0.07 ms, so the
        benchmark cannot show it).

        On SQLite it begins IMMEDIATE: the write lock is taken (waited for) first.
        A second write transaction opened inside the first, on the same thread,
        would wait for itself: on SQLite it is refused at once (pass the session on).
        A damaged register refuses every write (RegisterDamaged).
        """
        if self.damaged is not None:
            raise RegisterDamaged(refusal(self.location, self.damaged))
        if self.moved_to is not None:
            raise RegisterMoved(f"{self.location}: {self.moved_to}")
        if self.snapshot_of is not None:
            raise RegisterMoved(f"{self.location}: {self.snapshot_of}")
        if self.path is not None and getattr(self._writing, "open", False):
            raise RuntimeError("a write transaction of this register is already open on this "
                               "thread; use its session instead of opening another")
        self._writing.open = True
        try:
            with write_guard(self), self.session_factory() as session, session.begin():
                # BEGIN now: wait for the write lock before any work.
                session.connection(execution_options=None if durable else {DURABLE: False})
                yield session
        finally:
            self._writing.open = False

    def write(self, fn: Callable[[Session], T], *, durable: bool = True) -> T:
        """``fn(session)`` in one :meth:`transaction`, made again when a server gave it up
        for a lock conflict.

        PostgreSQL ends one of two transactions that each wait for a row the other holds
        (a deadlock), or that a serializable snapshot cannot order; the other goes on.
        The one given up was rolled back whole, so made again it works (what PostgreSQL's
        manual asks of applications for these errors). A person saving, tagging or
        acknowledging should not see a colleague's timing as an error. ``fn`` must only
        write through the session (it may run more than once). SQLite takes its write
        lock before a transaction begins: it never gives one up this way.
        """
        attempt = 1
        while True:
            try:
                with self.transaction(durable=durable) as session:
                    return fn(session)
            except Exception as error:
                if attempt >= LOCK_CONFLICT_TRIES or not is_lock_conflict(error):
                    raise
                log.info("%s: a lock conflict, made again (try %d): %s", self.location,
                         attempt + 1, str(error).splitlines()[0])
                # Apart again a little: two given up at once should not meet again.
                time.sleep(random.uniform(0.01, 0.05) * attempt)
                attempt += 1

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A Session for one user action that only reads; never waits for a writer."""
        factory = self.read_factory or self.session_factory
        with factory() as session, session.begin():
            yield session

    def checkpoint(self) -> bool | None:
        """Copy what SQLite's write-ahead log holds into the register file, waiting for nobody.

        While a program has a register file open (WAL mode), its latest commits may sit
        in the ``-wal`` file beside it until 1,000 pages gather there or the last
        connection closes: a copy of the register file alone (Explorer, a USB stick, a
        folder a cloud service syncs) would miss them. The window calls this when it is
        idle (``ui.shell.file_current``); SQLite's passive checkpoint blocks no reader
        and no writer, and costs nothing when the log is copied already.

        True: the file holds every commit; False: a reader still reads an older state
        and part of the log waits for the next time; None: nothing to do (a server, a
        file in rollback-journal mode, a register only read here).
        """
        if self.path is None or self.read_only or self.closed:
            return None
        # The driver's own connection: outside a transaction (one cannot checkpoint
        # inside its own), and no BEGIN is emitted for it.
        raw = self.engine.raw_connection()
        try:
            driver: Any = raw.driver_connection
            busy, frames, copied = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            raw.close()
        if frames < 0:  # not in WAL mode: every commit is in the file
            return None
        return not busy and frames == copied

    def close(self) -> None:
        """Release every connection to the database."""
        self.closed = True
        self.engine.dispose()
        if self._holds_file:
            self._holds_file = False
            _hold(self.path, -1)


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL; None for a server database or an in-memory one."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _safe_name(url: URL) -> str:
    parts = [url.get_backend_name(), url.host or "local", str(url.port or ""), url.database or ""]
    return "-".join(part for part in parts if part).replace("/", "_").replace("\\", "_")


#: The SQLite files this process holds open through a Register: (device, inode) -> count.
_held: dict[FileIdentity, int] = {}
_held_lock = threading.Lock()


def _hold(path: Path | None, change: int) -> None:
    key = file_identity(path) if path is not None else None
    if key is None:
        return
    with _held_lock:
        count = _held.get(key, 0) + change
        if count > 0:
            _held[key] = count
        else:
            _held.pop(key, None)


def held_in_this_process(path: Path) -> bool:
    """True while a Register of this process has the SQLite file at ``path`` open."""
    key = file_identity(path)
    with _held_lock:
        return key is not None and key in _held


def file_header(path: Path, size: int = len(SQLITE_MAGIC)) -> bytes:
    """The first bytes of a database file, read without endangering SQLite's locks.

    On POSIX systems closing *any* file handle on a file drops every lock this
    process holds on it, SQLite's included: reading the header of a register that
    this process has open (the window opening it again, the CLI's code run inside
    a program that holds it) would let another program write under our feet and
    damage the file. A file held open here is known to be SQLite: it is not read.
    """
    if held_in_this_process(path):
        return SQLITE_MAGIC[:size]
    with path.open("rb") as handle:
        return handle.read(size)


def _is_sqlite_file(path: Path) -> bool:
    return file_header(path) == SQLITE_MAGIC


def _read_schema_state(path: Path) -> tuple[set[str], str | None]:
    """Tables and stored revision of a SQLite file, read without writing a byte."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        # sqlite_sequence, sqlite_stat1...: SQLite's own bookkeeping, not tables of an app.
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}
        revision = recorded_revision(connection, tables)
        return tables, revision
    finally:
        connection.close()


def check_register_file(path: Path) -> None:
    """Refuse, without changing it, a path that is not a register this version can open.

    A missing file is fine (a new register is made there); an empty one is not: a
    register file is never empty, so it was cut short (see storage.integrity).
    """
    # Read-only and before any PRAGMA: even switching the journal mode would write to
    # the file of another application's database.
    if path.is_dir():
        raise StorageError(_("{path} is a folder, not a register file").format(path=path))
    try:
        if not path.exists():
            return
        if path.stat().st_size == 0:
            raise empty_file(path)
        if not _is_sqlite_file(path):
            raise StorageError(
                _("{path} is not a Contract Desk register (not an SQLite database file). "
                  "Nothing was changed.").format(path=path)
            )
        tables, revision = _read_schema_state(path)
    except OSError as error:
        raise StorageError(_("cannot read {path}: {value}").format(
            path=path, value=error.strerror or error)) from None
    except sqlite3.DatabaseError as error:
        raise unreadable(path, str(error)) from None
    check_state(tables, revision, str(path))


def _engine(url: URL, warnings: list[str], waiting: list[WaitListener]) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        configure_sqlite_engine(engine, sqlite_file(url), warnings, waiting)
        return engine
    # A server may drop idle connections (restart, firewall); test each before use,
    # and give up on an unreachable one in seconds, not the system's minutes.
    connect: dict[str, object] = {"connect_timeout": 10}
    if url.password is None:  # the password kept in the OS keyring, never in the URL
        from contract_desk.storage.credentials import saved_password

        password = saved_password(url)
        if password is not None:
            connect["password"] = password
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect)
    configure_server_engine(engine)
    return engine


def _prepare_file(path: Path, create: bool) -> None:
    check_register_file(path)
    if not path.exists() and not create:
        raise StorageError(_("there is no register at {path}").format(path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(_("cannot make the folder {parent} for the register: {value}").format(
            parent=path.parent, value=error.strerror or error)) from None


def open_register(
    target: str | Path | URL | None = None, *, create: bool = True, backup_keep: int = 10
) -> Register:
    """Open the register at ``target`` (see resolve_database_url), creating or upgrading it.

    A SQLite file behind the newest schema is backed up (keeping ``backup_keep``
    backups) before it is upgraded. Another application's database, or one made
    by a newer Contract Desk, is refused with a StorageError and left untouched.
    """
    url = target if isinstance(target, URL) else resolve_database_url(target)
    path = sqlite_file(url)
    if path is not None:
        _prepare_file(path, create)
    warnings: list[str] = []
    waiting: list[WaitListener] = []
    engine = _engine(url, warnings, waiting)
    writer = engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}) if path is not None else (
        engine)
    register = Register(url, engine, sessionmaker(writer, expire_on_commit=False), warnings,
                        sessionmaker(engine, expire_on_commit=False), waiting)
    try:
        _bring_up_to_date(register, backup_keep)
        register.team_role = _team_role(register)
    except BaseException:
        register.close()
        raise
    register.moved_to, register.snapshot_of = _markers(register)
    register.opened_file = file_identity(path)
    register._holds_file = True
    _hold(path, +1)
    return register


class RegisterMoved(StorageError):
    """A write to a register file that is only a copy: moved to a team server (kept
    read-only), or a team register's copy kept for offline use."""


def _markers(register: Register) -> tuple[str | None, str | None]:
    """The sentences of a register file moved to a server, or kept as a team register's
    offline copy, read while opening it (None, None for a register of its own)."""
    if register.path is None:
        return None, None
    from sqlalchemy import select

    from contract_desk.models import RegisterSetting
    from contract_desk.storage.push import MOVED_TO, moved_to
    from contract_desk.storage.snapshot import SNAPSHOT_OF, snapshot_sentence

    try:  # part of opening, like the schema check: a plain connection, not a user's session
        with register.engine.connect() as connection:
            values: dict[str, Any] = dict(connection.execute(
                select(RegisterSetting.key, RegisterSetting.value).where(
                    RegisterSetting.key.in_((MOVED_TO, SNAPSHOT_OF)))).all())
    except DatabaseError:  # a damaged file: the integrity check will say so
        return None, None
    moved = values.get(MOVED_TO)
    copy = values.get(SNAPSHOT_OF)
    return (None if moved is None else moved_to(moved),
            None if copy is None else snapshot_sentence(copy))


def _team_role(register: Register) -> str | None:
    """This login's role in a team register, read while opening it (None for SQLite)."""
    if register.path is not None or register.url.get_backend_name() != "postgresql":
        return None
    from contract_desk.storage.team import role_of

    with failures_as_storage_errors(_("cannot read your role in {location}").format(
        location=register.location)), (
            register.engine.connect()) as connection:
        return role_of(connection)


def _bring_up_to_date(register: Register, backup_keep: int) -> None:
    where = register.location
    try:
        revision = check_is_register(register.engine, where)
    except (OperationalError, DatabaseError) as error:
        raise StorageError(_("cannot open the register {where}: {reason}").format(
            where=where, reason=error.orig)) from None
    if revision == head_revision():
        return
    if revision is not None and register.path is not None:
        from contract_desk.storage.backup import backup

        refuse_damaged_upgrade(register)
        backup(register, reason="before-upgrade", keep=backup_keep)
    upgrade(register)


__all__ = ["Register", "RegisterMoved", "SchemaError", "StorageError", "check_register_file",
           "open_register",
           "sqlite_file"]
