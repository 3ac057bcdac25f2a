"""``list --json`` writes its rows itself: the same text ``json.dumps(..., indent=2)`` writes."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from types import MappingProxyType

from contract_desk.cli.output import print_json, print_json_rows
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.listing.queries import list_contracts
from contract_desk.services.register.rows import ContractRow, ObligationRow, _JsonRow
from contract_desk.storage import Register

TODAY = date(2026, 5, 20)


def _both(rows: Sequence[object]) -> tuple[str, str]:
    fast, plain = io.StringIO(), io.StringIO()
    print_json_rows(rows, fast)
    print_json([row.to_json() for row in rows], plain)  # type: ignore[attr-defined]
    return fast.getvalue(), plain.getvalue()


def _listed(register: Register) -> list[ContractRow]:
    with register.transaction() as session:
        generate_demo(session, count=120, seed=3, today=TODAY)
    with register.transaction() as session:
        return list_contracts(session, today=TODAY)


def test_demo_rows_are_written_as_json_dumps_writes_them(register: Register) -> None:
    rows = _listed(register)
    fast, plain = _both(list(rows))
    assert fast == plain
    assert len(json.loads(fast)) == len(rows) > 100


def test_every_kind_of_value_is_written_the_same(register: Register) -> None:
    row = _listed(register)[0]
    odd = [
        row._replace(tags=("ramme", "Ø-IT", '"sitert"', "linje\nskift", "탭\t"),
                            custom=MappingProxyType({
                                "Kostnadssted": 4410, "Andel": 0.25, "Aktiv": True,
                                "Tom": None, "Liste": [1, "to", {"tre": [3.5]}],
                                "Kart": {"a": {"b": []}, "c": {}}, "中文": "合同\\路径",
                                "nan": float("nan"), "stor": 10**30}),
                            reminder_offsets=(90, 30, 0), value=Decimal("-1234.5000"),
                            title="Avtale \u2028 om \x07 drift", notes=None,
                            created_at=datetime(2026, 1, 2, 3, 4, 5, 600, tzinfo=UTC),
                            max_renewals=0, renewals=True),
        row._replace(tags=(), custom=MappingProxyType({}), reminder_offsets=(),
                            value=Decimal("0E-7"), currency=None),
        row._replace(reminder_offsets=None, value=None, signed_on=None),
    ]
    fast, plain = _both(odd)
    assert fast == plain
    assert json.loads(fast)[0]["custom"]["Liste"][2] == {"tre": [3.5]}


def test_other_rows_and_no_rows() -> None:
    assert _both([]) == ("[]\n", "[]\n")
    obligation = ObligationRow(
        id=1, uid="o-1", contract_uid="c-1", contract_reference=None, kind="deliverable",
        performer="us", title="Rapport", description="å\nø", due_date=date(2026, 2, 28),
        owner="Kari", amount=Decimal("10.00"), currency="NOK", status="scheduled", met_on=None,
        evidence_note=None, evidence_attachment_uid=None, recurrence="FREQ=MONTHLY",
        reminder_offsets=(7,), custom=MappingProxyType({"x": "y"}), version_id=3,
        created_at=None, created_by="t", updated_at=None, updated_by="t")
    fast, plain = _both([obligation, obligation])
    assert fast == plain


@dataclasses.dataclass(frozen=True, slots=True)
class _One(_JsonRow):
    when: object


def test_a_row_of_one_field_and_a_day_beside_its_midnight() -> None:
    rows = [_One(date(2026, 1, 1)), _One(datetime(2026, 1, 1)), _One(date(2026, 1, 1)),  # noqa: DTZ001
            _One(datetime(2026, 1, 1, tzinfo=UTC)), _One(None), _One(1.5)]
    fast, plain = _both(rows)
    assert fast == plain
    assert '"2026-01-01T00:00:00"' in fast and '"2026-01-01"' in fast
