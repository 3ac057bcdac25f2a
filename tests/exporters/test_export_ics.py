"""The calendar export parsed back with icalendar: events, stable ids, alarms, horizon."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from export_helpers import TODAY, add_lease, export

from contract_desk.exporters import ExportError, ExportFormat
from contract_desk.services import update_contract
from contract_desk.storage import Register


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar["VERSION"] == "2.0" and "Contract Desk" in str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids)), "every event id is unique"
    return dict(zip(uids, events, strict=True))


def _by_summary(events: dict[str, icalendar.Event], start: str) -> list[icalendar.Event]:
    return sorted((e for e in events.values() if str(e["SUMMARY"]).startswith(start)),
                  key=lambda e: e.decoded("DTSTART"))


def _alarm_days(event: icalendar.Event) -> list[int]:
    return sorted(-alarm.decoded("TRIGGER").days for alarm in event.walk("VALARM"))


def test_key_dates_are_all_day_events_with_reference_counterparty_owner_and_value(
        register: Register, tmp_path: Path) -> None:
    add_lease(register)
    events = _events(export(register, tmp_path / "k.ics", ExportFormat.ICS))
    (deadline,) = _by_summary(events, "Notice deadline")
    assert str(deadline["SUMMARY"]) == "Notice deadline: L-1 (Bergen kommune)"
    assert deadline.decoded("DTSTART") == date(2026, 9, 30)
    assert deadline.decoded("DTEND") == date(2026, 10, 1)
    assert "Owner: Kari Nordmann" in str(deadline["DESCRIPTION"])
    assert "1,250,000.50 NOK" in str(deadline["DESCRIPTION"])
    (send_by,) = _by_summary(events, "Send notice by")
    assert send_by.decoded("DTSTART") == date(2026, 9, 16)
    (term_end,) = _by_summary(events, "Term ends")
    assert term_end.decoded("DTSTART") == date(2026, 12, 31)
    for event in (deadline, send_by, term_end):
        assert _alarm_days(event) == [0, 1, 3, 7, 14, 30, 90]
        assert all(str(alarm["ACTION"]) == "DISPLAY" for alarm in event.walk("VALARM"))


def test_recurring_payments_give_one_event_per_occurrence_within_the_horizon(
        register: Register, tmp_path: Path) -> None:
    add_lease(register)
    events = _events(export(register, tmp_path / "k.ics", ExportFormat.ICS, horizon_days=90))
    rents = _by_summary(events, "Rent")
    # Monthly from 31 March, falling back to the month's last day; 90 days from 2 March.
    assert [e.decoded("DTSTART") for e in rents] == [date(2026, 3, 31), date(2026, 4, 30),
                                                     date(2026, 5, 31)]
    assert all(_alarm_days(e) == [0, 3, 7] for e in rents)
    assert "Amount: 104,166.71 NOK" in str(rents[0]["DESCRIPTION"])
    assert not _by_summary(events, "Term ends")  # 31 December is beyond 90 days


def test_reexport_keeps_ids_and_raises_the_sequence(register: Register, tmp_path: Path) -> None:
    lease = add_lease(register)
    first = _events(export(register, tmp_path / "1.ics", ExportFormat.ICS))
    with register.transaction() as session:
        update_contract(session, lease.uid, {"owner": "Ola Nordmann"}, expected_version=1,
                        user="kari")
    second = _events(export(register, tmp_path / "2.ics", ExportFormat.ICS))
    assert set(first) == set(second)
    uid = next(u for u in first if "-notice_deadline-20260930@" in u)
    assert uid.startswith(lease.uid)
    assert int(second[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
    assert "Ola Nordmann" in str(second[uid]["DESCRIPTION"])


def test_reminder_overrides_of_contract_and_obligation_are_honoured(
        register: Register, tmp_path: Path) -> None:
    lease = add_lease(register)
    with register.transaction() as session:
        update_contract(session, lease.uid, {"reminder_offsets": [60, 10]}, expected_version=1,
                        user="kari")
        from contract_desk.services import update_obligation

        update_obligation(session, lease.obligation_uid, {"reminder_offsets": [5, 1]},
                          expected_version=1, user="kari")
    events = _events(export(register, tmp_path / "k.ics", ExportFormat.ICS))
    assert _alarm_days(_by_summary(events, "Notice deadline")[0]) == [10, 60]
    assert _alarm_days(_by_summary(events, "Rent")[0]) == [1, 5]


def test_past_key_dates_are_left_out(register: Register, tmp_path: Path) -> None:
    add_lease(register, start_date=date(2020, 1, 1), end_date=date(2021, 12, 31))
    events = _events(export(register, tmp_path / "k.ics", ExportFormat.ICS))
    assert all(e.decoded("DTSTART") >= TODAY for e in events.values())
    assert all(e.decoded("DTSTART") <= TODAY + timedelta(days=365) for e in events.values())


def test_negative_horizon_is_refused(register: Register, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="horizon"):
        export(register, tmp_path / "k.ics", ExportFormat.ICS, horizon_days=-1)
    assert not (tmp_path / "k.ics").exists()


def test_alarms_say_when_and_are_displayed(register: Register, tmp_path: Path) -> None:
    add_lease(register)
    events = _events(export(register, tmp_path / "k.ics", ExportFormat.ICS))
    alarms = _by_summary(events, "Notice deadline")[0].walk("VALARM")
    texts = [str(alarm["DESCRIPTION"]) for alarm in alarms]
    assert texts[0] == "Contract Desk reminder: due in 90 days"
    assert texts[-1] == "Contract Desk reminder: due today"
