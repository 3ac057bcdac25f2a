"""Register use cases: what the window and the CLI do, as functions over a Session. No Qt.

Every function takes the Session of one user action and returns plain frozen
rows (never live ORM objects); every change is written to the audit trail.
"""

from contract_desk.domain.validation import ValidationError
from contract_desk.services.listing.queries import count_contracts, get_contract, list_contracts
from contract_desk.services.register.attachment_store import AttachmentError, AttachmentStore
from contract_desk.services.register.attachments import (
    add_attachment,
    attachment_path,
    attachment_status,
    list_attachments,
    remove_attachment,
)
from contract_desk.services.register.audit import history, record_event
from contract_desk.services.register.bulk_change import add_tag, bulk_set_status, handover
from contract_desk.services.register.contracts import (
    create_contract,
    delete_contract,
    undo_delete,
    update_contract,
)
from contract_desk.services.register.errors import AmbiguousError, ConflictError, NotFoundError
from contract_desk.services.register.obligations import (
    add_obligation,
    delete_obligation,
    list_obligations,
    mark_obligation,
    obligation_occurrences,
    update_obligation,
)
from contract_desk.services.register.parties import get_or_create_party, list_parties, update_party
from contract_desk.services.register.rows import (
    AttachmentRow,
    AuditRow,
    ContractRow,
    ObligationRow,
    PartyRow,
)
from contract_desk.services.register.users import current_user

__all__ = [
    "AmbiguousError",
    "AttachmentError",
    "AttachmentRow",
    "AttachmentStore",
    "AuditRow",
    "ConflictError",
    "ContractRow",
    "NotFoundError",
    "ObligationRow",
    "PartyRow",
    "ValidationError",
    "add_attachment",
    "add_obligation",
    "add_tag",
    "attachment_path",
    "attachment_status",
    "bulk_set_status",
    "count_contracts",
    "create_contract",
    "current_user",
    "delete_contract",
    "delete_obligation",
    "get_contract",
    "get_or_create_party",
    "handover",
    "history",
    "list_attachments",
    "list_contracts",
    "list_obligations",
    "list_parties",
    "mark_obligation",
    "obligation_occurrences",
    "record_event",
    "remove_attachment",
    "undo_delete",
    "update_contract",
    "update_obligation",
    "update_party",
]
