"""Approvals: the register's rules, requests for approval, the approvers' votes. No Qt.

May import ``domain``, ``models``, ``storage`` and ``services.register`` (the
gate the register's own writes consult lives there: ``approval_gate``).
"""

from contract_desk.services.approvals.requests import (
    ApprovalInbox,
    ApprovalRow,
    VoteRow,
    approval_inbox,
    awaiting_me,
    cancel_request,
    contract_approvals,
    get_approval,
    list_approvals,
    request_approval,
    vote,
    waiting_for_answer,
)
from contract_desk.services.approvals.rules import read_rules, save_rules
from contract_desk.services.register.approval_gate import ApprovalNeeded

__all__ = [
    "ApprovalInbox",
    "ApprovalNeeded",
    "ApprovalRow",
    "VoteRow",
    "approval_inbox",
    "awaiting_me",
    "cancel_request",
    "contract_approvals",
    "get_approval",
    "list_approvals",
    "read_rules",
    "request_approval",
    "save_rules",
    "vote",
    "waiting_for_answer",
]
