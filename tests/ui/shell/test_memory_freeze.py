"""The collector and large listings: paused while they are built, frozen out once shown."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from window_load import wait_until_loaded

from contract_desk.gc_pause import paused_gc, pausing
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.listing import queries
from contract_desk.services.listing.window_list import load_listing
from contract_desk.storage import Register
from contract_desk.ui.common.collector import collect_due
from contract_desk.ui.shell import main_window
from contract_desk.ui.shell.memory import release_free_memory


class _Node:
    me: _Node | None = None


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("unfrozen")
def test_a_load_freezes_what_survives_and_the_next_load_looks_at_it_again() -> None:
    kept = _Node()
    kept.me = kept  # a cycle still in use when the register was loaded
    alive = weakref.ref(kept)
    release_free_memory()
    assert gc.get_freeze_count() > 0
    assert not any(o is kept for o in gc.get_objects())  # no collection walks it now
    del kept  # garbage now, but frozen: a collection (the timer's) does not walk it
    gc.collect()
    assert alive() is not None
    release_free_memory()  # the next large load unfreezes first: collected at last
    assert alive() is None


def test_the_gui_collector_waits_while_a_worker_builds_a_listing() -> None:
    gc.collect()
    threshold = gc.get_threshold()[0]
    try:
        gc.set_threshold(10, 1, 1)
        junk = [[i] for i in range(50)]  # enough new objects to make a collection due
        with paused_gc():
            assert pausing()
            assert collect_due() is None
        assert not pausing()
        assert collect_due() is not None
        del junk
    finally:
        gc.set_threshold(threshold, *gc.get_threshold()[1:])


def test_a_listing_pauses_the_collector_and_resumes_it(sqlite_register: Register) -> None:
    seen: list[bool] = []
    with sqlite_register.transaction() as session:
        generate_demo(session, count=5, seed=1, today=date(2026, 5, 20))
    with sqlite_register.reading() as session:
        original = queries._rows

        def watched(*args: object, **kwargs: object) -> object:
            for row in original(*args, **kwargs):  # type: ignore[arg-type]
                seen.append(pausing())
                yield row

        queries._rows = watched  # type: ignore[assignment]
        try:
            rows = load_listing(session, today=date(2026, 5, 20))
        finally:
            queries._rows = original  # type: ignore[assignment]
    assert len(rows) == 5 and seen == [True] * 5 and not pausing()


@pytest.mark.usefixtures("unfrozen")
def test_the_window_freezes_a_large_listing_and_collects_what_earlier_loads_kept(
        qtbot: Any, sqlite_register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "LARGE_REGISTER", 2)  # 5 contracts count as large
    with sqlite_register.transaction() as session:
        generate_demo(session, count=5, seed=1, today=date(2026, 5, 20))
    gc.unfreeze()
    window = main_window.MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    assert window.model.total_count() == 5 and gc.get_freeze_count() > 0
    listed = window.model.all_items()[0]
    assert not any(o is listed for o in gc.get_objects())  # frozen: no collection walks it
    kept = _Node()
    kept.me = kept  # a cycle frozen by that load and garbage since
    alive = weakref.ref(kept)
    gc.freeze()
    del kept
    gc.collect()
    assert alive() is not None
    window.load_now()  # the next load collects what the last one kept first
    assert alive() is None and window.model.total_count() == 5
    assert gc.get_freeze_count() > 0
