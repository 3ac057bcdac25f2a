"""The indexed reminder scan: next reminder days stored, cleared on change, none lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from contract_desk.domain.recurrence import occurrences
from contract_desk.models import Contract, Obligation
from contract_desk.services.register.bulk_change import bulk_set_status
from contract_desk.services.register.contracts import load_contract, update_contract
from contract_desk.services.register.obligations import mark_obligation, update_obligation
from contract_desk.services.reminders import scan as alert_scan
from contract_desk.services.reminders.raising import ReminderRun, check_reminders
from contract_desk.services.reminders.settings import save_reminder_settings
from contract_desk.storage import Register, open_register

USER = "tester"
Fired = tuple[str, str, date, int]


def check(register: Register, today: date) -> ReminderRun:
    with register.transaction() as session:
        return check_reminders(session, today=today)


def fired(run: ReminderRun) -> list[Fired]:
    return sorted((row.target_type, row.kind, row.key_date, row.offset_days) for row in run.fired)


def next_days(register: Register, model: type[Contract] | type[Obligation]) -> dict[str, Any]:
    with register.transaction() as session:
        return dict(session.execute(select(model.uid, model.next_reminder_on)).all())


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The uids of the contracts whose key dates the scan computes, in order."""
    seen: list[str] = []
    original = alert_scan._contract_keys

    def counting(contract: Any, *args: Any) -> Any:
        seen.append(contract.uid)
        return original(contract, *args)

    monkeypatch.setattr(alert_scan, "_contract_keys", counting)
    return seen


def test_the_next_day_looks_only_at_contracts_with_a_reminder_due(
    register: Register, add_contract, computed: list[str]
) -> None:
    near = add_contract(reference="N-1", start_date="2026-01-01", end_date="2026-04-10")
    far = add_contract(reference="F-1", start_date="2026-01-01", end_date="2029-12-31")
    check(register, date(2026, 3, 1))
    assert sorted(computed) == sorted([near, far])  # the first check: every row once
    days = next_days(register, Contract)
    # Term end 2026-04-10: the 30-day reminder on 2026-03-11; 2029's 90-day one is far.
    assert days[near] == date(2026, 3, 11)
    assert days[far] > date(2026, 3, 1) + timedelta(days=alert_scan.LOOKAHEAD_DAYS)
    computed.clear()
    assert check(register, date(2026, 3, 2)).fired == ()
    assert computed == []
    run = check(register, date(2026, 3, 11))
    assert computed == [near]
    assert fired(run) == [("contract", "term_end", date(2026, 4, 10), 30)]
    assert next_days(register, Contract)[near] == date(2026, 3, 27)  # the 14-day one


def test_a_contract_whose_dates_change_is_reminded_of_its_new_dates(
    register: Register, add_contract, computed: list[str]
) -> None:
    uid = add_contract(reference="M-1", start_date="2026-01-01", end_date="2028-12-31")
    check(register, date(2026, 3, 1))
    assert next_days(register, Contract)[uid] is not None
    with register.transaction() as session:
        contract = load_contract(session, uid)
        update_contract(session, uid, {"end_date": date(2026, 3, 20)},
                        expected_version=contract.version_id, user=USER)
    assert next_days(register, Contract)[uid] is None
    computed.clear()
    run = check(register, date(2026, 3, 2))
    assert computed == [uid]
    # Never reminded of 2026-03-20: the latest passed offset once (30 days passed).
    assert fired(run) == [("contract", "term_end", date(2026, 3, 20), 30)]
    assert next_days(register, Contract)[uid] == date(2026, 3, 6)  # the 14-day one


def test_any_change_through_the_services_clears_the_stored_day(
    register: Register, add_contract, add_due
) -> None:
    uid = add_contract(reference="C-1", start_date="2026-01-01", end_date="2027-06-30")
    due = add_due(uid, due_date="2026-05-01", recurrence="FREQ=MONTHLY")
    check(register, date(2026, 3, 1))
    assert next_days(register, Contract)[uid] and next_days(register, Obligation)[due]
    with register.transaction() as session:
        version = session.scalar(select(Obligation.version_id).where(Obligation.uid == due))
        update_obligation(session, due, {"title": "Rent"}, expected_version=version, user=USER)
    assert next_days(register, Obligation)[due] is None
    assert next_days(register, Contract)[uid] is not None  # the contract did not change
    check(register, date(2026, 3, 2))
    with register.transaction() as session:
        bulk_set_status(session, [uid], "terminated", user=USER)
    # Ended: its obligations' reminders stop, so theirs are cleared too.
    assert next_days(register, Contract)[uid] is None
    assert next_days(register, Obligation)[due] is None


