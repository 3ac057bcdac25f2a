"""After a large register is loaded, what survives is left out of later collections."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

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
