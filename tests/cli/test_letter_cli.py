"""`contract-desk letter` end to end: the letter written, attached, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from contract_desk.cli import build_parser, run
from contract_desk.services import list_attachments
from contract_desk.storage import open_register

ADD = ["add", "--reference", "L-1", "--title", "Office lease Bergen", "--party", "Bergen kommune",
       "--start", "2024-01-01", "--end", "2026-12-31", "--notice", "3 months",
       "--renewal", "auto", "--renewal-term", "1 year"]


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert run(["--db", path, *ADD]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return path


def _letter(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> dict[str, object]:
    assert run(["--db", db, "letter", "L-1", "--date", "2026-12-04", *argv, "--json"]) == 0, \
        capsys.readouterr().err
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def test_a_norwegian_letter_as_docx(capsys: pytest.CaptureFixture[str], db: str,
                                    tmp_path: Path) -> None:
    target = tmp_path / "oppsigelse.docx"
    result = _letter(capsys, db, "--language", "nb", "-o", str(target), "--sender-name",
                     "Nordlys Eiendom AS", "--recipient-address", "Postboks 7700\\n5020 Bergen",
                     "--signatory", "Kari Nordmann")
    assert result["end_date"] == "2027-12-31" and result["notice_deadline"] == "2027-09-30"
    text = "\n".join(paragraph.text for paragraph in Document(str(target)).paragraphs)
    assert "Vi sier herved opp avtalen «Office lease Bergen»" in text
    assert "med virkning fra 31. desember 2027" in text
    assert "Postboks 7700\n5020 Bergen" in text and "Kari Nordmann" in text


def test_attached_as_pdf_and_the_sender_remembered(capsys: pytest.CaptureFixture[str], db: str,
                                                   tmp_path: Path) -> None:
    target = tmp_path / "notice.pdf"
    result = _letter(capsys, db, "-o", str(target), "--attach", "--sender-name", "Nordlys AS")
    assert result["attached"] is True and target.read_bytes()[:5] == b"%PDF-"
    register = open_register(db)
    try:
        with register.reading() as session:
            from contract_desk.services import get_contract

            attached = list_attachments(session, get_contract(session, "L-1").uid)
    finally:
        register.close()
    assert [a.file_name for a in attached] == ["Notice of termination L-1 2026-12-04.pdf"]
    again = tmp_path / "again.docx"
    _letter(capsys, db, "-o", str(again))
    assert "Nordlys AS" in "\n".join(p.text for p in Document(str(again)).paragraphs)


def test_a_wrong_extension_is_one_line(capsys: pytest.CaptureFixture[str], db: str,
                                       tmp_path: Path) -> None:
    assert run(["--db", db, "letter", "L-1", "-o", str(tmp_path / "x.odt")]) != 0
    err = capsys.readouterr().err
    assert ".docx or .pdf" in err and "Traceback" not in err


def test_an_unknown_contract_is_one_line(capsys: pytest.CaptureFixture[str], db: str,
                                         tmp_path: Path) -> None:
    assert run(["--db", db, "letter", "X-9", "-o", str(tmp_path / "x.docx")]) != 0
    assert "X-9" in capsys.readouterr().err


def test_only_attach_writes_into_the_register() -> None:
    reading = build_parser().parse_args(["letter", "L-1", "-o", "x.docx"])
    writing = build_parser().parse_args(["letter", "L-1", "-o", "x.docx", "--attach"])
    assert (reading.writes, reading.attach) == (False, False)
    assert (writing.writes, writing.attach) == (True, True)
