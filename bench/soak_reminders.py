"""Soak: three simulated years of reminders on 10,000 contracts, checked against an oracle.

Run: ``python -m bench.soak_reminders [--contracts 10000] [--years 3] [--checks-per-day 10]``.

A register of generated contracts (fixed and automatically renewing terms,
notice in months or days with a send-by buffer, confidentiality ends, one-off
and monthly payments) is built through the services. A separate window process
(:mod:`bench.soak_window`) then lives through every simulated day: a person's
actions on the inbox (acknowledge, snooze, a terminate decision), edits (end
dates moved, contracts added and terminated, obligations added — some already
late — and met), and the reminder checks of the window's ``ReminderController``
on a fast clock. The oracle (:mod:`bench.soak_oracle`, over the soak's own term
rules in :mod:`bench.soak_terms`) follows the same edits; at checkpoints every
Alert row is compared with it: every expected reminder raised exactly once, none
missing, none extra, each acknowledged / withdrawn / snoozed / escalated as it
should be. The window process' RSS (``/proc/self/statm``) is read after every
check; its growth is measured from the end of a warm-up to the last check.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.soak_edits import Edit, Generator
from bench.soak_oracle import Key4, Oracle
from bench.soak_terms import ContractTerms, ObligationTerms

FIRST_DAY = date(2027, 1, 4)
MB = 1024 * 1024


@dataclass(slots=True)
class SoakResult:
    """What a soak found; ``mismatches`` and ``failures`` must be empty."""

    contracts: int
    days: int
    checks: int = 0
    seconds: float = 0.0
    build_seconds: float = 0.0
    contracts_at_end: int = 0
    obligations_at_end: int = 0
    edits: int = 0
    actions: int = 0
    alerts_compared: int = 0
    checkpoints: int = 0
    mismatches: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rss_first_mb: float = 0.0
    rss_baseline_mb: float = 0.0
    rss_end_mb: float = 0.0
    rss_max_mb: float = 0.0
    warmup_checks: int = 0
    #: SQLite's own memory (page caches) at the same two checks; None where unknown.
    sqlite_baseline_mb: float | None = None
    sqlite_end_mb: float | None = None

    @property
    def rss_growth_mb(self) -> float:
        """RSS at the last check less RSS at the end of the warm-up."""
        return self.rss_end_mb - self.rss_baseline_mb

    @property
    def growth_outside_sqlite_mb(self) -> float | None:
        """The RSS growth less the growth of SQLite's page caches (bounded by cache_size)."""
        if self.sqlite_baseline_mb is None or self.sqlite_end_mb is None:
            return None
        return self.rss_growth_mb - (self.sqlite_end_mb - self.sqlite_baseline_mb)

    @property
    def measured_checks(self) -> int:
        """Checks after the warm-up (over which the growth is measured)."""
        return self.checks - self.warmup_checks


