"""What an entry of the history (audit trail) records, in the person's language.

The register keeps an event as two codes, the thing changed (``contract``,
``obligation``…) and the action (``create``, ``update``…); people read
"Contract added", "계약 추가", "Kontrakt lagt til", "已添加合同". A pair
without words here (written by a newer version) is shown by the thing's word
and the code.
"""

from __future__ import annotations

from contract_desk.i18n import N_, _

#: (entity, action) -> what a person reads in the history's "What" column.
EVENT_WORDS: dict[tuple[str, str], str] = {
    ("contract", "create"): N_("Contract added"),
    ("contract", "update"): N_("Contract changed"),
    ("contract", "delete"): N_("Contract deleted"),
    ("contract", "undelete"): N_("Contract restored"),
    ("contract", "handover"): N_("Contract handed over"),
    ("obligation", "create"): N_("Obligation added"),
    ("obligation", "update"): N_("Obligation changed"),
    ("obligation", "mark"): N_("Obligation outcome recorded"),
    ("obligation", "delete"): N_("Obligation deleted"),
    ("attachment", "create"): N_("File attached"),
    ("attachment", "delete"): N_("Attachment removed"),
    ("alert", "acknowledge"): N_("Alert acknowledged"),
    ("alert", "snooze"): N_("Alert snoozed"),
    ("alert", "decide"): N_("Decision recorded"),
    ("party", "create"): N_("Counterparty added"),
    ("party", "update"): N_("Counterparty changed"),
    ("setting", "update"): N_("Settings changed"),
    ("import_batch", "undo"): N_("Import undone"),
    ("notice", "record"): N_("Notice recorded"),
    ("notice", "proof"): N_("Proof of notice attached"),
    ("notice", "acknowledge"): N_("Notice acknowledged"),
    ("notice", "withdraw"): N_("Notice record withdrawn"),
    ("approval", "request"): N_("Approval requested"),
    ("approval", "approve"): N_("Approved"),
    ("approval", "reject"): N_("Approval rejected"),
    ("approval", "cancel"): N_("Approval request cancelled"),
    ("amendment", "record"): N_("Amendment recorded"),
    ("amendment", "withdraw"): N_("Amendment withdrawn"),
}

#: The thing an event is about, for a pair not listed above.
ENTITY_WORDS: dict[str, str] = {
    "contract": N_("Contract"), "obligation": N_("Obligation"),
    "attachment": N_("Attachment"), "alert": N_("Alert"), "party": N_("Counterparty"),
    "setting": N_("Settings"), "import_batch": N_("Import"), "notice": N_("Notice"),
    "approval": N_("Approval"), "amendment": N_("Amendment"),
}


def event_words(entity: str, action: str) -> str:
    """What an audit event records, as a person reads it ("contract", "update" -> "Contract
    changed"); an unknown pair as "Contract: archive"."""
    words = EVENT_WORDS.get((entity, action))
    if words is not None:
        return _(words)
    thing = ENTITY_WORDS.get(entity)
    return _("{thing}: {action}").format(
        thing=_(thing) if thing is not None else entity.replace("_", " "),
        action=action.replace("_", " "))


__all__ = ["ENTITY_WORDS", "EVENT_WORDS", "event_words"]
