"""The register's public-holiday country: the default of new contracts, and for those without one.

A contract counts business days (a notice period in business days, postal
days) skipping the public holidays of its own ``holiday_country``. A register
may name a country for all of them: every contract added afterwards without a
country of its own takes it (in the editor, by the command line, by an
import), and on request every contract without one gets it now. A contract
with a country of its own keeps it. On a team register it is an
administrator's setting (its key starts with ``team.``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.workdays import normal_country
from contract_desk.models import Contract, RegisterSetting
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.settings import put_setting

#: The register setting holding the country code (None: no register-wide country).
HOLIDAYS_SETTING = "team.holiday_country"


def register_holidays(session: Session) -> str | None:
    """The register's public-holiday country (ISO code), or None."""
    setting = session.get(RegisterSetting, HOLIDAYS_SETTING)
    value = None if setting is None else setting.value
    return value if isinstance(value, str) and value else None


def set_register_holidays(session: Session, code: str | None, *, user: str,
                          apply_to_existing: bool = False) -> int:
    """Name the register's public-holiday country (None or "": none); with
    ``apply_to_existing`` also give it to every contract without a country of its own.
    Returns how many contracts got it. DomainError for a country the calendar lacks."""
    chosen = normal_country(code) if code and code.strip() else None
    before = register_holidays(session)
    if before != chosen:
        put_setting(session, HOLIDAYS_SETTING, chosen or "")  # the column takes no NULL
        record_event(session, user=user, entity="setting", entity_uid=HOLIDAYS_SETTING,
                     contract_uid=None, action="update",
                     changes={"holiday_country": [before, chosen]})
    if not apply_to_existing or chosen is None:
        return 0
    changed = 0
    for contract in session.scalars(select(Contract).where(Contract.holiday_country.is_(None))):
        record_event(session, user=user, entity="contract", entity_uid=contract.uid,
                     contract_uid=contract.uid, action="update",
                     changes={"holiday_country": [None, chosen]},
                     note="register-wide public holidays")
        contract.holiday_country, contract.updated_by = chosen, user
        changed += 1
    session.flush()
    return changed


__all__ = ["HOLIDAYS_SETTING", "register_holidays", "set_register_holidays"]
