"""From fired alerts to notifications: one each, or one summary when there are many."""

from __future__ import annotations

from collections.abc import Sequence

from contract_desk.i18n import _, ngettext
from contract_desk.notify.base import Notification
from contract_desk.services.reminders.inbox import AlertRow

TITLE = "Contract Desk"


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


def _summary(alerts: Sequence[AlertRow], contact: str | None) -> Notification:
    keys = {alert.key for alert in alerts}
    escalated = sum(alert.escalated for alert in alerts)
    title = ngettext("{count} deadline needs attention", "{count} deadlines need attention",
                     len(keys)).format(count=len(keys))
    lines = [alert.title for alert in alerts[:3]]
    if len(alerts) > 3:
        lines.append(ngettext("… and {count} more in the alerts inbox",
                              "… and {count} more in the alerts inbox",
                              len(alerts) - 3).format(count=len(alerts) - 3))
    if escalated:
        line = ngettext("{count} escalated", "{count} escalated", escalated).format(
            count=escalated)
        if contact:
            line += _(" (contact: {contact})").format(contact=contact)
        lines.append(line)
    return Notification(title, "\n".join(lines), None, tuple(a.id for a in alerts),
                        escalated > 0)
