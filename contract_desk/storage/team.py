"""A team register on PostgreSQL: its three roles, what the database lets each do, its users.

The window disables what a role may not do, but the promise is the
database's: a viewer's login cannot write even with ``psql``, an editor
cannot change the register's settings or its users. So the roles are
PostgreSQL roles and the rules are GRANTs and row-level security, set up by
:func:`init_team` as the database's owner:

- ``contract_desk_viewer``: may connect and read every table.
- ``contract_desk_editor``: a viewer who may also add, change and delete
  contracts, counterparties, obligations, attachments, reminders and import
  batches, add (never change or delete) audit events, and write the
  register's working settings (remembered import mappings, the reminder
  check's own bookkeeping) but not the settings an administrator decides
  (:data:`ADMIN_SETTINGS`: row-level security on ``register_setting``).
- ``contract_desk_admin``: an editor who may also change those settings and,
  as a login with CREATEROLE, add and remove users.

Users are login roles that are members of exactly one of the three. PostgreSQL
roles belong to the whole server, not to one database: the three team roles
are shared by every register initialised on the same server, and only
``CONNECT`` on each database tells which registers a login can open (so a
server holding several team registers gives each database its own CONNECT
grants to the team roles; users of one team can open another team's register
only if that database grants them CONNECT).

Every statement here is PostgreSQL's; names are checked and quoted, passwords
are sent as parameters and never logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from contract_desk.domain.errors import DomainError
from contract_desk.i18n import _

VIEWER, EDITOR, ADMIN = "contract_desk_viewer", "contract_desk_editor", "contract_desk_admin"
#: Role name -> the word people use for it.
ROLES = {VIEWER: "viewer", EDITOR: "editor", ADMIN: "admin"}
ROLE_OF_WORD = {word: role for role, word in ROLES.items()}

#: Tables editors write in full.
EDITED_TABLES = ("contract", "party", "obligation", "attachment", "alert", "import_batch",
                 "contract_notice", "approval", "contract_amendment", "contract_key_dates",
                 "contract_obligation_summary", "obligation_summary_mark")
#: Settings only an administrator may write (every other key is the register's
#: own bookkeeping, written by editors' imports and reminder checks).
ADMIN_SETTINGS = ("reminders.contract_offsets", "reminders.obligation_offsets",
                  "reminders.escalate_after_days", "reminders.escalation_contact",
                  "reminders.summary_threshold")
#: Keys under these prefixes are administrators' too: the approval rules, the register's
#: public holidays (``team.``) and the notice letter templates, whose legal wording an
#: administrator decides (migration 0011 gives an existing team register the same).
ADMIN_PREFIXES = ("team.", "letters.template.")

#: PostgreSQL's own default for SCRAM-SHA-256.
SCRAM_ITERATIONS = 4096

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class TeamError(DomainError):
    """A team command that cannot be done, with the reason in one sentence."""


@dataclass(frozen=True, slots=True)
class TeamUser:
    """A login of the team: its name, its role's word, and whether it may log in."""

    name: str
    role: str
    can_login: bool


def _quoted(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise TeamError(_("{name} cannot be a user name: use lower-case letters, digits and _ "
                          "(starting with a letter or _), at most 63 characters").format(
                              name=repr(name)))
    return f'"{name}"'


def _require_postgresql(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise TeamError(_("a team register is a PostgreSQL database; this register is "
                          "{dialect_name}").format(dialect_name=connection.dialect.name))


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                                   {"name": name}).scalar())


def _admin_key_sql() -> str:
    keys = ", ".join(f"'{key}'" for key in ADMIN_SETTINGS)
    prefixes = " OR ".join(f"key LIKE '{prefix}%'" for prefix in ADMIN_PREFIXES)
    return f"(key IN ({keys}) OR {prefixes})"


