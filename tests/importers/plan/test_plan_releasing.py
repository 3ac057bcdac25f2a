"""``build_plan(release_cells=True)``: the same plan, the sheet's data cells let go."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.bench_import import _write_register
from bench.corpus import Expected, load_expected
from contract_desk.importers.plan.pipeline import analyze, build_plan

EXPECTED = load_expected()


def _both(path: Path, *, sheet: str | None = None, overrides: dict[str, str] | None = None,
          currency: str | None = None) -> None:
    kept = analyze(path, sheet=sheet, overrides=overrides)
    released = analyze(path, sheet=sheet, overrides=overrides)
    above = released.sheet.rows[:released.header.first_data]
    below = released.sheet.rows[released.header.last_data + 1:]
    plan = build_plan(kept, default_currency=currency)
    assert plan.rows  # a real comparison
    assert build_plan(released, default_currency=currency, release_cells=True) == plan
    assert released.data_rows == []  # the cells are gone...
    assert released.sheet.rows[:released.header.first_data] == above  # ...only theirs
    assert released.sheet.rows[released.header.last_data + 1:] == below
    assert released.named_mapping() == kept.named_mapping()
    assert released.fingerprint == kept.fingerprint


@pytest.mark.parametrize("expected", EXPECTED, ids=[e.file for e in EXPECTED])
def test_the_same_plan_for_every_corpus_register(expected: Expected) -> None:
    _both(expected.path, sheet=expected.sheet, overrides=expected.overrides,
          currency=expected.currency)


def test_the_same_plan_for_the_benchmark_register(tmp_path: Path) -> None:
    # Title rows above the header, dates and amounts as cells and as text.
    _both(_write_register(tmp_path / "register.xlsx", 300), currency="NOK")
