"""Connecting to a team register on a PostgreSQL server: the login, a trial, one sentence.

What the window's "Connect to a team register…" asks for is a
:class:`ServerLogin` (server, port, database, user, encryption); its URL never
holds the password, which goes to the OS keyring (``credentials``).
:func:`try_login` connects once with a given password and says, in one
sentence a person can act on, what happened: the server cannot be found or
does not answer, the user name or password is wrong, the database does not
exist, it is not a Contract Desk register yet, or it is one, and which role
the login has in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from contract_desk.i18n import _
from contract_desk.storage.team import role_of

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
#: libpq's sslmode values offered, first the default.
TLS_MODES = ("prefer", "require", "verify-full", "disable")
#: Seconds a trial waits for a server that does not answer.
TRIAL_TIMEOUT = 8


@dataclass(frozen=True, slots=True)
class ServerLogin:
    """Where a team register is and who logs in; no password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: str = "prefer"

    def url(self) -> URL:
        """The register's URL, without a password (safe to show and to store)."""
        query = {} if self.tls == "prefer" else {"sslmode": self.tls}
        return URL.create(DRIVER, username=self.user, host=self.host, port=self.port,
                          database=self.database, query=query)

    def problems(self) -> dict[str, str]:
        """Field -> what is wrong with it; empty when the login can be tried."""
        found = {}
        for name in ("host", "database", "user"):
            if not getattr(self, name).strip():
                found[name] = "required"
        if not 0 < self.port < 65536:
            found["port"] = "a port is a number from 1 to 65535"
        if self.tls not in TLS_MODES:
            found["tls"] = f"one of {', '.join(TLS_MODES)}"
        return found

    @classmethod
    def from_url(cls, url: URL) -> ServerLogin:
        """The login of a PostgreSQL register URL (its password, if any, left out)."""
        tls = url.query.get("sslmode", "prefer")
        return cls(url.host or "localhost", url.database or "", url.username or "",
                   url.port or DEFAULT_PORT, tls if isinstance(tls, str) else "prefer")


@dataclass(frozen=True, slots=True)
class Trial:
    """What one connection attempt found: ``ok``, one sentence, the login's role."""

    ok: bool
    sentence: str
    role: str | None = None
    is_register: bool = False


def try_login(login: ServerLogin, password: str | None) -> Trial:
    """Connect once with ``password`` and say what was found (never raises for the server)."""
    problems = login.problems()
    if problems:
        field, problem = next(iter(problems.items()))
        return Trial(False, f"{field}: {problem}")
    connect: dict[str, object] = {"connect_timeout": TRIAL_TIMEOUT}
    if password:
        connect["password"] = password
    engine = create_engine(login.url(), connect_args=connect, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            role = role_of(connection)
            is_register = inspect(connection).has_table("alembic_version")
            version = str(connection.execute(text("SHOW server_version")).scalar_one()).split()[0]
    except DBAPIError as error:
        return Trial(False, refusal(login, error))
    finally:
        engine.dispose()
    where = f"{login.database} on {login.host}"
    if not is_register:
        return Trial(True, _("Connected to {where} (PostgreSQL {version}); it holds no "
                             "register yet: the database's owner sets it up with "
                             "`contract-desk team init`.").format(where=where, version=version),
                     role, False)
    as_role = _(" as {role}").format(
        role=role) if role else _(" (in no team role: the owner or a superuser)")
    return Trial(True, _("Connected to the register {where}{as_role} (PostgreSQL "
                         "{version}).").format(
        where=where, as_role=as_role, version=version),
                 role, True)


def refusal(login: ServerLogin, error: DBAPIError) -> str:
    """One sentence for a failed connection to ``login`` (no password, no SQL in it)."""
    text_of = str(error.orig).lower()
    server = f"{login.host}:{login.port}"
    if "password authentication failed" in text_of or "authentication failed" in text_of:
        return _("The server {server} refused the user name {user} or its password.").format(
            server=server, user=login.user)
    if "no password supplied" in text_of:
        return _("The server {server} needs a password for {user}.").format(
            server=server, user=login.user)
    if "does not exist" in text_of and "database" in text_of:
        return _("There is no database {database} on {server}.").format(
            database=login.database, server=server)
    if "could not translate host name" in text_of or "name or service not known" in text_of:
        return (_("The server name {host} is not known: check its spelling and the "
                  "network.").format(
            host=login.host))
    if "ssl" in text_of or "tls" in text_of or "certificate" in text_of:
        return (_("The server {server} cannot make the encrypted connection asked for "
                  "({tls}).").format(
            server=server, tls=login.tls))
    if "permission denied" in text_of or "not permitted to log in" in text_of:
        return _("{user} may not open the database {database} on {server}.").format(
            user=login.user, database=login.database, server=server)
    if "timeout" in text_of or "connection refused" in text_of or "could not connect" in text_of:
        return (_("No PostgreSQL server answers at {server}: check the server name, the port "
                  "and the network.").format(server=server))
    first = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else "refused"
    return _("The server {server} refused the connection: {first}").format(
        server=server, first=first)
