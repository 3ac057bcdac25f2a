"""Demo register: realistic, deterministic contracts for a first look and for benchmarks.

:func:`generate_demo` fills a register with counterparties in eleven countries,
contracts of every kind and their obligations, all built around ``today`` so
that notice deadlines, expiries and overdue obligations are always near. The
same ``count``, ``seed`` and ``today`` give the same rows, uids included.

Rows go in through Core bulk inserts in chunks (a hundred thousand contracts
in well under a minute); the database assigns every primary key.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from contract_desk.domain import DomainError
from contract_desk.i18n import _
from contract_desk.i18n.formats import number_text
from contract_desk.models import AuditEvent, Base, Contract, Obligation, Party
from contract_desk.services.demo.contracts import DemoContract, demo_contract
from contract_desk.services.demo.obligations import demo_obligations
from contract_desk.services.demo.parties import DemoParty, party_rows
from contract_desk.services.demo.random_source import DemoRandom

#: Contracts per bulk insert: big enough to amortise, small enough to keep memory flat.
CHUNK_SIZE = 5_000
#: The largest demo the generator agrees to make.
MAX_COUNT = 1_000_000
AUDIT_NOTE = "demo data"


class DemoError(DomainError):
    """The demo register cannot be made as asked."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What :func:`generate_demo` added."""

    parties: int
    contracts: int
    obligations: int


def generate_demo(
    session: Session, *, count: int = 250, seed: int = 1, today: date, user: str = "demo"
) -> DemoSummary:
    """Add ``count`` demo contracts, their counterparties and obligations to the register.

    Every created contract gets one audit event ("create", note "demo data").
    Timestamps are ``today`` at 08:00 UTC, never the clock, so runs repeat exactly.
    """
    if not 1 <= count <= MAX_COUNT:
        raise DemoError(_("the demo needs between 1 and {max_count} contracts, got {count}").format(
            max_count=number_text(MAX_COUNT), count=number_text(count)))
    rng = DemoRandom(seed)
    stamp = datetime.combine(today, time(8, 0), tzinfo=UTC)
    parties = _insert_parties(session, rng, count, stamp, user)
    obligations = 0
    for chunk in _chunks(rng, parties, count, today, stamp, user):
        obligations += _insert_chunk(session, chunk, stamp, user)
    return DemoSummary(parties=len(parties), contracts=count, obligations=obligations)


def _insert_parties(
    session: Session, rng: DemoRandom, count: int, stamp: datetime, user: str
) -> list[DemoParty]:
    rows = party_rows(rng, count, stamp, user)
    ids = _insert_and_read_ids(session, Party, [row for row, _country in rows])
    return [DemoParty(ids[row["uid"]], row["name"], country) for row, country in rows]


def _insert_and_read_ids(
    session: Session, entity: type[Party] | type[Contract], rows: list[dict[str, Any]]
) -> dict[str, int]:
    """Bulk-insert ``rows`` and map each uid to the id the database gave it."""
    # A plain executemany and one SELECT back: RETURNING over many rows makes
    # SQLAlchemy split the batch into small multi-row statements, which is slower.
    table = _table(entity)
    session.execute(insert(table), rows)
    uids = [row["uid"] for row in rows]
    found = session.execute(select(table.c.uid, table.c.id).where(table.c.uid.in_(uids)))
    return dict(found.all())


Chunk = list[tuple[DemoContract, list[dict[str, Any]]]]


def _chunks(
    rng: DemoRandom, parties: list[DemoParty], count: int, today: date, stamp: datetime,
    user: str,
) -> Iterator[Chunk]:
    # Each contract is drawn together with its obligations, so the rows do not
    # depend on the chunk size.
    chunk: Chunk = []
    for number in range(count):
        contract = demo_contract(rng, number, rng.pick(parties), today, stamp, user)
        chunk.append((contract, demo_obligations(rng, contract, today, stamp, user)))
        if len(chunk) == CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _insert_chunk(session: Session, chunk: Chunk, stamp: datetime, user: str) -> int:
    """Insert one chunk of contracts, their audit events and obligations; count the latter."""
    ids = _insert_and_read_ids(session, Contract, [contract.row for contract, _extra in chunk])
    audit = [_audit_row(contract.row, stamp, user) for contract, _extra in chunk]
    session.execute(insert(_table(AuditEvent)), audit)
    obligations = []
    for contract, rows in chunk:
        contract_id = ids[contract.row["uid"]]
        for row in rows:
            row["contract_id"] = contract_id
        obligations += rows
    if obligations:
        session.execute(insert(_table(Obligation)), obligations)
    return len(obligations)


def _table(entity: type[Base]) -> Table:
    """The Core table of a mapped class: plain executemany, no per-row ORM work."""
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def _audit_row(row: dict[str, Any], stamp: datetime, user: str) -> dict[str, Any]:
    return {
        "at": stamp,
        "user": user,
        "entity": "contract",
        "entity_uid": row["uid"],
        "contract_uid": row["uid"],
        "action": "create",
        "changes": {"reference": [None, row["reference"]], "title": [None, row["title"]]},
        "import_batch_id": None,
        "note": AUDIT_NOTE,
    }
