"""Key dates as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars import.

Events are written as RFC 5545 text, line by line, straight to the file: a
calendar of 100,000 contracts is never one object tree in memory, and no
library builds an object per property (the tests read every file back with the
icalendar library). Each event carries its reminders as VALARMs (days before,
on the day), a SEQUENCE that grows with the contract's (or obligation's)
version, and a stable UID, so importing a newer export updates the events
instead of doubling them.

Text values are escaped as RFC 5545 says (backslash, semicolon, comma, and a
line break as ``\\n``); every content line is folded before 75 octets on a
UTF-8 character boundary, never splitting an escape, and ends with CRLF.
Properties are written in the order the icalendar library wrote them before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from contract_desk import __version__
from contract_desk.exporters.calendar_events import (
    DEFAULT_HORIZON_DAYS,
    UID_DOMAIN,
    DateSet,
    KeyDateEvent,
    grouped_sets,
)
from contract_desk.exporters.errors import ExportError
from contract_desk.exporters.progress import (
    CancelCheck,
    Progress,
    ProgressCallback,
    written_atomically,
)
from contract_desk.i18n import _, language_in_use, ngettext
from contract_desk.services.listing.export_data import ExportData

#: The program's id (for calendars, not people: stays English).
PRODID = f"-//Contract Desk//Contract Desk {__version__}//EN"
APP_NAME = "Contract Desk"
CRLF = "\r\n"
#: A content line holds at most this many octets before it is folded (RFC 5545 3.1: 75
#: with the fold's leading space).
LINE_OCTETS = 74
_END = "END:VCALENDAR\r\n"
#: Characters that start an escape: a fold never separates them from what follows.
_ESCAPES = b"\\^"


def escape_text(text: str) -> str:
    """``text`` as an RFC 5545 TEXT value: ``\\``, ``;``, ``,`` escaped, line breaks as ``\\n``.

    A carriage return (alone or before a line feed) is a line break too.
    """
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
    """A content line folded into lines of at most 75 octets (CRLF and a space between).

    Folds fall between UTF-8 characters, never inside one, and never right after
    a backslash or caret (an escape stays on one line, as calendars expect).
    """
    if line.isascii():  # an octet a character: the text folds as it is, unencoded
        return line if len(line) <= LINE_OCTETS else _fold_ascii(line)
    data = line.encode()
    size = len(data)
    if size <= LINE_OCTETS:
        return line
    pieces: list[bytes] = []
    start = 0
    while size - start > LINE_OCTETS:
        end = start + LINE_OCTETS
        while data[end] & 0xC0 == 0x80:  # inside a character: fold before it
            end -= 1
        if data[end - 1] in _ESCAPES and end - 1 > start:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode()


def _fold_ascii(line: str) -> str:
    size, pieces, start = len(line), [], 0
    while size - start > LINE_OCTETS:
        end = start + LINE_OCTETS
        if line[end - 1] in "\\^" and end - 1 > start:
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return "\r\n ".join(pieces)


def _line(name: str, value: str) -> str:
    return fold(f"{name}:{value}") + CRLF


def calendar_name() -> str:
    """The calendar's name in the person's language."""
    return _("{app} key dates").format(app=APP_NAME)


def _alarm_words(days: int) -> str:
    if days == 0:
        return _("{app} reminder: due today").format(app=APP_NAME)
    if days > 0:
        return ngettext("{app} reminder: due in {days} day", "{app} reminder: due in {days} days",
                        days).format(app=APP_NAME, days=days)
    return ngettext("{app} reminder: due {days} day ago", "{app} reminder: due {days} days ago",
                    -days).format(app=APP_NAME, days=-days)


def duration(days: int) -> str:
    """The RFC 5545 DURATION of a trigger ``days`` before the event (after it, when negative)."""
    return "P0D" if days == 0 else f"-P{days}D" if days > 0 else f"P{-days}D"


def alarm_text(days: int) -> str:
    """The VALARM ``days`` before an event (after it, when negative), as text.

    The same for every event: written once (per language), then spliced into
    each event. A display alarm shows the event's own summary; its text says only when.
    """
    return _alarm_text(days, language_in_use())


@lru_cache(maxsize=256)
def _alarm_text(days: int, language: str) -> str:
    return ("BEGIN:VALARM" + CRLF + "ACTION:DISPLAY" + CRLF
            + _line("DESCRIPTION", escape_text(_alarm_words(days)))
            + _line("TRIGGER", duration(days)) + "END:VALARM" + CRLF)


@lru_cache(maxsize=64)
def _alarms(offsets: tuple[int, ...], language: str) -> str:
    return "".join(_alarm_text(days, language) for days in sorted(set(offsets), reverse=True))


def stamp_text(moment: datetime) -> str:
    """A DTSTAMP value: the moment in UTC (a naive moment is written as it is, floating)."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y%m%dT%H%M%S")


