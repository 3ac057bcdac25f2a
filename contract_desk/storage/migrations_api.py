"""The register's schema version: Alembic driven from code, with the scripts in the package."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from contract_desk.i18n import _, ngettext
from contract_desk.storage.errors import SchemaError, failures_as_storage_errors
from contract_desk.storage.sqlite_setup import BEGIN_MODE

if TYPE_CHECKING:
    from alembic.config import Config

    from contract_desk.storage.register import Register

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
#: Tables every revision Contract Desk ever ships keeps. A database with a schema
#: version but without them belongs to another application that also uses Alembic.
REGISTER_TABLES = frozenset({"contract", "party"})


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the bundled scripts (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of Contract Desk knows."""
    chain = _revision_chain()
    if chain is not None:
        heads = set(chain) - set(chain.values())
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory  # what Alembic says, and why not one head

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    """Every revision id of the bundled scripts."""
    chain = _revision_chain()
    if chain is not None:
        return set(chain)
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


_REVISION = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(?:'([^']*)'|\"([^\"]*)\"|None)\s*$",
                       re.MULTILINE)


def _revision_chain() -> dict[str, str | None] | None:
    """Each script's revision and the one before it, read from the scripts' text.

    Opening a register needs only these: importing Alembic (with Mako and Pygments)
    for them cost every start of the window and of the command line a tenth of a
    second and 11 MB. None when a script does not state them plainly: Alembic reads it.
    (tests/storage/test_migrations.py holds this equal to what Alembic reads.)
    """
    scripts = sorted((MIGRATIONS / "versions").glob("*.py"))
    # Opening a register asks twice (known revisions, then the head): read them once
    # for as long as the same scripts are there.
    chain = _chain_of(tuple((path, path.stat().st_mtime_ns) for path in scripts))
    return None if chain is None else dict(chain)  # the callers' own copy


@lru_cache(maxsize=4)
def _chain_of(scripts: tuple[tuple[Path, int], ...]) -> dict[str, str | None] | None:
    chain: dict[str, str | None] = {}
    for script, _changed in scripts:
        found: dict[str, str | None] = {}
        for match in _REVISION.finditer(script.read_text(encoding="utf-8")):
            found.setdefault(match[1], match[2] if match[2] is not None else match[3])
        if "revision" not in found or "down_revision" not in found:
            return None
        revision = found["revision"]
        if revision is None or revision in chain:
            return None
        chain[revision] = found["down_revision"]
    return chain or None


def recorded_revision(connection: sqlite3.Connection, tables: set[str]) -> str | None:
    """The revision a SQLite file records, read with plain sqlite3 (never through Alembic:
    the file may be a backup or another program's); None when it records none."""
    if VERSION_TABLE not in tables:
        return None
    row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return row[0] if row else None


def revision_of(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None when it has none."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
        if len(rows) <= 1:
            return rows[0][0] if rows else None
        from alembic.runtime.migration import MigrationContext  # it says what is wrong

        return MigrationContext.configure(connection).get_current_revision()


def table_names(engine: Engine) -> set[str]:
    """The tables the database holds."""
    with engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def check_is_register(engine: Engine, where: str) -> str | None:
    """The stored revision; SchemaError for another app's database or a newer schema."""
    tables = table_names(engine)
    revision = revision_of(engine) if VERSION_TABLE in tables else None
    return check_state(tables, revision, where)


def check_state(tables: set[str], revision: str | None, where: str) -> str | None:
    """Decide from a database's tables and stored revision whether we may use it.

    Returns the stored revision (None for an empty database); raises SchemaError
    naming ``where`` for another application's database or a newer schema.
    """
    others = tables - {VERSION_TABLE}
    if revision is None:
        if others:
            raise _foreign(where, others, _("and no Contract Desk schema version"))
        return None
    ours = REGISTER_TABLES.issubset(others)
    if revision not in known_revisions() and ours:
        raise SchemaError(
            _("{where} was made by a newer version of Contract Desk (schema {revision}); "
              "update Contract Desk to open it. Nothing was changed.").format(
                  where=where, revision=revision)
        )
    if not ours:
        raise _foreign(where, others, _("and the schema version {revision} of another "
                                        "program").format(
            revision=repr(revision)))
    return revision


def _foreign(where: str, tables: set[str], version_note: str) -> SchemaError:
    shown = ", ".join(sorted(tables)[:5]) or _("none of the register's tables")
    return SchemaError(
        _("{where} is not a Contract Desk register: it holds other tables ({shown}) "
          "{version_note}. Nothing was changed.").format(
              where=where, shown=shown, version_note=version_note)
    )


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for schema changes, committed only if every reference still holds.

    On SQLite the write lock is taken at once (a second process starting at the
    same moment waits, then finds nothing left to do), and foreign keys are off:
    batch mode rebuilds a table by dropping it, and with foreign keys on that drop
    would cascade-delete every row that refers to it. ``foreign_key_check`` runs
    before the commit instead.
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            yield connection
        return
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None  # only an invalidated connection has none
        # Must run outside a transaction: SQLite ignores this PRAGMA inside one.
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            connection.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
            with connection.begin():
                yield connection
                _check_references(connection)
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def _check_references(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent = broken[0][:3]
        raise SchemaError(
            ngettext("the schema change would leave {count} broken reference ({table} row "
                     "{rowid} refers to a missing {parent}); it was undone",
                     "the schema change would leave {count} broken references (first: {table} "
                     "row {rowid} refers to a missing {parent}); it was undone",
                     len(broken)).format(
                  count=len(broken), table=table, rowid=rowid, parent=parent)
        )


def upgrade_engine(engine: Engine, target: str = "head") -> str:
    """Apply the migrations up to ``target`` in one transaction; returns the new revision."""
    with migration_transaction(engine) as connection:
        from alembic import command

        command.upgrade(alembic_config(connection), target)
    return revision_of(engine) or ""


def downgrade_engine(engine: Engine, target: str) -> str | None:
    """Undo migrations down to ``target`` ("base" removes every table)."""
    with migration_transaction(engine) as connection:
        from alembic import command

        command.downgrade(alembic_config(connection), target)
    return revision_of(engine)


def upgrade(register: Register) -> str:
    """Bring the register to the newest schema; returns the revision.

    All or nothing: a failing migration leaves the schema as it was and raises
    a StorageError naming the register.
    """
    with failures_as_storage_errors(_("cannot upgrade the register {location}").format(
        location=register.location)):
        return upgrade_engine(register.engine)


def downgrade(register: Register, revision: str) -> str | None:
    """Take the register's schema back to ``revision`` (tests and emergencies)."""
    with failures_as_storage_errors(_("cannot downgrade the register {location}").format(
        location=register.location)):
        return downgrade_engine(register.engine, revision)


def current_revision(register: Register) -> str | None:
    """The register's schema revision."""
    return revision_of(register.engine)