def test_a_monthly_series_advances_one_occurrence_at_a_time(
    register: Register, add_contract, add_due
) -> None:
    uid = add_contract(start_date="2026-01-01", end_date="2026-12-31")
    due = add_due(uid, due_date="2026-01-15", recurrence="FREQ=MONTHLY")
    check(register, date(2026, 1, 1))
    by_day: dict[date, list[Fired]] = {}
    stored = []
    for day in (date(2026, 1, 2) + timedelta(days=n) for n in range(90)):
        run = check(register, day)
        stored.append(next_days(register, Obligation)[due])
        found = [key for key in fired(run) if key[0] == "obligation" and key[3] >= 0]
        if found:
            by_day[day] = found
    assert by_day == {
        date(2026, month, day): [("obligation", "due", date(2026, month, 15), offset)]
        for month in (1, 2, 3) for day, offset in ((8, 7), (12, 3), (15, 0))
    }
    # Stored: always the next of those days after the check.
    assert stored[0] == date(2026, 1, 8) and stored[6] == date(2026, 1, 12)
    assert stored[13] == date(2026, 2, 8)  # checked on 2026-01-15: next is February's 7-day


def test_closed_for_ten_days_catches_up_exactly(
    register: Register, add_contract, add_due, computed: list[str]
) -> None:
    uid = add_contract(reference="G-1", start_date="2025-04-01", initial_term="1 year",
                       renewal="automatic", renewal_term="1 year", notice_period="1 month")
    add_due(uid, due_date="2026-01-05", recurrence="FREQ=WEEKLY", reminder_offsets=[1])
    check(register, date(2026, 2, 24))
    run = check(register, date(2026, 3, 6))  # closed from 2026-02-25 to 2026-03-05
    contract_keys = [key for key in fired(run) if key[0] == "contract"]
    # Notice deadline 2026-02-28 (the term ends 2026-03-31): its 3-, 1- and 0-day
    # reminders fell due while closed, and it is six days overdue now.
    deadline = date(2026, 2, 28)
    assert contract_keys == [("contract", "notice_deadline", deadline, offset)
                             for offset in (-6, 0, 1, 3)]
    # Mondays; the day before 2026-03-02 fell in the break, 2026-03-08 is still to come.
    weekly = [key[2:] for key in fired(run) if key[0] == "obligation" and key[3] >= 0]
    assert weekly == [(date(2026, 3, 2), 1)]
    assert computed == [uid, uid]
    assert check(register, date(2026, 3, 6)).fired == ()


def test_one_offs_added_later_get_their_day_without_being_computed(
    register: Register, add_contract, add_due
) -> None:
    uid = add_contract(reference="A-1", start_date="2026-01-01", end_date="2027-12-31")
    check(register, date(2026, 3, 1))
    near = add_due(uid, due_date="2026-03-05")
    far = add_due(uid, due_date="2026-09-01")
    late = add_due(uid, due_date="2026-02-01")
    run = check(register, date(2026, 3, 2))
    # 2026-03-05 less 3 days is today; February's was never reminded: overdue.
    assert fired(run) == [("obligation", "due", date(2026, 2, 1), -29),
                          ("obligation", "due", date(2026, 3, 5), 3)]
    days = next_days(register, Obligation)
    assert days[near] == date(2026, 3, 5)
    assert days[far] == date(2026, 8, 25)  # 7 days before, set in SQL
    assert days[late] == date.max
    # Closed until 2026-08-25: the near one's 0-day reminder is caught up on too.
    assert fired(check(register, date(2026, 8, 25))) == [
        ("obligation", "due", date(2026, 2, 1), -205),
        ("obligation", "due", date(2026, 3, 5), -173),
        ("obligation", "due", date(2026, 3, 5), 0),
        ("obligation", "due", date(2026, 9, 1), 7)]


