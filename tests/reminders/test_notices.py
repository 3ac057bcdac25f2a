"""Each person is notified of each of their due alerts once, whoever's check raised them."""

from __future__ import annotations

from datetime import date

import pytest

from contract_desk.notify.messages import SUMMARY_LINES, notifications_for, notifications_of
from contract_desk.services.reminders.actions import acknowledge, snooze
from contract_desk.services.reminders.inbox import open_alerts
from contract_desk.services.reminders.notices import due_notices, to_notify
from contract_desk.services.reminders.people import Me, me_for, my_names, save_my_names
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.services.reminders.run import check_for, told
from contract_desk.services.reminders.settings import reminder_settings, save_reminder_settings
from contract_desk.storage import Register

USER = "tester"
KARI = Me("kari", frozenset({"kari nordmann"}))
LEE = Me("lee", frozenset({"lee", "l. chen"}))


@pytest.fixture
def owned(register: Register, add_contract, add_due) -> dict[str, str]:
    """A contract of Kari's and one of Lee's, each with a payment; uids by owner."""
    kari = add_contract(reference="K-1", title="Renhold", owner="Kari Nordmann",
                        start_date="2025-01-01", end_date="2027-12-31")
    lee = add_contract(reference="L-1", title="Canteen", owner="Lee",
                       start_date="2025-01-01", end_date="2027-12-31")
    add_due(kari, title="Kari's fee", owner="Kari Nordmann", due_date="2026-03-05")
    add_due(lee, title="Lee's fee", owner="L. Chen", due_date="2026-03-06")
    return {"kari": kari, "lee": lee}


def _titles(rows) -> list[str]:
    return sorted(row.obligation_title or row.contract_title for row in rows)


def test_every_person_is_told_once_whoever_checked(register: Register, owned) -> None:
    everyone_kari, everyone_lee = Me("kari"), Me("lee")
    checked = check_for(register, everyone_kari, today=date(2026, 3, 2))
    assert checked.run is not None and len(checked.run.fired) == 2
    assert _titles(checked.due) == ["Kari's fee", "Lee's fee"]
    told(register, everyone_kari, [row.id for row in checked.due])
    # Kari's check raised them; Lee, checking later the same day, is told all the same.
    later = check_for(register, everyone_lee, today=date(2026, 3, 2))
    assert later.run is not None and later.run.fired == ()
    assert _titles(later.due) == ["Kari's fee", "Lee's fee"]
    told(register, everyone_lee, [row.id for row in later.due])
    assert check_for(register, everyone_lee, today=date(2026, 3, 2)).due == ()
    assert check_for(register, everyone_kari, today=date(2026, 3, 2)).due == ()


def test_mine_is_what_i_own_and_escalations_to_me(register: Register, owned) -> None:
    with register.transaction() as session:
        save_reminder_settings(session, user=USER, escalation_contact="Kari Nordmann",
                               escalate_after_days=2)
    checked = check_for(register, KARI, today=date(2026, 3, 2))
    assert _titles(checked.due) == ["Kari's fee"]
    assert _titles(check_for(register, LEE, today=date(2026, 3, 2)).due) == ["Lee's fee"]
    with register.transaction() as session:
        assert _titles(open_alerts(session, today=date(2026, 3, 2), mine=KARI).upcoming) == [
            "Kari's fee"]
        assert len(open_alerts(session, today=date(2026, 3, 2)).upcoming) == 2
    told(register, KARI, [row.id for row in checked.due])
    # Days later both payments are overdue and escalated: the contact (Kari) hears of Lee's.
    late = check_for(register, KARI, today=date(2026, 3, 10))
    escalated = [row for row in late.due if row.escalated]
    assert "Lee's fee" in _titles(escalated)
    assert all(row.escalated or row.owner == "Kari Nordmann" for row in late.due)


def test_a_snoozed_alert_that_wakes_is_news_again(register: Register, owned) -> None:
    me = Me("kari")
    first = check_for(register, me, today=date(2026, 3, 2))
    told(register, me, [row.id for row in first.due])
    by_title = {row.obligation_title: row for row in first.due}
    with register.transaction() as session:
        snooze(session, by_title["Kari's fee"].id, user=USER, today=date(2026, 3, 2), days=1)
        acknowledge(session, by_title["Lee's fee"].id, user=USER)
    woke = check_for(register, me, today=date(2026, 3, 3))
    assert "Kari's fee" in _titles(woke.due)
    assert "Lee's fee" not in _titles(woke.due)  # acknowledged: nobody is told again


def test_no_names_means_everything_is_mine(register: Register, owned) -> None:
    assert my_names() == []
    me = me_for(register)
    assert me.names == frozenset()
    assert save_my_names([" Kari Nordmann", "", "KN", "Kari Nordmann"]) == ["Kari Nordmann", "KN"]
    assert me_for(register).names == {"kari nordmann", "kn"}
    with register.transaction() as session:
        check_reminders(session, today=date(2026, 3, 2))
        assert _titles(to_notify(session, Me("someone"), today=date(2026, 3, 2))) == [
            "Kari's fee", "Lee's fee"]


@pytest.mark.parametrize("threshold", [0, 1, 2, 3, 5, 50])
def test_the_lean_read_notifies_exactly_as_the_full_rows_would(
        register: Register, owned, add_contract, add_due, threshold: int) -> None:
    # More of Kari's: a contract ending soon (several reminders of one key date) and fees.
    ending = add_contract(reference="K-2", title="Vakthold", owner="Kari Nordmann",
                          start_date="2025-01-01", end_date="2026-03-25",
                          notice_period="1 month")
    for day in (1, 2, 3, 12):
        add_due(ending, title=f"Vakt {day}", owner="Kari Nordmann", due_date=f"2026-03-{day:02d}")
    with register.transaction() as session:
        save_reminder_settings(session, user=USER, escalation_contact="Kari Nordmann",
                               escalate_after_days=2)
    day = date(2026, 3, 10)
    for checked_on in (date(2026, 3, 5), date(2026, 3, 9), day):  # Vakt 12: reminded twice
        with register.transaction() as session:
            check_reminders(session, today=checked_on)
    seen = set()
    for me in (KARI, LEE, Me("kari"), Me("nobody", frozenset({"nobody"}))):
        with register.reading() as session:
            settings = reminder_settings(session)
            full = to_notify(session, me, today=day)
            lean = due_notices(session, me, today=day, keep=max(threshold, SUMMARY_LINES))
        assert list(lean.ids) == [row.id for row in full]
        assert lean.deadlines == len({row.key for row in full})
        expected = notifications_for(full, threshold=threshold,
                                     escalation_contact=settings.escalation_contact)
        assert notifications_of(lean, threshold=threshold,
                                escalation_contact=settings.escalation_contact) == expected
        seen.add((len(full), lean.deadlines < len(full), lean.escalated > 0))
    counts = {found for found, _repeated, _escalated in seen}
    assert 0 in counts and max(counts) > 5  # nobody's, and more than a summary's lines
    assert any(repeated for _found, repeated, _escalated in seen)  # a date reminded twice
    assert any(escalated for _found, _repeated, escalated in seen)
