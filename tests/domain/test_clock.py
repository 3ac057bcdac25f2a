"""One switch for "today": frozen in tests, fixed by the environment for a subprocess."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from contract_desk.domain import clock


def test_the_suite_runs_on_a_frozen_day() -> None:
    from tests.conftest import SUITE_TODAY

    assert clock.local_today() == SUITE_TODAY


def test_freeze_and_thaw(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = clock._frozen
    try:
        clock.freeze(date(2031, 2, 28))
        assert clock.local_today() == date(2031, 2, 28)
        clock.freeze(None)
        monkeypatch.setenv(clock.TODAY_VARIABLE, "2030-01-31")
        assert clock.local_today() == date(2030, 1, 31)
        monkeypatch.delenv(clock.TODAY_VARIABLE)
        assert clock.local_today() == datetime.now().astimezone().date()
    finally:
        clock.freeze(frozen)


def test_frozen_at_gives_the_day_back() -> None:
    before = clock.local_today()
    with clock.frozen_at(date(2027, 1, 4)):
        assert clock.local_today() == date(2027, 1, 4)
    assert clock.local_today() == before
    with pytest.raises(RuntimeError), clock.frozen_at(date(2028, 2, 29)):
        raise RuntimeError("a failing block gives the day back too")
    assert clock.local_today() == before
