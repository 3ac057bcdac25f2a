"""From fired alerts to notifications: one each, or one summary when there are many."""

from __future__ import annotations

from collections.abc import Sequence

from contract_desk.i18n import _, ngettext
from contract_desk.notify.base import Notification
from contract_desk.services.reminders.inbox import AlertRow
from contract_desk.services.reminders.notices import DueNotices

TITLE = "Contract Desk"
#: The alerts a summary names (the rest are counted).
SUMMARY_LINES = 3


def notifications_for(
    alerts: Sequence[AlertRow], *, threshold: int = 3, escalation_contact: str | None = None
) -> list[Notification]:
    """One notification per alert, or a single summary when more than ``threshold`` fired.

    A summary ("7 deadlines need attention") names the first few and says how many
    are escalated; clicking it opens the inbox rather than one contract.
    """
    if not alerts:
        return []
    if len(alerts) > threshold:
        return [_summary(alerts, escalation_contact)]
    return [_single(alert, escalation_contact) for alert in alerts]


def _single(alert: AlertRow, contact: str | None) -> Notification:
    title = _("{app}: escalated").format(app=TITLE) if alert.escalated else TITLE
    message = alert.title
    if alert.escalated and contact:
        message += _(" (escalation contact: {contact})").format(contact=contact)
    return Notification(title, message, alert.contract_uid, (alert.id,), alert.escalated)


def notifications_of(due: DueNotices, *, threshold: int = 3,
                     escalation_contact: str | None = None) -> list[Notification]:
    """The same notifications as :func:`notifications_for` of the alerts ``due`` stands for
    (``due.first`` must hold at least ``max(threshold, SUMMARY_LINES)`` of them, or all)."""
    if not due.ids:
        return []
    if len(due.ids) > threshold:
        return [_summary_of(due.ids, due.deadlines, due.escalated,
                            [alert.title for alert in due.first[:SUMMARY_LINES]],
                            escalation_contact)]
    return [_single(alert, escalation_contact) for alert in due.first]


def _summary(alerts: Sequence[AlertRow], contact: str | None) -> Notification:
    return _summary_of(tuple(alert.id for alert in alerts), len({alert.key for alert in alerts}),
                       sum(alert.escalated for alert in alerts),
                       [alert.title for alert in alerts[:SUMMARY_LINES]], contact)


def _summary_of(ids: tuple[int, ...], deadlines: int, escalated: int, titles: list[str],
                contact: str | None) -> Notification:
    title = ngettext("{count} deadline needs attention", "{count} deadlines need attention",
                     deadlines).format(count=deadlines)
    lines = list(titles)
    more = len(ids) - len(titles)
    if more > 0:
        lines.append(ngettext("… and {count} more in the alerts inbox",
                              "… and {count} more in the alerts inbox",
                              more).format(count=more))
    if escalated:
        line = ngettext("{count} escalated", "{count} escalated", escalated).format(
            count=escalated)
        if contact:
            line += _(" (contact: {contact})").format(contact=contact)
        lines.append(line)
    return Notification(title, "\n".join(lines), None, ids, escalated > 0)
