"""The portfolio report and the one-contract sheet as HTML (Qt's rich-text subset), no Qt.

Dates and money go through a ``Formats`` given by the caller: the PDF renderer
passes the OS locale's formats; the defaults (ISO dates, "1,234.50 NOK") keep
this module testable without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape

from contract_desk.exporters.calendar_events import money_text
from contract_desk.exporters.report_data import PortfolioFigures
from contract_desk.services.register.rows import ContractRow, ObligationRow

APP_NAME = "Contract Desk"
_STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #dde3ea; text-align: left; padding: 3px; }
table.grid td { padding: 3px; border-bottom: 1px solid #cccccc; }
td.tile { background: #eef2f6; padding: 8px; }
.big { font-size: 16pt; font-weight: bold; }
.muted { color: #666666; }
"""


def _iso(day: date) -> str:
    return day.isoformat()


#: The date type, for Formats, whose field ``date`` hides it there.
_Day = date


@dataclass(frozen=True, slots=True)
class Formats:
    """How dates and money are written in a report."""

    date: Callable[[date], str] = _iso
    money: Callable[[Decimal, str | None], str] = money_text

    def day(self, value: _Day | None) -> str:
        """A date, or a dash."""
        return "–" if value is None else self.date(value)

    def amount(self, value: Decimal | None, currency: str | None) -> str:
        """An amount with its currency, or empty."""
        return "" if value is None else self.money(value, currency)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    if not body:
        body = f"<tr><td colspan='{len(headers)}' class='muted'>None.</td></tr>"
    return f"<table class='grid' width='100%'><tr>{head}</tr>{body}</table>"


def _page(title: str, subtitle: str, body: str) -> str:
    return (f"<html><head><style>{_STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class='muted'>{escape(subtitle)}</p>{body}</body></html>")


def _name(row: ContractRow) -> str:
    return row.reference or row.title


def _tiles(figures: PortfolioFigures) -> str:
    cells = "".join(f"<td class='tile'><span class='big'>{count}</span><br/>{escape(label)}</td>"
                    for label, count in figures.tiles)
    return f"<table cellspacing='6'><tr>{cells}</tr></table>"


def portfolio_html(figures: PortfolioFigures, formats: Formats = Formats()) -> str:
    """The portfolio report: tiles, upcoming deadlines, overdue obligations, by owner."""
    values = ", ".join(formats.amount(v, c) for c, v in figures.value_by_currency.items())
    upcoming = _table(("Date", "What", "Contract", "Counterparty", "Owner"), (
        (formats.day(d.day), d.what, _name(d.contract), d.contract.counterparty or "",
         d.contract.owner or "") for d in figures.upcoming))
    overdue = _table(("Due", "Obligation", "Contract", "Owner", "Amount"), (
        (formats.day(o.due_date), o.title, _name(c), o.owner or c.owner or "",
         formats.amount(o.amount, o.currency)) for o, c in figures.overdue))
    owners = _table(("Owner", "Contracts", "Running", "Overdue or at risk", "Running value"), (
        (line.owner, str(line.contracts), str(line.running), str(line.needing_action),
         ", ".join(formats.amount(v, c) for c, v in sorted(line.value.items())))
        for line in figures.by_owner))
    body = (_tiles(figures) + f"<p>Value of running contracts: {escape(values or '–')}</p>"
            + "<h2>Deadlines in the next 90 days</h2>" + upcoming
            + "<h2>Overdue obligations</h2>" + overdue
            + "<h2>Contracts by owner</h2>" + owners)
    return _page("Portfolio report", f"{APP_NAME} · {formats.day(figures.today)}", body)


def _fields(row: ContractRow, formats: Formats) -> list[tuple[str, str]]:
    return [
        ("Reference", row.reference or ""), ("Counterparty", row.counterparty or ""),
        ("Owner", row.owner or ""), ("Status today", row.effective_status),
        ("Type", row.contract_type or ""), ("Department", row.department or ""),
        ("Signed", formats.day(row.signed_on)), ("Start", formats.day(row.start_date)),
        ("End", formats.day(row.end_date)),
        ("Current term ends", formats.day(row.current_term_end)),
        ("Renewal", row.renewal), ("Notice period", row.notice_period or ""),
        ("Notice deadline", formats.day(row.notice_deadline)),
        ("Send notice by", formats.day(row.send_by)),
        ("Value", formats.amount(row.value, row.currency)),
        ("Payment terms", row.payment_terms or ""),
        *((str(key), str(value)) for key, value in row.custom.items()),
    ]


def contract_html(row: ContractRow, obligations: Sequence[ObligationRow], today: date,
                  formats: Formats = Formats()) -> str:
    """The one-contract sheet: its fields, key dates, notes and obligations."""
    facts = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>"
                    for k, v in _fields(row, formats))
    duties = _table(("Due", "Kind", "Obligation", "Owner", "Amount", "Status"), (
        (formats.day(o.due_date), o.kind.replace("_", " "), o.title, o.owner or "",
         formats.amount(o.amount, o.currency), o.status.replace("_", " ")) for o in obligations))
    notes = f"<h2>Notes</h2><p>{escape(row.notes)}</p>" if row.notes else ""
    body = (f"<table class='grid' width='100%'>{facts}</table>{notes}"
            f"<h2>Obligations</h2>{duties}")
    return _page(row.title, f"{APP_NAME} · contract sheet · {formats.day(today)}", body)
