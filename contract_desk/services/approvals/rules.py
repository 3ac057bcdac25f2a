"""The register's approval rules: read and replaced as a whole, audited."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from contract_desk.domain.approvals import MAX_RULES, ApprovalRule
from contract_desk.domain.errors import DomainError
from contract_desk.i18n import _
from contract_desk.models import RegisterSetting
from contract_desk.services.register.approval_gate import RULES_SETTING, register_rules
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.settings import put_setting


def read_rules(session: Session) -> list[ApprovalRule]:
    """The register's approval rules, in the order they were set."""
    return register_rules(session)


def save_rules(session: Session, rules: Iterable[ApprovalRule], *, user: str) -> list[ApprovalRule]:
    """Replace the register's approval rules (on a team register: an administrator's)."""
    chosen = list(rules)
    if len(chosen) > MAX_RULES:
        raise DomainError(_("a register has at most {limit} approval rules").format(
            limit=MAX_RULES))
    setting = session.get(RegisterSetting, RULES_SETTING)
    before = [] if setting is None or not setting.value else list(setting.value)
    after = [rule.to_json() for rule in chosen]
    if before == after:
        return chosen
    put_setting(session, RULES_SETTING, after)
    record_event(session, user=user, entity="setting", entity_uid=RULES_SETTING,
                 contract_uid=None, action="update",
                 changes={"approval_rules": [[ApprovalRule.from_json(r).describe() for r in
                                              before], [rule.describe() for rule in chosen]]})
    return chosen


__all__ = ["read_rules", "save_rules"]
