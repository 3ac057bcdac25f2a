"""Registers and exports shared by the exporter tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from contract_desk.exporters import ExportData, ExportFormat, ExportRequest, export_register, gather
from contract_desk.exporters.columns import REGISTER_COLUMNS
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.services import add_obligation, create_contract, list_contracts
from contract_desk.services.importing.batches import ImportResult, commit_import
from contract_desk.services.register.rows import ContractRow
from contract_desk.storage import Register, open_register

TODAY = date(2026, 3, 2)
#: Every stored field that travels through an xlsx export and back.
ROUND_TRIP_FIELDS = (*(column.field for column in REGISTER_COLUMNS), "custom")
HOSTILE = ("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
           "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1")


@dataclass(frozen=True)
class Lease:
    """A hand-made contract with one payment, for precise checks."""

    uid: str
    obligation_uid: str


def add_lease(register: Register, **fields: Any) -> Lease:
    """A lease in NOK with a notice period, custom fields and a recurring payment."""
    values = {"reference": "L-1", "title": "Office lease Bergen", "counterparty": "Bergen kommune",
              "start_date": date(2024, 1, 1), "end_date": date(2026, 12, 31),
              "notice_period": "3 months", "notice_buffer_days": 14, "renewal": "none",
              "value": Decimal("1250000.50"), "currency": "NOK", "owner": "Kari Nordmann",
              "tags": ["lease", "critical"], "custom": {"Kostnadssted": "4711"}, **fields}
    with register.transaction() as session:
        row = create_contract(session, values, user="kari", today=TODAY)
        payment = add_obligation(session, row.uid, {
            "kind": "payment", "title": "Rent", "due_date": date(2026, 3, 31),
            "recurrence": "FREQ=MONTHLY", "amount": Decimal("104166.71"), "currency": "NOK"},
            user="kari")
    return Lease(row.uid, payment.uid)


def export(register: Register, path: Path, kind: ExportFormat = ExportFormat.XLSX,
           **request: Any) -> Path:
    """Export ``register`` to ``path`` on TODAY."""
    with register.transaction() as session:
        export_register(session, ExportRequest(kind, path, **request), today=TODAY)
    return path


def read_data(register: Register, **request: Any) -> ExportData:
    """What an export of ``register`` would write."""
    with register.reading() as session:
        return gather(session, ExportRequest(ExportFormat.XLSX, Path("unused"), **request),
                      today=TODAY)


def import_into_new(path: Path, folder: Path) -> tuple[Register, ImportResult]:
    """A new SQLite register in ``folder`` with ``path`` imported as the importer maps it."""
    register = open_register(folder / "reimported.sqlite3")
    with register.transaction() as session:
        result = commit_import(session, build_plan(analyze(path)), user="t", today=TODAY)
    return register, result


def contracts(register: Register) -> list[ContractRow]:
    """Every contract, in the order they were added."""
    with register.reading() as session:
        return list_contracts(session, today=TODAY)


def differences(before: list[ContractRow], after: list[ContractRow]) -> list[tuple[Any, ...]]:
    """(reference, field, before, after) for every round-trip field that changed."""
    assert len(before) == len(after)
    return [(old.reference, name, getattr(old, name), getattr(new, name))
            for old, new in zip(before, after, strict=True) for name in ROUND_TRIP_FIELDS
            if getattr(old, name) != getattr(new, name)]
