"""Hand-built import plans and counters shared by the import service tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contract_desk.importers.plan.model import CellProblem, ImportPlan, PlannedRow
from contract_desk.models import AuditEvent, Contract, ImportBatch, Obligation, Party
from contract_desk.services.importing.batches import ImportResult, commit_import
from contract_desk.storage import Register

TODAY = date(2026, 3, 2)
SHEET = "Kontrakter"
MAPPING = {"Avtalenr": "reference", "Tittel": "title", "Leverandør": "counterparty",
           "Start": "start_date", "Slutt": "end_date", "Beløp": "value", "Valuta": "currency",
           "Ansvarlig": "owner"}


def planned(row: int, fields: dict[str, Any], custom: dict[str, str] | None = None,
            problems: tuple[CellProblem, ...] = (), **more: Any) -> PlannedRow:
    """A planned row of the test sheet."""
    return PlannedRow(row, fields, custom or {}, problems, **more)


def make_plan(*rows: PlannedRow, file_name: str = "register.xlsx") -> ImportPlan:
    """A plan of ``rows`` from the test sheet."""
    return ImportPlan(file_name=file_name, file_sha256="0" * 64, sheet=SHEET,
                      mapping=dict(MAPPING), rows=tuple(rows), rows_read=len(rows))


def base_rows() -> list[PlannedRow]:
    """Four contracts in four languages, with custom columns and a parse warning."""
    warning = CellProblem(5, f"{SHEET}!F5", "Beløp", "ca. 40 000", "not an amount (kept as text)")
    return [
        planned(3, {"reference": "NO-1", "title": "Husleie Bryggen",
                    "counterparty": "Bergen kommune", "start_date": date(2024, 1, 1),
                    "end_date": date(2026, 12, 31),
                    "value": Decimal("1250000.50"), "currency": "NOK", "owner": "Kari"},
                {"Merknad": "Indeksreguleres årlig"}),
        planned(4, {"reference": "KR-2", "title": "유지보수 계약", "counterparty": "삼성전자",
                    "start_date": date(2025, 3, 1), "value": Decimal("30000000"),
                    "currency": "KRW"}),
        planned(5, {"reference": "DE-3", "title": "Wartungsvertrag Kühlanlage",
                    "counterparty": "Müller GmbH", "start_date": date(2025, 7, 1)},
                {"Beløp": "ca. 40 000", "Kostenstelle": "4711"}, (warning,)),
        planned(6, {"reference": "CN-4", "title": "软件许可协议", "counterparty": "华为",
                    "start_date": date(2023, 5, 15), "tags": ["IT", "lisens"]}),
    ]


def commit(register: Register, plan: ImportPlan, user: str = "kari") -> ImportResult:
    """Commit ``plan`` in a transaction of its own."""
    with register.transaction() as session:
        return commit_import(session, plan, user=user, today=TODAY)


def count(session: Session, model: type[Any]) -> int:
    """Rows in a table."""
    return session.scalar(select(func.count()).select_from(model)) or 0


def register_counts(register: Register) -> dict[str, int]:
    """How many contracts, parties, obligations, audit events and batches there are."""
    with register.transaction() as session:
        return {model.__name__: count(session, model)
                for model in (Contract, Party, Obligation, AuditEvent, ImportBatch)}


def assert_invariant(result: ImportResult) -> None:
    """Every row read is accounted for, once."""
    assert result.rows_read == (result.created + result.updated + result.unchanged
                                + result.skipped)
    assert len(result.outcomes) == result.rows_read
