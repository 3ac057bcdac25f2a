"""Alert texts are written in the person's formats when shown, never frozen into the register."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk import i18n
from contract_desk.i18n.formats import FORMATS_ENV
from contract_desk.notify import notifications_for
from contract_desk.services.reminders.inbox import AlertRow, open_alerts
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register

TODAY = date(2026, 12, 17)


def waiting(register: Register) -> list[AlertRow]:
    with register.transaction() as session:
        inbox = open_alerts(session, today=TODAY)
    return [*inbox.overdue, *inbox.today, *inbox.upcoming]


def test_an_alert_raised_in_english_reads_in_norwegian(
        register: Register, add_contract, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FORMATS_ENV, raising=False)
    add_contract(reference="L-1", title="Husleie", start_date="2026-01-01",
                 end_date="2026-12-31")
    with register.transaction() as session:
        fired = check_reminders(session, today=TODAY).fired
    assert "(2026-12-31)" in fired[0].title  # plain English: ISO, as scripts read it
    i18n.use_language("nb")
    monkeypatch.setenv(FORMATS_ENV, "nb_NO")
    try:
        [row] = waiting(register)
        assert "om 14 dager (31.12.2026)" in row.title
        [note] = notifications_for([row])
        assert "31.12.2026" in note.message and "2026-12-31" not in note.message
    finally:
        i18n.use_language("en")
    monkeypatch.delenv(FORMATS_ENV)
    # The register holds the date, not a text: English again reads it as before.
    assert "(2026-12-31)" in waiting(register)[0].title
