"""``contract-desk add`` with notice rules: stored, listed with their key dates, refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_desk.cli import run

TODAY = "2026-12-04"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "notice.sqlite3")


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert run(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_an_open_ended_contract_with_notice_rules_lists_its_earliest_end(capsys, db) -> None:
    cli_json(capsys, "--db", db, "add", "--reference", "L-9", "--title", "Office lease",
             "--start", "2025-01-01", "--open-ended", "--notice", "3 months",
             "--notice-to", "quarter-end", "--holidays", "no", "--postal-days", "2", "--json")
    shown = cli_json(capsys, "--db", db, "show", "L-9", "--json", "--today", TODAY)
    assert isinstance(shown, dict)
    assert (shown["notice_to"], shown["holiday_country"], shown["postal_days"]) == (
        "quarter-end", "NO", 2)
    assert shown["end_date"] is None and shown["notice_deadline"] is None
    assert shown["earliest_end"] == "2027-03-31"


def test_a_term_with_notice_rules_lists_the_deadline_and_send_by_they_give(capsys, db) -> None:
    cli_json(capsys, "--db", db, "add", "--reference", "C-1", "--title", "Cleaning",
             "--start", "2026-06-16", "--end", "2027-06-15", "--notice", "3 months",
             "--notice-to", "month-end", "--postal-days", "2", "--json")
    rows = cli_json(capsys, "--db", db, "list", "--json", "--today", TODAY)
    assert isinstance(rows, list)
    # To a month end: it must end on 2027-05-31, so notice by Sun 2027-02-28; a letter
    # arrives by Friday, posted two working days before.
    assert (rows[0]["notice_deadline"], rows[0]["send_by"]) == ("2027-02-28", "2027-02-24")
    plain = cli_json(capsys, "--db", db, "add", "--title", "Plain", "--json")
    assert isinstance(plain, dict)
    assert (plain["notice_to"], plain["holiday_country"], plain["postal_days"]) == (
        None, None, 0)


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--notice-to", "month-end"], "give the notice period too"),
        (["--postal-days", "61"], "cannot be above 60"),
        (["--holidays", "XX"], "no public-holiday calendar for 'XX'"),
    ],
)
def test_nonsense_is_refused_with_a_sentence(capsys, db, argv: list[str], needle: str) -> None:
    try:
        status = run(["--db", db, "add", "--title", "X", *argv])
    except SystemExit as exit_:  # argparse refuses a bad argument type itself
        status = exit_.code
    assert status not in (0, None)
    assert needle in capsys.readouterr().err
