"""The kinds of contract in the demo register and the terms each kind usually has.

Plain data: a licence renews yearly on three months' notice, a lease runs for
years with an option to extend, an NDA simply ends. Counts and units follow the
contract's own columns (``initial_term_count``/``initial_term_unit`` and so on).
"""

from __future__ import annotations

from dataclasses import dataclass

Term = tuple[int, str]


@dataclass(frozen=True, slots=True)
class RenewalPlan:
    """How a contract of some kind continues after its first term."""

    mode: str  # none | automatic | option
    term: Term | None = None  # None: renews for the initial term
    max_renewals: int | None = None
    final_after_years: int | None = None  # a final end date this many years after start


@dataclass(frozen=True, slots=True)
class ContractKind:
    """One contract type, with the shapes its terms and obligations take."""

    name: str
    prefix: str
    weight: int
    titles: tuple[str, ...]
    terms: tuple[Term, ...]
    renewals: tuple[RenewalPlan, ...]
    notices: tuple[Term, ...]
    payment: str | None  # monthly | quarterly | yearly | milestones | None
    delivers: bool = False  # a delivery and its acceptance
    reports: bool = False  # quarterly reports from the performer
    open_ended_share: float = 0.0
    directions: tuple[str, ...] = ("buy", "buy", "buy", "sell")


NO_RENEWAL = RenewalPlan("none")
YEARLY = RenewalPlan("automatic", (12, "months"))

KINDS: tuple[ContractKind, ...] = (
    ContractKind(
        "software licence", "LIC", 14,
        ("ERP licence", "CAD software licence", "Database licence", "Lisensavtale økonomisystem",
         "소프트웨어 라이선스 계약", "软件许可协议", "Softwarelizenzvertrag"),
        ((12, "months"), (24, "months"), (36, "months"), (3, "years")),
        (YEARLY, YEARLY, RenewalPlan("automatic", (1, "years"), max_renewals=4), NO_RENEWAL),
        ((3, "months"), (90, "days"), (60, "days")),
        "yearly", delivers=True,
    ),
    ContractKind(
        "SaaS subscription", "SAAS", 18,
        ("CRM subscription", "HR system (SaaS)", "E-signature service", "Backup as a service",
         "Abonnement prosjektverktøy", "クラウドサービス利用契約", "Abonnement logiciel de paie"),
        ((12, "months"), (1, "years"), (36, "months"), (6, "months")),
        (YEARLY, YEARLY, RenewalPlan("automatic", (1, "months")),
         RenewalPlan("option", (12, "months"))),
        ((30, "days"), (1, "months"), (10, "business_days"), (60, "days")),
        "monthly", reports=False, directions=("buy", "buy", "buy", "sell", "sell"),
    ),
    ContractKind(
        "maintenance", "MNT", 12,
        ("Maintenance of ventilation", "Lift service agreement", "Servicavtale brannalarm",
         "Wartungsvertrag Klimaanlage", "설비 유지보수 계약", "Printer fleet maintenance"),
        ((1, "years"), (24, "months")),
        (YEARLY, RenewalPlan("automatic", (1, "years"), max_renewals=3),
         RenewalPlan("automatic", (1, "years"), final_after_years=6)),
        ((3, "months"), (2, "months"), (20, "business_days")),
        "quarterly", reports=True,
    ),
    ContractKind(
        "lease", "LEA", 8,
        ("Office lease Bryggen 12", "Warehouse lease", "Leieavtale kontor Bergen",
         "Car fleet lease", "Bail commercial – bureaux Lyon", "オフィス賃貸借契約"),
        ((3, "years"), (5, "years"), (10, "years"), (36, "months")),
        (RenewalPlan("option", (5, "years")),
         RenewalPlan("automatic", (3, "years"), final_after_years=15),
         RenewalPlan("option", (2, "years"), max_renewals=2), NO_RENEWAL),
        ((6, "months"), (9, "months"), (12, "months")),
        "monthly",
    ),
    ContractKind(
        "consulting", "CON", 12,
        ("Cloud migration support", "Interim controller", "Rådgivning anskaffelse",
         "Beratung Datenschutz", "Conseil en cybersécurité", "IT 컨설팅 용역 계약"),
        ((6, "months"), (9, "months"), (12, "months"), (18, "months")),
        (NO_RENEWAL, NO_RENEWAL, RenewalPlan("option", (6, "months"), max_renewals=2)),
        ((30, "days"), (1, "months"), (14, "days")),
        "monthly", delivers=True, reports=True, open_ended_share=0.25,
        directions=("buy", "buy", "sell", "sell"),
    ),
    ContractKind(
        "supply", "SUP", 12,
        ("Supply of laptops", "Office supplies", "Rammeavtale kontorrekvisita", "Packaging supply",
         "电子元件供货合同", "Suministro de material eléctrico"),
        ((2, "years"), (3, "years"), (12, "months")),
        (RenewalPlan("option", (1, "years"), max_renewals=2), NO_RENEWAL, YEARLY),
        ((90, "days"), (3, "months")),
        "milestones", delivers=True, directions=("buy", "buy", "sell"),
    ),
    ContractKind(
        "NDA", "NDA", 8,
        ("Mutual NDA", "Confidentiality agreement", "Konfidensialitetsavtale",
         "Geheimhaltungsvereinbarung", "비밀유지계약서", "保密协议"),
        ((2, "years"), (3, "years"), (5, "years")),
        (NO_RENEWAL,),
        ((30, "days"),),
        None, open_ended_share=0.2, directions=("other",),
    ),
    ContractKind(
        "framework agreement", "FWA", 8,
        ("Framework agreement IT services", "Rammeavtale rådgivning", "Rahmenvertrag Logistik",
         "Accord-cadre prestations", "框架采购协议"),
        ((2, "years"), (4, "years")),
        (RenewalPlan("automatic", (1, "years"), max_renewals=2),
         RenewalPlan("option", (1, "years"), max_renewals=2)),
        ((20, "business_days"), (3, "months")),
        "quarterly", reports=True, directions=("buy", "buy", "other"),
    ),
    ContractKind(
        "service agreement", "SRV", 8,
        ("Cleaning services", "Canteen services", "Security guarding", "Renholdsavtale",
         "Servicio de limpieza", "清掃業務委託契約"),
        ((12, "months"), (24, "months")),
        (YEARLY, RenewalPlan("automatic", (6, "months")), NO_RENEWAL),
        ((3, "months"), (1, "months"), (60, "days")),
        "monthly", reports=True, open_ended_share=0.1,
    ),
)

BUFFER_DAYS: tuple[int, ...] = (0, 0, 0, 5, 7, 10, 14, 30)
