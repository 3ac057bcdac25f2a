"""The calendar export as it was written before it was made faster (commit 27aa129), kept
verbatim as the reference the byte-equality tests compare the writer with.

Only the path from ``ExportData`` to the file's text: events one object each,
worded one by one, each written by ``event_text``. Nothing here is used by the
program.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta

from contract_desk.domain.recurrence import (
    DEFAULT_LIMIT,
    RecurrenceError,
    next_occurrence,
    occurrences,
)
from contract_desk.domain.reminders import clean_offsets
from contract_desk.exporters.calendar_events import KeyDateEvent
from contract_desk.exporters.ics_writer import PRODID, calendar_name
from contract_desk.exporters.words import kind_word
from contract_desk.i18n import N_, _, ngettext
from contract_desk.i18n.formats import current_formats
from contract_desk.services.listing.export_data import ExportData
from contract_desk.services.register.rows import ContractRow, ObligationRow

CRLF = "\r\n"
_CONTRACT_DATES = (("send_by", N_("Send notice by")), ("notice_deadline", N_("Notice deadline")),
                   ("current_term_end", N_("Term ends")))


def escape_text(text: str) -> str:
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if ";" in text:
        text = text.replace(";", "\\;")
    if "," in text:
        text = text.replace(",", "\\,")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in text:
        text = text.replace("\n", "\\n")
    return text


def fold(line: str) -> str:
    if len(line) <= 74 and line.isascii():
        return line
    data = line.encode()
    size = len(data)
    if size <= 74:
        return line
    pieces: list[bytes] = []
    start = 0
    while size - start > 74:
        end = start + 74
        while data[end] & 0xC0 == 0x80:
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode()


def _line(name: str, value: str) -> str:
    return fold(f"{name}:{value}") + CRLF


def _alarm_words(days: int) -> str:
    if days == 0:
        return _("{app} reminder: due today").format(app="Contract Desk")
    if days > 0:
        return ngettext("{app} reminder: due in {days} day", "{app} reminder: due in {days} days",
                        days).format(app="Contract Desk", days=days)
    return ngettext("{app} reminder: due {days} day ago", "{app} reminder: due {days} days ago",
                    -days).format(app="Contract Desk", days=-days)


def _alarm_text(days: int) -> str:
    trigger = "P0D" if days == 0 else f"-P{days}D" if days > 0 else f"P{-days}D"
    return ("BEGIN:VALARM" + CRLF + "ACTION:DISPLAY" + CRLF
            + _line("DESCRIPTION", escape_text(_alarm_words(days)))
            + _line("TRIGGER", trigger) + "END:VALARM" + CRLF)


def _day(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def event_text(event: KeyDateEvent, stamped: str) -> str:
    return "".join((
        "BEGIN:VEVENT", CRLF,
        _line("SUMMARY", escape_text(event.summary)),
        "DTSTART;VALUE=DATE:", _day(event.day), CRLF,
        "DTEND;VALUE=DATE:", _day(event.day + timedelta(days=1)), CRLF,
        "DTSTAMP:", stamped, CRLF,
        _line("UID", escape_text(event.uid)),
        "SEQUENCE:", str(event.sequence), CRLF,
        _line("CATEGORIES", escape_text(event.category)),
        _line("DESCRIPTION", escape_text(event.description)),
        "TRANSP:TRANSPARENT", CRLF,
        "".join(_alarm_text(days) for days in sorted(set(event.offsets), reverse=True)),
        "END:VEVENT", CRLF,
    ))


def _name(row: ContractRow) -> str:
    if not row.counterparty:
        return row.reference or row.title
    return _("{contract} ({counterparty})").format(contract=row.reference or row.title,
                                                   counterparty=row.counterparty)


def _owner_line(owner: str | None) -> str:
    return _("Owner: {owner}").format(owner=owner) if owner else _("Owner: nobody named")


def _contract_description(row: ContractRow) -> str:
    lines = [row.title, _owner_line(row.owner)]
    value = current_formats().money(row.value, row.currency)
    if value:
        lines.append(_("Value: {value}").format(value=value))
    if row.notice_deadline:
        lines.append(_("Notice deadline: {date}").format(
            date=current_formats().long_date(row.notice_deadline)))
    return "\n".join(lines)


def event_uid(owner_uid: str, kind: str, day: date) -> str:
    return f"{owner_uid}-{kind}-{day.year:04d}{day.month:02d}{day.day:02d}@contract-desk"


def contract_events(row: ContractRow, offsets: Sequence[int], start: date,
                    end: date) -> Iterator[KeyDateEvent]:
    description = name = None
    for field, source in _CONTRACT_DATES:
        day = getattr(row, field)
        if day is None or not start <= day <= end:
            continue
        if description is None or name is None:
            description, name = _contract_description(row), _name(row)
        label = _(source)
        summary = _("{what}: {contract}").format(what=label, contract=name)
        yield KeyDateEvent(event_uid(row.uid, field, day), day, summary,
                           description, tuple(offsets), row.version_id, label, row.uid, label)


def due_days(first_due: date, recurrence: str | None, start: date, end: date) -> list[date]:
    try:
        if not recurrence or "BY" in recurrence.upper():
            return occurrences(first_due, recurrence, start, end)
        days: list[date] = []
        day = next_occurrence(first_due, recurrence, start)
        while day is not None and day <= end and len(days) < DEFAULT_LIMIT:
            days.append(day)
            if day == date.max:
                break
            day = next_occurrence(first_due, recurrence, day + timedelta(days=1))
        return days
    except RecurrenceError:
        return [first_due] if start <= first_due <= end else []


def obligation_events(obligation: ObligationRow, contract: ContractRow, offsets: Sequence[int],
                      start: date, end: date) -> Iterator[KeyDateEvent]:
    if obligation.due_date is None:
        return
    days = due_days(obligation.due_date, obligation.recurrence, start, end)
    if not days:
        return
    kind = kind_word(obligation.kind)
    lines = [_("{kind} for {contract}").format(kind=kind, contract=_name(contract)),
             _owner_line(obligation.owner or contract.owner)]
    amount = current_formats().money(obligation.amount, obligation.currency)
    if amount:
        lines.append(_("Amount: {amount}").format(amount=amount))
    if obligation.description:
        lines.append(obligation.description)
    summary = _("{what}: {contract}").format(what=obligation.title, contract=_name(contract))
    description, reminders = "\n".join(lines), tuple(offsets)
    for day in days:
        yield KeyDateEvent(event_uid(obligation.uid, "due", day), day, summary, description,
                           reminders, obligation.version_id, kind, contract.uid,
                           obligation.title)


def reference_events(data: ExportData, horizon_days: int = 365) -> list[KeyDateEvent]:
    """Every event of ``data`` as the previous code made them, contracts first."""
    first, last = data.today, data.today + timedelta(days=horizon_days)
    by_uid = {row.uid: row for row in data.contracts}
    defaults = data.reminders
    events: list[KeyDateEvent] = []
    for row in data.contracts:
        offsets = clean_offsets(row.reminder_offsets, defaults.contract_offsets)
        events += contract_events(row, offsets, first, last)
    for obligation in data.obligations:
        contract = by_uid.get(obligation.contract_uid)
        offsets = clean_offsets(obligation.reminder_offsets, defaults.obligation_offsets)
        if contract is not None:
            events += obligation_events(obligation, contract, offsets, first, last)
    return events


def reference_calendar(data: ExportData, stamp: datetime, horizon_days: int = 365) -> bytes:
    """The whole file the previous writer wrote for ``data`` (DTSTAMP ``stamp``, in UTC)."""
    stamped = stamp.strftime("%Y%m%dT%H%M%SZ")
    header = ("BEGIN:VCALENDAR" + CRLF + "VERSION:2.0" + CRLF + _line("PRODID", escape_text(PRODID))
              + "CALSCALE:GREGORIAN" + CRLF + "METHOD:PUBLISH" + CRLF
              + _line("X-WR-CALNAME", escape_text(calendar_name())))
    body = "".join(event_text(event, stamped) for event in reference_events(data, horizon_days))
    return (header + body + "END:VCALENDAR" + CRLF).encode()