def init_team(connection: Connection) -> list[str]:
    """Create the team roles and their grants on this database (as its owner); what was done.

    Safe to run again: roles that exist are kept, grants and policies are set anew.
    The schema must be there already (``open_register`` makes or upgrades it).
    """
    _require_postgresql(connection)
    done = []
    for role in (VIEWER, EDITOR, ADMIN):
        if not _role_exists(connection, role):
            connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
            done.append(_("created role {role}").format(role=role))
    connection.execute(text(f"GRANT {VIEWER} TO {EDITOR}"))
    connection.execute(text(f"GRANT {EDITOR} TO {ADMIN}"))
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    quoted_db = '"' + str(database).replace('"', '""') + '"'
    statements = [
        f"REVOKE ALL ON DATABASE {quoted_db} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quoted_db} TO {VIEWER}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {VIEWER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {VIEWER}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(EDITED_TABLES)} TO {EDITOR}",
        f"GRANT INSERT ON audit_event TO {EDITOR}",
        f"GRANT INSERT, UPDATE, DELETE ON register_setting TO {EDITOR}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}",
        "ALTER TABLE register_setting ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS team_read ON register_setting",
        "DROP POLICY IF EXISTS team_bookkeeping ON register_setting",
        "DROP POLICY IF EXISTS team_admin ON register_setting",
        f"CREATE POLICY team_read ON register_setting FOR SELECT TO {VIEWER} USING (true)",
        (f"CREATE POLICY team_bookkeeping ON register_setting FOR ALL TO {EDITOR} "
        f"USING (NOT {_admin_key_sql()}) WITH CHECK (NOT {_admin_key_sql()})"),
        (f"CREATE POLICY team_admin ON register_setting FOR ALL TO {ADMIN} "
        "USING (true) WITH CHECK (true)"),
        # Who was notified of what: everyone records their own notices (a viewer too);
        # the reminder check (an editor's) clears them when an alert is news again.
        f"GRANT INSERT ON alert_notice TO {VIEWER}",
        f"GRANT DELETE ON alert_notice TO {EDITOR}",
        "ALTER TABLE alert_notice ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS notice_read ON alert_notice",
        "DROP POLICY IF EXISTS notice_own ON alert_notice",
        "DROP POLICY IF EXISTS notice_check ON alert_notice",
        f"CREATE POLICY notice_read ON alert_notice FOR SELECT TO {VIEWER} USING (true)",
        (f"CREATE POLICY notice_own ON alert_notice FOR INSERT TO {VIEWER} "
         "WITH CHECK (person = current_user)"),
        f"CREATE POLICY notice_check ON alert_notice FOR DELETE TO {EDITOR} USING (true)",
        # Approvers' votes: an editor or admin adds votes in its own name only, and no one
        # changes or deletes one (migration 0009 gives the same to an upgraded register).
        f"GRANT INSERT ON approval_vote TO {EDITOR}",
        "ALTER TABLE approval_vote ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS team_read ON approval_vote",
        "DROP POLICY IF EXISTS team_own_vote ON approval_vote",
        f"CREATE POLICY team_read ON approval_vote FOR SELECT TO {VIEWER} USING (true)",
        (f"CREATE POLICY team_own_vote ON approval_vote FOR INSERT TO {EDITOR} "
         "WITH CHECK (approver = current_user AND recorded_by = current_user)"),
    ]
    for statement in statements:
        connection.execute(text(statement))
    done.append(_("granted {privileges} on database {database}").format(
        privileges=', '.join(ROLES.values()), database=database))
    return done


def role_of(connection: Connection, name: str | None = None) -> str | None:
    """The team word ("viewer", "editor", "admin") of the login ``name`` (default: this one).

    None for a login in no team role (the database's owner, a superuser).
    """
    login = name or connection.execute(text("SELECT current_user")).scalar_one()
    found = connection.execute(text(
        "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :name AND r.rolname = ANY(:roles)"
    ), {"name": login, "roles": list(ROLES)}).scalars().all()
    for role in (ADMIN, EDITOR, VIEWER):  # the most a login may do
        if role in found:
            return ROLES[role]
    return None


