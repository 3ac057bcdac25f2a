"""A recorded notice's effective end: in time, late, open-ended, received; bad input refused."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import TermSpec
from contract_desk.domain.notice import NoticeTo
from contract_desk.domain.notice_record import (
    NoticeChannel,
    check_notice_days,
    notice_channel,
    notice_direction,
    notice_effective_end,
)
from contract_desk.domain.periods import Period
from contract_desk.domain.terms import RenewalMode

#: Two years from 2025, then renewing by one year; 3 months' notice (deadline 30 Sep 2026).
RENEWING = TermSpec(start_date=date(2025, 1, 1), end_date=date(2026, 12, 31),
                    renewal=RenewalMode.AUTOMATIC, renewal_term=Period.parse("1 year"),
                    notice_period=Period.parse("3 months"))
#: No end: 3 months' notice to the end of a month.
OPEN_ENDED = TermSpec(start_date=date(2024, 3, 1), notice_period=Period.parse("3 months"),
                      notice_to=NoticeTo.MONTH_END)
#: A fixed term to 31 Dec 2026 with 1 month's notice, no renewal.
FIXED = TermSpec(start_date=date(2025, 1, 1), end_date=date(2026, 12, 31),
                 notice_period=Period.parse("1 month"))


@pytest.mark.parametrize(("spec", "on", "end"), [
    (RENEWING, date(2026, 9, 15), date(2026, 12, 31)),  # in time: the current term's end
    (RENEWING, date(2026, 9, 30), date(2026, 12, 31)),  # on the deadline itself
    (RENEWING, date(2026, 10, 1), date(2027, 12, 31)),  # a day late: renews once more
    (OPEN_ENDED, date(2026, 11, 10), date(2027, 2, 28)),  # 3 months, then the month's end
    (FIXED, date(2026, 12, 10), date(2026, 12, 31)),  # late, but it ends then anyway
])
def test_the_effective_end_follows_the_terms(spec: TermSpec, on: date, end: date) -> None:
    assert notice_effective_end(spec, on) == end


def test_a_notice_given_earlier_on_the_contract_does_not_change_the_answer() -> None:
    from dataclasses import replace

    given = replace(RENEWING, notice_given_on=date(2026, 1, 5))
    assert notice_effective_end(given, date(2026, 10, 1)) == date(2027, 12, 31)


def test_a_notice_after_the_last_term_ends_nothing() -> None:
    spec = TermSpec(start_date=date(2025, 1, 1), end_date=date(2025, 12, 31))
    with pytest.raises(DomainError, match="ended on 2025-12-31; a notice on 2026-01-10"):
        notice_effective_end(spec, date(2026, 1, 10))


def test_an_open_ended_contract_without_a_notice_period_cannot_be_dated() -> None:
    with pytest.raises(DomainError, match="no notice period and no end"):
        notice_effective_end(TermSpec(start_date=date(2024, 1, 1)), date(2026, 1, 10))


@pytest.mark.parametrize(("text", "channel"), [
    ("registered-post", NoticeChannel.REGISTERED_POST), ("email", NoticeChannel.EMAIL),
    ("hand_delivery", NoticeChannel.HAND_DELIVERY), (" Portal ", NoticeChannel.PORTAL),
])
def test_channels_are_read_with_hyphens_or_underscores(text: str, channel: NoticeChannel) -> None:
    assert notice_channel(text) is channel


def test_an_unknown_channel_or_direction_is_a_clear_sentence() -> None:
    with pytest.raises(DomainError, match="unknown notice channel 'fax'; use registered-post"):
        notice_channel("fax")
    with pytest.raises(DomainError, match="unknown notice direction 'sent'"):
        notice_direction("sent")


def test_days_after_today_or_an_acknowledgement_before_the_notice_are_refused() -> None:
    today = date(2026, 12, 4)
    check_notice_days(today, today, today)
    with pytest.raises(DomainError, match="2026-12-05 is after today"):
        check_notice_days(date(2026, 12, 5), None, today)
    with pytest.raises(DomainError, match="acknowledged on 2026-11-30, before it was given"):
        check_notice_days(date(2026, 12, 1), date(2026, 11, 30), today)
    with pytest.raises(DomainError, match="acknowledgement on 2026-12-06 is after today"):
        check_notice_days(date(2026, 12, 1), date(2026, 12, 6), today)
