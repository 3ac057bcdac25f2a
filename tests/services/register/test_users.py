"""The user name written into the audit trail."""

from __future__ import annotations

import getpass

import pytest

from contract_desk.services import current_user


def test_the_login_name_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "kari")
    assert current_user() == "kari"


def test_without_a_login_name_the_user_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_name() -> str:
        raise OSError("no USER and no passwd entry")

    monkeypatch.setattr(getpass, "getuser", no_name)
    assert current_user() == "unknown"
