"""Lists typed on one line: an English, Korean, Chinese or Japanese keyboard's separators."""

from __future__ import annotations

import pytest

from contract_desk.domain.typed_lists import split_typed_list, typed_list_text
from contract_desk.domain.validation import to_offsets, to_tags


@pytest.mark.parametrize(("typed", "items"), [
    ("critical, IT", ["critical", "IT"]),
    ("关键，IT", ["关键", "IT"]),
    ("关键、IT、租赁", ["关键", "IT", "租赁"]),
    ("중요; IT", ["중요", "IT"]),
    ("重要；IT", ["重要", "IT"]),
    ("kritisk ,  leie ,, IT ", ["kritisk", "leie", "IT"]),
    ("a,，、;；b", ["a", "b"]),
    ("  ", []),
    ("Kari Nordmann", ["Kari Nordmann"]),
])
def test_every_separator_splits_a_typed_list(typed: str, items: list[str]) -> None:
    assert split_typed_list(typed) == items


def test_a_list_written_back_is_read_again_the_same() -> None:
    items = ["计划", "Kari Nordmann", "중요"]
    assert split_typed_list(typed_list_text(items)) == items


def test_tags_take_full_width_and_ideographic_commas() -> None:
    assert to_tags("关键，IT、关键") == ["关键", "IT"]
    assert to_tags("leie; IT") == ["leie", "IT"]


def test_reminder_days_take_full_width_commas_and_digits() -> None:
    assert to_offsets("３０，７、0") == [30, 7, 0]
