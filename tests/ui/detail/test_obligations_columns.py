"""The Obligations tab keeps Amount and Met on in view in a narrow pane.

Every column fitted its contents once, so in the detail pane's usual width a long
title pushed the amount and the day an obligation was met past the right edge,
behind a horizontal scrollbar. They now come right after the title, and the Title
column gives way (its tooltip holds the whole title), taking its width back when the
pane is wider.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from contract_desk.domain import clock
from contract_desk.services import add_obligation, create_contract, get_contract, list_obligations
from contract_desk.storage import Register, open_register
from contract_desk.ui.detail.obligations_tab import HEADERS, MIN_TITLE, TITLE_COLUMN, ObligationsTab

TODAY = date(2026, 12, 7)
TITLE = ("Quarterly report on the maintenance of every lift, escalator and fire door in the "
         "three buildings")


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    clock.freeze(TODAY)
    register = open_register(tmp_path / "obligations.sqlite3")
    with register.transaction() as session:
        uid = create_contract(session, {"reference": "S-1", "title": "Facility services",
                                        "start_date": date(2025, 1, 1),
                                        "end_date": date(2027, 12, 31), "owner": "Kari",
                                        "value": "240000", "currency": "NOK"}, user="kari").uid
        add_obligation(session, uid, {"kind": "report", "title": TITLE,
                                      "due_date": date(2027, 1, 15), "amount": "12500.50"},
                       user="kari")
        add_obligation(session, uid, {"kind": "payment", "title": "Invoice",
                                      "due_date": date(2026, 12, 1), "amount": "20000"},
                       user="kari")
    yield register
    register.close()


def _right_edge(tab: ObligationsTab) -> int:
    return sum(tab.tree.columnWidth(column) for column in range(len(HEADERS)))


def _tab(qtbot: Any, register: Register, width: int) -> ObligationsTab:
    """The tab at ``width`` pixels, listing the contract's obligations."""
    with register.reading() as session:
        contract = get_contract(session, "S-1")
        rows = list_obligations(session, contract.uid)
    tab = ObligationsTab(register)
    qtbot.addWidget(tab)
    tab.resize(width, 300)
    tab.show()
    qtbot.waitExposed(tab)
    tab.fill(contract, TODAY, rows)
    return tab


def test_a_narrow_pane_narrows_the_title_not_the_amount_and_met_on(
        qtbot: Any, register: Register) -> None:
    tab = _tab(qtbot, register, 1400)
    wide_title = tab.tree.columnWidth(TITLE_COLUMN)
    assert wide_title == tab.natural[TITLE_COLUMN]  # room enough: the whole title
    assert _right_edge(tab) <= tab.tree.viewport().width()
    tab.resize(640, 300)  # the detail pane's usual width
    qtbot.waitUntil(lambda: tab.tree.columnWidth(TITLE_COLUMN) < wide_title, timeout=2000)
    assert _right_edge(tab) <= tab.tree.viewport().width()  # Met on in view
    assert tab.tree.columnWidth(TITLE_COLUMN) >= MIN_TITLE
    item = next(tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())
                if tab.tree.topLevelItem(i).text(TITLE_COLUMN) == TITLE)
    assert item.toolTip(TITLE_COLUMN) == TITLE
    tab.resize(1400, 300)  # wider again: the title takes its width back
    qtbot.waitUntil(lambda: tab.tree.columnWidth(TITLE_COLUMN) == wide_title, timeout=2000)


def test_a_very_narrow_pane_keeps_a_readable_title(qtbot: Any, register: Register) -> None:
    tab = _tab(qtbot, register, 300)
    assert tab.tree.columnWidth(TITLE_COLUMN) == MIN_TITLE  # scrolled to, not squeezed away
