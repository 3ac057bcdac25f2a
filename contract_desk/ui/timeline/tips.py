"""The tooltip of a timeline lane: the contract's key dates and the milestones under the mouse."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QObject

from contract_desk.domain.health import Health
from contract_desk.domain.lifecycle import status_label
from contract_desk.services.register.rows import ContractRow
from contract_desk.services.timeline.bars import Bar
from contract_desk.services.timeline.milestones import LATE, MET, SCHEDULED, WAIVED, Milestone
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

STATE_WORDS = {SCHEDULED: QT_TRANSLATE_NOOP("LaneTips", "scheduled"),
               MET: QT_TRANSLATE_NOOP("LaneTips", "met on time"),
               LATE: QT_TRANSLATE_NOOP("LaneTips", "late"),
               WAIVED: QT_TRANSLATE_NOOP("LaneTips", "waived")}


def lane_tooltip(row: ContractRow, health: Health, bar: Bar, near: Sequence[Milestone],
                 fmt: Formatter) -> str:
    """Rich text: reference, title, counterparty, health, key dates, nearby milestones."""
    return LaneTips().tooltip(row, health, bar, near, fmt)


class LaneTips(QObject):
    """Writes a lane's tooltip (a QObject for ``tr`` and its plural forms)."""

    def tooltip(self, row: ContractRow, health: Health, bar: Bar, near: Sequence[Milestone],
                fmt: Formatter) -> str:
        """See :func:`lane_tooltip`."""
        head = escape(f"{row.reference or ''} {row.title}".strip())
        lines = [f"<b>{head}</b>"]
        if row.counterparty:
            lines.append(escape(row.counterparty))
        # The health and status words are the core's, translated there.
        lines.append(escape(f"{health.label} · {status_label(row.effective_status)}"))
        lines += self._dates(row, fmt, renewals=len(bar.segments) - 1)
        if bar.open_from is not None:
            lines.append(escape(self.tr("No end date (runs until terminated)")))
        for milestone in near[:6]:
            mark = milestone.mark
            state = QCoreApplication.translate("LaneTips", STATE_WORDS[milestone.state])
            lines.append(escape(f"◆ {fmt.date(milestone.day)} {mark.title} — {state}"))
        return "<br>".join(lines)

    def _dates(self, row: ContractRow, fmt: Formatter, *, renewals: int) -> list[str]:
        lines = []
        dated: tuple[tuple[str, date | None], ...] = (
            (self.tr("Start"), row.start_date),
            (self.tr("Original term ends"), row.term_end),
        )
        for label, day in dated:
            if day is not None:
                lines.append(f"{escape(label)}: {fmt.date(day)}")
        if renewals > 0:
            lines.append(escape(self.tr("Renewed {0} time(s); current term from {1}", "",
                                        renewals).format(renewals,
                                                         fmt.date(row.current_term_start))))
        dated = (
            (self.tr("Send notice by"), row.send_by),
            (self.tr("Notice deadline"), row.notice_deadline),
            (self.tr("Current term ends"), row.current_term_end),
            (self.tr("Next renewal starts"), row.next_renewal_start),
            (self.tr("Earliest end if notice is given today"),
             row.earliest_end if row.end_date is None else None),
        )
        for label, day in dated:
            if day is not None:
                lines.append(f"{escape(label)}: {fmt.date(day)}")
        return lines
