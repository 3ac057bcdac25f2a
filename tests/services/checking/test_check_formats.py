"""The register check writes its counts and days the way the person's locale writes them.

It wrote every count with English digit grouping and some days as ISO text
("20,000 kontrakter", "for 2026-11-23") whatever the locale.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from contract_desk import i18n
from contract_desk.i18n.formats import FORMATS_ENV
from contract_desk.services.checking.key_dates import check_key_dates
from contract_desk.services.checking.reminder_index import check_index, dry_run
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.key_dates_store import refresh_key_dates
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register

TODAY = date(2026, 11, 23)
NBSP = "\u00a0"


@pytest.fixture
def checked(sqlite_register: Register) -> Register:
    with sqlite_register.transaction() as session:
        generate_demo(session, count=1200, seed=5, today=TODAY)
        refresh_key_dates(session, TODAY)
    with sqlite_register.transaction() as session:
        check_reminders(session, today=TODAY - timedelta(days=1))
    return sqlite_register


def _summaries(register: Register) -> list[str]:
    with register.reading() as session:
        key_dates = check_key_dates(session, TODAY).summary
        index = check_index(session).summary
    return [key_dates, dry_run(register, TODAY).summary, index]


def test_counts_and_days_follow_the_locale(checked: Register,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FORMATS_ENV, raising=False)
    key_dates, dry_run, index = _summaries(checked)
    # No regional format, English: what scripts read, as before.
    assert "for 1,200 contracts" in key_dates and "for 2026-11-23" in key_dates
    assert "for 2026-11-23 (rolled back)" in dry_run
    assert "(as of the last check, 2026-11-22)" in index
    monkeypatch.setenv(FORMATS_ENV, "nb_NO")
    i18n.use_language("nb")
    try:
        key_dates, dry_run, index = _summaries(checked)
    finally:
        i18n.use_language("en")
    assert f"1{NBSP}200" in key_dates and "23.11.2026" in key_dates, key_dates
    assert "1,200" not in key_dates and "2026-11-23" not in key_dates
    assert "23.11.2026" in dry_run and "2026-11-23" not in dry_run, dry_run
    assert "22.11.2026" in index and "2026-11-22" not in index, index
