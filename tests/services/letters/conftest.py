"""The lease fixture of the notice-letter tests."""

from __future__ import annotations

import pytest
from letter_helpers import add_contract

from contract_desk.storage import Register


@pytest.fixture
def lease(sqlite_register: Register) -> Register:
    """``sqlite_register`` holding the lease L-1."""
    add_contract(sqlite_register)
    return sqlite_register
