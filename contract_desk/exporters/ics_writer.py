"""Key dates as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars import.

Events are serialised one by one and streamed to the file: a calendar of
100,000 contracts is never one object tree in memory. Each event carries its
reminders as VALARMs (days before, on the day), a SEQUENCE that grows with the
contract's (or obligation's) version, and a stable UID, so importing a newer
export updates the events instead of doubling them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from contract_desk import __version__
from contract_desk.exporters.calendar_events import (
    DEFAULT_HORIZON_DAYS,
    KeyDateEvent,
    grouped_events,
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
_END = b"END:VCALENDAR\r\n"
_EVENT_END = b"END:VEVENT\r\n"


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


def alarm_text(days: int) -> bytes:
    """The serialised VALARM ``days`` before an event (after it, when negative).

    The same for every event: serialised once (per language), then spliced into
    each event, which makes a calendar of 100,000 contracts several times faster
    to write. A display alarm shows the event's own summary; its text says only when.
    """
    return _alarm_text(days, language_in_use())


@lru_cache(maxsize=256)
def _alarm_text(days: int, language: str) -> bytes:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _alarm_words(days))
    alarm.add("trigger", timedelta(days=-days))
    text: bytes = alarm.to_ical()  # icalendar leaves to_ical() unannotated
    return text


def ical_event(event: KeyDateEvent, stamp: datetime) -> Event:
    """The VEVENT of one key date, all day (its alarms are added by :func:`event_text`)."""
    item = Event()
    item.add("uid", event.uid)
    item.add("dtstamp", stamp)
    item.add("dtstart", event.day)
    item.add("dtend", event.day + timedelta(days=1))  # all day: the end is exclusive
    item.add("summary", event.summary)
    item.add("description", event.description)
    item.add("categories", [event.category])
    item.add("sequence", event.sequence)
    item.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    return item


def event_text(event: KeyDateEvent, stamp: datetime) -> bytes:
    """The serialised VEVENT with one VALARM per reminder offset, furthest first."""
    text: bytes = ical_event(event, stamp).to_ical()
    alarms = b"".join(alarm_text(days) for days in sorted(set(event.offsets), reverse=True))
    return text[: -len(_EVENT_END)] + alarms + _EVENT_END


def _header() -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name())
    text: bytes = calendar.to_ical()
    return text[: -len(_END)] if text.endswith(_END) else text


def write_ics(path: Path, data: ExportData, *, horizon_days: int = DEFAULT_HORIZON_DAYS,
              progress: ProgressCallback | None = None, should_cancel: CancelCheck | None = None,
              stamp: datetime | None = None) -> Path:
    """Write every key date of ``data`` within ``horizon_days`` from its day to ``path``."""
    if horizon_days < 0:
        raise ExportError(_("the horizon needs a number of days >= 0, got {horizon_days}").format(
            horizon_days=horizon_days))
    counter = Progress(len(data.contracts) + len(data.obligations), progress, should_cancel)
    moment = stamp or datetime.now(UTC)
    with written_atomically(Path(path)) as temporary:
        with temporary.open("wb") as handle:
            handle.write(_header())
            for group in grouped_events(data, horizon_days=horizon_days):
                for event in group:
                    handle.write(event_text(event, moment))
                counter.step()
            handle.write(_END)
        counter.check()
    counter.finish()
    return Path(path)
