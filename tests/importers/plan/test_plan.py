"""The import plan: skip reasons, counts that cannot drift, addresses and file hashes."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from contract_desk.importers.plan.model import (
    CellProblem,
    ImportPlan,
    PlannedRow,
    file_sha256,
    row_address,
    skip_reason,
)


def test_rows_that_can_be_stored_have_no_skip_reason() -> None:
    assert skip_reason(PlannedRow(3, {"title": "Lease"})) is None
    assert skip_reason(PlannedRow(3, {"reference": "A-1", "title": None})) is None


@pytest.mark.parametrize(("fields", "custom", "reason"), [
    ({}, {"Note": "text"}, "nothing in this row is in a mapped column"),
    ({"title": "  ", "owner": None, "tags": []}, {}, "nothing in this row is in a mapped column"),
    ({"owner": "Kari", "start_date": date(2025, 1, 1)}, {}, "neither a title nor a reference"),
])
def test_rows_that_cannot_be_stored_say_why(fields: dict, custom: dict, reason: str) -> None:
    found = skip_reason(PlannedRow(7, fields, custom))
    assert found is not None and reason in found


def test_an_error_problem_skips_the_row_and_a_warning_does_not() -> None:
    warning = CellProblem(4, "S!C4", "Beløp", "ca. 10", "not an amount (kept as text)")
    error = CellProblem(4, "S!4:4", "", "", "a totals row", "error")
    assert skip_reason(PlannedRow(4, {"title": "Lease"}, {"Beløp": "ca. 10"}, (warning,))) is None
    assert skip_reason(PlannedRow(4, {"title": "Lease"}, {}, (warning, error))) == (
        "S!4:4: a totals row")


def test_a_plan_must_hold_every_row_it_read() -> None:
    rows = (PlannedRow(2, {"title": "A"}), PlannedRow(3, {"title": "B"}))
    plan = ImportPlan("f.csv", "0" * 64, "f", {"Title": "title"}, rows, 2)
    assert plan.column_of("title") == "Title" and plan.column_of("owner") == "owner"
    with pytest.raises(ValueError, match="reads 3 rows but holds 2"):
        ImportPlan("f.csv", "0" * 64, "f", {}, rows, 3)


def test_problems_are_listed_in_sheet_order_and_as_the_cli_shows_them() -> None:
    first = CellProblem(2, "S!B2", "Start", "32.13.2025", "not a date (kept as text)")
    second = CellProblem(5, "S!D5", "Sum", "n/a", "not an amount (kept as text)")
    rows = (PlannedRow(2, {"title": "A"}, problems=(first,)),
            PlannedRow(5, {"title": "B"}, problems=(second,)))
    plan = ImportPlan("f.csv", "0" * 64, "S", {}, rows, 2)
    assert plan.problems == (first, second)
    assert first.to_json() == {"row": 2, "cell": "S!B2", "column": "Start",
                               "value": "32.13.2025", "message": "not a date (kept as text)"}


def test_row_addresses_quote_sheet_names_like_cells() -> None:
    assert row_address("Contracts", 12) == "Contracts!12:12"
    assert row_address("Avtaler 2025", 3) == "'Avtaler 2025'!3:3"


def test_file_hash_is_the_sha256_of_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    data = bytes(range(256)) * 9000  # over two read chunks
    path.write_bytes(data)
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()
    assert file_sha256(str(path)) == file_sha256(path)


def test_values_leave_out_blanks_and_are_the_callers_to_change() -> None:
    for fields in ({"title": "Vask", "scope": "  ", "tags": [], "reference": None},
                   {"title": "Vask", "reference": "V-1"}):
        row = PlannedRow(3, dict(fields))
        first = row.values()
        assert first == {k: v for k, v in fields.items() if k in ("title", "reference")
                         and v is not None}
        first["title"] = "changed"
        first["extra"] = 1
        assert row.values() == {k: v for k, v in fields.items() if k in ("title", "reference")
                                and v is not None}
        assert row.fields == fields
