"""The tooltip of a timeline lane: the contract's key dates and the milestones under the mouse."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from contract_desk.domain.health import Health
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.bars import Bar
from contract_desk.services.timeline.milestones import LATE, MET, SCHEDULED, WAIVED, Milestone
from contract_desk.ui.common.formatting import Formatter

STATE_WORDS = {SCHEDULED: "scheduled", MET: "met on time", LATE: "late", WAIVED: "waived"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineView", text)


def lane_tooltip(row: ContractRow, health: Health, bar: Bar, near: Sequence[Milestone],
                 fmt: Formatter) -> str:
    """Rich text: reference, title, counterparty, health, key dates, nearby milestones."""
    head = escape(f"{row.reference or ''} {row.title}".strip())
    lines = [f"<b>{head}</b>"]
    if row.counterparty:
        lines.append(escape(row.counterparty))
    lines.append(escape(f"{_tr(health.label)} · {_tr(row.effective_status)}"))
    renewals = len(bar.segments) - 1
    for label, day in (
        (_tr("Start"), row.start_date),
        (_tr("Original term ends"), row.term_end),
        (_tr("Current term"), None),
        (_tr("Send notice by"), row.send_by),
        (_tr("Notice deadline"), row.notice_deadline),
        (_tr("Current term ends"), row.current_term_end),
        (_tr("Next renewal starts"), row.next_renewal_start),
    ):
        if label == _tr("Current term"):
            if renewals > 0:
                lines.append(escape(_tr("Renewed {0} time(s); current term from {1}")
                                    .format(renewals, fmt.date(row.current_term_start))))
            continue
        if day is not None:
            lines.append(f"{escape(label)}: {fmt.date(day)}")
    if bar.open_from is not None:
        lines.append(escape(_tr("No end date (runs until terminated)")))
    for milestone in near[:6]:
        mark = milestone.mark
        lines.append(escape(f"◆ {fmt.date(milestone.day)} {mark.title} — "
                            f"{_tr(STATE_WORDS[milestone.state])}"))
    return "<br>".join(lines)
