"""The fields a spreadsheet column can go to, as the mapping page offers them.

The labels are marked for translation here and translated where shown.
"""

from __future__ import annotations

from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

#: (field, label) in the order a person looks for them; "" keeps the column as a custom field.
FIELD_CHOICES: list[tuple[str, str]] = [
    ("", QT_TRANSLATE_NOOP("ImportWizard", "(keep as custom field)")),
    ("reference", QT_TRANSLATE_NOOP("ImportWizard", "Reference")),
    ("title", QT_TRANSLATE_NOOP("ImportWizard", "Title")),
    ("counterparty", QT_TRANSLATE_NOOP("ImportWizard", "Counterparty")),
    ("contract_type", QT_TRANSLATE_NOOP("ImportWizard", "Type")),
    ("scope", QT_TRANSLATE_NOOP("ImportWizard", "Scope / description")),
    ("owner", QT_TRANSLATE_NOOP("ImportWizard", "Owner")),
    ("department", QT_TRANSLATE_NOOP("ImportWizard", "Department")),
    ("project", QT_TRANSLATE_NOOP("ImportWizard", "Project")),
    ("status", QT_TRANSLATE_NOOP("ImportWizard", "Status")),
    ("direction", QT_TRANSLATE_NOOP("ImportWizard", "Direction (buy/sell)")),
    ("tags", QT_TRANSLATE_NOOP("ImportWizard", "Tags")),
    ("signed_on", QT_TRANSLATE_NOOP("ImportWizard", "Signed on")),
    ("start_date", QT_TRANSLATE_NOOP("ImportWizard", "Start date")),
    ("end_date", QT_TRANSLATE_NOOP("ImportWizard", "End date")),
    ("initial_term", QT_TRANSLATE_NOOP("ImportWizard", "Initial term (e.g. 24 months)")),
    ("term_months", QT_TRANSLATE_NOOP("ImportWizard", "Initial term in months (a bare number)")),
    ("renewal", QT_TRANSLATE_NOOP("ImportWizard", "Renewal (automatic/option/none)")),
    ("renewal_term", QT_TRANSLATE_NOOP("ImportWizard", "Renewal term")),
    ("max_renewals", QT_TRANSLATE_NOOP("ImportWizard", "Max. renewals")),
    ("final_end_date", QT_TRANSLATE_NOOP("ImportWizard", "Final end date")),
    ("notice_period", QT_TRANSLATE_NOOP("ImportWizard", "Notice period")),
    ("notice_buffer_days", QT_TRANSLATE_NOOP("ImportWizard", "Notice buffer (days)")),
    ("notice_given_on", QT_TRANSLATE_NOOP("ImportWizard", "Notice given on")),
    ("value", QT_TRANSLATE_NOOP("ImportWizard", "Value")),
    ("value_with_currency",
     QT_TRANSLATE_NOOP("ImportWizard", "Value with its currency in the cell")),
    ("currency", QT_TRANSLATE_NOOP("ImportWizard", "Currency")),
    ("payment_terms", QT_TRANSLATE_NOOP("ImportWizard", "Payment terms")),
    ("confidential_until", QT_TRANSLATE_NOOP("ImportWizard", "Confidential until")),
    ("notes", QT_TRANSLATE_NOOP("ImportWizard", "Notes")),
]
