"""Write the default notice-letter templates: contract_desk/resources/letters/notice_<lang>.docx.

The templates are sources (committed); this script makes them reproducible. Run it
after changing the wording below:

    python tools/make_letter_templates.py

Each template is a plain Word document with docxtpl (Jinja) placeholders; the
names are listed in README.md, "Notice letter". A register may keep its own copy
of any of them (Contract → Write notice letter… → Template).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

FIXED = datetime(2026, 1, 1, tzinfo=UTC)
OUT = Path(__file__).resolve().parent.parent / "contract_desk" / "resources" / "letters"


@dataclass(frozen=True)
class Wording:
    """The words of one language's letter (placeholders in docxtpl's Jinja)."""

    subject: str
    greeting: str
    notice: str
    deadline: str
    confirm: str
    closing: str
    org_number: str


WORDINGS = {
    "en": Wording(
        subject="Notice of termination: {{ title }}{% if reference %} "
                "(reference {{ reference }}){% endif %}",
        greeting="Dear Sir or Madam,",
        notice="We hereby give notice to terminate the agreement “{{ title }}”"
               "{% if reference %} (reference {{ reference }}){% endif %} between "
               "{{ sender_name }} and {{ recipient_name }}{% if signed_on %}, signed on "
               "{{ signed_on }}{% endif %}, with effect from {{ end_date }}, the last day of "
               "its current term ({{ term_start }} – {{ end_date }}).",
        deadline="{% if notice_deadline %}This notice is given within the notice period "
                 "agreed in the contract; the notice deadline is {{ notice_deadline }}."
                 "{% endif %}",
        confirm="Please confirm receipt of this notice in writing.",
        closing="Yours faithfully,",
        org_number="Org. no. {{ org_number }}",
    ),
    "nb": Wording(
        subject="Oppsigelse av avtale: {{ title }}{% if reference %} "
                "(referanse {{ reference }}){% endif %}",
        greeting="Til rette vedkommende",
        notice="Vi sier herved opp avtalen «{{ title }}»{% if reference %} "
               "(referanse {{ reference }}){% endif %} mellom {{ sender_name }} og "
               "{{ recipient_name }}{% if signed_on %}, inngått {{ signed_on }}{% endif %}, "
               "med virkning fra {{ end_date }}, som er siste dag i inneværende "
               "avtaleperiode ({{ term_start }} – {{ end_date }}).",
        deadline="{% if notice_deadline %}Oppsigelsen er gitt innenfor den avtalte "
                 "oppsigelsesfristen; fristen for oppsigelse er {{ notice_deadline }}."
                 "{% endif %}",
        confirm="Vi ber om skriftlig bekreftelse på at oppsigelsen er mottatt.",
        closing="Med vennlig hilsen",
        org_number="Org.nr. {{ org_number }}",
    ),
    "ko": Wording(
        subject="계약 해지 통지: {{ title }}{% if reference %} "
                "(계약 번호 {{ reference }}){% endif %}",
        greeting="귀중",
        notice="{{ sender_name }}은(는) {{ recipient_name }}과(와) 체결한 "
               "「{{ title }}」 계약{% if reference %}(계약 번호 {{ reference }}){% endif %}"
               "{% if signed_on %}({{ signed_on }} 체결){% endif %}을 "
               "{{ end_date }}자로 해지함을 통지합니다. 해지는 현재 계약 기간"
               "({{ term_start }} – {{ end_date }})의 마지막 날인 {{ end_date }}에 "
               "효력이 발생합니다.",
        deadline="{% if notice_deadline %}본 통지는 계약에서 정한 해지 통지 기간 내에 "
                 "이루어졌으며, 해지 통지 기한은 {{ notice_deadline }}입니다.{% endif %}",
        confirm="본 통지의 수령 사실을 서면으로 확인하여 주시기 바랍니다.",
        closing="감사합니다.",
        org_number="사업자등록번호 {{ org_number }}",
    ),
    "zh_CN": Wording(
        subject="合同解除通知：{{ title }}"
                "{% if reference %}（合同编号 {{ reference }}）{% endif %}",
        greeting="敬启者：",
        notice="特此通知解除{{ sender_name }}与{{ recipient_name }}之间的"
               "《{{ title }}》合同{% if reference %}（合同编号 {{ reference }}）{% endif %}"
               "{% if signed_on %}（签订日期：{{ signed_on }}）{% endif %}，"
               "自{{ end_date }}起生效，即本合同当前期限"
               "（{{ term_start }} – {{ end_date }}）的最后一日。",
        deadline="{% if notice_deadline %}本通知在合同约定的通知期内发出，"
                 "通知截止日期为{{ notice_deadline }}。{% endif %}",
        confirm="请以书面形式确认收到本通知。",
        closing="此致\n敬礼",
        org_number="统一社会信用代码：{{ org_number }}",
    ),
}


def _lines(document: WordDocument, *texts: str, bold: bool = False,
           align: WD_ALIGN_PARAGRAPH | None = None) -> None:
    for text in texts:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold
        if align is not None:
            paragraph.alignment = align
        paragraph.paragraph_format.space_after = Pt(0)


def build(words: Wording) -> WordDocument:
    """One language's template as a python-docx Document."""
    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    for section in document.sections:  # A4 with 25 mm margins, as a European letter
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
    # Fixed dates: the same wording gives the same document properties.
    document.core_properties.created = document.core_properties.modified = FIXED
    document.core_properties.author = document.core_properties.last_modified_by = "Contract Desk"
    _lines(document, "{{ sender_name }}", "{{ sender_address }}",
           "{% if sender_org_number %}" + words.org_number.replace(
               "org_number", "sender_org_number") + "{% endif %}")
    document.add_paragraph()
    _lines(document, "{{ recipient_name }}", "{{ recipient_address }}",
           "{% if recipient_org_number %}" + words.org_number.replace(
               "org_number", "recipient_org_number") + "{% endif %}")
    document.add_paragraph()
    _lines(document, "{{ letter_date }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    document.add_paragraph()
    _lines(document, words.subject, bold=True)
    document.add_paragraph()
    for text in (words.greeting, words.notice, words.deadline, words.confirm, words.closing):
        document.add_paragraph(text).paragraph_format.space_after = Pt(10)
    document.add_paragraph()
    _lines(document, "{{ signatory }}", "{{ sender_name }}")
    return document


def main() -> int:
    """Write every language's template."""
    OUT.mkdir(parents=True, exist_ok=True)
    for language, words in WORDINGS.items():
        path = OUT / f"notice_{language}.docx"
        build(words).save(str(path))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
