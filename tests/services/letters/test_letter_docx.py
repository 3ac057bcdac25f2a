"""The letter written: the template filled in each language, the PDF, a register's own template."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from letter_helpers import LETTER_DAY, RECIPIENT_ADDRESS, SENDER

from contract_desk.models import AuditEvent, RegisterSetting
from contract_desk.services import list_attachments
from contract_desk.services.letters import (
    LetterError,
    LetterFacts,
    LetterFormat,
    attach_letter,
    default_template,
    docx_paragraphs,
    fill_docx,
    letter_facts,
    letter_format,
    put_register_template,
    stored_sender,
    template_for,
    use_default_template,
    write_letter,
)
from contract_desk.services.letters.writing import docx_html
from contract_desk.services.register.attachment_store import store_for
from contract_desk.storage import Register

#: Each language's legal wording and its dates as the letter writes them.
EXPECTED = {
    "en": ("We hereby give notice to terminate the agreement",
           "with effect from December 31, 2027", "December 4, 2026", "September 30, 2027"),
    "nb": ("Vi sier herved opp avtalen", "med virkning fra 31. desember 2027", "4. desember 2026",
           "30. september 2027"),
    "ko": ("계약", "해지함을 통지합니다", "2027년 12월 31일자로", "2026년 12월 4일",
           "2027년 9월 30일"),
    "zh_CN": ("特此通知解除", "合同", "自2027年12月31日起生效", "2026年12月4日", "2027年9月30日"),
}


def facts_in(register: Register, language: str) -> LetterFacts:
    """The lease's letter facts in ``language``, with both addresses."""
    with register.reading() as session:
        return letter_facts(session, "L-1", language=language, letter_date=LETTER_DAY,
                            signatory="Kari Nordmann", sender=SENDER,
                            recipient_address=RECIPIENT_ADDRESS)


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_every_fact_is_in_the_filled_letter(lease: Register, tmp_path: Path,
                                            language: str) -> None:
    facts = facts_in(lease, language)
    with lease.reading() as session:
        path = write_letter(session, facts, tmp_path / "letter.docx")
    text = "\n".join(docx_paragraphs(path.read_bytes()))
    for expected in (*EXPECTED[language], "Nordlys Eiendom AS", "Storgata 1\n0155 Oslo",
                     "912 345 678", "Bergen kommune", "Postboks 7700\n5020 Bergen", "L-1",
                     "Office lease Bergen", "Kari Nordmann"):
        assert expected in text, (language, expected)
    assert "{{" not in text and "{%" not in text


def test_the_pdf_is_written_from_the_filled_letter(lease: Register, tmp_path: Path) -> None:
    facts = facts_in(lease, "nb")
    with lease.reading() as session:
        path = write_letter(session, facts, tmp_path / "letter.pdf")
        page = docx_html(fill_docx(template_for(session, "nb"), facts))
    assert path.read_bytes()[:5] == b"%PDF-"
    assert "Vi sier herved opp avtalen «Office lease Bergen»" in page
    assert "Storgata 1<br/>0155 Oslo" in page and '<p align="right"' in page
    assert "<b>Oppsigelse av avtale: Office lease Bergen" in page


def test_other_extensions_are_refused() -> None:
    with pytest.raises(LetterError, match=r"\.docx or \.pdf"):
        letter_format("letter.odt")
    assert letter_format("LETTER.PDF") is LetterFormat.PDF


def _own_template(text: str) -> bytes:
    document = Document()
    document.add_paragraph(text)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_register_keeps_its_own_template_until_the_default_again(
        lease: Register, tmp_path: Path) -> None:
    with lease.transaction() as session:
        put_register_template(session, "en", _own_template("Kündigung {{ reference }}"),
                              user="kari", file_name="ours.docx")
    with lease.reading() as session:
        path = write_letter(session, facts_in(lease, "en"), tmp_path / "own.docx")
    assert docx_paragraphs(path.read_bytes()) == ["Kündigung L-1"]
    with lease.transaction() as session:
        assert use_default_template(session, "en", user="kari")
        assert not use_default_template(session, "en", user="kari")
    with lease.reading() as session:
        assert session.get(RegisterSetting, "letters.template.en") is None
        path = write_letter(session, facts_in(lease, "en"), tmp_path / "default.docx")
        actions = [e.action for e in session.query(AuditEvent).filter_by(entity="setting")]
    assert "We hereby give notice" in "\n".join(docx_paragraphs(path.read_bytes()))
    assert actions == ["update", "delete"]


def test_a_template_that_is_no_word_document_is_refused(lease: Register) -> None:
    with lease.transaction() as session, pytest.raises(LetterError, match="not a Word"):
        put_register_template(session, "nb", b"not a zip", user="kari")


def test_a_template_with_a_mistake_says_so(lease: Register, tmp_path: Path) -> None:
    with lease.transaction() as session:
        put_register_template(session, "en", _own_template("{{ reference "), user="kari")
        with pytest.raises(LetterError, match="template has a mistake"):
            write_letter(session, facts_in(lease, "en"), tmp_path / "bad.docx")


def test_every_language_ships_a_template() -> None:
    for language in EXPECTED:
        assert default_template(language)[:2] == b"PK"


def test_the_letter_is_attached_audited_and_remembered(lease: Register) -> None:
    facts = facts_in(lease, "nb")
    with lease.transaction() as session:
        row = attach_letter(session, store_for(lease), facts, LetterFormat.DOCX, user="kari")
    with lease.reading() as session:
        attached = list_attachments(session, facts.contract_uid)
        event = session.query(AuditEvent).filter_by(entity="attachment",
                                                    entity_uid=row.uid).one()
        assert stored_sender(session) == SENDER
    assert [a.file_name for a in attached] == [row.file_name]
    assert row.file_name.endswith("L-1 2026-12-04.docx")
    assert event.action == "create" and event.user == "kari"
    assert store_for(lease).verify(row.sha256)
