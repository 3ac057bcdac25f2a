"""The direct bulk insert stores exactly what SQLAlchemy's own insert stores."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, update

from contract_desk.models import AuditEvent, Contract
from contract_desk.services.importing.new_contracts import _DEFAULTS
from contract_desk.services.register.fast_insert import execute_many, insert_rows
from contract_desk.storage import open_register


def _contracts() -> list[dict[str, Any]]:
    moment = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)
    rows = []
    for n in range(3):
        rows.append({**_DEFAULTS, "uid": f"00000000-0000-0000-0000-00000000000{n}",
                     "reference": f"K-{n}", "title": f"Avtale {n} – ÆØÅ", "tags": ["IT", "lisens"],
                     "custom": {"Merknad": "ja", "Beløp": "ca. 40 000"} if n else {},
                     "start_date": date(2024, 1, 2 + n), "end_date": None,
                     # Dates go through date.isoformat on the direct path: the ends too.
                     "confidential_until": (date(9, 2, 3), date.max, None)[n],
                     "value": Decimal("1234567.891") if n != 1 else None,
                     "currency": "NOK", "reminder_offsets": [90, 30] if n == 2 else None,
                     "notice_period_count": 3, "notice_period_unit": "months",
                     "created_at": moment, "updated_at": moment,
                     "created_by": "kari", "updated_by": "kari"})
    return rows


def _events() -> list[dict[str, Any]]:
    return [{"at": datetime(2026, 11, 23, 9, 30, tzinfo=UTC), "user": "kari",
             "entity": "contract", "entity_uid": f"u{n}", "contract_uid": f"u{n}",
             "action": "create", "changes": {"title": [None, f"Avtale {n}"]},
             "snapshot": None, "import_batch_id": None, "note": None if n else "import"}
            for n in range(2)]


def _dump(path: Path, table: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_direct_rows_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    paths = [tmp_path / "direct.sqlite3", tmp_path / "sqlalchemy.sqlite3"]
    for path, direct in zip(paths, (True, False), strict=True):
        register = open_register(path)
        try:
            with register.transaction() as session:
                for table, rows in ((Contract.__table__, _contracts()),
                                    (AuditEvent.__table__, _events())):
                    if direct:  # in two chunks: the second reuses the compiled statement
                        insert_rows(session, table, rows[:1])
                        insert_rows(session, table, rows[1:])
                    else:
                        session.execute(insert(table), rows)
        finally:
            register.close()
    for table in ("contract", "audit_event"):
        stored = _dump(paths[0], table)
        assert stored == _dump(paths[1], table)
        assert len(stored) == (3 if table == "contract" else 2)


def test_nothing_to_insert_is_no_statement(tmp_path: Path) -> None:
    register = open_register(tmp_path / "r.sqlite3")
    try:
        with register.transaction() as session:
            insert_rows(session, Contract.__table__, [])
    finally:
        register.close()
    assert _dump(tmp_path / "r.sqlite3", "contract") == []


def test_a_direct_update_per_row_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    paths = [tmp_path / "direct.sqlite3", tmp_path / "sqlalchemy.sqlite3"]
    table = Contract.__table__
    statement = (update(table).where(table.c.uid == bindparam("which"))
                 .values(end_date=bindparam("day"), value=bindparam("amount"),
                         updated_at=table.c.updated_at))
    changes = [{"which": row["uid"], "day": date(2027, 3, n + 1),
                "amount": Decimal("12.5") * n if n else None}
               for n, row in enumerate(_contracts())]
    for path, direct in zip(paths, (True, False), strict=True):
        register = open_register(path)
        try:
            with register.transaction() as session:
                insert_rows(session, table, _contracts())
            with register.transaction() as session:
                if direct:  # twice under one name: the second reuses the compiled statement
                    execute_many(session, statement, changes[:2], name="test: end and value")
                    execute_many(session, statement, changes[2:], name="test: end and value")
                else:
                    session.execute(statement, changes)
        finally:
            register.close()
    stored = _dump(paths[0], "contract")
    assert stored == _dump(paths[1], "contract")
    ends = [row[[c.name for c in table.columns].index("end_date")] for row in stored]
    assert ends == ["2027-03-01", "2027-03-02", "2027-03-03"]
