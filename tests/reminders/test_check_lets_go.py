"""A stored reminder check lets go of its plan's bulk before it reads back what it raised.

The first check after a big import plans every row of the register; a process
keeps the memory of its highest point, so what the plan held must not still be
held while the days are stored and the new alerts are read back.
"""

from __future__ import annotations

from datetime import date

from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.reminders.plan import CheckPlan
from contract_desk.services.reminders.run import run_reminder_check
from contract_desk.storage import Register

TODAY = date(2027, 3, 31)


def test_a_stored_check_keeps_only_what_reading_back_needs(register: Register) -> None:
    with register.transaction() as session:
        generate_demo(session, count=60, seed=5, today=TODAY)
    seen: list[tuple[CheckPlan, int, int, int]] = []

    def planned(plan: CheckPlan) -> None:
        assert plan.watch is not None
        seen.append((plan, len(plan.alerts), len(plan.watch.unknown["obligation"]),
                     len(plan.marks.contracts)))

    run = run_reminder_check(register, today=TODAY, planned=planned)
    plan, alerts, unknown, marks = seen[-1]
    assert run.fired and alerts and unknown and marks  # the plan held them, and raised
    assert plan.watch is not None
    assert plan.alerts == []
    assert plan.watch.unknown == {} and plan.watch.open_alerts == {}
    assert not (plan.marks.contracts or plan.marks.obligations or plan.marks.one_offs)
    assert set(plan.watch.tables) == {"contract", "obligation"}  # the days' steps read them
    # What was raised is read back whole all the same.
    assert len(run.fired) == alerts and run.pending["total"] >= len(run.fired) > 0
