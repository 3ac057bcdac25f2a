"""The fields a spreadsheet column can go to, as the mapping page offers them."""

from __future__ import annotations

#: (field, label) in the order a person looks for them; "" keeps the column as a custom field.
FIELD_CHOICES: list[tuple[str, str]] = [
    ("", "(keep as custom field)"),
    ("reference", "Reference"),
    ("title", "Title"),
    ("counterparty", "Counterparty"),
    ("contract_type", "Type"),
    ("scope", "Scope / description"),
    ("owner", "Owner"),
    ("department", "Department"),
    ("project", "Project"),
    ("status", "Status"),
    ("direction", "Direction (buy/sell)"),
    ("tags", "Tags"),
    ("signed_on", "Signed on"),
    ("start_date", "Start date"),
    ("end_date", "End date"),
    ("initial_term", "Initial term (e.g. 24 months)"),
    ("term_months", "Initial term in months (a bare number)"),
    ("renewal", "Renewal (automatic/option/none)"),
    ("renewal_term", "Renewal term"),
    ("max_renewals", "Max. renewals"),
    ("final_end_date", "Final end date"),
    ("notice_period", "Notice period"),
    ("notice_buffer_days", "Notice buffer (days)"),
    ("notice_given_on", "Notice given on"),
    ("value", "Value"),
    ("value_with_currency", "Value with its currency in the cell"),
    ("currency", "Currency"),
    ("payment_terms", "Payment terms"),
    ("confidential_until", "Confidential until"),
    ("notes", "Notes"),
]
