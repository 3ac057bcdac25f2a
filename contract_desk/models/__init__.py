"""The register's tables (SQLAlchemy 2.0 declarative, no Qt)."""

from contract_desk.models.alert import Alert, AlertNotice
from contract_desk.models.amendment import ContractAmendment
from contract_desk.models.approval import Approval, ApprovalVote
from contract_desk.models.attachment import Attachment
from contract_desk.models.attachment_blob import AttachmentBlob
from contract_desk.models.audit import AuditEvent
from contract_desk.models.base import NAMING_CONVENTION, Base, Money, new_uid, utcnow
from contract_desk.models.contract import Contract
from contract_desk.models.import_batch import ImportBatch
from contract_desk.models.key_dates import ContractKeyDates
from contract_desk.models.notice import ContractNotice
from contract_desk.models.obligation import Obligation
from contract_desk.models.obligation_summary import ContractObligationSummary, ObligationSummaryMark
from contract_desk.models.party import Party
from contract_desk.models.setting import RegisterSetting

__all__ = [
    "NAMING_CONVENTION",
    "Alert",
    "AlertNotice",
    "Approval",
    "ApprovalVote",
    "Attachment",
    "AttachmentBlob",
    "AuditEvent",
    "Base",
    "Contract",
    "ContractAmendment",
    "ContractKeyDates",
    "ContractNotice",
    "ContractObligationSummary",
    "ImportBatch",
    "Money",
    "Obligation",
    "ObligationSummaryMark",
    "Party",
    "RegisterSetting",
    "new_uid",
    "utcnow",
]
