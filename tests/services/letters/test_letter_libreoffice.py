"""Independent readers: LibreOffice opens the written .docx, pdftotext reads the PDFs (LibreOffice's
and ours), and the wording and dates are all there."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from letter_helpers import LETTER_DAY, RECIPIENT_ADDRESS, SENDER, add_contract
from test_letter_docx import EXPECTED

from contract_desk.services.letters import letter_facts, write_letter
from contract_desk.storage import Register


def _libreoffice() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is missing: CI installs libreoffice-writer")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer)")
    return found


def _convert(source: Path, target: str, tmp_path: Path) -> Path:
    profile, out = tmp_path / "lo-profile", tmp_path / "lo-out"
    subprocess.run([_libreoffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    return out / f"{source.stem}.{target.split(':')[0]}"


def _pdf_text(pdf: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None
    return subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout


def _text(docx: Path, pdf: Path, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is not None:
        return _pdf_text(pdf)
    return _convert(docx, "txt:Text (encoded):UTF8", tmp_path).read_text(encoding="utf-8-sig")


def _solid(text: str) -> str:
    # A PDF's text comes back with line breaks, spaces between Chinese or Korean
    # characters and digits, ligatures ("ﬃ") and the font's Kangxi radicals for some
    # Chinese characters ("⽉" for "月"): compared in NFKC without any white space.
    return "".join(unicodedata.normalize("NFKC", text).split())


def _assert_says_it_all(text: str, language: str) -> None:
    solid = _solid(text)
    for expected in (*EXPECTED[language], "Bergen kommune", "Nordlys Eiendom AS", "5020 Bergen"):
        assert _solid(expected) in solid, (language, expected)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "nb", "ko", "zh_CN"])
def test_libreoffice_reads_the_letter(sqlite_register: Register, tmp_path: Path,
                                     language: str) -> None:
    add_contract(sqlite_register)
    with sqlite_register.reading() as session:
        facts = letter_facts(session, "L-1", language=language, letter_date=LETTER_DAY,
                             signatory="Kari Nordmann", sender=SENDER,
                             recipient_address=RECIPIENT_ADDRESS)
        docx = write_letter(session, facts, tmp_path / f"notice_{language}.docx")
    pdf = _convert(docx, "pdf", tmp_path)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    _assert_says_it_all(_text(docx, pdf, tmp_path), language)


@pytest.mark.parametrize("language", ["en", "nb", "ko", "zh_CN"])
def test_our_pdf_says_the_same(sqlite_register: Register, tmp_path: Path, language: str) -> None:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext is missing: CI installs poppler-utils")
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    add_contract(sqlite_register)
    with sqlite_register.reading() as session:
        facts = letter_facts(session, "L-1", language=language, letter_date=LETTER_DAY,
                             signatory="Kari Nordmann", sender=SENDER,
                             recipient_address=RECIPIENT_ADDRESS)
        pdf = write_letter(session, facts, tmp_path / f"notice_{language}.pdf")
    _assert_says_it_all(_pdf_text(pdf), language)
