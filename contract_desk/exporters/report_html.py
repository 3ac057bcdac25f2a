"""The portfolio report and the one-contract sheet as HTML (Qt's rich-text subset), no Qt.

Every word is the person's (the core's catalog); dates and money go through a
``Formats`` given by the caller: :func:`report_formats` writes them as the
person's locale does (``i18n.formats``: "04.12.2026", "kr 1 250,50"; ISO
dates and "1,234.50 NOK" where the system has no regional format).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape

from contract_desk.domain.lifecycle import status_label
from contract_desk.domain.periods import period_words
from contract_desk.exporters.calendar_events import money_text
from contract_desk.exporters.report_data import UPCOMING_DAYS, PortfolioFigures
from contract_desk.exporters.words import kind_word, notice_to_word, renewal_word, state_word
from contract_desk.i18n import _, ngettext
from contract_desk.i18n.formats import country_name, current_formats
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


def report_formats() -> Formats:
    """Dates and money as the person's locale writes them (``i18n.formats``)."""
    chosen = current_formats()
    return Formats(date=chosen.date, money=chosen.money)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    if not body:
        body = f"<tr><td colspan='{len(headers)}' class='muted'>{escape(_('None.'))}</td></tr>"
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


def portfolio_html(figures: PortfolioFigures, formats: Formats | None = None) -> str:
    """The portfolio report: tiles, upcoming deadlines, overdue obligations, by owner.

    ``formats``: how dates and money read (default: the person's locale).
    """
    formats = formats or report_formats()
    values = ", ".join(formats.amount(v, c) for c, v in figures.value_by_currency.items())
    upcoming = _table((_("Date"), _("What"), _("Contract"), _("Counterparty"), _("Owner")), (
        (formats.day(d.day), d.what, _name(d.contract), d.contract.counterparty or "",
         d.contract.owner or "") for d in figures.upcoming))
    overdue = _table((_("Due"), _("Obligation"), _("Contract"), _("Owner"), _("Amount")), (
        (formats.day(o.due_date), o.title, _name(c), o.owner or c.owner or "",
         formats.amount(o.amount, o.currency)) for o, c in figures.overdue))
    owners = _table((_("Owner"), _("Contracts"), _("Running"), _("Overdue or at risk"),
                     _("Running value")), (
        (line.owner, str(line.contracts), str(line.running), str(line.needing_action),
         ", ".join(formats.amount(v, c) for c, v in sorted(line.value.items())))
        for line in figures.by_owner))
    value_line = _("Value of running contracts: {values}").format(values=values or "–")
    body = (_tiles(figures) + f"<p>{escape(value_line)}</p>"
            + _heading(_("Deadlines in the next {days} days").format(days=UPCOMING_DAYS))
            + upcoming + _heading(_("Overdue obligations")) + overdue
            + _heading(_("Contracts by owner")) + owners)
    return _page(_("Portfolio report"), f"{APP_NAME} · {formats.day(figures.today)}", body)


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _fields(row: ContractRow, formats: Formats) -> list[tuple[str, str]]:
    return [
        (_("Reference"), row.reference or ""), (_("Counterparty"), row.counterparty or ""),
        (_("Owner"), row.owner or ""), (_("Status today"), status_label(row.effective_status)),
        (_("Contract type"), row.contract_type or ""),
        (_("Department"), row.department or ""),
        (_("Signed on"), formats.day(row.signed_on)),
        (_("Start date"), formats.day(row.start_date)),
        (_("End date"), formats.day(row.end_date)),
        (_("Current term ends"), formats.day(row.current_term_end)),
        (_("Renewal"), renewal_word(row.renewal)),
        (_("Notice period"), period_words(row.notice_period)),
        (_("Notice deadline"), formats.day(row.notice_deadline)),
        (_("Send notice by"), formats.day(row.send_by)),
        *_notice_rules(row),
        (_("Value"), formats.amount(row.value, row.currency)),
        (_("Payment terms"), row.payment_terms or ""),
        *((str(key), str(value)) for key, value in row.custom.items()),
    ]


def _notice_rules(row: ContractRow) -> list[tuple[str, str]]:
    # Only the rules a contract has: most end on any day, count weekdays, send by hand.
    rules = []
    if row.notice_to:
        rules.append((_("Notice ends it at"), notice_to_word(row.notice_to)))
    if row.holiday_country:
        rules.append((_("Public holidays of"), country_name(row.holiday_country)))
    if row.postal_days:
        rules.append((_("Postal days"), ngettext("{count} working day", "{count} working days",
                                                 row.postal_days).format(count=row.postal_days)))
    return rules


def contract_html(row: ContractRow, obligations: Sequence[ObligationRow], today: date,
                  formats: Formats | None = None) -> str:
    """The one-contract sheet: its fields, key dates, notes and obligations."""
    formats = formats or report_formats()
    facts = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>"
                    for k, v in _fields(row, formats))
    duties = _table((_("Due"), _("Kind"), _("Obligation"), _("Owner"), _("Amount"), _("Status")), (
        (formats.day(o.due_date), kind_word(o.kind), o.title, o.owner or "",
         formats.amount(o.amount, o.currency), state_word(o.status)) for o in obligations))
    notes = _heading(_("Notes")) + f"<p>{escape(row.notes)}</p>" if row.notes else ""
    body = (f"<table class='grid' width='100%'>{facts}</table>{notes}"
            f"{_heading(_('Obligations'))}{duties}")
    subtitle = _("{app} · contract sheet · {date}").format(app=APP_NAME,
                                                           date=formats.day(today))
    return _page(row.title, subtitle, body)
