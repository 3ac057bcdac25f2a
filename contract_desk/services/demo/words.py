"""The vocabulary of the demo register: companies, people, currencies and contract kinds.

Plain data, no logic: :mod:`contract_desk.services.demo.contracts` draws from it.
The names are invented; any likeness to a real company is a coincidence.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Country:
    """How companies of one country are named, paid and written to."""

    code: str
    currency: str
    stems: tuple[str, ...]
    trades: tuple[str, ...]
    legal_form: str  # how the form joins the name: "{stem} {trade} AS"
    public_bodies: tuple[str, ...]
    payment_terms: tuple[str, ...]
    notes: tuple[str, ...]
    org_number: str  # a made-up registration number: "#" becomes a digit


COUNTRIES: tuple[Country, ...] = (
    Country(
        "NO", "NOK",
        ("Nordlys", "Fjordkraft", "Vestland", "Havbris", "Polarlys", "Midnattsol", "Bryggen",
         "Skagerak", "Lofoten", "Trolltind"),
        ("Energi", "Data", "Bygg", "Logistikk", "Eiendom", "Rådgivning", "Marine", "Drift"),
        "{stem} {trade} AS",
        ("Bergen kommune", "Oslo kommune", "Trondheim kommune", "Stavanger kommune",
         "Vestland fylkeskommune"),
        ("Netto 30 dager", "Netto 14 dager", "30 dager netto fra fakturadato"),
        ("Avtalen fornyes automatisk med mindre den sies opp skriftlig.",
         "Prisjustering årlig etter KPI.", "Kontaktperson hos leverandør er byttet."),
        "9## ### ###",
    ),
    Country(
        "SE", "SEK",
        ("Norrsken", "Vättern", "Gotland", "Mälardalen", "Kebnekaise"),
        ("Energi", "System", "Fastigheter", "Konsult", "Logistik"),
        "{stem} {trade} AB",
        ("Göteborgs Stad", "Region Skåne"),
        ("Netto 30 dagar", "30 dagar netto"),
        ("Indexuppräkning årligen enligt KPI.", "Avtalet förlängs automatiskt med ett år."),
        "556###-####",
    ),
    Country(
        "DK", "DKK",
        ("Øresund", "Limfjord", "Jylland", "Kattegat"),
        ("Energi", "Data", "Ejendomme", "Rådgivning"),
        "{stem} {trade} A/S",
        ("Københavns Kommune", "Aarhus Kommune"),
        ("Netto 30 dage", "Løbende måned + 30 dage"),
        ("Aftalen kan opsiges med tre måneders varsel.",),
        "DK########",
    ),
    Country(
        "DE", "EUR",
        ("Rheinland", "Bodensee", "Schwarzwald", "Elbtal", "Alpenblick", "Hanse"),
        ("Software", "Logistik", "Facility Services", "Beratung", "Maschinenbau"),
        "{stem} {trade} GmbH",
        ("Stadt Hamburg",),
        ("30 Tage netto", "Zahlbar innerhalb von 14 Tagen mit 2 % Skonto"),
        ("Kündigung nur schriftlich per Einschreiben.", "Preisanpassung gemäß Verbraucherindex."),
        "HRB #####",
    ),
    Country(
        "FR", "EUR",
        ("Atlantique", "Provence", "Loire", "Lumière", "Mistral"),
        ("Informatique", "Services", "Conseil", "Immobilier"),
        "{stem} {trade} SAS",
        ("Ville de Lyon",),
        ("Paiement à 30 jours", "45 jours fin de mois"),
        ("Reconduction tacite sauf dénonciation par lettre recommandée.",),
        "### ### ###",
    ),
    Country(
        "ES", "EUR",
        ("Ibérica", "Mediterráneo", "Sierra", "Costa Brava"),
        ("Soluciones", "Servicios", "Consultoría", "Logística"),
        "{stem} {trade} S.L.",
        ("Ayuntamiento de Valencia",),
        ("Pago a 30 días", "60 días fecha factura"),
        ("Renovación tácita por periodos anuales.",),
        "B########",
    ),
    Country(
        "GB", "GBP",
        ("Thames", "Pennine", "Highland", "Cotswold", "Harbour"),
        ("Software", "Facilities", "Consulting", "Logistics"),
        "{stem} {trade} Ltd",
        ("Leeds City Council",),
        ("30 days net", "Payment within 30 days of invoice"),
        ("Renews automatically unless either party gives written notice.",),
        "0#######",
    ),
    Country(
        "US", "USD",
        ("Redwood", "Lakeshore", "Summit", "Bluegrass", "Pacific"),
        ("Software", "Cloud", "Analytics", "Security"),
        "{stem} {trade} Inc.",
        (),
        ("Net 30", "Net 45"),
        ("Auto-renews; price uplift capped at 5 % per year.",),
        "##-#######",
    ),
    Country(
        "KR", "KRW",
        ("한빛", "새솔", "푸른바다", "다온", "누리"),
        ("소프트", "시스템", "물산", "정보통신"),
        "{stem}{trade} 주식회사",
        ("서울특별시청",),
        ("월말 마감 익월 말 지급", "세금계산서 발행 후 30일 이내 지급"),
        ("계약 만료 3개월 전까지 서면 통지가 없으면 1년 자동 연장.",),
        "###-##-#####",
    ),
    Country(
        "CN", "CNY",
        ("深圳市华信", "上海东方", "北京中科", "杭州西湖", "广州南粤"),
        ("科技", "信息技术", "物流", "软件"),
        "{stem}{trade}有限公司",
        (),
        ("月结30天", "货到付款"),
        ("合同到期前三个月书面通知续约事宜。",),
        "91440300#########X",
    ),
    Country(
        "JP", "JPY",
        ("さくら", "富士", "大和", "青葉"),
        ("システム", "商事", "ソフトウェア", "物流"),
        "株式会社{stem}{trade}",
        (),
        ("月末締め翌月末払い",),
        ("自動更新。解約は3か月前までに書面で通知。",),
        "#############",
    ),
)

#: Typical size of one contract in each currency: (smallest, largest) in whole units.
VALUE_RANGES: dict[str, tuple[int, int]] = {
    "NOK": (20_000, 8_000_000),
    "SEK": (20_000, 8_000_000),
    "DKK": (15_000, 6_000_000),
    "EUR": (2_000, 800_000),
    "USD": (2_000, 900_000),
    "GBP": (2_000, 700_000),
    "KRW": (3_000_000, 1_000_000_000),
    "CNY": (15_000, 6_000_000),
    "JPY": (300_000, 100_000_000),
}

#: Currencies whose amounts carry no minor unit.
WHOLE_CURRENCIES = frozenset({"KRW", "JPY"})

#: The responsible people of the demo company (a Norwegian group with offices abroad).
OWNERS: tuple[str, ...] = (
    "Ingrid Hansen", "Lars Johansen", "Kari Nordmann", "Erik Andersson", "Mette Nielsen",
    "Anna Schmidt", "Camille Martin", "Lucía García", "Emma Wilson", "김민준", "王芳",
    "田中 由紀",
)

DEPARTMENTS: tuple[str, ...] = (
    "IT", "Finance", "Facilities", "HR", "Procurement", "Sales", "Legal", "Operations",
    "R&D", "Marketing",
)

PROJECTS: tuple[str, ...] = (
    "ERP 2025", "Cloud migration", "Office move Bergen", "Seoul expansion", "Data centre exit",
    "Fleet renewal", "Shenzhen sourcing", "GDPR programme",
)

TAGS: tuple[str, ...] = (
    "critical", "gdpr", "strategic", "cloud", "hardware", "facilities", "price-index",
    "single-source", "legal-review", "public-tender",
)

#: Columns an old Excel register had that the contract has no field for.
CUSTOM_COLUMNS: dict[str, tuple[str, ...]] = {
    "Cost centre": ("4711", "5100", "6020", "7300"),
    "Old register ID": ("K-2019-044", "K-2020-118", "AVT-0931", "R-17"),
    "Signed by": ("CFO", "CEO", "Head of IT", "Procurement lead"),
    "Kommentar": ("Sjekk indeksregulering", "Gammel avtale scannet", "Mangler vedlegg 2"),
}

#: Notes in English, for counterparties whose own language we do not write to.
NOTES_EN: tuple[str, ...] = (
    "Price index adjustment every January.",
    "Counterparty asked to renegotiate volumes next year.",
    "Signed copy is in the attachments; appendix 3 still missing.",
    "Escalate to the CFO before giving notice.",
)

SCOPES: tuple[str, ...] = (
    "Includes support, updates and hosting in the EU/EEA.",
    "Covers all offices in Norway and Sweden.",
    "Service levels per appendix 2; penalties capped at 10 % of the yearly fee.",
    "Delivery to the central warehouse; risk passes on acceptance.",
)

PAYMENT_TERMS_EN: tuple[str, ...] = ("30 days net", "14 days net", "45 days end of month")
