"""The longest text each field of a contract holds: the lengths of the register's columns.

A rule of the register rather than of one database: PostgreSQL refuses a longer
text in the middle of a save, SQLite would keep it, so the importer shortens such
cells itself (keeping the whole text as a custom field). The models declare the
same lengths on their columns; tests/importers/plan/test_text_limits.py checks that the
two agree, so a column made longer or shorter cannot leave this table behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Contract field -> the most characters it holds ("counterparty": the party's name).
CONTRACT_TEXT_LENGTHS: Mapping[str, int] = MappingProxyType({
    "uid": 36,
    "reference": 120,
    "title": 500,
    "contract_type": 80,
    "direction": 10,
    "department": 120,
    "project": 120,
    "owner": 120,
    "status": 20,
    "initial_term_unit": 16,
    "renewal": 10,
    "renewal_term_unit": 16,
    "notice_period_unit": 16,
    "notice_to": 12,
    "holiday_country": 2,
    "currency": 3,
    "payment_terms": 200,
    # The reminder check's bookkeeping (schema 0016): no field a person or an import fills.
    "next_reminder_kind": 24,
    "source_sheet": 200,
    "created_by": 120,
    "updated_by": 120,
    "counterparty": 300,
})
