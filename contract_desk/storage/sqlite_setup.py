"""How every SQLite connection of a register is set up.

- ``foreign_keys=ON``: SQLite ignores foreign keys unless asked, per connection.
- ``busy_timeout``: a second process (the reminder run) waits instead of failing.
- ``synchronous=FULL``: a commit is on disk before it returns; a register is
  small and a lost deadline costs more than a few milliseconds. A transaction
  that only stores derived data a later check computes again (next reminder
  days, the listings' key dates) may ask for ``synchronous=NORMAL`` instead
  (``DURABLE`` off): in WAL mode its commit is not flushed to disk by itself,
  so a power cut can lose it (never half of it: the file stays whole), and the
  next commit that is flushed takes it along. In the rollback journal (a
  register on a share) NORMAL could damage the file at a power cut: FULL stays.
- ``journal_mode=WAL``: readers never block the writer. WAL needs shared memory
  that network file systems do not provide, so a register on a share uses the
  rollback journal instead, with a warning.
- Real transactions: pysqlite's own transaction handling does not emit BEGIN
  for every statement and breaks SAVEPOINTs; SQLAlchemy's documented recipe
  turns it off and emits BEGIN itself.
- Writers wait their turn: a write transaction begins IMMEDIATE (it takes the
  write lock before it reads anything). A transaction that begins deferred,
  reads and then writes gets SQLITE_BUSY at once when another program committed
  meanwhile: SQLite's busy handler is not called for that upgrade. Taking the
  lock first, a writer tries again every few milliseconds until it has it,
  telling those who listen after ``WAIT_NOTICE_MS`` (the window says so), for at
  most ``WRITE_WAIT_SECONDS`` in all.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import Engine, event

from contract_desk.i18n import _
from contract_desk.storage.errors import StorageError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
#: A writer that waited this long for another program's write is said to be waiting.
WAIT_NOTICE_MS = 2000
#: The longest a writer waits in all before it gives up with a clear sentence.
WRITE_WAIT_SECONDS = 120.0
#: Called with True when a writer starts waiting for the write lock, False when it stops.
WaitListener = Callable[[bool], None]
#: Execution option naming how a transaction starts: "" (deferred) or "IMMEDIATE",
#: which takes the write lock at once (migrations, so two processes never race).
BEGIN_MODE = "contract_desk_begin_mode"
_BEGIN_MODES = {"": "BEGIN", "IMMEDIATE": "BEGIN IMMEDIATE", "EXCLUSIVE": "BEGIN EXCLUSIVE"}
#: Execution option: False for a transaction of derived data only, whose commit need not
#: be on disk before it returns (see the module's notes; WAL mode only).
DURABLE = "contract_desk_durable"
#: The connection's synchronous setting as last set, and whether it is in WAL mode
#: (keys of the pooled connection's info).
_SYNC, _WAL = "contract_desk_synchronous", "contract_desk_wal"
#: File system types that are network mounts (Linux /proc/mounts names).
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs",
    "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "beegfs", "fuse.rclone",
    "davfs", "fuse.davfs2", "webdav", "fuse.gvfsd-fuse", "fuse.s3fs", "fuse.smbnetfs",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW


#: Page cache per connection, in KiB (SQLite's own default is 2,000 KiB).
CACHE_KIB = 64 * 1024

def _unescape_mount(path: str) -> str:
    # /proc/mounts writes spaces and tabs as octal escapes.
    return path.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_fs_type(path: PurePath, mounts: Iterable[str]) -> str | None:
    """The file system type of the mount that holds ``path``, from /proc/mounts lines."""
    best, best_type = -1, None
    target = str(path)
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, best_type = len(point), fields[2]
    return best_type


def is_network_path(
    path: PurePath, *, platform: str = sys.platform, mounts: Iterable[str] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    """True when ``path`` is on a network share (UNC path, remote drive, network mount).

    ``mounts`` (Linux /proc/mounts lines) and ``drive_type`` (Windows GetDriveTypeW of
    a root such as ``C:\\``) default to asking the running system.
    """
    text = str(path)
    if platform == "win32":
        if text.startswith(("\\\\", "//")):
            return True
        if len(text) < 2 or text[1] != ":":
            return False
        return (drive_type or _windows_drive_type)(f"{text[0]}:\\") == _DRIVE_REMOTE
    if platform.startswith("linux"):
        if mounts is None:
            mounts = _read_linux_mounts()
        return (mount_fs_type(path, mounts) or "") in NETWORK_FS_TYPES
    return False  # macOS and others: no cheap, dependable check; WAL failure is still caught


def _read_linux_mounts() -> list[str]:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":  # ctypes.windll exists only there (and type checkers know it)
        return 0  # DRIVE_UNKNOWN
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def set_journal_mode(dbapi_connection: Any, path: Path, use_wal: bool,
                     warnings: list[str]) -> str:
    """Ask for WAL (or the rollback journal); warn when WAL was asked for but refused.

    Returns the journal mode SQLite answered.
    """
    mode = "WAL" if use_wal else "DELETE"
    row = dbapi_connection.execute(f"PRAGMA journal_mode={mode}").fetchone()
    answer = str(row[0]).lower() if row else ""
    if use_wal and answer != "wal":
        _warn(warnings, _("{path}: WAL is not available here (SQLite answered journal mode "
                          "{value}); using the rollback journal.").format(
                              path=path, value=repr(answer or 'nothing')))
    return answer


class WriteLockTimeout(StorageError):
    """Another program kept the register's write lock for longer than a writer waits."""


