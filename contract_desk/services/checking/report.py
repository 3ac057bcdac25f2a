"""What a full check of the register found: plain frozen values, printed or shown as they are."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from contract_desk.i18n import _, clauses

PROBLEM = "problem"
#: Worth knowing, nothing wrong (files in the store no attachment refers to).
NOTE = "note"
#: A check that could not run: the register cannot be called sound.
NOT_CHECKED = "not checked"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing found by one check (``area``: "integrity", "attachments", …)."""

    area: str
    kind: str
    text: str

    def line(self) -> str:
        """The finding as one line for people."""
        if self.kind == NOTE:
            return _("note: {area}: {text}").format(area=_(self.area), text=self.text)
        if self.kind == NOT_CHECKED:
            return _("{area}: not checked: {text}").format(area=_(self.area), text=self.text)
        return f"{_(self.area)}: {self.text}"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check: what it looked at (``summary``) and what it found."""

    area: str
    summary: str
    findings: tuple[Finding, ...] = ()

    @staticmethod
    def not_run(area: str, why: str) -> CheckResult:
        """A check that could not run, and why."""
        return CheckResult(area, _("{area} not checked").format(
            area=area), (Finding(area, NOT_CHECKED, why),))


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Every check run on one register (``location`` is its file or password-free URL)."""

    location: str
    results: tuple[CheckResult, ...] = field(default_factory=tuple)

    @property
    def findings(self) -> list[Finding]:
        """Every finding, problems first, then checks not run, then notes."""
        order = {PROBLEM: 0, NOT_CHECKED: 1, NOTE: 2}
        found = [finding for result in self.results for finding in result.findings]
        return sorted(found, key=lambda finding: order[finding.kind])

    @property
    def sound(self) -> bool:
        """True when every check ran and none found a problem (notes allowed)."""
        return all(finding.kind == NOTE for finding in self.findings)

    def lines(self) -> list[str]:
        """What is wrong, one line each; or one line saying the register is sound, and why."""
        lines = [finding.line() for finding in self.findings]
        if self.sound:
            checked = clauses(result.summary for result in self.results)
            lines.insert(0, _("the register is sound: {checked}").format(checked=checked))
        return lines

    def text(self) -> str:
        """The report as text to read or copy: where, then :meth:`lines`."""
        return "\n".join([_("register: {location}").format(
            location=self.location), *self.lines()])

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON values."""
        return {
            "register": self.location,
            "sound": self.sound,
            "checks": [{"area": result.area, "summary": result.summary} for result in self.results],
            "findings": [{"area": f.area, "kind": f.kind, "text": f.text} for f in self.findings],
        }