def test_a_known_obligation_with_no_reminders_is_overdue_once_its_day_passes(
    register: Register, add_contract, add_due
) -> None:
    # No reminder days (its own empty offsets): no reminder ever turns into an overdue
    # one, so the check looks for it among those due since the last check. It was
    # computed and stored before (not changed since): found by its due day, not its id.
    uid = add_contract(reference="B-1", start_date="2026-01-01", end_date="2027-12-31")
    silent = add_due(uid, due_date="2026-03-04", reminder_offsets=[])
    later = add_due(uid, due_date="2026-03-20", reminder_offsets=[])
    assert fired(check(register, date(2026, 3, 1))) == []
    assert fired(check(register, date(2026, 3, 3))) == []
    assert next_days(register, Obligation)[silent] == date.max  # known: nothing to remind
    # Closed on the 4th (its due day); on the 6th it is two days late.
    assert fired(check(register, date(2026, 3, 6))) == [("obligation", "due", date(2026, 3, 4), -2)]
    assert fired(check(register, date(2026, 3, 7))) == [("obligation", "due", date(2026, 3, 4), -3)]
    assert later in next_days(register, Obligation)


def test_new_register_offsets_compute_every_day_again(
    register: Register, add_contract, computed: list[str]
) -> None:
    uid = add_contract(reference="O-1", start_date="2026-01-01", end_date="2026-09-30")
    check(register, date(2026, 3, 1))
    assert next_days(register, Contract)[uid] == date(2026, 7, 2)  # 90 days before
    with register.transaction() as session:
        save_reminder_settings(session, user=USER, contract_offsets=(200, 0))
    computed.clear()
    run = check(register, date(2026, 3, 15))
    assert computed == [uid]
    assert fired(run) == [("contract", "term_end", date(2026, 9, 30), 200)]
    assert next_days(register, Contract)[uid] == date(2026, 9, 30)


def _fill(register: Register) -> dict[str, str]:
    from contract_desk.services import add_obligation, create_contract

    with register.transaction() as session:
        def contract(**fields: Any) -> str:
            return create_contract(session, {"title": "C", **fields}, user=USER).uid

        uids = {
            "auto": contract(start_date=date(2025, 2, 1), initial_term="1 year",
                             renewal="automatic", renewal_term="3 months",
                             notice_period="1 month", notice_buffer_days=5),
            "fixed": contract(start_date=date(2025, 1, 1), end_date=date(2026, 6, 30),
                              confidential_until=date(2026, 8, 1)),
            "own": contract(start_date=date(2025, 1, 1), end_date=date(2026, 12, 31),
                            reminder_offsets=[120, 2]),
        }
        for name, fields in {
            "monthly": {"due_date": date(2025, 12, 31), "recurrence": "FREQ=MONTHLY"},
            "quarterly": {"due_date": date(2026, 1, 10), "reminder_offsets": [40, 0],
                          "recurrence": "FREQ=MONTHLY;INTERVAL=3"},
            "once": {"due_date": date(2026, 5, 20)},
            "late": {"due_date": date(2026, 1, 2)},
        }.items():
            uids[name] = add_obligation(session, uids["fixed"], {"kind": "payment",
                                        "title": name, "owner": "Kari", **fields},
                                        user=USER).uid
    return uids


def _change(register: Register, uids: dict[str, str], day: int) -> None:
    from contract_desk.services import add_obligation

    with register.transaction() as session:
        if day == 30:  # added after checks began: near, far, and already late
            for due in (date(2026, 2, 3), date(2026, 5, 1), date(2026, 1, 20)):
                add_obligation(session, uids["own"], {"kind": "payment", "title": "added",
                                                      "owner": "Kari", "due_date": due},
                               user=USER)
        elif day == 40:
            contract = load_contract(session, uids["fixed"])
            update_contract(session, uids["fixed"], {"end_date": date(2026, 4, 30)},
                            expected_version=contract.version_id, user=USER)
        elif day == 70:
            version = session.scalar(select(Obligation.version_id)
                                     .where(Obligation.uid == uids["once"]))
            mark_obligation(session, uids["once"], "met", met_on=date(2026, 3, 20),
                            expected_version=version, user=USER)
        elif day == 100:
            save_reminder_settings(session, user=USER, obligation_offsets=(10, 1))
        elif day in (130, 180):
            bulk_set_status(session, [uids["auto"]], "terminated" if day == 130 else "active",
                            user=USER)
        elif day in (90, 170):
            for contract in ("fixed", "own"):
                bulk_set_status(session, [uids[contract]], "expired" if day == 90 else "active",
                                user=USER)
        elif day == 200:
            version = session.scalar(select(Obligation.version_id)
                                     .where(Obligation.uid == uids["once"]))
            mark_obligation(session, uids["once"], "scheduled", expected_version=version,
                            user=USER)


@pytest.fixture
def reference(tmp_path: Path) -> Iterator[Register]:
    """A second register (SQLite), checked with ``full_scan`` as the reference."""
    register = open_register(tmp_path / "full-scan.sqlite3")
    yield register
    register.close()


