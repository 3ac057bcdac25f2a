"""``contract-desk keydates``: the calculator's JSON and its refusals, end to end."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from contract_desk.cli import run

KEYS = {
    "term_end", "current_term_start", "current_term_end",
    "notice_deadline", "send_by", "renewals", "status", "earliest_end",
}


def keydates(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert run(["keydates", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_month_term_from_the_31st_ends_on_the_last_day_of_february(capsys) -> None:
    result = keydates(capsys, "--start", "2024-01-31", "--term", "1 month", "--today", "2024-02-01")
    assert set(result) == KEYS
    assert result["term_end"] == "2024-02-29"
    assert result["notice_deadline"] is None and result["send_by"] is None
    assert result["status"] == "active" and result["renewals"] == 0


def test_three_months_notice_and_a_buffer(capsys) -> None:
    result = keydates(
        capsys, "--start", "2023-12-01", "--end", "2024-11-30", "--notice", "3 months",
        "--buffer-days", "10", "--today", "2024-06-01",
    )
    assert result["notice_deadline"] == "2024-08-31"
    assert result["send_by"] == "2024-08-21"


def test_business_day_notice(capsys) -> None:
    result = keydates(
        capsys, "--start", "2024-01-01", "--end", "2024-12-31", "--notice", "5 business days",
        "--today", "2024-03-01",
    )
    assert result["notice_deadline"] == "2024-12-24"


def test_automatic_renewal_rolls_to_the_term_containing_today(capsys) -> None:
    result = keydates(
        capsys, "--start", "2022-03-01", "--term", "12 months", "--renewal", "auto",
        "--renewal-term", "6 months", "--notice", "90 days", "--today", "2024-01-15",
    )
    # 2022-03-01..2023-02-28, then 6-month renewals: 2023-03-01..08-31, 09-01..2024-02-29.
    assert result["term_end"] == "2023-02-28"
    assert result["current_term_start"] == "2023-09-01"
    assert result["current_term_end"] == "2024-02-29"
    assert result["renewals"] == 2
    assert result["notice_deadline"] == "2023-12-01"


def test_option_renewal_never_rolls_and_expires(capsys) -> None:
    result = keydates(
        capsys, "--start", "2020-01-01", "--term", "1 year", "--renewal", "option",
        "--today", "2022-06-01",
    )
    assert result["current_term_end"] == "2020-12-31"
    assert result["renewals"] == 0 and result["status"] == "expired"


def test_upcoming_before_the_start(capsys) -> None:
    result = keydates(capsys, "--start", "2030-01-01", "--term", "2 weeks", "--today", "2029-12-01")
    assert result["term_end"] == "2030-01-14" and result["status"] == "upcoming"


def test_open_ended_gives_the_earliest_end_and_no_deadline(capsys) -> None:
    result = keydates(
        capsys, "--start", "2025-01-01", "--open-ended", "--notice", "3 months",
        "--notice-to", "month-end", "--today", "2026-12-04",
    )
    assert set(result) == KEYS
    assert result["earliest_end"] == "2027-03-31"
    assert result["notice_deadline"] is None and result["send_by"] is None
    assert result["term_end"] is None and result["current_term_end"] is None
    assert result["status"] == "active"


def test_holidays_and_postal_days_move_the_deadline_and_the_send_by_date(capsys) -> None:
    argv = ("--start", "2026-01-01", "--end", "2027-03-31", "--notice", "5 business days",
            "--postal-days", "1", "--today", "2026-12-04")
    plain = keydates(capsys, *argv)
    norway = keydates(capsys, *argv, "--holidays", "no")  # the code in any case
    assert (plain["notice_deadline"], plain["send_by"]) == ("2027-03-24", "2027-03-23")
    # Norway's Easter: Maundy Thursday, Good Friday and Easter Monday are no working days.
    assert (norway["notice_deadline"], norway["send_by"]) == ("2027-03-19", "2027-03-18")


def test_the_text_output_names_the_earliest_end(capsys) -> None:
    assert run(["keydates", "--start", "2025-01-01", "--open-ended", "--notice", "1 month",
                "--today", "2026-12-04"]) == 0
    assert "earliest end        2027-01-04" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--start", "2024-02-30", "--term", "1 month"], "is not a date"),
        (["--start", "2024-01-01", "--term", "0 months"], "longer than zero"),
        (["--start", "2024-01-01", "--term", "-3 months"], "longer than zero"),
        (["--start", "2024-01-01", "--term", "500 years"], "longer than 100 years"),
        (["--start", "2024-01-01", "--term", "3 fortnights"], "unknown unit"),
        (["--start", "2024-01-01", "--end", "2023-12-31"], "before the start"),
        (["--start", "2024-01-01", "--renewal", "auto"], "needs an end date or an initial term"),
        (["--start", "2024-01-01", "--term", "1 year", "--buffer-days", "-1"], "negative"),
        (["--start", "2024-01-01", "--open-ended"], "give its notice period with --notice"),
        (["--start", "2024-01-01", "--open-ended", "--end", "2025-01-01", "--notice", "1 month"],
         "not allowed with"),
        (["--start", "2024-01-01", "--term", "1 year", "--notice-to", "month-end"],
         "needs a notice period"),
        (["--start", "2024-01-01", "--term", "1 year", "--notice-to", "week-end"],
         "invalid choice"),
        (["--start", "2024-01-01", "--term", "1 year", "--holidays", "XX"],
         "no public-holiday calendar for 'XX'"),
        (["--start", "2024-01-01", "--term", "1 year", "--holidays", "Norway"],
         "'Norway' is not a country code"),
        (["--start", "2024-01-01", "--term", "1 year", "--postal-days", "-2"], "negative"),
        (["--start", "2024-01-01", "--term", "1 year", "--postal-days", "90"],
         "90 postal days is more than 60"),
    ],
)
def test_nonsense_gets_one_clear_line_and_a_failure_status(argv: list[str], needle: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contract_desk", "keydates", *argv, "--json"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr
