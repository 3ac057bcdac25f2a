"""The history's "What": every event the register writes has words, in every language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_desk import i18n
from contract_desk.domain.event_words import EVENT_WORDS, event_words

SOURCE = Path(__file__).resolve().parents[2] / "contract_desk"


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


def _recorded_entities() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        found |= set(re.findall(r'entity="([a-z_]+)"', path.read_text(encoding="utf-8")))
    return found


def test_every_entity_the_register_records_has_words() -> None:
    assert _recorded_entities() <= {entity for entity, _action in EVENT_WORDS}


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Contract changed"), ("ko", "계약 변경"), ("nb", "Kontrakt endret"),
    ("zh_CN", "已修改合同"),
])
def test_an_event_is_said_in_the_language(language: str, expected: str) -> None:
    i18n.use_language(language)
    assert event_words("contract", "update") == expected


def test_an_unknown_pair_keeps_its_thing_translated_and_its_code() -> None:
    i18n.use_language("nb")
    assert event_words("contract", "archive") == "Kontrakt: archive"
    assert event_words("gadget", "spin_up") == "gadget: spin up"
