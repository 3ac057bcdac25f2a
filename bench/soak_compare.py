"""Every Alert row of the soak's register against the oracle's expectation."""

from __future__ import annotations

from sqlalchemy import func, select

from bench.soak_oracle import AlertState, Key5, Oracle


def stored_alerts(target: str) -> tuple[dict[Key5, AlertState], int]:
    """The register's Alert rows by unique key, and how many keys are stored more than once."""
    from contract_desk.models import Alert
    from contract_desk.storage import open_register

    register = open_register(target, create=False)
    try:
        with register.reading() as session:
            rows = session.execute(select(
                Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
                Alert.offset_days, Alert.acknowledged_at, Alert.withdrawn_at,
                Alert.snoozed_until, Alert.escalated_at)).all()
            doubled = session.scalar(select(func.count()).select_from(
                select(Alert.target_type).group_by(
                    Alert.target_type, Alert.target_uid, Alert.key_kind, Alert.key_date,
                    Alert.offset_days).having(func.count() > 1).subquery()))
    finally:
        register.close()
    found = {}
    for *key, acknowledged, withdrawn, snoozed, escalated in rows:
        found[tuple(key)] = AlertState(acknowledged is not None, withdrawn is not None, snoozed,
                                       escalated is not None)
    return found, doubled or 0  # type: ignore[return-value]


def alert_mismatches(target: str, oracle: Oracle) -> tuple[list[str], int]:
    """One line per difference (missing, extra, or in another state); and the rows compared."""
    stored, doubled = stored_alerts(target)
    problems = [f"{doubled} alert keys stored more than once"] if doubled else []
    expected = oracle.alerts
    for key in sorted(expected.keys() - stored.keys()):
        problems.append(f"missing {_key(key)} (expected {expected[key]})")
    for key in sorted(stored.keys() - expected.keys()):
        problems.append(f"extra {_key(key)} ({stored[key]})")
    for key in sorted(expected.keys() & stored.keys()):
        if expected[key] != stored[key]:
            problems.append(f"{_key(key)}: stored {stored[key]}, expected {expected[key]}")
    return problems, len(stored)


def _key(key: Key5) -> str:
    target_type, uid, kind, day, offset = key
    return f"{target_type} {uid[:8]} {kind} {day.isoformat()} offset {offset}"
