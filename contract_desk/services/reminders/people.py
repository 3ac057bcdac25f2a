"""Whose reminders: the person at this computer, and which alerts are theirs.

In a team every colleague sees every alert ("Everyone"), and may narrow the
inbox to "Mine": the alerts of contracts and obligations they own, plus the
escalations addressed to them. Owners are written as names ("Kari Nordmann"),
so each person says once which names are theirs (Settings → Reminders…, or
``contract-desk remind --me``); kept in their own preferences on this computer,
read by the window and the scheduled run alike. No names given: everything is
theirs, as on a register of one's own.

``person`` is who is notified: the team login on a server, the OS user on a
register file. Each is notified of each alert once (``services.reminders.notices``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from contract_desk.domain.typed_lists import split_typed_list
from contract_desk.services.register.users import current_user
from contract_desk.storage import Register
from contract_desk.storage.preferences import read_preferences, write_preference

#: The preference that holds the names that are me.
MY_NAMES = "reminders.my_names"


@dataclass(frozen=True, slots=True)
class Me:
    """The person notified and the owner names that are theirs (casefolded; empty: all)."""

    person: str
    names: frozenset[str] = frozenset()

    def concerns(self, owner: str | None, escalated: bool, contact: str | None) -> bool:
        """Whether an alert with this owner (escalated, with this contact) is mine."""
        if not self.names:
            return True
        if owner is not None and owner.strip().casefold() in self.names:
            return True
        return escalated and contact is not None and contact.strip().casefold() in self.names


def person_of(register: Register) -> str:
    """Who is notified: the login of a team register, else the OS user."""
    if register.path is None and register.url.username:
        return register.url.username
    return current_user()


def my_names() -> list[str]:
    """The owner names this person said are theirs (as typed)."""
    names = read_preferences().get(MY_NAMES)
    return [str(name) for name in names if str(name).strip()] if isinstance(names, list) else []


def save_my_names(names: Iterable[str] | str) -> list[str]:
    """Keep the owner names that are this person's; the names kept.

    ``names`` may be the text typed ("Kari Nordmann, KN", "王丽、WL"; see
    ``domain.typed_lists``).
    """
    if isinstance(names, str):
        names = split_typed_list(names)
    kept = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    write_preference(MY_NAMES, kept)
    return kept


def approver(register: Register) -> tuple[str, list[str], bool]:
    """Who answers requests for approval here: (the person, the names that are theirs,
    whether the register is a team's). On a team the login alone counts; on a file,
    the OS user and the owner names they said are theirs."""
    team = register.path is None
    return person_of(register), ([] if team else my_names()), team


def me_for(register: Register, names: Iterable[str] | None = None) -> Me:
    """The person at this computer for ``register`` (``names``: instead of the kept ones)."""
    chosen = my_names() if names is None else list(names)
    return Me(person_of(register), frozenset(name.strip().casefold() for name in chosen
                                             if name.strip()))


__all__ = ["MY_NAMES", "Me", "approver", "me_for", "my_names", "person_of", "save_my_names"]
