"""The calendar file is byte for byte what the previous writer wrote (``ics_reference``).

On a demo register with hostile texts, at several days (the demo's own, a month
end, a leap day, the day a yearly term renews), in English and Norwegian, at
the writer (fixed stamp) and through ``export_register`` (its DTSTAMP masked).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from export_helpers import TODAY, add_lease
from hypothesis import given
from hypothesis import strategies as st
from ics_reference import due_days as reference_due_days
from ics_reference import fold as reference_fold
from ics_reference import reference_calendar, reference_events

from contract_desk import i18n
from contract_desk.exporters import ExportData, ExportFormat, ExportRequest, export_register, gather
from contract_desk.exporters.calendar_events import due_days, key_date_events
from contract_desk.exporters.ics_writer import fold, write_ics
from contract_desk.exporters.report_data import UPCOMING_DAYS, portfolio_figures
from contract_desk.i18n import formats
from contract_desk.services import add_obligation
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.listing.export_data import load_export_data
from contract_desk.services.register.key_dates_store import refresh_key_dates
from contract_desk.storage import Register

STAMP = datetime(2026, 3, 2, 7, 30, 5, tzinfo=UTC)
#: The demo's day, a month end, a leap day, and the day the lease's yearly term renews.
DAYS = (TODAY, date(2026, 8, 31), date(2028, 2, 29), date(2027, 1, 1))
HOSTILE = "Leie, kontor; \\New\r\nlinje 한국어 中文 æøå " * 3


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    formats.formats_changed()
    yield
    i18n.use_language("en")
    formats.formats_changed()


@pytest.fixture
def demo(sqlite_register: Register) -> Register:
    """200 demo contracts with stored key dates, and a renewing lease with hostile texts."""
    with sqlite_register.transaction() as session:
        generate_demo(session, count=200, today=TODAY)
    lease = add_lease(sqlite_register, reference="L-7; a,b", title=HOSTILE, renewal="automatic",
                      renewal_term="1 year", counterparty="Bergen\\kommune " * 4)
    with sqlite_register.transaction() as session:
        add_obligation(session, lease.uid, {
            "kind": "report", "title": HOSTILE, "description": HOSTILE,
            "due_date": date(2026, 1, 31), "recurrence": "FREQ=MONTHLY;BYMONTHDAY=-1",
            "amount": Decimal("1234567.5"), "currency": "KRW", "reminder_offsets": [0, 2, 2]},
            user="kari")
        refresh_key_dates(session, TODAY)
    return sqlite_register


def _data(register: Register, today: date) -> ExportData:
    with register.reading() as session:
        return gather(session, ExportRequest(ExportFormat.ICS, Path("unused")), today=today)


@pytest.mark.parametrize("language", ["en", "nb"])
@pytest.mark.parametrize("today", DAYS)
def test_the_calendar_is_the_previous_writers_bytes(
        demo: Register, tmp_path: Path, today: date, language: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.use_language(language)
    monkeypatch.setenv(formats.FORMATS_ENV, "nb_NO" if language == "nb" else "en_US")
    formats.formats_changed()
    data = _data(demo, today)
    written = write_ics(tmp_path / "k.ics", data, stamp=STAMP).read_bytes()
    assert len(key_date_events(data)) > 200
    assert written == reference_calendar(data, STAMP)


@pytest.mark.parametrize("horizon", [0, 30, 3000])
def test_every_horizon_gives_the_previous_writers_bytes(demo: Register, tmp_path: Path,
                                                        horizon: int) -> None:
    data = _data(demo, TODAY)
    written = write_ics(tmp_path / "k.ics", data, horizon_days=horizon, stamp=STAMP)
    assert written.read_bytes() == reference_calendar(data, STAMP, horizon)


def test_a_contract_and_obligation_without_events_and_an_orphan_obligation_write_nothing(
        demo: Register, tmp_path: Path) -> None:
    data = _data(demo, TODAY)
    orphan = replace(data.obligations[0], contract_uid="gone")
    data = replace(data, obligations=(orphan, *data.obligations))
    written = write_ics(tmp_path / "k.ics", data, stamp=STAMP).read_bytes()
    assert written == reference_calendar(data, STAMP)


def test_a_calendar_read_lean_writes_what_a_full_read_writes(demo: Register,
                                                              tmp_path: Path) -> None:
    # A calendar reads obligations without stamps, custom fields and evidence.
    lean = _data(demo, TODAY)
    with demo.reading() as session:
        full = load_export_data(session, lean.contracts, today=TODAY)
    assert len(lean.obligations) == len(full.obligations) > 200
    assert any(o.created_at for o in full.obligations)
    assert not any(o.created_at or o.custom for o in lean.obligations)
    written = write_ics(tmp_path / "lean.ics", lean, stamp=STAMP).read_bytes()
    assert written == write_ics(tmp_path / "full.ics", full, stamp=STAMP).read_bytes()


def _masked(raw: bytes) -> bytes:
    return re.sub(rb"DTSTAMP:\d{8}T\d{6}Z", b"DTSTAMP:X", raw)


@pytest.mark.parametrize("today", DAYS[:3])
def test_export_register_writes_the_previous_writers_bytes(demo: Register, tmp_path: Path,
                                                           today: date) -> None:
    path = tmp_path / "k.ics"
    with demo.transaction() as session:
        export_register(session, ExportRequest(ExportFormat.ICS, path), today=today)
    raw = path.read_bytes()
    assert raw.count(b"DTSTAMP:") > 200
    assert _masked(raw) == _masked(reference_calendar(_data(demo, today), STAMP))


@given(st.text(alphabet=st.sampled_from("ab ;,\\^:-"), max_size=300))
def test_ascii_lines_fold_as_the_previous_writer_folded(text: str) -> None:
    line = "UID:" + text
    assert fold(line) == reference_fold(line)


def test_a_line_that_ends_a_fold_with_an_escape_keeps_it_whole() -> None:
    line = "SUMMARY:" + "x" * 65 + "\\,"  # the backslash is the 74th octet
    assert fold(line) == reference_fold(line) == "SUMMARY:" + "x" * 65 + "\r\n \\,"
    assert fold(line + "한") == reference_fold(line + "한")


@pytest.mark.parametrize("rule", [
    "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3;COUNT=8", "FREQ=YEARLY", "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=DAILY", "FREQ=MONTHLY;UNTIL=20261231", "freq=monthly; interval=2",
    "RRULE:FREQ=YEARLY;COUNT=3", "FREQ=WEEKLY;WKST=MO", "FREQ=MONTHLY;UNTIL=20261231T235959Z",
    "FREQ=MONTHLY;UNTIL=20261231T", "FREQ=MONTHLY;INTERVAL=0", "FREQ=DAILY;UNTIL=18991231",
    "FREQ=MONTHLY;COUNT=3;UNTIL=20270101", "FREQ=YEARLY;INTERVAL=500", "FREQ=HOURLY", " ",
    None, "nonsense"])
@pytest.mark.parametrize("first", [date(2024, 1, 31), date(2020, 2, 29), date(2026, 3, 2),
                                   date(2027, 5, 31), date(9000, 12, 31)])
def test_due_days_are_the_previous_writers(rule: str | None, first: date) -> None:
    for start, end in ((TODAY, date(2027, 3, 2)), (date(2099, 12, 1), date(2100, 3, 31)),
                       (date(9000, 1, 1), date(9001, 3, 1)), (date(2027, 1, 1), date(2026, 1, 1))):
        assert due_days(first, rule, start, end) == reference_due_days(first, rule, start, end)


@pytest.mark.parametrize("today", DAYS)
def test_the_reports_upcoming_deadlines_are_the_previous_codes(demo: Register,
                                                               today: date) -> None:
    with demo.reading() as session:  # the report reads everything (health, alerts)
        data = gather(session, ExportRequest(ExportFormat.PDF, Path("unused")), today=today)
    by_uid = {row.uid: row for row in data.contracts}
    events = reference_events(data, UPCOMING_DAYS)
    want = sorted(((e.day, e.label, by_uid[e.contract_uid]) for e in events),
                  key=lambda item: (item[0], item[2].reference or ""))
    got = [(d.day, d.what, d.contract) for d in portfolio_figures(data).upcoming]
    assert len(got) > 50
    assert got == want