def begin_immediate(dbapi_connection: Any, listeners: Iterable[WaitListener] = (), *,
                    wait_seconds: float = WRITE_WAIT_SECONDS) -> None:
    """BEGIN IMMEDIATE, waiting for another writer as long as ``wait_seconds``.

    While the lock is taken, the attempt is made again every few milliseconds
    (``_retry_pause``): SQLite's own busy handler sleeps up to 100 ms between
    attempts, so with several writers each holding the lock a few milliseconds,
    most of the waiting was sleeping past the moment the lock came free. After
    ``WAIT_NOTICE_MS`` the ``listeners`` are told; at ``wait_seconds`` the writer
    gives up (WriteLockTimeout). Another failure to begin is a StorageError with
    SQLite's own words.
    """
    began = time.monotonic()
    deadline, notice = began + wait_seconds, began + WAIT_NOTICE_MS / 1000
    told = False
    attempts = 0
    dbapi_connection.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.DatabaseError as error:
                if not (isinstance(error, sqlite3.OperationalError) and _is_busy(error)):
                    raise StorageError(_("the database refused: {error}").format(
                        error=error)) from None
            now = time.monotonic()
            if now >= deadline:
                raise WriteLockTimeout(
                    _("another program has been writing to this register for over "
                      "{wait_seconds} seconds; nothing was changed, try again later").format(
                          wait_seconds=format(wait_seconds, ".0f"))
                ) from None
            if not told and now >= notice:
                told = True
                _tell(listeners, True)
            attempts += 1
            time.sleep(min(_retry_pause(attempts), max(0.0, deadline - now)))
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if told:
            _tell(listeners, False)


def _retry_pause(attempts: int) -> float:
    # 1 ms at first, up to 10 ms once a long write holds the lock: a waiter takes the
    # lock within a few milliseconds of its release and costs next to nothing meanwhile.
    return min(0.001 * attempts, 0.010)


def _is_busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


def _tell(listeners: Iterable[WaitListener], waiting: bool) -> None:
    for listener in list(listeners):
        try:
            listener(waiting)
        except Exception:  # a listener's fault must never break a write
            log.exception("a listener for writers waiting failed")