def add_user(connection: Connection, name: str, role_word: str, password: str | None) -> bool:
    """Give the login ``name`` the team role ``role_word``; True if the login was created.

    An existing login keeps its password unless ``password`` is given, and
    leaves its other team roles (a user has one role). A new login needs a password.
    """
    _require_postgresql(connection)
    quoted = _quoted(name)
    role = ROLE_OF_WORD.get(role_word)
    if role is None:
        raise TeamError(_("{role_word} is not a role; give viewer, editor or admin").format(
            role_word=repr(role_word)))
    if name in ROLES:
        raise TeamError(_("{name} is one of the team roles, not a user").format(name=name))
    created = not _role_exists(connection, name)
    if created and not password:
        raise TeamError(_("{name} is a new user and needs a password").format(name=name))
    _check_team_exists(connection)
    if created:
        connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    if password:
        # Sent as a SCRAM verifier, never as the password itself: the server
        # (and its statement log, if one is kept) sees only the verifier.
        _set_password(connection, quoted, password)
    for other in ROLES:
        if other != role:
            connection.execute(text(f"REVOKE {other} FROM {quoted}"))
    connection.execute(text(f"GRANT {role} TO {quoted}"))
    may_add_users = "CREATEROLE" if role == ADMIN else "NOCREATEROLE"
    connection.execute(text(f"ALTER ROLE {quoted} {may_add_users}"))
    return created


def _set_password(connection: Connection, quoted: str, password: str) -> None:
    # The statement goes to the driver as it is (the verifier holds ':' and '%'), and
    # an error names neither it nor the verifier.
    verifier = scram_verifier(password)
    try:
        connection.exec_driver_sql(f"ALTER ROLE {quoted} LOGIN PASSWORD '{verifier}'")
    except DBAPIError as error:
        diag = getattr(error.orig, "diag", None)
        reason = str(getattr(diag, "message_primary", None) or _("the server refused"))
        raise TeamError(_("the password of {quoted} could not be set: {reason}").format(
            quoted=quoted, reason=reason)) from None


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier of ``password`` (RFC 5802, RFC 7677).

    The password is normalised as SASLprep does for ordinary text (NFKC), as
    the client library does when it logs in.
    """
    if "\x00" in password:
        raise TeamError(_("a password cannot contain a NUL character"))
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", unicodedata.normalize("NFKC", password).encode(),
                                 salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _check_team_exists(connection: Connection) -> None:
    missing = [role for role in ROLES if not _role_exists(connection, role)]
    if missing:
        raise TeamError(_("this server has no team roles yet; run `contract-desk team init` as "
                          "the database's owner first"))


def users(connection: Connection) -> list[TeamUser]:
    """Every login in a team role, by name."""
    _require_postgresql(connection)
    rows = connection.execute(text(
        "SELECT u.rolname, r.rolname, u.rolcanlogin FROM pg_auth_members m "
        "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
        "WHERE r.rolname = ANY(:roles) AND NOT u.rolname = ANY(:roles) ORDER BY u.rolname"
    ), {"roles": list(ROLES)}).all()
    best: dict[str, tuple[str, bool]] = {}
    rank = {ADMIN: 0, EDITOR: 1, VIEWER: 2}
    for name, role, can_login in rows:
        if name not in best or rank[role] < rank[ROLE_OF_WORD[best[name][0]]]:
            best[name] = (ROLES[role], bool(can_login))
    return [TeamUser(name, role, login) for name, (role, login) in sorted(best.items())]


def remove_user(connection: Connection, name: str) -> str:
    """Take ``name`` out of the team; what was done, in one sentence.

    The login is dropped when it owns nothing; otherwise it stays, without its
    team role and unable to log in.
    """
    _require_postgresql(connection)
    quoted = _quoted(name)
    if name in ROLES:
        raise TeamError(_("{name} is one of the team roles, not a user").format(name=name))
    if not _role_exists(connection, name):
        raise TeamError(_("there is no user {name} on this server").format(name=name))
    if name == connection.execute(text("SELECT current_user")).scalar_one():
        raise TeamError(_("you cannot remove yourself; ask another administrator"))
    for role in ROLES:
        connection.execute(text(f"REVOKE {role} FROM {quoted}"))
    savepoint = connection.begin_nested()
    try:
        connection.execute(text(f"DROP ROLE {quoted}"))
    except DBAPIError:  # it owns objects or holds other grants: kept, locked out
        savepoint.rollback()
        connection.execute(text(f"ALTER ROLE {quoted} NOLOGIN"))
        return (_("{name} left the team and can no longer log in (the login owns objects or "
                  "has other rights, so it was kept)").format(name=name))
    savepoint.commit()
    return _("{name} was removed").format(name=name)

