"""Rows made by a positional maker are the rows their class makes."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

import pytest

from contract_desk.domain.health import Health
from contract_desk.services.listing.saved_views import Listed, listed_of
from contract_desk.services.register.rows import (
    ObligationRow,
    obligation_row_of,
    positional_maker,
)


def test_an_obligation_row_made_fast_is_the_row_the_class_makes() -> None:
    values = [f"value {index}" for index in range(len(fields(ObligationRow)))]
    made, built = obligation_row_of(*values), ObligationRow(*values)
    assert made == built and type(made) is ObligationRow
    assert [getattr(made, item.name) for item in fields(ObligationRow)] == values
    with pytest.raises(TypeError):
        obligation_row_of(*values[:-1])  # every field, none left to a default


def test_a_field_named_like_the_new_object_is_set_to_its_value() -> None:
    # Listed's first field is called "row": a maker whose new object was called "row"
    # too set that field to the object itself.
    row = object()
    made = listed_of(row, Health.AT_RISK, 2, "haystack")
    assert made == Listed(row, Health.AT_RISK, 2, "haystack")  # type: ignore[arg-type]
    assert made.row is row and made.health is Health.AT_RISK


def test_a_class_with_a_field_the_maker_would_shadow_is_refused() -> None:
    @dataclass(frozen=True, slots=True)
    class Clash:
        _made: int
        day: date

    with pytest.raises(TypeError, match="Clash"):
        positional_maker(Clash)