def _day(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def event_text(event: KeyDateEvent, stamp: datetime | str) -> str:
    """The VEVENT of one key date, all day, with one VALARM per reminder offset, furthest first.

    ``stamp`` is the DTSTAMP, a moment or its text (``stamp_text``).
    """
    stamped = stamp if isinstance(stamp, str) else stamp_text(stamp)
    return "".join((
        "BEGIN:VEVENT", CRLF,
        _line("SUMMARY", escape_text(event.summary)),
        "DTSTART;VALUE=DATE:", _day(event.day), CRLF,
        # All day: the end is exclusive.
        "DTEND;VALUE=DATE:", _day(event.day + timedelta(days=1)), CRLF,
        "DTSTAMP:", stamped, CRLF,
        _line("UID", escape_text(event.uid)),
        "SEQUENCE:", str(event.sequence), CRLF,
        _line("CATEGORIES", escape_text(event.category)),
        _line("DESCRIPTION", escape_text(event.description)),
        "TRANSP:TRANSPARENT", CRLF,  # a deadline does not make anyone busy
        _alarms(tuple(event.offsets), language_in_use()),
        "END:VEVENT", CRLF,
    ))


def _header() -> str:
    return ("BEGIN:VCALENDAR" + CRLF + "VERSION:2.0" + CRLF + _line("PRODID", escape_text(PRODID))
            + "CALSCALE:GREGORIAN" + CRLF + "METHOD:PUBLISH" + CRLF
            + _line("X-WR-CALNAME", escape_text(calendar_name())))


class _EventWriter:
    """Writes date sets as VEVENTs, making what their events share once.

    The events of a set differ only in their day: its summary, sequence,
    category, description and alarms are escaped and folded once for all of
    them (a contract's sets share one description), and each day's DTSTART,
    DTEND and DTSTAMP lines once per export.
    """

    def __init__(self, stamped: str) -> None:
        self._stamped = stamped
        self._language = language_in_use()
        #: Each day's DTSTART, DTEND and DTSTAMP lines, and its date as ids write it.
        self._days: dict[date, tuple[str, str]] = {}
        self._described: tuple[str, str] = ("", _line("DESCRIPTION", ""))

    def _day_texts(self, day: date) -> tuple[str, str]:
        texts = self._days[day] = (
            "DTSTART;VALUE=DATE:" + _day(day) + CRLF
            # All day: the end is exclusive.
            + "DTEND;VALUE=DATE:" + _day(day + timedelta(days=1)) + CRLF
            + "DTSTAMP:" + self._stamped + CRLF, _day(day))
        return texts

    def _description(self, text: str) -> str:
        if self._described[0] is not text:
            self._described = (text, _line("DESCRIPTION", escape_text(text)))
        return self._described[1]

    def add(self, dated: DateSet, out: list[str]) -> None:
        """Append the text of every event of ``dated`` to ``out`` (as ``event_text`` writes)."""
        head = "BEGIN:VEVENT" + CRLF + _line("SUMMARY", escape_text(dated.summary))
        tail = ("SEQUENCE:" + str(dated.sequence) + CRLF
                + _line("CATEGORIES", escape_text(dated.category))
                + self._description(dated.description)
                + "TRANSP:TRANSPARENT" + CRLF  # a deadline does not make anyone busy
                + _alarms(dated.offsets, self._language) + "END:VEVENT" + CRLF)
        # event_uid's text: escaping it in parts is the same, as no escape spans the
        # hyphen or the digits between them.
        prefix, suffix = "UID:" + escape_text(f"{dated.owner_uid}-{dated.kind}-"), "@" + UID_DOMAIN
        days = self._days
        for day in dated.days:
            lines, text = days.get(day) or self._day_texts(day)
            out += (head, lines, fold(prefix + text + suffix), CRLF, tail)


#: Text gathered before it is handed to the file at once.
_CHUNK_PIECES = 20_000


def write_ics(path: Path, data: ExportData, *, horizon_days: int = DEFAULT_HORIZON_DAYS,
              progress: ProgressCallback | None = None, should_cancel: CancelCheck | None = None,
              stamp: datetime | None = None) -> Path:
    """Write every key date of ``data`` within ``horizon_days`` from its day to ``path``."""
    if horizon_days < 0:
        raise ExportError(_("the horizon needs a number of days >= 0, got {horizon_days}").format(
            horizon_days=horizon_days))
    counter = Progress(len(data.contracts) + len(data.obligations), progress, should_cancel)
    writer = _EventWriter(stamp_text(stamp or datetime.now(UTC)))
    with written_atomically(Path(path)) as temporary:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            out = [_header()]
            for sets in grouped_sets(data, horizon_days=horizon_days):
                for dated in sets:
                    writer.add(dated, out)
                if len(out) > _CHUNK_PIECES:
                    handle.write("".join(out))
                    out.clear()
                counter.step()
            out.append(_END)
            handle.write("".join(out))
        counter.check()
    counter.finish()
    return Path(path)
