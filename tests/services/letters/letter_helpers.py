"""A lease to give notice of, and the addresses, shared by the notice-letter tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from contract_desk.services import create_contract
from contract_desk.services.letters import Addressee
from contract_desk.storage import Register

#: "Today" in these tests: the letter's date unless a test says otherwise.
LETTER_DAY = date(2026, 12, 4)
SENDER = Addressee("Nordlys Eiendom AS", "Storgata 1\n0155 Oslo", "912 345 678")
RECIPIENT_ADDRESS = "Postboks 7700\n5020 Bergen"


def add_contract(register: Register, **fields: Any) -> str:
    """A yearly renewing lease (3 months' notice); the uid."""
    values = {"reference": "L-1", "title": "Office lease Bergen",
              "counterparty": "Bergen kommune", "signed_on": date(2023, 12, 1),
              "start_date": date(2024, 1, 1), "end_date": date(2026, 12, 31),
              "renewal": "automatic", "renewal_term": "1 year", "notice_period": "3 months",
              **fields}
    with register.transaction() as session:
        return create_contract(session, values, user="kari", today=LETTER_DAY).uid
