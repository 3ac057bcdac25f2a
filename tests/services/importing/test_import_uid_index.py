"""The import's contract index keeps one uid per key as itself: the same answers as sets."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

from contract_desk.services.importing.matching import _Uids

OPERATIONS = st.lists(st.tuples(st.booleans(), st.sampled_from(["K-1", "K-2", ("a", "b")]),
                                st.sampled_from(["u1", "u2", "u3"])), max_size=30)


@given(OPERATIONS)
def test_uids_answer_as_a_defaultdict_of_sets(operations: list[tuple[bool, object, str]]) -> None:
    uids, model = _Uids(), defaultdict(set)
    for adding, key, uid in operations:
        if adding:
            uids.add(key, uid)
            model[key].add(uid)
        else:
            uids.discard(key, uid)
            model[key].discard(uid)
        for known in ("K-1", "K-2", ("a", "b"), "K-3"):
            assert uids.get(known) == model.get(known, set())


def test_what_get_gives_is_the_callers_own() -> None:
    uids = _Uids()
    uids.add("K-1", "u1")
    uids.get("K-1").add("u2")
    uids.add("K-2", "u1")
    uids.add("K-2", "u2")
    uids.get("K-2").clear()
    assert uids.get("K-1") == {"u1"} and uids.get("K-2") == {"u1", "u2"}
    assert uids.get("K-3") == set()
