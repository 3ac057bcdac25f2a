"""When the world fails under a running register: a full disk, a read-only folder, a file
deleted or moved, a team server out of reach.

Each failure becomes one sentence that names the register (or the file being
written) and says what to do; nothing here imports Qt, so the window and the
command line say the same. ``write_guard`` is the hook of
``Register.transaction()``: before a write it checks that the register file is
still the one that was opened (on Linux and macOS SQLite would go on writing
into a deleted file, and the work would vanish when the program closes), and it
turns a failed write into a :class:`RegisterUnavailable` once the transaction
has been rolled back.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from contract_desk.i18n import N_, _
from contract_desk.storage.errors import StorageError

if TYPE_CHECKING:
    from contract_desk.storage.register import Register

#: Errno values of a full disk or a used-up quota.
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
#: Errno values of a place one may not write to.
DENIED_ERRNOS = frozenset({errno.EACCES, errno.EPERM})
#: SQLSTATE classes of a PostgreSQL connection that is gone (08: connection
#: exception, 57P: the server shut down or cannot connect now).
LOST_SQLSTATES = ("08", "57P")


class RegisterUnavailable(StorageError):
    """The register (or a file written beside it) cannot be written now; nothing was saved.

    ``kind`` says why: "full", "read-only", "denied", "cannot-open", "disk-error",
    "gone" (file deleted or moved), "connection-lost" or "lock-conflict" (a team
    server gave this transaction up for a colleague's: made again, it works).
    """

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class RegisterFileGone(RegisterUnavailable):
    """The register file was deleted or moved while it was open."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "gone")


class ConnectionLost(RegisterUnavailable):
    """The connection to a team register on a server is lost."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "connection-lost")


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """Which file a path named when the register was opened (device and inode)."""

    device: int
    inode: int


def file_identity(path: Path | None) -> FileIdentity | None:
    """The identity of the file at ``path`` now; None when there is none."""
    if path is None:
        return None
    try:
        status = path.stat()
    except OSError:
        return None
    return FileIdentity(status.st_dev, status.st_ino)


def check_still_there(path: Path | None, opened: FileIdentity | None) -> None:
    """Refuse (RegisterFileGone) when ``path`` is no longer the file that was opened."""
    if path is None or opened is None:
        return
    now = file_identity(path)
    if now == opened:
        return
    state = (_("is no longer there") if now is None
             else _("is now another file than the one that was opened"))
    raise RegisterFileGone(
        _("the register file {path} {state}: it was deleted, moved or replaced while Contract "
          "Desk had it open. Nothing was saved. What is open is not lost yet: save the open "
          "register to a file (in the window: “Save the open register as…”) before you close "
          "Contract Desk, or put the file back where it was.").format(path=path, state=state))


def server_name(url: URL) -> str:
    """HOST/DATABASE of a server register, never its password."""
    host = url.host or "localhost"
    if url.port:
        host = f"{host}:{url.port}"
    return f"{host}/{url.database or ''}"


# -- recognising a failure -----------------------------------------------------------
def _chain(error: BaseException) -> Iterator[BaseException]:
    """``error``, the driver's error inside it, and the errors it was raised from."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        # An error raised "from None" made its own sentence; a storage error still
        # means the database's failure it replaced (BEGIN refused, a backup failed).
        context = current.__context__
        if current.__suppress_context__ and not isinstance(current, StorageError):
            context = None
        todo += [orig if isinstance(orig, BaseException) else None, current.__cause__, context]


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code behind ``error`` (SQLITE_FULL…), if any.

    A failure of the world wins over the errors it caused: after SQLITE_FULL,
    SQLite has rolled the transaction back, so undoing a savepoint then fails
    with "no such savepoint", which is not what went wrong.
    """
    codes = [int(item.sqlite_errorcode) & 0xFF for item in _chain(error)
             if isinstance(item, sqlite3.Error)
             and getattr(item, "sqlite_errorcode", None) is not None]
    known = [code for code in codes if code in _SQLITE_SENTENCES]
    return next(iter(known or codes), None)


def os_error(error: BaseException) -> OSError | None:
    """The OSError behind ``error`` (a write of an attachment, a backup), if any."""
    for item in _chain(error):
        if isinstance(item, OSError) and item.errno is not None:
            return item
    return None


def is_connection_lost(error: BaseException) -> bool:
    """True when ``error`` says a server register's connection is gone (not a refusal)."""
    for item in _chain(error):
        if isinstance(item, ConnectionLost) or getattr(item, "connection_invalidated", False):
            return True
        if _is_psycopg_operational(item):
            state = getattr(item, "sqlstate", None)
            return state is None or str(state).startswith(LOST_SQLSTATES)
    return False


#: PostgreSQL's serialization_failure and deadlock_detected: a transaction given up so
#: another could go on; made again, it works.
LOCK_CONFLICT_SQLSTATES = ("40001", "40P01")


def is_lock_conflict(error: BaseException) -> bool:
    """True when a server gave up this transaction for a lock conflict (a deadlock)."""
    return any(getattr(item, "sqlstate", None) in LOCK_CONFLICT_SQLSTATES
               for item in _chain(error))


def _is_psycopg_operational(error: BaseException) -> bool:
    # psycopg is only there for server registers; a SQLite user may not have it.
    if not (type(error).__module__ or "").startswith("psycopg"):
        return False
    import psycopg

    return isinstance(error, psycopg.OperationalError)


# -- saying it -------------------------------------------------------------------------
_SQLITE_SENTENCES: dict[int, tuple[str, str]] = {
    sqlite3.SQLITE_FULL: ("full", (
        N_("the disk that holds the register {where} is full. Nothing was saved; the register "
           "is as it was. Free some space on that disk, then save again."))),
    sqlite3.SQLITE_READONLY: ("read-only", (
        N_("the register {where} cannot be written: the file, its folder or the disk is "
           "read-only. Nothing was saved. Make it writable (or copy the register to a folder "
           "you can write to and open that copy), then save again."))),
    sqlite3.SQLITE_CANTOPEN: ("cannot-open", (
        N_("the register {where} cannot be reached any more: the file or its folder was moved, "
           "deleted or made unreadable, or its drive was removed. Nothing was saved. Put it "
           "back, then try again."))),
    sqlite3.SQLITE_IOERR: ("disk-error", (
        N_("the disk failed while reading or writing the register {where} (a removed drive, a "
           "lost network share or a failing disk). Nothing was saved. Check the drive, then try "
           "again."))),
    sqlite3.SQLITE_PERM: ("denied", (
        N_("you may not write to the register {where}. Nothing was saved. Ask for write "
           "permission on it, then save again."))),
}


def _os_sentence(error: OSError, where: str) -> tuple[str, str] | None:
    target = error.filename or where or _("a file")
    if error.errno in FULL_ERRNOS:
        return "full", (_("the disk is full (or your disk quota is used up) where {target} was "
                          "being written. Nothing was saved. Free some space, then try "
                          "again.").format(
                              target=target))
    if error.errno == errno.EROFS:
        return "read-only", (_("{target} is on a read-only disk. Nothing was saved there. "
                               "Choose a place on a writable disk, then try again.").format(
                                   target=target))
    if error.errno in DENIED_ERRNOS:
        return "denied", (_("you may not write to {target} (permission denied). Nothing was "
                            "saved there. Choose a folder you can write to, or ask for "
                            "permission.").format(target=target))
    if error.errno == errno.EIO:
        return "disk-error", (_("the disk failed while writing {target} (an input/output "
                                "error). Nothing was saved there. Check the drive, then try "
                                "again.").format(target=target))
    return None


def classify(error: BaseException, where: str,
             url: URL | None = None) -> RegisterUnavailable | None:
    """The RegisterUnavailable that ``error`` means, or None when it is none of these.

    ``where`` names the register (a file, or a server without password); ``url``
    (a server register) lets a lost connection be named HOST/DATABASE.
    """
    for item in _chain(error):
        if isinstance(item, RegisterUnavailable):
            return item
    if url is not None and url.get_backend_name() != "sqlite" and is_connection_lost(error):
        return ConnectionLost(
            _("lost the connection to the team register {server_name}. Nothing was saved; what "
              "you typed is kept. Check the network or ask whoever runs the server, then try "
              "again.").format(server_name=server_name(url)))
    if _refused(error):
        return RegisterUnavailable(_refusal(url), "denied")
    if is_lock_conflict(error):
        return RegisterUnavailable(_(
            "a colleague changed the same contracts at the same moment, and the team register "
            "{where} let their change go first. Nothing was saved; try again.").format(
                where=server_name(url) if url is not None else where), "lock-conflict")
    code = sqlite_code(error)
    if code in _SQLITE_SENTENCES:
        kind, sentence = _SQLITE_SENTENCES[code]
        return RegisterUnavailable(_(sentence).format(where=where or _("in use")), kind)
    found = os_error(error)
    if found is not None:
        said = _os_sentence(found, where)
        if said is not None:
            return RegisterUnavailable(said[1], said[0])
    return None


#: PostgreSQL's insufficient_privilege: a GRANT or a row-level security policy refused.
REFUSED_SQLSTATE = "42501"


def _refused(error: BaseException) -> bool:
    """True when a team register's server refused the change to this login (its role)."""
    return any(getattr(item, "sqlstate", None) == REFUSED_SQLSTATE for item in _chain(error))


def _refusal(url: URL | None) -> str:
    login = f" {url.username}" if url is not None and url.username else ""
    where = f" {server_name(url)}" if url is not None else ""
    return (_("your login{login} may not make this change in the team register{where}: a "
              "viewer reads, an editor changes contracts, obligations and alerts, an admin "
              "also the register's settings and its people. Nothing was changed. Ask the "
              "register's admin for the role you need.").format(login=login, where=where))


def explain(error: BaseException, where: str = "", url: URL | None = None) -> str | None:
    """One sentence for a failure of the world under the register; None for other errors."""
    failure = classify(error, where, url)
    return None if failure is None else str(failure)


@contextmanager
def write_guard(register: Register) -> Iterator[None]:
    """Refuse a write to a register file that is gone; say why a failed write failed.

    Wraps a write transaction: the check runs before it begins, the translation
    after it was rolled back (the error reaches here only once the Session is closed).
    """
    check_still_there(register.path, register.opened_file)
    with failures_said(register):
        yield


@contextmanager
def failures_said(register: Register) -> Iterator[None]:
    """Re-raise a failure of the world under ``register`` (a full disk, a lost server, a
    team role's refusal...) as the RegisterUnavailable that says it; others unchanged."""
    try:
        yield
    except Exception as error:
        failure = classify(error, register.location, register.url)
        if failure is None or failure is error:
            raise
        raise failure from error


__all__ = [
    "ConnectionLost",
    "FileIdentity",
    "RegisterFileGone",
    "RegisterUnavailable",
    "check_still_there",
    "classify",
    "explain",
    "failures_said",
    "file_identity",
    "is_connection_lost",
    "is_lock_conflict",
    "server_name",
    "write_guard",
]