def test_the_indexed_check_fires_exactly_what_a_full_scan_fires(
    register: Register, reference: Register
) -> None:
    _fill(register)
    uids = _fill(reference)
    mine = dict(zip(uids, _uids_in_order(register), strict=True))
    start = date(2026, 1, 1)
    closed = set(range(150, 161))
    compared = 0
    for day in range(240):
        _change(register, mine, day)
        _change(reference, uids, day)
        if day in closed:
            continue
        today = start + timedelta(days=day)
        with reference.transaction() as session:
            expected = fired(check_reminders(session, today=today, full_scan=True))
        assert fired(check(register, today)) == expected, today
        compared += len(expected)
    assert compared > 100


def _uids_in_order(register: Register) -> list[str]:
    with register.transaction() as session:
        contracts = list(session.scalars(select(Contract.uid).order_by(Contract.id)))
        obligations = list(session.scalars(select(Obligation.uid).order_by(Obligation.id)))
    return contracts + obligations


@pytest.mark.parametrize("seed", range(20))
def test_the_next_reminder_day_is_the_first_one_after_today(seed: int) -> None:
    import random

    from contract_desk.domain.reminders import KeyDate, KeyKind

    rng = random.Random(seed)
    today = date(2026, 6, 1)
    keys = sorted({KeyDate(KeyKind.TERM_END, today + timedelta(days=rng.randint(-30, 300)))
                   for _ in range(rng.randint(0, 6))}, key=lambda key: key.day)
    offsets = tuple(sorted({rng.randint(0, 120) for _ in range(rng.randint(1, 4))}, reverse=True))
    known_to = today + timedelta(days=300)
    later = [key.day - timedelta(days=o) for key in keys for o in offsets
             if key.day - timedelta(days=o) > today]
    bound = known_to + timedelta(days=1 - max(offsets))
    assert alert_scan.next_reminder_day(keys, offsets, today, known_to) == min([*later, bound])
    day, skip = alert_scan.next_day_and_skip(keys, offsets, today, known_to)
    assert day == min([*later, bound])
    if skip is not None:  # the key date of that day, and the first day of any other
        kind, key_day, after = skip
        assert kind == KeyKind.TERM_END.value and key_day - day in [
            timedelta(days=o) for o in offsets]
        assert after == min([*(key.day - timedelta(days=o) for key in keys for o in offsets
                               if key.day != key_day and key.day - timedelta(days=o) > today),
                             bound]) > day
    else:  # no key date that day (the bound), or two
        assert day == bound or sum(key.day - timedelta(days=o) == day
                                   for key in keys for o in offsets) > 1
    for rule in ("FREQ=MONTHLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=YEARLY", None):
        first = date(2026, 1, 31)
        dues = occurrences(first, rule, today, today + timedelta(days=800))
        expected = min(due - timedelta(days=o) for due in dues for o in offsets
                       if due - timedelta(days=o) > today) if dues else date.max
        assert alert_scan.next_due_reminder(first, rule, offsets, today) == expected


def test_storing_next_reminder_days_is_not_a_change_of_the_row(
    register: Register, add_contract, add_due
) -> None:
    """"Last changed" (and the conflict dialog's "changed at") tell of people's edits only."""
    uid = add_contract(reference="L-1", start_date="2026-01-01", end_date="2026-04-10")
    due = add_due(uid, due_date="2026-03-05")

    def changed() -> dict[str, Any]:
        with register.transaction() as session:
            return {**dict(session.execute(select(Contract.uid, Contract.updated_at)).all()),
                    **dict(session.execute(select(Obligation.uid, Obligation.updated_at)).all())}

    before = changed()
    check(register, date(2026, 3, 1))
    assert next_days(register, Contract)[uid] is not None
    assert next_days(register, Obligation)[due] is not None
    assert changed() == before
    with register.transaction() as session:  # new offsets: every stored day forgotten
        save_reminder_settings(session, contract_offsets=(60, 7), user=USER)
    check(register, date(2026, 3, 2))
    assert changed() == before
    with register.transaction() as session:  # its obligations' days forgotten too
        contract = load_contract(session, uid)
        update_contract(session, uid, {"status": "terminated"},
                        expected_version=contract.version_id, user=USER)
    after = changed()
    assert after[uid] > before[uid]
    assert after[due] == before[due]
    assert next_days(register, Obligation)[due] is None
