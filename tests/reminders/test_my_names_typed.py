"""The owner names that are "me", typed on one line with any keyboard's commas."""

from __future__ import annotations

from pathlib import Path

from contract_desk.services.reminders.people import my_names, save_my_names


def test_my_names_typed_with_chinese_commas_are_kept_apart(isolated_home: Path) -> None:
    assert save_my_names("王丽，WL、 Wang Li ;WL") == ["王丽", "WL", "Wang Li"]
    assert my_names() == ["王丽", "WL", "Wang Li"]


def test_a_list_of_names_is_kept_as_given(isolated_home: Path) -> None:
    assert save_my_names(["Kari, Nordmann", " KN "]) == ["Kari, Nordmann", "KN"]
