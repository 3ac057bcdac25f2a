"""The table model's filtering and sorting, checked against a plain recomputation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from contract_desk.domain.health import Health
from contract_desk.services.listing.saved_views import Listed, haystack, view_by_key
from contract_desk.services.register.contract_records import contract_row
from contract_desk.ui.table.model import ContractTableModel

TODAY = date(2026, 11, 23)
WORDS = ["nord", "no", "ab", "abc", "b", "oslo", ""]


def item(number: int, title: str, owner: str, value: str | None) -> Listed:
    row = contract_row({"id": number, "uid": f"u{number}", "title": title, "owner": owner,
                        "value": Decimal(value) if value else None, "version_id": 1}, TODAY)
    return Listed(row, Health.ON_TRACK, 0, haystack(row))


ITEMS = [item(1, "Nordlys abc", "Per", "10"), item(2, "Oslo ab", "Kari", None),
         item(3, "Bergen b", "Per", "2.5"), item(4, "Nord abc oslo", "Ola", "300")]


def expected(view: str, text: str) -> set[str]:
    rule = view_by_key(view).rule
    words = text.casefold().split()
    return {i.row.uid for i in ITEMS
            if rule(i, TODAY) and all(word in i.haystack for word in words)}


def shown(model: ContractTableModel) -> set[str]:
    return {model.item_at(r).row.uid for r in range(model.rowCount())}


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(st.tuples(st.sampled_from(["all", "owner:Per", "owner:Kari"]),
                                st.sampled_from(WORDS)), min_size=1, max_size=8))
def test_any_sequence_of_views_and_searches_shows_exactly_the_matches(qapp, steps) -> None:
    model = ContractTableModel()
    model.set_items(ITEMS, TODAY)
    for view, text in steps:
        model.set_filter(view_key=view, search=text)
        assert shown(model) == expected(view, text)
        model.set_filter(search=text + "c")  # typing on narrows from what is shown
        assert shown(model) == expected(view, text + "c")


def test_sorting_puts_empty_values_last_both_ways(qapp) -> None:
    model = ContractTableModel()
    model.set_items([replace(i) for i in ITEMS], TODAY)
    value = model.column_index("value")
    model.sort(value, Qt.SortOrder.AscendingOrder)
    assert [model.item_at(r).row.uid for r in range(4)] == ["u3", "u1", "u4", "u2"]
    model.sort(value, Qt.SortOrder.DescendingOrder)
    assert [model.item_at(r).row.uid for r in range(4)] == ["u4", "u1", "u3", "u2"]


# Decimals that round to the same float (they differ past the 17th digit), the
# same amount written two ways, and plain amounts.
AMOUNTS = ["0.1", "0.10", "0.1000000000000000000001", "0.0999999999999999999999",
           "1e400", "-1e400", "123456789012345678.01", "123456789012345678.02", "-5", "0",
           "7.25", "7.250", None]


@settings(max_examples=80, deadline=None)
@given(values=st.lists(st.sampled_from(AMOUNTS), min_size=1, max_size=30),
       descending=st.booleans())
def test_money_sorts_exactly_and_stably_like_a_plain_sort_of_the_decimals(
        qapp, values, descending) -> None:
    items = [item(n, f"c{n}", "Per", v) for n, v in enumerate(values)]
    model = ContractTableModel()
    model.set_items(items, TODAY)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(model.column_index("value"), order)
    present = [i for i in items if i.row.value is not None]
    # Python's sort is stable also when reversed: equal amounts keep their order.
    plain = sorted(present, key=lambda i: i.row.value, reverse=descending)
    wanted = [i.row.uid for i in plain] + [i.row.uid for i in items if i.row.value is None]
    assert [model.item_at(r).row.uid for r in range(model.rowCount())] == wanted


def test_status_renewal_and_notice_period_read_as_words_in_the_language(qapp) -> None:
    from contract_desk import i18n

    row = contract_row({"id": 9, "uid": "u9", "title": "Lease", "version_id": 1,
                        "start_date": date(2025, 1, 1), "end_date": date(2027, 12, 31),
                        "renewal": "automatic", "notice_period": "3 months"}, TODAY)
    model = ContractTableModel()
    model.set_items([Listed(row, Health.ON_TRACK, 0, haystack(row))], TODAY)

    def shown_in(key: str) -> str:
        return model.data(model.index(0, model.column_index(key)))

    assert (shown_in("status"), shown_in("renewal"), shown_in("notice_period")) == (
        "Active", "Automatic renewal", "3 months")
    try:
        i18n.use_language("nb")
        assert (shown_in("status"), shown_in("renewal"), shown_in("notice_period")) == (
            i18n._("Active"), i18n._("Automatic renewal"), "3 måneder")
        assert i18n._("Active") != "Active"
    finally:
        i18n.use_language("en")
