"""Writing a notice letter: the template filled (docx), the same letter as PDF, attached.

The .docx is the template filled by docxtpl. The PDF is made from that filled
document (its paragraphs, bold and alignment, read back with python-docx) through
the PDF renderer the reports use (Qt), so a register's own template shows in the
PDF too, and no office program is needed on the person's machine.
"""

from __future__ import annotations

import html
import io
import re
import tempfile
from enum import StrEnum
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate  # type: ignore[import-untyped]  # ships no types
from jinja2 import TemplateError
from sqlalchemy.orm import Session

from contract_desk.domain.approvals import Subject
from contract_desk.i18n import N_, _, catalog_text, translations_from_po
from contract_desk.services.letters.facts import LetterError, LetterFacts, remember_addresses
from contract_desk.services.letters.templates import check_template, template_for
from contract_desk.services.register.approval_gate import require_approval
from contract_desk.services.register.attachment_store import FileStore
from contract_desk.services.register.attachments import add_attachment
from contract_desk.services.register.contracts import load_contract
from contract_desk.services.register.rows import AttachmentRow

#: The letter's name (its file name and PDF title), in the letter's language.
LETTER_NAME = N_("Notice of termination")
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class LetterFormat(StrEnum):
    """The file a letter is written as."""

    DOCX = "docx"
    PDF = "pdf"


def letter_format(path: Path | str) -> LetterFormat:
    """The format an output file's extension names; LetterError for any other."""
    suffix = Path(path).suffix.lower().lstrip(".")
    try:
        return LetterFormat(suffix)
    except ValueError:
        raise LetterError(_("a notice letter is written as .docx or .pdf, not {file}").format(
            file=Path(path).name)) from None


def in_language(text: str, language: str) -> str:
    """``text`` (an English source marked with N_) in ``language``, leaving the program's alone."""
    catalog = catalog_text(language) if language != "en" else None
    if catalog is None:
        return text
    return translations_from_po(catalog, language).gettext(text)


def letter_file_name(facts: LetterFacts, kind: LetterFormat) -> str:
    """"Notice of termination A-17 2026-12-04.docx", in the letter's language."""
    name = in_language(LETTER_NAME, facts.language)
    label = facts.reference or facts.title or facts.contract_uid[:8]
    stem = _UNSAFE.sub(" ", f"{name} {label} {facts.letter_date.isoformat()}").strip()
    return f"{stem[:150]}.{kind.value}"


def fill_docx(template: bytes, facts: LetterFacts) -> bytes:
    """The template filled with the facts, as .docx bytes."""
    check_template(template)
    document = DocxTemplate(io.BytesIO(template))
    try:
        document.render(facts.context(), autoescape=True)
    except TemplateError as error:
        raise LetterError(_("the letter template has a mistake: {reason}").format(
            reason=error)) from None
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_paragraphs(data: bytes) -> list[str]:
    """The text of a .docx, paragraph by paragraph (tables' cells included)."""
    document = Document(io.BytesIO(data))
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


_ALIGN = {WD_ALIGN_PARAGRAPH.RIGHT: "right", WD_ALIGN_PARAGRAPH.CENTER: "center",
          WD_ALIGN_PARAGRAPH.JUSTIFY: "justify"}


def _paragraph_html(paragraph: Paragraph) -> str:
    runs = []
    for run in paragraph.runs:
        text = html.escape(run.text).replace("\n", "<br/>").replace("\t", "&emsp;")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        runs.append(text)
    alignment = paragraph.alignment
    align = None if alignment is None else _ALIGN.get(alignment)
    style = f' align="{align}"' if align else ""
    after = paragraph.paragraph_format.space_after  # the gap under a paragraph, as in Word
    gap = 0 if after is None else round(after.pt * 4 / 3)  # Qt's margins take pixels only
    return (f"<p{style} style='margin-top:0; margin-bottom:{gap}px'>"
            f"{''.join(runs) or '&nbsp;'}</p>")


def docx_html(data: bytes) -> str:
    """A filled .docx as simple HTML: its paragraphs with bold, italic and alignment."""
    document = Document(io.BytesIO(data))
    body = "\n".join(_paragraph_html(paragraph) for paragraph in document.paragraphs)
    return f"<html><body style='font-size:11pt'>{body}</body></html>"


def write_letter(session: Session, facts: LetterFacts, path: Path) -> Path:
    """Write the letter to ``path`` as .docx or .pdf (by its extension).

    ApprovalNeeded, nothing written, while the register's rules want a notice
    on this contract approved and no approved request allows it: a letter is
    how notice is sent, and nothing is sent before approval.
    """
    kind = letter_format(path)
    require_approval(session, load_contract(session, facts.contract_uid), Subject.NOTICE,
                     use=False)
    filled = fill_docx(template_for(session, facts.language), facts)
    if kind is LetterFormat.DOCX:
        path.write_bytes(filled)
        return path
    from contract_desk.exporters.pdf_qt import render_pdf

    title = in_language(LETTER_NAME, facts.language)
    return render_pdf(path, lambda _formats: docx_html(filled), title=title,
                      today=facts.letter_date, footer=False)


def attach_letter(session: Session, store: FileStore, facts: LetterFacts, kind: LetterFormat,
                  *, user: str) -> AttachmentRow:
    """Write the letter and keep it as an attachment of its contract (audited).

    The sender and the recipient's address are remembered for the next letter.
    """
    with tempfile.TemporaryDirectory(prefix="contract-desk-letter-") as folder:
        path = write_letter(session, facts, Path(folder) / letter_file_name(facts, kind))
        note = _("Notice letter ({language}) dated {day}").format(
            language=facts.language, day=facts.letter_date.isoformat())
        row = add_attachment(session, store, facts.contract_uid, path, user=user, note=note)
    remember_addresses(session, facts)
    return row

