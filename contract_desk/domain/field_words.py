"""A contract field's name in a sentence ("end date: …"), in the person's language.

The English words are the field's name with spaces, as the messages always said;
a field without a word here (a custom field's name) stays as it is written.
"""

from __future__ import annotations

from contract_desk.i18n import N_, _

#: The words naming each contract field inside a sentence (lower case).
FIELD_WORDS = {
    "reference": N_("reference"), "title": N_("title"), "scope": N_("scope"),
    "counterparty": N_("counterparty"), "contract_type": N_("contract type"),
    "department": N_("department"), "project": N_("project"), "owner": N_("owner"),
    "payment_terms": N_("payment terms"), "notes": N_("notes"), "signed_on": N_("signed on"),
    "start_date": N_("start date"), "end_date": N_("end date"),
    "final_end_date": N_("final end date"), "notice_given_on": N_("notice given on"),
    "confidential_until": N_("confidential until"), "initial_term": N_("initial term"),
    "renewal_term": N_("renewal term"), "notice_period": N_("notice period"),
    "direction": N_("direction"), "tags": N_("tags"), "status": N_("status"),
    "renewal": N_("renewal"), "max_renewals": N_("max renewals"),
    "notice_buffer_days": N_("notice buffer days"), "value": N_("value"),
    "notice_to": N_("notice rule"), "holiday_country": N_("public holidays"),
    "postal_days": N_("postal days"),
    "currency": N_("currency"), "custom": N_("custom"),
    # Ways an import column fills a field.
    "value_with_currency": N_("value with its currency"),
    "term_months": N_("initial term in months"),
    "reminder_offsets": N_("reminder offsets"),
    # Obligations and counterparties.
    "amount": N_("amount"), "due_date": N_("due date"), "met_on": N_("met on"),
    "recurrence": N_("recurrence"), "kind": N_("kind"), "name": N_("name"),
    "country": N_("country"), "evidence_attachment_uid": N_("evidence attachment uid"),
    "performer": N_("performed by"), "description": N_("description"),
    "evidence_note": N_("evidence note"),
    # What the history records of attachments, alerts and undone imports.
    "file_name": N_("file name"), "size": N_("size"), "sha256": N_("checksum (SHA-256)"),
    "key": N_("key date"), "acknowledged": N_("acknowledged"),
    "snoozed_until": N_("snoozed until"), "decision": N_("decision"),
    "deleted": N_("deleted"), "restored": N_("restored"), "conflicts": N_("conflicts"),
}


def field_word(name: str) -> str:
    """``name`` (a field's key) as a person reads it: "end_date" -> "end date"."""
    word = FIELD_WORDS.get(name)
    return _(word) if word is not None else name.replace("_", " ")
