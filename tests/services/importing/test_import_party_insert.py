"""A new counterparty of an import goes in through the statement compiled once
(``fast_insert.insert_one``): stored exactly as SQLAlchemy's own INSERT stores it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from contract_desk.models import Party
from contract_desk.services.importing.new_contracts import _party_row, insert_party
from contract_desk.services.register.fast_insert import insert_one
from contract_desk.services.register.parties import find_party
from contract_desk.storage import open_register

MOMENT = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)
NAMES = ("Nordlys Energi AS", "Bergen kommune – ÆØÅ", "  Fjordkraft  AS ")


def _dump(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT * FROM party ORDER BY id").fetchall()


def test_a_party_inserted_directly_is_stored_as_sqlalchemy_stores_it(tmp_path: Path) -> None:
    paths = {way: tmp_path / f"{way}.sqlite3" for way in ("direct", "sqlalchemy")}
    ids: dict[str, list[int]] = {}
    for way, path in paths.items():
        register = open_register(path)
        try:
            with register.transaction() as session:
                found = []
                for n, name in enumerate(NAMES):
                    row = _party_row(f"00000000-0000-0000-0000-00000000000{n}", name,
                                     user="kari", moment=MOMENT)
                    if way == "direct":
                        found.append(insert_one(session, Party.__table__, row))
                    else:
                        result = session.execute(insert(Party.__table__).values(row))
                        assert result.inserted_primary_key is not None
                        found.append(result.inserted_primary_key[0])
                ids[way] = found
        finally:
            register.close()
    assert ids["direct"] == ids["sqlalchemy"] == [1, 2, 3]
    assert _dump(paths["direct"]) == _dump(paths["sqlalchemy"])
    assert len(_dump(paths["direct"])) == 3


def test_an_imports_new_party_is_found_by_its_id_at_once(tmp_path: Path) -> None:
    register = open_register(tmp_path / "register.sqlite3")
    try:
        with register.transaction() as session:
            first = insert_party(session, "u-1", "Nordlys Energi AS", user="kari", moment=MOMENT)
            second = insert_party(session, "u-2", "Fjordkraft AS", user="kari", moment=MOMENT)
            found = find_party(session, "nordlys  energi as")
            assert found is not None and found.id == first and found.uid == "u-1"
            assert second == first + 1
    finally:
        register.close()
