"""How a check's next reminder days are cut into transactions (store.marks_in_steps)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from contract_desk.services.reminders import store
from contract_desk.services.reminders.scan import Marks, OneOffFill

DAY = date(2027, 2, 22)
FILL = OneOffFill(date(2027, 2, 20), date(2027, 3, 22), 30)


def _stored(marks: Marks, *, top: int, unknown: int) -> Any:
    state = SimpleNamespace(top=top, unknown_sums=(unknown,))
    plan = SimpleNamespace(marks=marks, watch=SimpleNamespace(tables={"obligation": state}))
    return SimpleNamespace(plan=plan, redone=None)


def _mark(row: int) -> dict[str, Any]:
    return {"row": row, "version": 1, "day": DAY, "of_contract": 1, "of_version": 1}


def test_after_a_big_import_each_range_of_ids_stores_its_days_and_fills_at_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A sixth of the rows computed one by one, spread over the table: stored in their
    # range's write with its fills, each page of the table written once, not twice.
    monkeypatch.setattr(store, "FILL_IDS", 100)
    monkeypatch.setattr(store, "IDLE_STEP", 10)
    rows = [_mark(row) for row in (420, 7, 99, 100, 250, 1, 199, 333, 405)]
    contracts = [{"row": row, "version": 1, "day": DAY} for row in range(1, 8)]
    marks = Marks(contracts, rows, one_offs=FILL, idle_until=date.max,
                  passed_until=DAY)

    steps = list(store.marks_in_steps(_stored(marks, top=420, unknown=400), size=3,
                                      ranged=True))

    # The contracts first, in steps of their own; then a step per range of obligation ids,
    # the last one open-ended; then the rows passed over moved on.
    assert [[m["row"] for m in step.contracts] for step in steps[:3]] == [
        [1, 2, 3], [4, 5, 6], [7]]
    assert all(not step.obligations and step.one_offs is None for step in steps[:3])
    ranges = steps[3:-1]
    assert [step.fill_ids for step in ranges] == [(0, 100), (100, 200), (200, 300),
                                                  (300, 400), (400, None)]
    assert [[m["row"] for m in step.obligations] for step in ranges] == [
        [1, 7, 99], [100, 199], [250], [333], [405, 420]]
    assert all(step.one_offs == FILL and step.idle_until == date.max
               and not step.contracts for step in ranges)
    assert steps[-1].passed_until == DAY and not steps[-1].obligations


def test_on_a_usual_day_the_days_go_in_steps_and_the_few_fills_after(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "IDLE_STEP", 1000)  # few unknown days: no ranges
    rows = [_mark(row) for row in (5, 3, 9)]
    marks = Marks([], rows, one_offs=FILL)

    steps = list(store.marks_in_steps(_stored(marks, top=9, unknown=3), size=2, ranged=True))

    assert [[m["row"] for m in step.obligations] for step in steps] == [[5, 3], [9], []]
    assert steps[-1].one_offs == FILL and steps[-1].fill_ids == (0, None)
    assert steps[-1].idle_until is None


def test_as_on_postgresql_both_fills_go_by_ranges_of_ids_after_the_computed_days(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Not ranged (PostgreSQL): the computed days in steps of their own, then each range
    # of IDLE_STEP ids takes both fills in one write.
    monkeypatch.setattr(store, "IDLE_STEP", 100)
    rows = [_mark(row) for row in (250, 7, 120)]
    marks = Marks([], rows, one_offs=FILL, idle_until=DAY)

    steps = list(store.marks_in_steps(_stored(marks, top=250, unknown=240), size=2))

    assert [[m["row"] for m in step.obligations] for step in steps[:2]] == [[250, 7], [120]]
    assert all(step.one_offs is None and step.idle_until is None for step in steps[:2])
    fills = steps[2:]
    assert [step.fill_ids for step in fills] == [(0, 100), (100, 200), (200, None)]
    assert all(step.one_offs == FILL and step.idle_until == DAY and not step.obligations
               for step in fills)


def test_nothing_to_fill_adds_no_step() -> None:
    marks = Marks([], [_mark(4)])

    steps = list(store.marks_in_steps(_stored(marks, top=4, unknown=1), size=2))

    assert [[m["row"] for m in step.obligations] for step in steps] == [[4]]
