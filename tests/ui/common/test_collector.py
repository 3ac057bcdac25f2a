"""Python's collector runs on the GUI thread from a timer, never on a worker."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from contract_desk.ui.common.collector import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture
def low_thresholds() -> Iterator[None]:
    kept = gc.get_threshold()
    gc.set_threshold(5, 1, 1)
    yield
    gc.set_threshold(*kept)


@pytest.mark.usefixtures("low_thresholds")
def test_a_cycle_is_collected_by_the_timer_on_the_gui_thread(qtbot) -> None:
    parent = QObject()
    collector = GuiThreadCollector(parent, interval_ms=10)
    assert not gc.isenabled()
    threads: list[str] = []
    gc.callbacks.append(lambda phase, info: threads.append(threading.current_thread().name))
    try:
        first, second = Node(), Node()
        first.other, second.other = second, first
        gone = weakref.ref(first)
        del first, second
        _garbage = [Node() for _ in range(50)]  # past the threshold
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    finally:
        gc.callbacks.pop()
        collector.stop()
        gc.disable()  # as the test session keeps it (tests/conftest.py)
    assert threads and set(threads) == {threading.main_thread().name}


def test_stop_gives_automatic_collection_back() -> None:
    parent = QObject()
    collector = GuiThreadCollector(parent, interval_ms=10_000)
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()
