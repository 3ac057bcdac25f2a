"""How every connection of a team register (PostgreSQL) is set up: each transaction's
durability.

A transaction of derived data only (``DURABLE`` off, see
:mod:`contract_desk.storage.sqlite_setup`) commits with ``synchronous_commit``
off: the server does not wait for its WAL to reach the disk before answering.
A crash of the server may then lose it whole, never part of it; nothing else
is lost (PostgreSQL's own guarantee). Every other transaction runs with the
server's setting, whatever its administrator chose (``on``, or
``remote_apply`` for a standby): it is reset to the session's default, never
set to a value of ours.

The setting is the session's, set when a transaction wants the other one than
the connection has: a check storing its days in about 160 short writes sets it
once, not once per write (``SET LOCAL`` in each was one more round trip each:
160 of them, 3 s over a link of 20 ms). It is set inside the transaction that wants it, so a
rollback undoes it; the connection then forgets what it had, and its next
transaction sets it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from contract_desk.storage.sqlite_setup import DURABLE

#: The pooled connection's synchronous_commit as last set (keys of its info): "DEFAULT"
#: (the server's) or "off"; absent when unknown. And whether the transaction under
#: way set it (a rollback then undoes it).
_SYNC, _SET_NOW = "contract_desk_synchronous_commit", "contract_desk_synchronous_set"
_WANTED = {True: "DEFAULT", False: "off"}


def configure_server_engine(engine: Engine) -> None:
    """Install the connection set-up on a PostgreSQL ``engine`` (once, before first use)."""
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "rollback", _on_rollback)


def _on_connect(_dbapi_connection: Any, record: Any) -> None:
    record.info[_SYNC] = _WANTED[True]  # a new session has the server's setting


def _on_begin(connection: Any) -> None:
    pooled = connection.connection
    wanted = _WANTED[bool(connection.get_execution_options().get(DURABLE, True))]
    pooled.info[_SET_NOW] = False
    if pooled.info.get(_SYNC) != wanted:
        # Sent first in the transaction (psycopg begins it with this statement).
        connection.exec_driver_sql(f"SET synchronous_commit TO {wanted}")
        pooled.info[_SYNC] = wanted
        pooled.info[_SET_NOW] = True


def _on_rollback(connection: Any) -> None:
    try:
        pooled = connection.connection
    except Exception:  # an invalidated connection: it is not used again
        return
    if pooled.info.get(_SET_NOW):
        # Undone with the transaction (a failed commit ends here too): not known now.
        pooled.info.pop(_SYNC, None)
        pooled.info[_SET_NOW] = False


__all__ = ["configure_server_engine"]
