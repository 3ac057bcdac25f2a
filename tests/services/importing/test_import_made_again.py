"""An import a team server gave up for a lock conflict is stored again, once.

``steps.store_plan`` stores through ``Register.write``: when PostgreSQL ends the
import's transaction for a deadlock with a colleague's write (40P01), it was rolled
back whole and is made again. Both ways of storing are tried: new contracts (stored
from the rehearsal) and rows that change stored contracts (stored anew). The server
raises the conflict itself, once, in the transaction's last step.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from contract_desk.models import AuditEvent, Contract, ImportBatch
from contract_desk.services.importing import steps
from contract_desk.storage import Register

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 23)
ROWS = 40


def _sheet(path: Path, title: str) -> Path:
    lines = ["Avtalenr;Tittel;Leverandør;Startdato;Sluttdato;Beløp;Valuta"]
    lines += [f"K-{n:03d};{title} {n};Leverandør {n % 4} AS;01.01.2025;31.12.2027;{1000 + n},50;NOK"
              for n in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _given_up_once(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    real, calls = steps.remember_mapping, []

    def remember(session: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            session.execute(text("DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' "
                                 "USING ERRCODE = '40P01'; END $$"))
        return real(session, *args, **kwargs)

    monkeypatch.setattr(steps, "remember_mapping", remember)
    return calls


def _counts(register: Register) -> tuple[int, int, int]:
    with register.reading() as session:
        return tuple(session.scalar(select(func.count()).select_from(model)) or 0
                     for model in (Contract, ImportBatch, AuditEvent))  # type: ignore[return-value]


def test_new_contracts_given_up_once_are_stored_once(
        pg_register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _given_up_once(monkeypatch)
    done = steps.import_file_into(pg_register, _sheet(tmp_path / "a.csv", "Avtale"),
                                  user="ann", today=TODAY)
    assert len(calls) == 2
    assert done.result.counts()["created"] == ROWS
    contracts, batches, audit = _counts(pg_register)
    assert (contracts, batches) == (ROWS, 1) and audit >= ROWS


def test_changes_to_stored_contracts_given_up_once_are_stored_once(
        pg_register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps.import_file_into(pg_register, _sheet(tmp_path / "a.csv", "Avtale"),
                           user="ann", today=TODAY)
    before = _counts(pg_register)
    calls = _given_up_once(monkeypatch)
    done = steps.import_file_into(pg_register, _sheet(tmp_path / "b.csv", "Endret"),
                                  user="ann", today=TODAY)
    assert len(calls) == 2
    assert done.result.counts()["updated"] == ROWS
    contracts, batches, audit = _counts(pg_register)
    assert (contracts, batches) == (ROWS, 2)
    assert audit - before[2] == ROWS  # one change event a contract, not two
    with pg_register.reading() as session:
        titles = set(session.scalars(select(Contract.title)))
    assert titles == {f"Endret {n}" for n in range(ROWS)}
