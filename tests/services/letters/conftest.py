"""The lease fixture of the notice-letter tests."""

from __future__ import annotations

import pytest
from letter_helpers import add_contract

from contract_desk.storage import Register


@pytest.fixture
def lease(register: Register) -> Register:
    """A register (SQLite, and PostgreSQL where configured) holding the lease L-1."""
    add_contract(register)
    return register
