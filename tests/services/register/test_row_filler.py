"""contract_row_of: the listing's fast way to make a ContractRow is the same row."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from contract_desk.services.register.rows import ContractRow, contract_row_of


def _values() -> list[object]:
    values: list[object] = []
    for field in dataclasses.fields(ContractRow):
        values.append({"id": 7, "tags": ("a",), "custom": None, "renewals": 2,
                       "start_date": date(2026, 1, 1)}.get(field.name, f"{field.name}!"))
    return values


def test_the_fast_row_equals_the_dataclass_row_in_every_way() -> None:
    values = _values()
    fast, slow = contract_row_of(*values), ContractRow(*values)
    assert type(fast) is ContractRow
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert fast is not slow and fast != dataclasses.replace(slow, id=8)
    assert dataclasses.astuple(fast) == tuple(values)
    assert dataclasses.replace(fast, title="other").title == "other"
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.title = "changed"  # type: ignore[misc]


def test_the_fast_row_takes_exactly_the_fields_in_order() -> None:
    values = _values()
    with pytest.raises(TypeError):
        contract_row_of(*values[:-1])
    with pytest.raises(TypeError):
        contract_row_of(*values, "one too many")