class Soak:
    """One soak run: the generator, the oracle and the window process they talk to."""

    def __init__(self, target: str, *, contracts: int, days: int, checks_per_day: int,
                 seed: int, checkpoint_days: int) -> None:
        self.target, self.size, self.days = target, contracts, days
        self.checks_per_day, self.checkpoint_days = checks_per_day, checkpoint_days
        self.gen = Generator(seed, FIRST_DAY, days)
        self.oracle = Oracle(until=FIRST_DAY + timedelta(days=days + 800))
        self.result = SoakResult(contracts, days)
        self.rss: list[int] = []
        self.sqlite: list[int | None] = []
        self.progress = False  # print a line at each checkpoint
        self._pending: list[tuple[Edit, Any]] = []

    # -- the register ---------------------------------------------------------------------
    def build(self) -> None:
        """The starting register, through the services, 500 contracts a transaction."""
        from contract_desk.domain import clock
        from contract_desk.services import add_obligation, create_contract
        from contract_desk.storage import open_register

        started = time.perf_counter()
        # The day of the build for this process only while building: the caller's
        # frozen day (a test suite's) is given back afterwards.
        with clock.frozen_at(FIRST_DAY):
            self._build(open_register(self.target), create_contract, add_obligation)
        self.result.build_seconds = time.perf_counter() - started

    def _build(self, register: Any, create_contract: Any, add_obligation: Any) -> None:
        try:
            for first in range(0, self.size, 500):
                with register.transaction() as session:
                    for _ in range(first, min(first + 500, self.size)):
                        fields, terms = self.gen.contract()
                        terms.uid = create_contract(session, fields, user="soak").uid
                        self.oracle.set_contract(terms)
                        self._build_obligations(session, terms.uid, add_obligation)
        finally:
            register.close()

    def _build_obligations(self, session: Any, contract_uid: str, add: Any) -> None:
        draw = self.gen.rng.random()
        if draw < 0.33:
            fields, terms = self.gen.obligation(contract_uid, monthly=draw < 0.08)
            terms.uid = add(session, contract_uid, fields, user="soak").uid
            self.oracle.set_obligation(terms)

    # -- a person's day -------------------------------------------------------------------
    def actions(self, day: date) -> list[Edit]:
        """What a person does in the inbox today: acknowledge, snooze, decide to terminate."""
        found: list[Edit] = []
        for key in self.oracle.open_keys():
            plan = self.gen.plan(key)
            if plan.terminate and day >= key[3] - timedelta(days=5):
                found.append(("decide", key))
            elif day >= plan.acknowledge_on:
                found.append(("ack", key))
            elif plan.snooze_on == day:
                found.append(("snooze", key, day + timedelta(days=plan.snooze_days)))
        return found

    def edits(self, day: date, scale: int) -> list[Edit]:
        """Today's changes to the register: about ``scale`` of each kind."""
        rng = self.gen.rng
        found: list[Edit] = []
        running = [c for c in self.oracle.contracts.values() if c.running]
        for _ in range(scale):
            contract = rng.choice(running)
            found.append(("end", contract.uid, self.gen.new_end(contract)))
        for _ in range(max(1, scale // 3)):
            fields, terms = self.gen.contract(around=day)
            found.append(("contract", fields, terms))
            fields, obligation = self.gen.obligation(rng.choice(running).uid, monthly=False,
                                                     around=day, late=rng.random() < 0.3)
            found.append(("obligation", obligation.contract_uid, fields, obligation))
        for _ in range(max(1, scale // 10)):
            found.append(("terminate", rng.choice(running).uid))
        due = [o for o in self.oracle.obligations.values()
               if o.open and not o.monthly and o.due <= day + timedelta(days=7)]
        for obligation in rng.sample(due, min(len(due), max(1, scale // 3))):
            found.append(("met", obligation.uid))
        return found

    def follow(self, edit: Edit, result: Any) -> None:
        """The oracle follows one edit the window process made (``result``: what it returned)."""
        kind = edit[0]
        if result is None or result is False:
            # No open alert to act on: a mismatch, unless an earlier action of the day (a
            # terminate decision withdraws the contract's alerts at once) closed it here too.
            if result is False and self.oracle.open_states(edit[1]):
                self.result.mismatches.append(f"{kind}: no open alert for {edit[1]}")
            return  # None: a failure, reported by the window process
        if kind == "contract":
            terms: ContractTerms = edit[2]
            terms.uid = result
            self.oracle.set_contract(terms)
        elif kind == "obligation":
            obligation: ObligationTerms = edit[3]
            obligation.uid = result
            self.oracle.set_obligation(obligation)
        elif kind in ("end", "terminate"):
            contract = self.oracle.contracts[edit[1]]
            if kind == "end":
                contract.end = edit[2]
            else:
                contract.running = False
            self.oracle.set_contract(contract)
        elif kind == "met":
            self.oracle.obligations[edit[1]].open = False
            self.oracle.set_obligation(self.oracle.obligations[edit[1]])
        else:
            self._follow_action(edit)

    def _follow_action(self, edit: Edit) -> None:
        key: Key4 = edit[1]
        if edit[0] == "snooze":
            self.oracle.snooze(key, edit[2])
            return
        self.oracle.acknowledge(key)
        if edit[0] == "decide":
            contract = self.oracle.contracts[key[1]]
            contract.running = False  # notice given and marked terminated
            self.oracle.set_contract(contract)
            self.oracle.withdraw_now(key[1])

    @staticmethod
    def _wire(edit: Edit) -> Edit:
        # What the window process needs: plain values, not the oracle's objects.
        if edit[0] == "contract":
            return edit[:2]
        if edit[0] == "obligation":
            return edit[:3]
        return edit

    # -- the run --------------------------------------------------------------------------
    def run(self, connection: Any) -> None:
        """Every simulated day: actions and edits, the checks, the oracle; checkpoints."""
        scale = max(1, self.size // 1000)
        for number in range(self.days):
            day = FIRST_DAY + timedelta(days=number)
            before = self.actions(day) + self.edits(day, scale)
            after = self.edits(day, 1)[:2]
            self.result.actions += sum(1 for e in before if e[0] in ("ack", "snooze", "decide"))
            self.result.edits += len(after) + sum(1 for e in before
                                                  if e[0] not in ("ack", "snooze", "decide"))
            connection.send(("day", day, [self._wire(e) for e in before],
                             [self._wire(e) for e in after], self.checks_per_day))
            answer = connection.recv()
            results = answer["results"]
            for edit, result in zip(before, results, strict=False):
                self.follow(edit, result)
            self.oracle.check(day)
            for edit, result in zip(after, results[len(before):], strict=True):
                self.follow(edit, result)
            for _ in range(self.checks_per_day - 1):
                self.oracle.check(day)
            self.rss += answer["rss"]
            self.sqlite += answer["sqlite"]
            self.result.failures += answer["failures"]
            self.result.warnings += answer["warnings"]
            self.result.checks = answer["checks"]
            if (number + 1) % self.checkpoint_days == 0 or number + 1 == self.days:
                self.compare()
            if self.result.failures or len(self.result.mismatches) > 50:
                break

    def compare(self) -> None:
        """Every Alert row against the oracle's, with its state."""
        from bench.soak_compare import alert_mismatches

        found, compared = alert_mismatches(self.target, self.oracle)
        self.result.checkpoints += 1
        self.result.alerts_compared = compared
        self.result.mismatches += found[:50]
        if self.progress:
            day = self.oracle.last_check
            rss = self.rss[-1] / MB if self.rss else 0.0
            print(f"{day}: {compared} alerts compared, {len(found)} mismatches,"
                  f" {self.result.checks} checks, window RSS {rss:.1f} MB", file=sys.stderr,
                  flush=True)


def run_soak(target: str, *, contracts: int = 10_000, days: int = 3 * 365,
             checks_per_day: int = 10, warmup_checks: int = 950, seed: int = 13,
             checkpoint_days: int = 73, progress: bool = False) -> SoakResult:
    """Build the register at ``target`` (a new SQLite file or an empty PostgreSQL URL), soak it."""
    from bench.soak_window import serve

    soak = Soak(target, contracts=contracts, days=days, checks_per_day=checks_per_day,
                seed=seed, checkpoint_days=checkpoint_days)
    soak.progress = progress
    soak.build()
    started = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    window = context.Process(target=serve, args=(theirs, target), name="soak-window")
    window.start()
    try:
        soak.run(ours)
        ours.send(("stop",))
        ours.recv()
    finally:
        window.join(60)
        if window.is_alive():
            window.kill()
    soak.result.seconds = time.perf_counter() - started
    _summarise(soak, warmup_checks)
    return soak.result


def _summarise(soak: Soak, warmup_checks: int) -> None:
    result, rss = soak.result, soak.rss
    result.contracts_at_end = sum(c.running for c in soak.oracle.contracts.values())
    result.obligations_at_end = sum(o.open for o in soak.oracle.obligations.values())
    if rss:
        result.warmup_checks = min(warmup_checks, len(rss) - 1)
        result.rss_first_mb = rss[0] / MB
        result.rss_baseline_mb = rss[result.warmup_checks] / MB
        result.rss_end_mb = rss[-1] / MB
        result.rss_max_mb = max(rss[result.warmup_checks:]) / MB
        held = soak.sqlite
        first, last = (held[result.warmup_checks], held[-1]) if held else (None, None)
        if first is not None and last is not None:
            result.sqlite_baseline_mb = first / MB
            result.sqlite_end_mb = last / MB


def report(result: SoakResult) -> str:
    """The numbers, one per line."""
    lines = [
        (f"contracts: {result.contracts} at the start,"
         f" {result.contracts_at_end} running at the end;"
        f" open obligations at the end: {result.obligations_at_end}"),
        (f"simulated days: {result.days}; checks: {result.checks}; edits: {result.edits};"
        f" inbox actions: {result.actions}"),
        f"build: {result.build_seconds:.0f} s; soak: {result.seconds:.0f} s",
        (f"alerts compared (last checkpoint): {result.alerts_compared};"
        f" checkpoints: {result.checkpoints}; mismatches: {len(result.mismatches)}"),
        (f"window RSS: {result.rss_first_mb:.1f} MB after the first check,"
        f" {result.rss_baseline_mb:.1f} MB after {result.warmup_checks} warm-up checks,"
        f" {result.rss_end_mb:.1f} MB after the last (max {result.rss_max_mb:.1f});"
        f" growth {result.rss_growth_mb:+.1f} MB over {result.measured_checks} checks"),
        f"failures: {len(result.failures)}; warnings: {len(result.warnings)}",
    ]
    outside = result.growth_outside_sqlite_mb
    if outside is not None:
        lines.insert(-1, (
            f"of which SQLite's page caches: {result.sqlite_baseline_mb:.1f} MB ->"
            f" {result.sqlite_end_mb:.1f} MB; growth outside SQLite {outside:+.1f} MB"))
    lines += [f"  mismatch: {m}" for m in result.mismatches[:20]]
    lines += [f"  failure: {f}" for f in result.failures[:20]]
    lines += [f"  warning: {w}" for w in result.warnings[:20]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the full-size soak (or a smaller one) and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", help="a new SQLite file (default: in a temporary folder)"
                        " or an empty PostgreSQL database URL")
    parser.add_argument("--contracts", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--checks-per-day", type=int, default=10)
    parser.add_argument("--warmup-checks", type=int, default=950)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="soak-") as folder:
        target = args.target or str(Path(folder) / "soak.sqlite3")
        result = run_soak(target, contracts=args.contracts, days=args.years * 365,
                          checks_per_day=args.checks_per_day, warmup_checks=args.warmup_checks,
                          seed=args.seed, progress=True)
    print(report(result))
    if args.json:
        data = asdict(result) | {"rss_growth_mb": result.rss_growth_mb,
                                 "growth_outside_sqlite_mb": result.growth_outside_sqlite_mb}
        args.json.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    return 0 if not result.mismatches and not result.failures else 1


if __name__ == "__main__":
    sys.exit(main())
