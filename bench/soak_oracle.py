"""The soak's oracle: which Alert rows must exist after each check, in what state.

It follows the rules the README's "Reminders" section states, over the key
dates of :mod:`bench.soak_terms` (its own term rules, no engine code), looking
at every contract and obligation on every check: no index. Per check:

1. open alerts whose key date no longer exists (dates edited, contract ended,
   obligation met) are withdrawn;
2. each (key date, offset) whose day falls from the last check to today is
   raised once, unless its key date was acknowledged; one withdrawn earlier
   whose date came back is reopened; a coming key date never reminded of whose
   offsets already passed (a new contract, moved dates) gets its latest passed
   offset once;
3. an open one-off obligation already late and never reminded of is overdue;
4. each passed key date with an open alert (not snoozed past today) gets
   today's overdue alert ("N days overdue"), escalated from day 3;
5. snoozes whose day came are lifted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from bench.soak_terms import (
    CONTRACT_OFFSETS,
    ESCALATE_AFTER_DAYS,
    OBLIGATION_OFFSETS,
    OVERDUE_KINDS,
    ContractTerms,
    ObligationTerms,
    contract_keys,
    obligation_keys,
)

Key4 = tuple[str, str, str, date]  # target type, target uid, kind, key date
Key5 = tuple[str, str, str, date, int]  # ... and the offset: the Alert's unique key


@dataclass(slots=True)
class AlertState:
    """What the oracle expects of one Alert row."""

    acknowledged: bool = False
    withdrawn: bool = False
    snoozed_until: date | None = None
    escalated: bool = False

    @property
    def open(self) -> bool:
        return not self.acknowledged and not self.withdrawn


class Oracle:
    """Expected Alert rows, kept up to date with the soak's edits, actions and checks."""

    def __init__(self, until: date) -> None:
        self.until = until  # key dates are listed up to here (past the soak's last reminder)
        self.contracts: dict[str, ContractTerms] = {}
        self.obligations: dict[str, ObligationTerms] = {}
        self.keys: dict[tuple[str, str], set[tuple[str, date]]] = {}
        self.alerts: dict[Key5, AlertState] = {}
        self.offsets_of: dict[Key4, set[int]] = defaultdict(set)
        # Indexes so a check costs what changed, not the whole history:
        self.key4s_of: dict[tuple[str, str], set[Key4]] = defaultdict(set)
        self.open4: set[Key4] = set()  # may have open alerts (pruned when read)
        self.acknowledged4: set[Key4] = set()
        self.snoozed4: set[Key4] = set()
        self.last_check: date | None = None
        self.changed: set[tuple[str, str]] = set()
        self._by_due_on: dict[date, set[Key5]] = defaultdict(set)
        self._by_key_day: dict[date, set[tuple[str, str, str]]] = defaultdict(set)

    # -- what the soak does to the register ---------------------------------------------
    def set_contract(self, contract: ContractTerms) -> None:
        """A contract added or edited (the same object may be passed again after a change)."""
        self.contracts[contract.uid] = contract
        self._rekey(("contract", contract.uid))
        for obligation in self.obligations.values():
            if obligation.contract_uid == contract.uid:
                self._rekey(("obligation", obligation.uid))

    def set_obligation(self, obligation: ObligationTerms) -> None:
        """An obligation added or edited."""
        self.obligations[obligation.uid] = obligation
        self._rekey(("obligation", obligation.uid))

    def _rekey(self, target: tuple[str, str]) -> None:
        target_type, uid = target
        for kind, day in self.keys.get(target, set()):
            self._by_key_day[day].discard((target_type, uid, kind))
            for offset in self._offsets(target_type):
                self._by_due_on[day - timedelta(days=offset)].discard((*target, kind, day, offset))
        keys = self._current_keys(target)
        self.keys[target] = keys
        for kind, day in keys:
            self._by_key_day[day].add((target_type, uid, kind))
            for offset in self._offsets(target_type):
                self._by_due_on[day - timedelta(days=offset)].add((*target, kind, day, offset))
        self.changed.add(target)

    def _current_keys(self, target: tuple[str, str]) -> set[tuple[str, date]]:
        if target[0] == "contract":
            return contract_keys(self.contracts[target[1]], self.until)
        obligation = self.obligations[target[1]]
        if not self.contracts[obligation.contract_uid].running:
            return set()
        return obligation_keys(obligation, self.until)

    @staticmethod
    def _offsets(target_type: str) -> tuple[int, ...]:
        return CONTRACT_OFFSETS if target_type == "contract" else OBLIGATION_OFFSETS

    def open_keys(self) -> list[Key4]:
        """Key dates with at least one open alert, in a stable order."""
        self.open4 = {key for key in self.open4 if self._open_of(key)}
        return sorted(self.open4)

    def _open_of(self, key: Key4) -> list[AlertState]:
        states = (self.alerts[(*key, o)] for o in self.offsets_of.get(key, ()))
        return [state for state in states if state.open]

    def open_states(self, key: Key4) -> list[AlertState]:
        """The open alerts of a key date."""
        return self._open_of(key)

    def acknowledge(self, key: Key4) -> None:
        """A person acknowledged the key date: all its open alerts."""
        for state in self._open_of(key):
            state.acknowledged, state.snoozed_until = True, None
            self.acknowledged4.add(key)

    def snooze(self, key: Key4, until: date) -> None:
        """A person snoozed the key date until ``until``."""
        for state in self._open_of(key):
            state.snoozed_until = until
            self.snoozed4.add(key)

    def withdraw_now(self, contract_uid: str) -> None:
        """The open alerts of a contract (and its obligations) whose dates are gone, at once
        (a terminate decision withdraws them when it is saved)."""
        targets = [("contract", contract_uid)] + [
            ("obligation", o.uid) for o in self.obligations.values()
            if o.contract_uid == contract_uid]
        for target in targets:
            for key in self.key4s_of.get(target, ()):
                if (key[2], key[3]) not in self.keys[target]:
                    for state in self._open_of(key):
                        state.withdrawn = True

    # -- the check ----------------------------------------------------------------------
    def check(self, today: date) -> None:
        """What one reminder check on ``today`` must do (see the module doc)."""
        since = today if self.last_check is None or self.last_check > today else self.last_check
        new_day = self.last_check != today
        self._withdraw()
        seen = set(self.offsets_of)
        wanted = self._due_in_window(since, today)
        wanted += self._first_sight(today, seen, wanted, everything=new_day)
        acknowledged = set(self.acknowledged4)
        for key in wanted:
            state = self.alerts.get(key)
            if state is not None and state.withdrawn and not state.acknowledged:
                state.withdrawn = False
                self.open4.add(key[:4])
                if state.snoozed_until is not None:
                    self.snoozed4.add(key[:4])
            elif state is None and key[:4] not in acknowledged:
                self._raise(key)
        self._late_obligations(today, everything=new_day)
        self._overdue(today)
        self._wake(today)
        self.changed.clear()
        self.last_check = max(today, self.last_check or today)

    def _raise(self, key: Key5, escalated: bool = False) -> None:
        self.alerts[key] = AlertState(escalated=escalated)
        self.offsets_of[key[:4]].add(key[4])
        self.key4s_of[(key[0], key[1])].add(key[:4])
        self.open4.add(key[:4])

    def _withdraw(self) -> None:
        for target in self.changed:
            for key in self.key4s_of.get(target, ()):
                if (key[2], key[3]) not in self.keys[target]:
                    for state in self._open_of(key):
                        state.withdrawn = True

    def _wake(self, today: date) -> None:
        for key in list(self.snoozed4):
            still = False
            for state in self._open_of(key):
                if state.snoozed_until is not None and state.snoozed_until <= today:
                    state.snoozed_until = None
                still = still or state.snoozed_until is not None
            if not still:
                self.snoozed4.discard(key)

    def _due_in_window(self, since: date, today: date) -> list[Key5]:
        wanted: list[Key5] = []
        day = since
        while day <= today:
            wanted.extend(self._by_due_on.get(day, ()))
            day += timedelta(days=1)
        return sorted(wanted)

    def _first_sight(self, today: date, seen: set[Key4], due: list[Key5],
                     everything: bool) -> list[Key5]:
        covered = {key[:4] for key in due}
        found = []
        longest = max(CONTRACT_OFFSETS)
        for ahead in range(longest + 1):
            day = today + timedelta(days=ahead)
            for target_type, uid, kind in self._by_key_day.get(day, ()):
                key = (target_type, uid, kind, day)
                if key in seen or key in covered:
                    continue
                if not everything and (target_type, uid) not in self.changed:
                    continue
                passed = [o for o in self._offsets(target_type) if day - timedelta(days=o) <= today]
                if passed:
                    found.append((*key, min(passed)))
        return sorted(found)

    def _late_obligations(self, today: date, everything: bool) -> None:
        for obligation in self.obligations.values():
            target = ("obligation", obligation.uid)
            if obligation.monthly or ("due", obligation.due) not in self.keys[target]:
                continue
            if not everything and target not in self.changed:
                continue
            key = (*target, "due", obligation.due)
            if obligation.due < today and key not in self.offsets_of:
                offset = -(today - obligation.due).days
                self._raise((*key, offset), escalated=-offset >= ESCALATE_AFTER_DAYS)

    def _overdue(self, today: date) -> None:
        for key in self.open_keys():
            if key[2] not in OVERDUE_KINDS or key[3] >= today:
                continue
            open_states = [(o, self.alerts[(*key, o)]) for o in self.offsets_of[key]]
            open_states = [(o, s) for o, s in open_states if s.open]
            if not open_states or any(s.snoozed_until is not None and s.snoozed_until > today
                                      for _, s in open_states):
                continue
            offset = -(today - key[3]).days
            if all(o != offset for o, _ in open_states):
                self._raise((*key, offset), escalated=-offset >= ESCALATE_AFTER_DAYS)
