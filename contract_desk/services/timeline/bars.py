"""What one contract's lane shows: term segments, notice window, send-by. No Qt.

The painter asks for the bar of each contract on screen only; a bar is a few
dates, so the widget may cache them by contract uid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import term_sequence
from contract_desk.services.register.contract_records import term_spec
from contract_desk.services.register.rows import STORED_FIELDS, ContractRow

#: Terms drawn, at most, per bar (a daily renewal over decades is one long bar).
MAX_SEGMENTS = 200


@dataclass(frozen=True, slots=True)
class Segment:
    """One term of a contract: 0 is the original term, 1 the first renewal, and so on."""

    start: date
    end: date  # inclusive
    renewal: int


@dataclass(frozen=True, slots=True)
class Bar:
    """The shapes of one contract's lane."""

    segments: tuple[Segment, ...]
    #: Set for a contract without an end: its bar starts here and fades out to the right.
    open_from: date | None = None
    #: From the notice deadline to the end of the current term (both inclusive).
    notice_window: tuple[date, date] | None = None
    send_by: date | None = None
    #: An open-ended contract's earliest end if notice is given today (its marker).
    earliest_end: date | None = None

    @property
    def first_day(self) -> date | None:
        """The earliest day the bar covers."""
        if self.segments:
            return self.segments[0].start
        return self.open_from

    @property
    def last_day(self) -> date | None:
        """The last day of the last segment (None when open-ended or empty)."""
        return self.segments[-1].end if self.segments else None


def _terms(row: ContractRow) -> list[tuple[date, date]]:
    if row.current_term_start is None or row.current_term_end is None:
        return []
    try:
        spec = term_spec({name: getattr(row, name) for name in STORED_FIELDS})
        terms = [] if spec is None else term_sequence(spec, row.current_term_start)
    except (DomainError, ValueError):
        terms = []
    if not terms or terms[-1][1] != row.current_term_end:
        # The rules changed or could not run: one bar over what the row knows.
        start = row.start_date or row.current_term_start
        terms = [(start, row.current_term_end)]
    return terms


def _segments(terms: list[tuple[date, date]]) -> tuple[Segment, ...]:
    if len(terms) > MAX_SEGMENTS:
        # Keep the original term and the latest ones; the middle merges into one.
        head, tail = terms[:1], terms[-(MAX_SEGMENTS - 2):]
        middle = (terms[1][0], terms[-(MAX_SEGMENTS - 1)][1])
        numbered = [(0, *head[0]), (1, *middle)]
        first_tail = len(terms) - len(tail)
        numbered += [(first_tail + i, s, e) for i, (s, e) in enumerate(tail)]
        return tuple(Segment(s, e, n) for n, s, e in numbered)
    return tuple(Segment(start, end, number) for number, (start, end) in enumerate(terms))


def bar_for(row: ContractRow) -> Bar:
    """The bar of one contract: its terms up to the current one, notice window, send-by."""
    terms = _terms(row)
    if not terms:
        start = row.start_date or row.current_term_start
        if start is None:
            return Bar(())
        return Bar((), open_from=start, send_by=row.send_by, earliest_end=row.earliest_end)
    notice = None
    if row.notice_deadline is not None and row.current_term_end is not None:
        notice = (min(row.notice_deadline, row.current_term_end), row.current_term_end)
    return Bar(_segments(terms), None, notice, row.send_by)
