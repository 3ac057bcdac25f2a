"""Alembic environment of Contract Desk: run from code, on the connection we hand it.

There is no alembic.ini at run time: ``contract_desk.storage.migrations_api``
builds the Config and passes an open connection in ``config.attributes``.
"""

from __future__ import annotations

from alembic import context

from contract_desk.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run Contract Desk migrations through contract_desk.storage.migrations_api")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
