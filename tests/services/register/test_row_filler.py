"""ContractRow is a named tuple: made in one call, read-only, and what contract_row_of makes."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.services.register.rows import ContractRow, contract_row_of, field_names


def _values() -> list[object]:
    return [{"id": 7, "tags": ("a",), "custom": None, "renewals": 2,
             "start_date": date(2026, 1, 1)}.get(name, f"{name}!")
            for name in ContractRow._fields]


def test_the_listing_row_is_the_named_row_in_every_way() -> None:
    values = _values()
    fast, slow = contract_row_of(*values), ContractRow(*values)
    assert type(fast) is ContractRow
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert fast is not slow and fast != slow._replace(id=8)
    assert tuple(fast) == tuple(values)
    assert fast._replace(title="other").title == "other"
    assert fast.start_date == date(2026, 1, 1) and fast.renewals == 2
    with pytest.raises(AttributeError):
        fast.title = "changed"  # type: ignore[misc]


def test_the_row_takes_exactly_the_fields_in_order() -> None:
    values = _values()
    with pytest.raises(TypeError):
        contract_row_of(*values[:-1])
    with pytest.raises(TypeError):
        contract_row_of(*values, "one too many")
    assert field_names(ContractRow) == ContractRow._fields
    assert ContractRow._fields[:3] == ("id", "uid", "reference")


def test_its_json_is_each_field_by_name() -> None:
    row = contract_row_of(*_values())
    shown = row.to_json()
    assert list(shown) == list(ContractRow._fields)
    assert shown["start_date"] == "2026-01-01" and shown["tags"] == ["a"]
    assert shown["title"] == "title!"
