"""The fields a spreadsheet column can go to, as the mapping page offers them, and the
words for what a row will be (the preview) or became (the report).

The labels are marked for translation here and translated where shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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

#: What a row will be, in the preview's "Will be" column (the core's action -> words).
WILL_BE = {
    "created": QT_TRANSLATE_NOOP("ImportWizard", "new"),
    "updated": QT_TRANSLATE_NOOP("ImportWizard", "changed"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizard", "unchanged"),
    "skipped": QT_TRANSLATE_NOOP("ImportWizard", "skipped"),
}

#: What happened to a row, in the report's "What happened" column.
HAPPENED = {
    "created": QT_TRANSLATE_NOOP("ImportWizard", "created"),
    "updated": QT_TRANSLATE_NOOP("ImportWizard", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizard", "unchanged"),
    "skipped": QT_TRANSLATE_NOOP("ImportWizard", "skipped"),
}


def outcome_words(action: str, *, done: bool) -> str:
    """The core's ``action`` ("created"…) as the person reads it, before or after the import.

    Thread-safe (``QCoreApplication.translate`` is): the preview's lines are made off the
    window's thread.
    """
    words = (HAPPENED if done else WILL_BE).get(action)
    return QCoreApplication.translate("ImportWizard", words) if words else action
