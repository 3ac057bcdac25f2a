"""A notice recorded: who gave it, how it went, and the day it ends the contract.

A notice *given* by us counts from the day we sent it; a notice *received*
from the counterparty counts from the day it reached us. Either ends the
contract on :func:`notice_effective_end`: the end of the current term when it
is in time for it (on or before its notice deadline), else the end of the first
later term it is in time for (a late notice lets the contract renew once more);
an open-ended contract ends on the earliest end its notice rule allows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import TermSpec, key_dates
from contract_desk.i18n import N_, _
from contract_desk.i18n.formats import day_text


class NoticeDirection(StrEnum):
    """Who gave the notice: we did, or the counterparty did."""

    GIVEN = "given"
    RECEIVED = "received"


class NoticeChannel(StrEnum):
    """How the notice travelled."""

    REGISTERED_POST = "registered_post"
    EMAIL = "email"
    PORTAL = "portal"
    HAND_DELIVERY = "hand_delivery"
    OTHER = "other"


#: The channel as a person reads it.
CHANNEL_WORDS: dict[NoticeChannel, str] = {
    NoticeChannel.REGISTERED_POST: N_("registered post"),
    NoticeChannel.EMAIL: N_("e-mail"),
    NoticeChannel.PORTAL: N_("portal"),
    NoticeChannel.HAND_DELIVERY: N_("hand delivery"),
    NoticeChannel.OTHER: N_("other"),
}

#: The direction as a person reads it.
DIRECTION_WORDS: dict[NoticeDirection, str] = {
    NoticeDirection.GIVEN: N_("given by us"),
    NoticeDirection.RECEIVED: N_("received from the counterparty"),
}


def notice_channel(value: NoticeChannel | str) -> NoticeChannel:
    """``value`` (``email`` or ``hand-delivery`` alike) as a channel; a clear error otherwise."""
    try:
        return NoticeChannel(str(value).strip().lower().replace("-", "_"))
    except ValueError:
        choices = ", ".join(channel.value.replace("_", "-") for channel in NoticeChannel)
        raise DomainError(_("unknown notice channel {value}; use {choices}").format(
            value=repr(value), choices=choices)) from None


def notice_direction(value: NoticeDirection | str) -> NoticeDirection:
    """``value`` as a direction (given or received); a clear error otherwise."""
    try:
        return NoticeDirection(value)
    except ValueError:
        raise DomainError(_("unknown notice direction {value}; use given or received").format(
            value=repr(value))) from None


def check_notice_days(on: date, acknowledged_on: date | None, today: date) -> None:
    """Refuse a notice dated after today, or acknowledged before it was given or after today."""
    if on > today:
        raise DomainError(_("a notice is recorded once it is given: {day} is after today "
                            "({today})").format(day=day_text(on), today=day_text(today)))
    if acknowledged_on is None:
        return
    if acknowledged_on < on:
        raise DomainError(_("the notice cannot be acknowledged on {ack}, before it was given "
                            "on {day}").format(ack=day_text(acknowledged_on), day=day_text(on)))
    if acknowledged_on > today:
        raise DomainError(_("the acknowledgement on {ack} is after today ({today})").format(
            ack=day_text(acknowledged_on), today=day_text(today)))


def notice_effective_end(spec: TermSpec, on: date) -> date:
    """The day a notice given (or received) on ``on`` ends the contract.

    DomainError when it ends nothing: an open-ended contract without a notice
    period, or a contract whose last term ended before ``on``.
    """
    dates = key_dates(replace(spec, notice_given_on=None), on)
    end = dates.earliest_end
    if end is None:
        raise DomainError(_("the contract states no notice period and no end, so a notice "
                            "cannot be dated to an end; add its notice period first"))
    if end < on:
        raise DomainError(_("the contract ended on {end}; a notice on {day} ends nothing").format(
            end=day_text(end), day=day_text(on)))
    return end
