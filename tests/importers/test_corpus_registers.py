"""Real registers from other organisations come in whole, with their dates, parties and money.

``tests/data/registers/expected.json`` says, as a person reads each file, which
column holds which field (see ``SOURCES.md`` for where each file is from). Where
the importer reads a column otherwise on purpose, ``differs`` says why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import Expected, fill_report, lands, load_expected
from contract_desk.domain.clock import local_today
from contract_desk.services.importing.in_one_go import import_file
from contract_desk.storage import open_register

EXPECTED = load_expected()
#: What a register's whole value rests on: each must arrive wherever the file has it.
KEY_FIELDS = ("reference", "title", "counterparty", "start_date", "end_date", "value")
#: Every other field must arrive for at least this share of the contracts that hold it.
OTHER_FIELDS_SHARE = 0.9


def _differs(expected: Expected) -> dict[str, str]:
    import json

    entries = json.loads(expected.path.with_name("expected.json").read_text(encoding="utf-8"))
    return next(entry.get("differs", {}) for entry in entries if entry["file"] == expected.file)


@pytest.fixture(params=EXPECTED, ids=[e.file for e in EXPECTED])
def expected(request: pytest.FixtureRequest) -> Expected:
    return request.param


def test_the_corpus_is_varied_enough() -> None:
    assert len(EXPECTED) >= 12
    countries = {e.file.split("_")[0] for e in EXPECTED}
    assert len(countries) >= 10, countries


def test_every_contract_row_is_kept(expected: Expected) -> None:
    report = fill_report(expected)
    assert report.refused is None, report.refused
    assert report.plan is not None
    assert report.contracts == expected.data_rows
    skipped = [(row.row, row.errors) for row in report.plan.rows if row.errors]
    assert report.skipped == 0, skipped[:5]


def test_each_column_lands_in_its_field(expected: Expected) -> None:
    report = fill_report(expected)
    assert report.analysis is not None
    differs = _differs(expected)
    missed = {field: header for field, header in expected.fields.items()
              if field not in differs and not lands(report.analysis, header, field)}
    assert missed == {}, report.analysis.named_mapping()


def test_dates_parties_and_money_arrive_where_the_file_has_them(expected: Expected) -> None:
    report = fill_report(expected)
    differs = _differs(expected)
    short = {}
    for field, fill in report.fields.items():
        needed = 0.95 if field in KEY_FIELDS else OTHER_FIELDS_SHARE
        if field not in differs and fill.share < needed:
            short[field] = f"{fill.filled}/{fill.held} (needs {needed:.0%})"
    assert short == {}


MAPPED_BY_HAND = [e for e in EXPECTED if e.overrides]


@pytest.mark.parametrize("expected", MAPPED_BY_HAND, ids=[e.file for e in MAPPED_BY_HAND])
def test_a_file_whose_headers_name_no_contract_asks_for_a_mapping(expected: Expected) -> None:
    report = fill_report(expected, use_overrides=False)
    assert report.refused is not None
    assert report.refused.startswith(f"{expected.file} [")
    assert "map one of its columns" in report.refused


@pytest.mark.slow
def test_importing_a_register_twice_changes_nothing(expected: Expected, tmp_path: Path) -> None:
    not_contracts = len(fill_report(expected).analysis.not_contracts)  # a report's page lines
    register = open_register(tmp_path / "corpus.sqlite3")
    try:
        counts = []
        for _ in range(2):
            with register.transaction() as session:
                done = import_file(session, expected.path, user="t", today=local_today(),
                                   sheet=expected.sheet, overrides=expected.overrides,
                                   default_currency=expected.currency)
            result = done.result
            counts.append((result.created, result.updated, result.unchanged, result.skipped))
        first, again = counts
        assert first[3] == not_contracts and first[0] > 0
        assert again == (0, 0, first[0] + first[2], not_contracts), (first, again)
    finally:
        register.close()
