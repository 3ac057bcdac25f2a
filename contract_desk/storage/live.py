"""Hearing a team register's committed changes as they happen (PostgreSQL LISTEN).

Every committed change of a PostgreSQL register sends a notice (migration
0003's triggers: table, operation, who, and the uids, versions and contract
ids of up to 100 rows). A :class:`ChangeListener` holds one connection of its
own in a thread, LISTENs, and hands each notice as a :class:`Change` to a
callback, in that thread: the window passes it on to its GUI thread and
refreshes what changed.

When the connection is lost the listener says so (``Change(lost=True)``),
tries again every few seconds, and once back hands a ``Change(everything=True)``:
what was committed meanwhile was not heard, so the window reloads
(catching up). A SQLite register has no notices: :func:`listener_for`
returns None.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

CHANNEL = "contract_desk"
#: How the listener's session shows in pg_stat_activity.
APPLICATION_NAME = "contract-desk-listen"
#: Seconds between attempts to get a lost connection back.
RETRY_SECONDS = 3.0


@dataclass(frozen=True, slots=True)
class Change:
    """One committed change (or a reason to reload everything)."""

    table: str = ""
    op: str = ""
    #: The database login that made it.
    by: str = ""
    #: Uids of the changed rows (contracts: with ``versions`` alike); empty with ``everything``.
    uids: tuple[str, ...] = ()
    versions: tuple[int, ...] = ()
    contract_ids: tuple[int, ...] = ()
    #: Too many rows to name, or notices missed while away: reload the whole table(s).
    everything: bool = False
    #: The listener lost its connection (it keeps trying).
    lost: bool = False

    @classmethod
    def from_payload(cls, payload: str) -> Change:
        """The change a trigger's JSON payload describes (a bad payload: reload everything)."""
        try:
            data: dict[str, Any] = json.loads(payload)
            uids = data.get("uids")
            return cls(str(data["table"]), str(data["op"]), str(data["by"]),
                       tuple(str(u) for u in uids or () if u is not None),
                       tuple(int(v) for v in data.get("versions") or () if v is not None),
                       tuple(int(c) for c in data.get("contract_ids") or () if c is not None),
                       everything=uids is None)
        except (ValueError, KeyError, TypeError):
            log.warning("a change notice could not be read; reloading")
            return cls(everything=True)


@dataclass
class ChangeListener:
    """LISTENs on a register's server in a thread of its own; see the module docstring."""

    url: URL
    on_change: Callable[[Change], None]
    password: str | None = None
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)
    #: Set once the first LISTEN is in place (tests and the window wait for it).
    listening: threading.Event = field(default_factory=threading.Event, repr=False)

    def start(self) -> None:
        """Begin listening (returns at once)."""
        self._thread = threading.Thread(target=self._run, name="contract-desk-listen",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _connect(self) -> Any:
        import psycopg

        from contract_desk.storage.credentials import saved_password

        password = self.password or self.url.password or saved_password(self.url)
        parameters: dict[str, Any] = {
            "host": self.url.host, "port": self.url.port or 5432, "dbname": self.url.database,
            "user": self.url.username, "connect_timeout": 10, "autocommit": True,
            "application_name": APPLICATION_NAME,
            **{str(k): v for k, v in self.url.query.items()}}
        if password:
            parameters["password"] = password
        connection = psycopg.connect(**parameters)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except Exception as error:
                log.info("listening for changes failed: %s", type(error).__name__)
                self._stop.wait(RETRY_SECONDS)
                continue
            try:
                if not first:
                    self.on_change(Change(everything=True))  # catch up what was missed
                first = False
                self.listening.set()
                self._listen(connection)
            except Exception as error:
                log.info("the change notices stopped: %s", type(error).__name__)
                self.on_change(Change(lost=True))
                self._stop.wait(RETRY_SECONDS)
            finally:
                connection.close()

    def _listen(self, connection: Any) -> None:
        while not self._stop.is_set():
            for notice in connection.notifies(timeout=0.5, stop_after=100):
                self.on_change(Change.from_payload(notice.payload))
            connection.execute("SELECT 1")  # notices a dead connection between notices


def listener_for(url: URL, on_change: Callable[[Change], None],
                 password: str | None = None) -> ChangeListener | None:
    """A listener for the register at ``url`` (not started), or None where there are no notices."""
    if url.get_backend_name() != "postgresql":
        return None
    return ChangeListener(url, on_change, password)
