"""``contract-desk notice``: a notice recorded with its proof, listed, refused, withdrawn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_desk.cli import run

TODAY = "2026-12-04"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "notice.sqlite3")
    assert run(["--db", path, "add", "--reference", "CLEAN-1", "--title", "Cleaning",
                "--start", "2025-04-01", "--end", "2027-03-31", "--renewal", "automatic",
                "--renewal-term", "1 year", "--notice", "3 months"]) == 0
    capsys.readouterr()
    return path


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert run(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_a_notice_given_with_proof_is_listed_and_ends_the_contract(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.7 receipt")
    row = cli_json(capsys, "--db", db, "notice", "CLEAN-1", "--given", "--on", "2026-12-01",
                   "--channel", "registered-post", "--proof", str(receipt),
                   "--acknowledged-on", "2026-12-03", "--note", "Posten", "--today", TODAY,
                   "--json")
    assert isinstance(row, dict)
    assert (row["direction"], row["channel"], row["effective_end"]) == (
        "given", "registered_post", "2027-03-31")
    assert row["acknowledged_on"] == "2026-12-03" and len(row["proof_uids"]) == 1
    shown = cli_json(capsys, "--db", db, "show", "CLEAN-1", "--json", "--today", TODAY)
    assert isinstance(shown, dict)
    assert shown["notice_given_on"] == "2026-12-01" and shown["next_renewal_start"] is None
    listed = cli_json(capsys, "--db", db, "notice", "CLEAN-1", "--list", "--json")
    assert isinstance(listed, list) and [n["uid"] for n in listed] == [row["uid"]]


def test_the_table_and_the_sentence_in_plain_text(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    assert run(["--db", db, "notice", "CLEAN-1", "--received", "--on", "2027-01-05",
                "--channel", "email", "--today", "2027-01-10"]) == 0
    out = capsys.readouterr().out
    assert "it ends the contract on 2028-03-31" in out  # late for 2027: a year more
    assert run(["--db", db, "notice", "CLEAN-1", "--list"]) == 0
    out = capsys.readouterr().out
    assert "received from the counterparty" in out and "e-mail" in out and "1 notice" in out


def test_withdrawing_a_record_gives_the_notice_date_back(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    row = cli_json(capsys, "--db", db, "notice", "CLEAN-1", "--given", "--on", TODAY,
                   "--channel", "portal", "--today", TODAY, "--json")
    assert isinstance(row, dict)
    assert run(["--db", db, "notice", "CLEAN-1", "--withdraw", row["uid"],
                "--note", "wrong contract", "--today", TODAY]) == 0
    assert "withdrawn" in capsys.readouterr().out
    shown = cli_json(capsys, "--db", db, "show", "CLEAN-1", "--json", "--today", TODAY)
    assert isinstance(shown, dict) and shown["notice_given_on"] is None


@pytest.mark.parametrize(("argv", "sentence"), [
    (["--given", "--on", "2026-12-05", "--channel", "email"], "2026-12-05 is after today"),
    (["--given", "--channel", "email"], "say --given or --received, --on DATE and --channel"),
    (["--given", "--on", TODAY, "--channel", "email", "--proof", "/no/such/file.pdf"],
     "file.pdf"),
])
def test_bad_input_is_one_clear_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: str, argv: list[str], sentence: str
) -> None:
    assert run(["--db", db, "notice", "CLEAN-1", *argv, "--today", TODAY]) == 1
    err = capsys.readouterr().err
    assert sentence in err and "Traceback" not in err and err.count("\n") == 1
    assert cli_json(capsys, "--db", db, "notice", "CLEAN-1", "--list", "--json") == []


def test_an_unknown_channel_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(["--db", db, "notice", "CLEAN-1", "--given", "--on", TODAY, "--channel", "fax"])
    assert exit_.value.code == 2 and "invalid choice: 'fax'" in capsys.readouterr().err


def test_an_acknowledgement_and_proof_that_come_later_are_added(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    row = cli_json(capsys, "--db", db, "notice", "CLEAN-1", "--given", "--on", "2026-12-01",
                   "--channel", "email", "--today", TODAY, "--json")
    assert isinstance(row, dict) and row["acknowledged_on"] is None
    reply = tmp_path / "reply.eml"
    reply.write_text("We confirm receipt of your notice.")
    updated = cli_json(capsys, "--db", db, "notice", "CLEAN-1", "--update", row["uid"],
                       "--acknowledged-on", "2026-12-03", "--proof", str(reply),
                       "--today", TODAY, "--json")
    assert isinstance(updated, dict)
    assert updated["acknowledged_on"] == "2026-12-03" and len(updated["proof_uids"]) == 1
    assert run(["--db", db, "notice", "CLEAN-1", "--update", row["uid"]]) == 1
    assert "say what to add" in capsys.readouterr().err
