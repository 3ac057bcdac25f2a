"""Notices recorded: a notice given to or received from the counterparty, its proof, the
day it ends the contract; the contract's key dates and reminders follow. No Qt.

May import ``domain``, ``models``, ``storage``, ``services.register`` and
``services.reminders`` (to withdraw the reminders a notice makes pointless).
"""

from contract_desk.services.notice_records.records import (
    NoticeRow,
    acknowledge_notice,
    attach_proof,
    list_notices,
    record_notice,
    withdraw_notice,
)

__all__ = [
    "NoticeRow",
    "acknowledge_notice",
    "attach_proof",
    "list_notices",
    "record_notice",
    "withdraw_notice",
]
