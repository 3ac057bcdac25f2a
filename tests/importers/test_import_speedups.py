"""What the import's speed-ups must not change: parsing, errors and the collector."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.gc_pause import paused_gc
from contract_desk.importers.errors import ValueParseError
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.field_parsers import MEMO_TRIAL, column_plan
from contract_desk.services import create_contract, list_contracts, list_parties
from contract_desk.services.importing.batches import commit_import
from contract_desk.services.importing.new_contracts import CHUNK
from contract_desk.storage import Register


def test_equal_cells_of_other_types_are_read_each_in_their_own_way() -> None:
    plan = column_plan("max_renewals", [1, 1.0, True])
    assert plan.read(3) == ("3", {"max_renewals": 3})
    assert plan.read(3.0) == ("3", {"max_renewals": 3})
    text, result = plan.read(True)  # equal to 1 and hashed alike, but a yes, not a number
    assert text == "True" and isinstance(result, ValueParseError)
    assert plan.read(1) == ("1", {"max_renewals": 1})


def test_a_remembered_cell_parses_as_the_first_time() -> None:
    plan = column_plan("start_date", ["31.12.2025", "01.02.2026"])
    first = plan.read("31.12.2025")
    assert first == ("31.12.2025", {"start_date": date(2025, 12, 31)})
    assert plan.read("31.12.2025") == first
    assert len(plan.memo) == 1


def test_a_column_of_all_different_cells_remembers_few_and_reads_the_same() -> None:
    unique = [f"{n},50" for n in range(3 * MEMO_TRIAL)]
    plan, fresh = column_plan("value", unique[:50]), column_plan("value", unique[:50])
    read = [plan.read(cell) for cell in unique]
    assert len(plan.memo) == MEMO_TRIAL  # not one per cell, up to MEMO_LIMIT
    assert read == [fresh.read(cell) for cell in unique] == [plan.read(cell) for cell in unique]
    assert read[5] == ("5,50", {"value": Decimal("5.50")})


def test_a_column_that_repeats_its_cells_remembers_each_of_them() -> None:
    days = [f"{1 + n % 28:02d}.{1 + n // 28 % 12:02d}.{2000 + n // 336}" for n in range(1500)]
    plan = column_plan("start_date", days[:50])
    for _ in range(4):  # 1,500 start dates, in a register of 6,000 contracts
        for day in days:
            plan.read(day)
    assert len(plan.memo) == len(set(days)) > MEMO_TRIAL  # used again: kept past the trial
    assert plan.read(days[1400]) == (days[1400], {"start_date": date(2004, 3, 1)})


def test_every_cell_that_cannot_be_read_is_reported_even_when_repeated(tmp_path: Path) -> None:
    path = tmp_path / "repeats.csv"
    lines = ["Avtalenr;Tittel;Startdato"]
    lines += [f"K-{n};Avtale {n};{'snart' if n % 2 else f'{n + 1:02d}.01.2026'}"
              for n in range(10)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = build_plan(analyze(path, overrides={"Startdato": "start_date"}))
    cells = [p.cell for p in plan.problems if p.value == "snart"]
    assert cells == [f"repeats!C{n}" for n in range(3, 12, 2)]
    assert [row.custom.get("Startdato") for row in plan.rows[1::2]] == ["snart"] * 5
    assert plan.rows[2].fields["start_date"] == date(2026, 1, 3)


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The automatic collector on, as a program without a window runs (the test
    session keeps it off: tests/conftest.py)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_pauses_nest_and_give_the_collector_back_as_it_was() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_overlapping_pauses_in_two_threads_enable_the_collector_once_both_end() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused_gc():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with paused_gc():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread's pause still runs
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_register_bigger_than_a_chunk_creates_each_counterparty_once(
    sqlite_register: Register, tmp_path: Path
) -> None:
    rows = CHUNK * 2 + 7
    path = tmp_path / "big.csv"
    lines = ["Avtalenr;Tittel;Leverandør"]
    lines += [f"B-{n};Avtale {n};{'Nordlys AS' if n % 2 else 'NORDLYS  as'}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with sqlite_register.transaction() as session:
        result = commit_import(session, build_plan(analyze(path)), user="t",
                               today=date(2026, 11, 23))
    assert result.created == rows
    with sqlite_register.transaction() as session:
        assert [p.name for p in list_parties(session)] == ["NORDLYS as"]
        listed = list_contracts(session, today=date(2026, 11, 23))
    assert len(listed) == rows and {c.counterparty for c in listed} == {"NORDLYS as"}


def test_a_new_counterparty_named_by_a_new_and_an_updated_contract_is_one_party(
    sqlite_register: Register, tmp_path: Path
) -> None:
    today = date(2026, 11, 23)
    with sqlite_register.transaction() as session:
        create_contract(session, {"reference": "E-1", "title": "Husleie",
                                  "counterparty": "Gammel AS"}, user="t", today=today)
    path = tmp_path / "changed.csv"
    path.write_text("Avtalenr;Tittel;Leverandør\nN-1;Renhold;Fersk AS\nE-1;Husleie;Fersk AS\n",
                    encoding="utf-8")
    with sqlite_register.transaction() as session:
        result = commit_import(session, build_plan(analyze(path)), user="t", today=today)
    assert (result.created, result.updated) == (1, 1)
    with sqlite_register.transaction() as session:
        assert sorted(p.name for p in list_parties(session)) == ["Fersk AS", "Gammel AS"]
        listed = {c.reference: c.counterparty for c in list_contracts(session, today=today)}
    assert listed == {"E-1": "Fersk AS", "N-1": "Fersk AS"}
