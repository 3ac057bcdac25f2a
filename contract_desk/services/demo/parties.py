"""Counterparties of the demo register: companies and public bodies in eleven countries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from contract_desk.services.demo.random_source import DemoRandom
from contract_desk.services.demo.words import COUNTRIES, Country

#: Always in the demo, whatever its size: the names people look for first.
FEATURED: tuple[str, ...] = (
    "Nordlys Energi AS",
    "Bergen kommune",
    "한빛소프트 주식회사",
    "深圳市华信科技有限公司",
    "Rheinland Software GmbH",
    "Atlantique Informatique SAS",
    "Ibérica Soluciones S.L.",
    "株式会社さくらシステム",
    "Thames Software Ltd",
    "Redwood Cloud Inc.",
)

CONTACT_NAMES: tuple[str, ...] = ("Sam Berg", "Alex Kim", "Maria Rossi", "Jan Novak", "Li Na")


@dataclass(frozen=True, slots=True)
class DemoParty:
    """A counterparty as the contract generator needs it: its id and its country."""

    id: int
    name: str
    country: Country


def party_names() -> list[tuple[str, Country]]:
    """Every name the demo can give a counterparty, featured ones first, no duplicates."""
    names: dict[str, Country] = {}
    for country in COUNTRIES:
        for body in country.public_bodies:
            names[body] = country
        for stem in country.stems:
            for trade in country.trades:
                names[country.legal_form.format(stem=stem, trade=trade)] = country
    featured = [(name, names[name]) for name in FEATURED]
    rest = [(name, country) for name, country in names.items() if name not in FEATURED]
    return featured + rest


def party_count(contracts: int) -> int:
    """How many counterparties a register of ``contracts`` contracts has."""
    return min(len(party_names()), max(len(FEATURED), contracts // 3))


def party_rows(
    rng: DemoRandom, contracts: int, stamp: datetime, user: str
) -> list[tuple[dict[str, Any], Country]]:
    """The party rows to insert (featured first, then a seeded sample of the rest)."""
    names = party_names()
    featured, rest = names[: len(FEATURED)], names[len(FEATURED) :]
    chosen = featured + rng.sample(rest, party_count(contracts) - len(featured))
    return [(_party_row(rng, name, country, stamp, user), country) for name, country in chosen]


def _party_row(
    rng: DemoRandom, name: str, country: Country, stamp: datetime, user: str
) -> dict[str, Any]:
    contact = {
        "name": rng.pick(CONTACT_NAMES),
        "role": rng.pick(("account manager", "contract manager", "sales")),
        "email": f"contracts{rng.randrange(1000):03d}@example.com",
        "phone": rng.digits("+00 ### ## ###"),
    }
    return {
        "uid": rng.uid(),
        "name": name,
        "org_number": rng.digits(country.org_number),
        "country": country.code,
        "contacts": [contact],
        "notes": None,
        "version_id": 1,
        "created_at": stamp,
        "created_by": user,
        "updated_at": stamp,
        "updated_by": user,
    }
