"""A check's term rules of a contract (scan.contract_spec, read as columns) are the listing's
(contract_records.term_spec of the same stored values)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from contract_desk.domain.notice import NoticeTo
from contract_desk.domain.terms import RenewalMode
from contract_desk.models import Contract
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.register.contract_records import period_text, term_spec
from contract_desk.services.reminders.scan import CONTRACT_COLUMNS, contract_spec
from contract_desk.storage import Register

PERIODS = ("initial_term", "renewal_term", "notice_period")


def test_the_checks_term_rules_are_the_listings(sqlite_register: Register) -> None:
    with sqlite_register.transaction() as session:
        generate_demo(session, count=150, seed=11, today=date(2026, 6, 1))
        # Rules the demo leaves out: notice to a month's end, a holiday country, postal days.
        session.execute(update(Contract).where(Contract.notice_period_count.is_not(None),
                                               Contract.id % 3 == 0)
                        .values(notice_to="month-end", holiday_country="NO", postal_days=2))
    with sqlite_register.reading() as session:
        rows = session.execute(select(*CONTRACT_COLUMNS)).all()
    assert len(rows) == 150
    kinds = set()
    for row in rows:
        values = row._asdict()
        for name in PERIODS:
            values[name] = period_text(values.pop(f"{name}_count"), values.pop(f"{name}_unit"))
        spec = contract_spec(row)
        assert spec == term_spec(values)
        if spec is not None:
            kinds.add((spec.renewal, spec.notice_to, spec.holiday_country is not None,
                       spec.renewal_term is not None))
    # Renewing and not, notice to a month's end and not, with holidays and without.
    assert {kind[0] for kind in kinds} == set(RenewalMode)
    assert {kind[1:3] for kind in kinds} >= {(None, False), (NoticeTo.MONTH_END, True)}
