"""The headers a contract's stored fields (and an obligation's) go by in an exported spreadsheet.

Shared by both ends of the round trip: the exporter writes these headers in the
person's language; the importer recognises them in every language the program
ships (:func:`headers_in_every_language`), so a register exported in Norwegian
imports field for field on a Korean desk, and a new catalog needs no new
header synonyms by hand. English is the source; translations come from the
core's catalogs (``docs/glossary.md`` words).
"""

from __future__ import annotations

from collections.abc import Mapping

from contract_desk.i18n import N_, _
from contract_desk.i18n.every_language import in_every_language

#: Stored contract field -> its export header (English source, translated where written).
CONTRACT_HEADERS: dict[str, str] = {
    "reference": N_("Reference"),
    "title": N_("Title"),
    "counterparty": N_("Counterparty"),
    "contract_type": N_("Contract type"),
    "direction": N_("Direction"),
    "department": N_("Department"),
    "project": N_("Project"),
    "owner": N_("Owner"),
    "tags": N_("Tags"),
    "status": N_("Status"),
    "signed_on": N_("Signed on"),
    "start_date": N_("Start date"),
    "end_date": N_("End date"),
    "initial_term": N_("Initial term"),
    "renewal": N_("Renewal"),
    "renewal_term": N_("Renewal term"),
    "max_renewals": N_("Max renewals"),
    "final_end_date": N_("Final end date"),
    "notice_period": N_("Notice period"),
    "notice_buffer_days": N_("Notice buffer"),
    "notice_given_on": N_("Notice given on"),
    "notice_to": N_("Notice to"),
    "holiday_country": N_("Public holidays of"),
    "postal_days": N_("Postal days"),
    "value": N_("Value"),
    "currency": N_("Currency"),
    "payment_terms": N_("Payment terms"),
    "confidential_until": N_("Confidential until"),
    "scope": N_("Scope"),
    "notes": N_("Notes"),
}

#: Obligation field -> its header on the obligations sheet.
OBLIGATION_HEADERS: dict[str, str] = {
    "contract_reference": N_("Contract reference"),
    "kind": N_("Kind"),
    "performer": N_("Performed by"),
    "title": N_("Title"),
    "description": N_("Description"),
    "due_date": N_("Due date"),
    "recurrence": N_("Recurrence"),
    "owner": N_("Owner"),
    "amount": N_("Amount"),
    "currency": N_("Currency"),
    "status": N_("Status"),
    "met_on": N_("Met on"),
    "evidence_note": N_("Evidence"),
    "reminder_offsets": N_("Reminder days before"),
}


def header(table: Mapping[str, str], field: str) -> str:
    """The header of ``field`` in the language in use."""
    return _(table[field])


def headers_in_every_language(table: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Field -> its header in every shipped language (English first, no repeats)."""
    return {field: tuple(dict.fromkeys(in_every_language(source).values()))
            for field, source in table.items()}


__all__ = ["CONTRACT_HEADERS", "OBLIGATION_HEADERS", "header", "headers_in_every_language"]
