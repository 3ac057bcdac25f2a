"""The editor's notice rules: to a month end, public holidays, postal days, the earliest end."""

from __future__ import annotations

from datetime import date

import pytest
from window_load import wait_until_loaded

from contract_desk.services import create_contract, get_contract
from contract_desk.storage import Register
from contract_desk.ui.shell.main_window import MainWindow

TODAY = date(2026, 12, 4)


@pytest.fixture
def window(qtbot, sqlite_register: Register) -> MainWindow:
    with sqlite_register.transaction() as session:
        create_contract(session, {"reference": "L-1", "title": "Lease",
                                  "start_date": date(2026, 1, 1), "end_date": date(2027, 6, 30),
                                  "notice_period": "3 months", "notice_to": "month-end",
                                  "holiday_country": "NO", "postal_days": 2}, user="tester")
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    return window


def _choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_a_stored_contract_shows_its_notice_rules(window: MainWindow) -> None:
    assert window.select_uid(window.model.item_at(0).row.uid)
    assert window.detail.loading.op is not None and window.detail.loading.op.wait(10_000)
    form = window.detail.form
    assert form.widgets["notice_to"].currentData() == "month-end"
    assert form.widgets["holiday_country"].currentText() == "Norway (NO)"
    assert form.widgets["holiday_country"].currentData() == "NO"
    assert form.widgets["postal_days"].suffix() == " working days"
    assert form.widgets["postal_days"].value() == 2
    form.widgets["postal_days"].setValue(1)
    assert form.widgets["postal_days"].suffix() == " working day"
    form.widgets["postal_days"].setValue(2)
    fmt = window.detail.formatter.date
    # Deadline Wed 2027-03-31; two postal days back over Norway's Easter: Wed 2027-03-24.
    assert form.key_dates.values["send_by"].text() == fmt(date(2027, 3, 24))


def test_an_open_ended_contract_is_typed_in_with_its_rules_and_saved(
        window: MainWindow, save_detail) -> None:
    window.new_contract()
    form = window.detail.form
    form.today = TODAY  # the earliest end counts from "today"
    form.widgets["title"].setText("Office cleaning")
    form.widgets["start_date"].set_value(date(2025, 1, 1))
    form.widgets["notice_period"].setText("3 months")
    fmt = window.detail.formatter.date
    labels = form.key_dates.values
    assert labels["earliest_end"].text() == fmt(date(2027, 3, 4))
    _choose(form.widgets["notice_to"], "quarter-end")
    assert labels["earliest_end"].text() == fmt(date(2027, 3, 31))
    assert labels["notice_deadline"].text() == "—"
    form.widgets["holiday_country"].setEditText("se")
    form.widgets["postal_days"].setValue(3)
    assert save_detail(window.detail)
    with window.register.reading() as session:
        stored = get_contract(session, window.detail.row.uid, today=TODAY)
    assert (stored.notice_to, stored.holiday_country, stored.postal_days) == (
        "quarter-end", "SE", 3)
    assert stored.earliest_end == date(2027, 3, 31)


def test_an_unknown_country_is_marked_next_to_its_field_and_not_saved(
        window: MainWindow, save_detail) -> None:
    window.new_contract()
    form = window.detail.form
    form.widgets["title"].setText("Cleaning")
    form.widgets["holiday_country"].setEditText("XX")
    assert "no public-holiday calendar for 'XX'" in form.messages["holiday_country"].text()
    assert not save_detail(window.detail)
    assert window.model.rowCount() == 1


def test_countries_and_day_units_in_the_persons_language(qtbot, speak_window) -> None:
    from contract_desk.ui.detail.contract_form import ContractForm

    speak_window("nb")
    form = ContractForm()
    qtbot.addWidget(form)
    country = form.widgets["holiday_country"]
    assert country.itemText(country.findData("NO")) == "Norge (NO)"
    postal = form.widgets["postal_days"]
    postal.setValue(1)
    assert postal.suffix() == " virkedag"
    postal.setValue(3)
    assert postal.suffix() == " virkedager"
    country.setCurrentIndex(country.findData("SE"))
    assert country.currentText() == "Sverige (SE)"
