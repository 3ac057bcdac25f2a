"""The importer shortens text to exactly what the register's columns hold.

The lengths live in the domain (the importer may not import the models); these
tests keep them equal to the columns the models declare.
"""

from __future__ import annotations

from sqlalchemy import String

from contract_desk.domain.text_lengths import CONTRACT_TEXT_LENGTHS
from contract_desk.importers.plan.pipeline import TEXT_LIMITS
from contract_desk.models import Contract, Party


def _declared_lengths() -> dict[str, int]:
    lengths = {column.key: column.type.length for column in Contract.__table__.columns
               if isinstance(column.type, String) and column.type.length}
    name = Party.__table__.columns["name"].type
    assert isinstance(name, String) and name.length
    return {**lengths, "counterparty": name.length}


def test_the_domain_lengths_are_the_columns_lengths() -> None:
    assert dict(CONTRACT_TEXT_LENGTHS) == _declared_lengths()


def test_the_importer_shortens_to_the_columns_lengths() -> None:
    assert _declared_lengths() == TEXT_LIMITS
