"""The ways a reminder check stores what it computed, for tests that compare them.

One transaction (``check_reminders``, what the register check and the bench's core
measures run); in steps, as the window and ``contract-desk remind`` make it
(``run_reminder_check``: on SQLite, after a big import, the days stored by statement
go by ranges of obligation ids, with the computed days of each range); and in steps
as on PostgreSQL (the fills by ranges of ids after all the computed days).
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.services.reminders import store
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import Register


def in_one(register: Register, today: date) -> None:
    with register.transaction() as session:
        check_reminders(session, today=today)


def in_steps(register: Register, today: date) -> None:
    run_reminder_check(register, today=today)


def in_steps_as_on_postgresql(register: Register, today: date) -> None:
    ranged, store.RANGED_FILLS = store.RANGED_FILLS, False  # as on PostgreSQL
    try:
        run_reminder_check(register, today=today)
    finally:
        store.RANGED_FILLS = ranged


#: ``@each_way`` runs a test with ``check`` as each of the ways above.
each_way = pytest.mark.parametrize(
    "check", [in_one, in_steps, in_steps_as_on_postgresql],
    ids=["one transaction", "in steps", "in steps as on PostgreSQL"])