def configure_sqlite_engine(engine: Engine, path: Path | None, warnings: list[str],
                            waiting: list[WaitListener] | None = None) -> None:
    """Install the connection set-up on ``engine`` (call once, before first use).

    ``waiting``: listeners told when a writer waits for another program's write.
    """
    listeners = waiting if waiting is not None else []
    use_wal = path is not None and not is_network_path(path.resolve())
    if path is not None and not use_wal:
        _warn(warnings, _("{path} is on a network share: using the rollback journal instead of "
                          "WAL. Keep a register on a local disk, or use PostgreSQL for "
                          "a team.").format(
                              path=path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see below
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA synchronous=FULL")
        # SQLite's default page cache is 2 MB; a register of 100,000 contracts has
        # more index pages than that, and a big import (or listing) then rereads
        # them from disk. The cache only grows to this size when it is used.
        dbapi_connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        _record.info[_SYNC] = "FULL"
        if path is not None:
            set_journal_mode(dbapi_connection, path, use_wal, warnings)
            mode = dbapi_connection.execute("PRAGMA journal_mode").fetchone()
            _record.info[_WAL] = mode is not None and str(mode[0]).lower() == "wal"

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        set_durability(connection.connection, options.get(DURABLE, True))
        mode = options.get(BEGIN_MODE, "")
        if mode == "IMMEDIATE":
            begin_immediate(connection.connection.driver_connection, listeners)
        else:
            connection.exec_driver_sql(_BEGIN_MODES[mode])


def set_durability(pooled: Any, durable: bool) -> None:
    """Before a transaction begins on ``pooled`` (a pooled connection): FULL, or NORMAL
    when it is not ``durable`` and the connection is in WAL mode (see the module's notes).
    Set only when it changes: most transactions keep FULL."""
    wanted = "FULL" if durable or not pooled.info.get(_WAL) else "NORMAL"
    if pooled.info.get(_SYNC) != wanted:
        pooled.driver_connection.execute(f"PRAGMA synchronous={wanted}")
        pooled.info[_SYNC] = wanted


def hand_back_page_caches(engine: Engine) -> None:
    """From now on, free each SQLite connection's page cache as it returns to the pool.

    For the window, which lives for days: each pooled connection keeps the
    pages it read, up to ``CACHE_KIB`` (64 MB), for as long as it lives; a window
    pools several (its load, the reminder check, saves), and a reminder check or
    an export of a 100,000-contract register fills one: 90 MB more for the life
    of the window, measured. Not for a command or a service's job: a job of
    many short transactions (the key dates stored 2,000 at a time) would read
    its pages again in each (16 % slower, measured). Elsewhere than SQLite, nothing.
    """
    if engine.dialect.name == "sqlite" and not event.contains(engine, "checkin", _on_checkin):
        event.listen(engine, "checkin", _on_checkin)


def _on_checkin(dbapi_connection: Any, _record: Any) -> None:
    hand_back_page_cache(dbapi_connection)


def hand_back_page_cache(dbapi_connection: sqlite3.Connection | None) -> None:
    """Free the page cache of a connection going back to the pool (see
    :func:`hand_back_page_caches`).

    The next use reads its pages again from the file, which the OS keeps cached.
    The memory goes back to the C heap, where the process's next allocations
    reuse it; the window hands it back to the system after its large jobs
    (``contract_desk.heap.return_free_pages``). Doing that at every return
    would make what is allocated next fault its pages in again (4 ms more to
    lay out the timeline of 100,000 contracts, measured).
    """
    if dbapi_connection is None:  # an invalidated connection: nothing is kept
        return
    try:
        dbapi_connection.execute("PRAGMA shrink_memory")
    except sqlite3.Error:  # a connection that is being thrown away
        return


def _warn(warnings: list[str], message: str) -> None:
    if message not in warnings:
        warnings.append(message)
        log.warning(message)


__all__ = [
    "BEGIN_MODE",
    "DURABLE",
    "WriteLockTimeout",
    "begin_immediate",
    "configure_sqlite_engine",
    "hand_back_page_cache",
    "hand_back_page_caches",
    "is_network_path",
    "mount_fs_type",
    "set_journal_mode",
]
