"""Helpers for the reminder tests: contracts and obligations in a register."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_desk.services import add_obligation, create_contract
from contract_desk.storage import Register

USER = "tester"


@pytest.fixture
def add_contract(register: Register) -> Callable[..., str]:
    """Add a contract with these fields; returns its uid."""
    def add(**fields: Any) -> str:
        with register.transaction() as session:
            return create_contract(session, {"title": "Contract", **fields}, user=USER).uid
    return add


@pytest.fixture
def add_due(register: Register) -> Callable[..., str]:
    """Add an obligation to a contract; returns its uid."""
    def add(contract_uid: str, **fields: Any) -> str:
        values = {"kind": "payment", "title": "Fee", "owner": "Kari", **fields}
        with register.transaction() as session:
            return add_obligation(session, contract_uid, values, user=USER).uid
    return add
