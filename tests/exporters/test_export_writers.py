"""The xlsx and ics writers against independent references: every cell, every event, every fold.

The xlsx file is read back with openpyxl and compared cell by cell with what
``cells.cell_value`` makes of each row (values, number formats, fills, header,
widths). The calendar is parsed with the icalendar library and compared event by
event with the same events built through icalendar's own API; long lines of
Korean, Chinese and Norwegian text are folded on character boundaries.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import icalendar
import pytest
from export_helpers import TODAY, add_lease, read_data
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from contract_desk.domain.recurrence import RecurrenceError, occurrences
from contract_desk.exporters import ExportCancelled, ExportData, ExportError, view_columns
from contract_desk.exporters.calendar_events import due_days, key_date_events
from contract_desk.exporters.cells import cell_value, custom_value
from contract_desk.exporters.columns import (
    ALERT_COLUMNS,
    KEY_DATE_COLUMNS,
    OBLIGATION_COLUMNS,
    REGISTER_COLUMNS,
    Column,
    Kind,
    custom_columns,
)
from contract_desk.exporters.ics_writer import (
    PRODID,
    calendar_name,
    escape_text,
    fold,
    write_ics,
)
from contract_desk.exporters.safety import xlsx_text
from contract_desk.exporters.sheet_table import DATE_FORMAT, HEADER_FILL
from contract_desk.exporters.styles import money_format, row_tint
from contract_desk.exporters.xlsx_writer import write_xlsx
from contract_desk.models import Alert
from contract_desk.services.demo.generate import generate_demo
from contract_desk.storage import Register

STAMP = datetime(2026, 3, 2, 9, 30, 15, tzinfo=UTC)
LONG_TEXTS = (
    ("임대차 계약서 — 서울특별시 강남구 테헤란로 152, 강남파이낸스센터 23층 사무실 임대; "
    "보증금 및 월 임대료는 매월 말일 지급\n갱신 여부는 만료 3개월 전까지 서면 통지"),
    ("办公室租赁合同：上海市浦东新区陆家嘴环路1000号恒生银行大厦二十三楼，租期三年，"
    "租金按季度支付；续约需提前九十天书面通知\\对方"),
    ("Leieavtale for kontorlokaler i Bergen sentrum, Østre Skostredet 3; avtalen fornyes "
    "årlig med mindre den sies opp skriftlig innen tre måneder før utløp, æøå ÆØÅ."),
)


@pytest.fixture
def demo_data(sqlite_register: Register) -> ExportData:
    """A demo register of 60 contracts with an alert and odd texts, as an export reads it."""
    with sqlite_register.transaction() as session:
        generate_demo(session, count=60, today=TODAY)
    lease = add_lease(sqlite_register, reference="L-9", notes=LONG_TEXTS[0],
                      custom={"Kostnadssted": "4711", "Notes": "=theirs"})
    contract_id = next(row.id for row in read_data(sqlite_register).contracts
                       if row.uid == lease.uid)
    with sqlite_register.transaction() as session:
        session.add(Alert(target_type="contract", target_uid=lease.uid, contract_id=contract_id,
                          key_kind="notice_deadline", key_date=date(2026, 9, 30),
                          offset_days=30, due_on=date(2026, 8, 31)))
    data = read_data(sqlite_register)
    rows = list(data.contracts)
    rows[0] = rows[0]._replace(title="=HYPERLINK(\"x\")", notes="a\x07b _x0041_ c", owner="")
    return replace(data, contracts=rows)


# --- xlsx -------------------------------------------------------------------------------


def _expected_sheet(items: Any, columns: tuple[Column, ...], healths: Any,
                    customs: tuple[tuple[str, str], ...]) -> list[list[tuple[Any, str, Any]]]:
    """(value, number format, fill) of every cell, as cells.cell_value makes it."""
    rows = []
    for item, health in zip(items, healths, strict=True):
        fill = row_tint(health) if health is not None else None
        cells = []
        for column in columns:
            value = cell_value(item, column, {"health": health} if health else None)
            if isinstance(value, date):
                look = DATE_FORMAT
            elif column.kind is Kind.MONEY and isinstance(value, int | Decimal):
                look = money_format(item.currency)
            else:
                look = "General"
            cells.append((value, look, fill))
        cells += [(custom_value(item.custom, key), "General", fill) for key, _h in customs]
        rows.append(cells)
    return rows


def _read(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, float | int) and not isinstance(value, bool):
        return Decimal(str(value))
    return value


def _want(value: Any) -> Any:
    if value == "":
        return None  # an empty text is an empty cell
    if isinstance(value, str):
        return xlsx_text(value)  # openpyxl shows control characters as Excel's escapes
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return Decimal(str(float(value)))  # a spreadsheet number is a double
    return value


def _compare_sheet(sheet: Any, headers: list[str], widths: list[int], frozen: str,
                   expected: list[list[tuple[Any, str, Any]]]) -> int:
    assert [cell.value for cell in sheet[1]] == headers
    for cell in sheet[1]:
        assert cell.font.b and cell.fill.fill_type == "solid"
        assert cell.fill.fgColor.rgb[-6:] == HEADER_FILL
    assert sheet.freeze_panes == frozen
    last = sheet.cell(1, len(headers)).column_letter
    assert sheet.auto_filter.ref == f"A1:{last}{len(expected) + 1}"
    seen_widths: dict[int, float] = {}
    for dimension in sheet.column_dimensions.values():
        for index in range(dimension.min, dimension.max + 1):
            seen_widths[index] = dimension.width
    assert [seen_widths.get(index) for index in range(1, len(widths) + 1)] == widths
    assert sheet.max_row == len(expected) + 1
    checked = 0
    for cells, row in zip(expected, sheet.iter_rows(min_row=2, max_col=len(headers)),
                          strict=True):
        for (value, look, fill), cell in zip(cells, row, strict=True):
            assert _read(cell.value) == _want(value), (sheet.title, cell.coordinate)
            if cell.value is not None:
                assert cell.number_format == look, (sheet.title, cell.coordinate)
                if isinstance(value, str):
                    assert cell.data_type == "s"  # text stays text, "=..." included
            if fill is None:
                assert cell.fill.fill_type is None, (sheet.title, cell.coordinate)
            else:
                assert cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb[-6:] == fill
            checked += 1
    return checked


def test_every_xlsx_cell_is_what_cell_value_makes_of_its_row(demo_data: ExportData,
                                                              tmp_path: Path) -> None:
    book = load_workbook(write_xlsx(tmp_path / "d.xlsx", demo_data))
    assert book.properties.creator == "Contract Desk"
    customs = custom_columns((row.custom for row in demo_data.contracts),
                             [c.label for c in REGISTER_COLUMNS])
    assert {("Kostnadssted", "Kostnadssted"), ("Notes", "Notes (custom)")} <= set(customs)
    duty_customs = custom_columns((o.custom for o in demo_data.obligations),
                                  [c.label for c in OBLIGATION_COLUMNS])
    nothing = [None] * len(demo_data.obligations)
    checked = _compare_sheet(
        book["Contracts"], [c.label for c in REGISTER_COLUMNS] + [h for _k, h in customs],
        [c.width for c in REGISTER_COLUMNS] + [18] * len(customs), "B2",
        _expected_sheet(demo_data.contracts, REGISTER_COLUMNS, demo_data.health, customs))
    checked += _compare_sheet(
        book["Obligations"], [c.label for c in OBLIGATION_COLUMNS] + [h for _k, h in duty_customs],
        [c.width for c in OBLIGATION_COLUMNS] + [18] * len(duty_customs), "A2",
        _expected_sheet(demo_data.obligations, OBLIGATION_COLUMNS, nothing, duty_customs))
    checked += _compare_sheet(
        book["Alerts"], [c.label for c in ALERT_COLUMNS], [c.width for c in ALERT_COLUMNS], "A2",
        _expected_sheet(demo_data.alerts, ALERT_COLUMNS, [None] * len(demo_data.alerts), ()))
    checked += _compare_sheet(
        book["Key dates"], [c.label for c in KEY_DATE_COLUMNS],
        [c.width for c in KEY_DATE_COLUMNS], "B2",
        _expected_sheet(demo_data.contracts, KEY_DATE_COLUMNS, demo_data.health, ()))
    assert len(demo_data.alerts) == 1 and checked > 5000
    tinted = {row_tint(health) for health in demo_data.health} - {None}
    assert tinted, "the demo has rows that need attention: fills are checked"


def test_a_text_longer_than_a_cell_holds_is_refused_not_cut(demo_data: ExportData,
                                                           tmp_path: Path) -> None:
    rows = list(demo_data.contracts)
    rows[3] = rows[3]._replace(notes="x" * 40_000)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match=r"Contracts, row 5, column Notes: .* 40000 characters"):
        write_xlsx(out / "long.xlsx", replace(demo_data, contracts=rows))
    assert list(out.iterdir()) == []


def test_a_cancelled_xlsx_export_leaves_no_temporary_file(
        demo_data: ExportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the sheets stream rows
    out = tmp_path / "out"
    out.mkdir()
    asked = iter([False, False])
    with pytest.raises(ExportCancelled):
        write_xlsx(out / "c.xlsx", demo_data, should_cancel=lambda: next(asked, True))
    assert list(scratch.iterdir()) == []
    assert list(out.iterdir()) == []
    write_xlsx(out / "c.xlsx", demo_data)
    assert list(scratch.iterdir()) == []  # a finished export removes them too


# --- ics --------------------------------------------------------------------------------


def _reference_fold(line: str) -> str:
    # Character by character, as RFC 5545 3.1 and the icalendar library fold.
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for char in line:
        octets = len(char.encode())
        if current and count + octets > 74:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                pieces.append("".join(current))
                current, count = [carried], 1
            else:
                pieces.append("".join(current))
                current, count = [], 0
        current.append(char)
        count += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


@given(st.text(alphabet=st.sampled_from("ab \\^;,æøå한국어中文🙂"), max_size=400))
def test_folding_matches_the_character_by_character_rule(text: str) -> None:
    line = "DESCRIPTION:" + text
    assert fold(line) == _reference_fold(line)


@pytest.mark.parametrize("text", LONG_TEXTS)
def test_long_cjk_and_norwegian_lines_fold_on_character_boundaries(text: str) -> None:
    folded = fold("DESCRIPTION:" + escape_text(text)).encode()
    lines = folded.split(b"\r\n")
    assert len(lines) > 2
    for number, line in enumerate(lines):
        assert len(line) <= 75
        line.decode()  # whole characters only: a split one would not decode
        assert number == 0 or line.startswith(b" ")
    unfolded = b"".join(line[1:] if number else line for number, line in enumerate(lines))
    assert unfolded.decode() == "DESCRIPTION:" + escape_text(text)


@pytest.mark.parametrize(("text", "escaped"), [
    ("a,b;c\\d", "a\\,b\\;c\\\\d"),
    ("one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"),
    ("C:\\New folder", "C:\\\\New folder"),
    ("plain", "plain"),
])
def test_text_is_escaped_as_rfc_5545_says(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped


def _icalendar_event(event: Any, words: dict[int, str]) -> icalendar.Event:
    # The same event built through icalendar's own API: the reference.
    item = icalendar.Event()
    item.add("uid", event.uid)
    item.add("dtstamp", STAMP)
    item.add("dtstart", event.day)
    item.add("dtend", event.day + timedelta(days=1))
    item.add("summary", event.summary)
    item.add("description", event.description)
    item.add("categories", [event.category])
    item.add("sequence", event.sequence)
    item.add("transp", "TRANSPARENT")
    for days in sorted(set(event.offsets), reverse=True):
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words[days])
        alarm.add("trigger", timedelta(days=-days))
        item.add_component(alarm)
    return item


def _facts(event: Any) -> tuple[Any, ...]:
    alarms = tuple((str(a["ACTION"]), str(a["DESCRIPTION"]), a.decoded("TRIGGER"))
                   for a in event.walk("VALARM"))
    return (str(event["UID"]), event.decoded("DTSTAMP"), event.decoded("DTSTART"),
            event.decoded("DTEND"), str(event["SUMMARY"]), str(event["DESCRIPTION"]),
            [str(c) for c in event["CATEGORIES"].cats], int(event["SEQUENCE"]),
            str(event["TRANSP"]), alarms)


def test_the_calendar_reads_back_as_the_events_icalendar_would_build(
        demo_data: ExportData, tmp_path: Path) -> None:
    rows = list(demo_data.contracts)
    index = next(i for i, row in enumerate(rows) if row.notice_deadline
                 and TODAY <= row.notice_deadline <= TODAY + timedelta(days=365))
    rows[index] = rows[index]._replace(title=LONG_TEXTS[1] + " C:\\New; a,b")
    data = replace(demo_data, contracts=rows)
    path = write_ics(tmp_path / "d.ics", data, stamp=STAMP)
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends with CRLF
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["PRODID"]) == PRODID and str(calendar["X-WR-CALNAME"]) == calendar_name()
    from contract_desk.exporters.ics_writer import _alarm_words

    events = key_date_events(data)
    words = {days: _alarm_words(days) for event in events for days in event.offsets}
    built = [_facts(_icalendar_event(event, words)) for event in events]
    parsed = [_facts(event) for event in calendar.walk("VEVENT")]
    assert len(parsed) == len(events) > 100
    assert parsed == built
    assert any(LONG_TEXTS[1] in fact[5] and "C:\\New; a,b" in fact[5] for fact in parsed)


@pytest.mark.parametrize("rule", ["FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3;COUNT=8",
                                  "FREQ=YEARLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY",
                                  "FREQ=MONTHLY;UNTIL=20261231", "FREQ=MONTHLY;BYMONTHDAY=15",
                                  "FREQ=DAILY;COUNT=2000", None, "nonsense",
                                  # Read alike by the domain and the plain-rule arithmetic, or not:
                                  "freq=monthly; interval=2", "RRULE:FREQ=YEARLY;COUNT=3",
                                  "FREQ=WEEKLY;WKST=MO", "FREQ=MONTHLY;UNTIL=20261231T235959Z",
                                  "FREQ=MONTHLY;UNTIL=20261231T", "FREQ=MONTHLY;INTERVAL=0",
                                  "FREQ=DAILY;UNTIL=18991231", "FREQ=DAILY;COUNT=100000",
                                  "FREQ=MONTHLY;COUNT=3;UNTIL=20270101", "FREQ=HOURLY", " "])
@pytest.mark.parametrize("first", [date(2024, 1, 31), date(2026, 2, 28), date(2020, 2, 29),
                                   date(2026, 3, 2), date(2027, 5, 31)])
def test_due_days_are_the_occurrences_of_the_rule(rule: str | None, first: date) -> None:
    for start, end in ((TODAY, TODAY + timedelta(days=365)), (TODAY, date(2036, 3, 2))):
        try:
            want = occurrences(first, rule, start, end)
        except RecurrenceError:
            want = [first] if start <= first <= end else []
        assert due_days(first, rule, start, end) == want


@pytest.mark.parametrize("fields", [("health",), ("reference",),
                                    ("health", "reference", "tags", "effective_status", "value",
                                     "renewals", "send_by", "uid")])
def test_a_views_columns_are_what_cell_value_makes_of_them(
        demo_data: ExportData, tmp_path: Path, fields: tuple[str, ...]) -> None:
    columns = view_columns(fields)
    book = load_workbook(write_xlsx(tmp_path / "v.xlsx", demo_data, columns=columns,
                                    include_custom=False))
    assert _compare_sheet(
        book["Contracts"], [c.label for c in columns], [c.width for c in columns], "B2",
        _expected_sheet(demo_data.contracts, columns, demo_data.health, ())) == len(
            demo_data.contracts) * len(columns)
