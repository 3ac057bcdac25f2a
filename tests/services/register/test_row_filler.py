"""contract_row_of and new_contract_row: the listing's fast ways to make a ContractRow
make the same row as ContractRow(...), read-only like every other row."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from contract_desk.services.register.rows import ContractRow, contract_row_of, new_contract_row


def _values() -> list[object]:
    return [{"id": 7, "tags": ("a",), "custom": None, "renewals": 2,
             "start_date": date(2026, 1, 1)}.get(name, f"{name}!")
            for name in ContractRow._fields]


def test_the_fast_rows_equal_the_named_row_in_every_way() -> None:
    values = _values()
    slow = ContractRow(*values)
    keyword = ContractRow(**dict(zip(ContractRow._fields, values, strict=True)))
    for fast in (contract_row_of(*values), new_contract_row(ContractRow, tuple(values))):
        assert type(fast) is ContractRow
        assert fast == slow == keyword and hash(fast) == hash(slow) and repr(fast) == repr(slow)
        assert fast is not slow and fast != slow._replace(id=8)
        assert tuple(fast) == tuple(values)
        assert fast._replace(title="other").title == "other" and fast.title == "title!"
        assert pickle.loads(pickle.dumps(fast)) == fast  # as a window's worker hands it over
        assert fast.to_json()["start_date"] == "2026-01-01" and fast.to_json()["tags"] == ["a"]
        with pytest.raises(AttributeError):
            fast.title = "changed"  # type: ignore[misc]


def test_the_fast_row_takes_exactly_the_fields_in_order() -> None:
    values = _values()
    with pytest.raises(TypeError):
        contract_row_of(*values[:-1])
    with pytest.raises(TypeError):
        contract_row_of(*values, "one too many")
    assert contract_row_of(*values).effective_status == "effective_status!"
    assert contract_row_of(*values).id == 7
