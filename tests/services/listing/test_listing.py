"""What the window lists: health from key dates and obligations, saved views, search."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.domain.health import Health
from contract_desk.services import add_obligation, create_contract, mark_obligation
from contract_desk.services.listing.saved_views import (
    group_counts,
    matches,
    search_words,
    view_by_key,
    view_counts,
)
from contract_desk.services.listing.window_list import load_listing
from contract_desk.storage import Register

TODAY = date(2026, 11, 23)


@pytest.fixture
def listed(register: Register):
    with register.transaction() as session:
        def add(**fields):
            return create_contract(session, {"owner": "Kari", **fields}, user="t", today=TODAY)

        calm = add(reference="CALM", title="Calm", start_date="2026-01-01", end_date="2030-01-01")
        # Notice deadline 2026-11-30: within 7 days -> at risk.
        add(reference="RISK", title="Risk", start_date="2024-01-01", end_date="2026-12-31",
            renewal="automatic", notice_period="1 month", counterparty="Nordlys Energi AS")
        # Expires for good in 60 days -> attention.
        add(reference="SOON", title="Soon", start_date="2025-01-22", end_date="2027-01-21",
            owner="Per", counterparty="Nordlys Energi AS")
        add(reference="DONE", title="Done", start_date="2020-01-01", end_date="2021-01-01")
        late = add_obligation(session, calm.uid, {"title": "Deliver", "due_date": "2026-11-01"},
                              user="t")
        series = add_obligation(session, calm.uid, {"title": "Fee", "due_date": "2026-01-15",
                                                    "recurrence": "FREQ=MONTHLY"}, user="t")
        assert series.status == "scheduled"
    with register.transaction() as session:
        items = load_listing(session, today=TODAY)
    return {item.row.reference: item for item in items}, late


def test_health_comes_from_dates_and_obligations(listed) -> None:
    items, _ = listed
    assert items["CALM"].health is Health.OVERDUE and items["CALM"].overdue_obligations == 1
    assert items["RISK"].health is Health.AT_RISK
    assert items["SOON"].health is Health.ATTENTION
    assert items["DONE"].health is Health.ENDED


def test_meeting_the_late_obligation_clears_overdue(register: Register, listed) -> None:
    _, late = listed
    with register.transaction() as session:
        mark_obligation(session, late.uid, "met", met_on=TODAY, expected_version=1, user="t")
    with register.transaction() as session:
        calm = next(i for i in load_listing(session, today=TODAY) if i.row.reference == "CALM")
    # The monthly fee's next occurrence (2026-12-15) is 22 days away: attention.
    assert calm.health is Health.ATTENTION and calm.overdue_obligations == 0


def test_saved_views_count_and_filter(listed) -> None:
    items, _ = listed
    everything = list(items.values())
    counts = view_counts(everything, TODAY)
    assert counts["all"] == 4
    assert counts["notice_due"] == 1   # RISK's notice deadline is in 7 days
    assert counts["expiring"] == 1     # SOON ends for good; RISK renews by itself
    assert counts["overdue"] == 1
    assert counts["expired"] == 1
    owner_view = view_by_key("owner:Per")
    assert [i.row.reference for i in everything if owner_view.rule(i, TODAY)] == ["SOON"]
    assert group_counts(everything, "counterparty")[0] == ("Nordlys Energi AS", 2)


def test_search_needs_every_word(listed) -> None:
    items, _ = listed
    words = search_words("nordlys SOON")
    assert [ref for ref, item in items.items() if matches(item, words)] == ["SOON"]


def test_an_unknown_view_is_an_error() -> None:
    with pytest.raises(KeyError):
        view_by_key("colour:red")


def test_the_same_series_on_many_contracts_is_summarised_for_each(register: Register) -> None:
    # Series with the same first day and rule are expanded once: each contract must still
    # get its own next occurrence and its own recorded miss.
    with register.transaction() as session:
        made = [create_contract(session, {"reference": f"S{n}", "title": "Series", "owner": "Kari",
                                          "start_date": "2026-01-01", "end_date": "2030-01-01"},
                                user="t", today=TODAY) for n in range(3)]
        uids = [add_obligation(session, contract.uid,
                               {"title": "Fee", "due_date": "2026-01-15",
                                "recurrence": "FREQ=MONTHLY"}, user="t").uid
                for contract in made]
        add_obligation(session, made[2].uid, {"title": "Report", "due_date": "2026-03-31",
                                              "recurrence": "FREQ=YEARLY"}, user="t")
        mark_obligation(session, uids[1], "not_met", expected_version=1, user="t")
    with register.transaction() as session:
        items = {item.row.reference: item for item in load_listing(session, today=TODAY)}
    # The next monthly fee (2026-12-15) is 22 days away.
    assert items["S0"].health is Health.ATTENTION and items["S0"].overdue_obligations == 0
    assert items["S1"].health is Health.OVERDUE and items["S1"].overdue_obligations == 1
    assert items["S2"].health is Health.ATTENTION and items["S2"].overdue_obligations == 0


def test_search_looks_through_tags_and_custom_fields(register: Register) -> None:
    with register.transaction() as session:
        create_contract(session, {"reference": "K-1", "title": "Rammeavtale", "tags": ["Ø-IT"],
                                  "custom": {"Kostnadssted": 4410, "Tom": None,
                                             "Merknad": "Straße"}},
                        user="t", today=TODAY)
    with register.transaction() as session:
        (item,) = load_listing(session, today=TODAY)
    for text in ("ø-it", "4410", "STRASSE", "k-1 rammeavtale"):
        assert matches(item, search_words(text)), text
    assert not matches(item, search_words("none"))
