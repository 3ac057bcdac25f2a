"""Notice letters: the facts of a notice from a contract, filled into a Word template, as PDF.

May import the register services, the models and the domain; the PDF goes through
``contract_desk.exporters.pdf_qt`` (imported only when a PDF is asked for). No Qt here.

The names below are imported when first used: the command line reads
``LETTER_LANGUAGES`` without loading the Word template machinery (docxtpl, lxml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from contract_desk.lazy_names import lazy_names

if TYPE_CHECKING:
    from contract_desk.services.letters.facts import (
        LETTER_LANGUAGES,
        Addressee,
        LetterError,
        LetterFacts,
        letter_facts,
        remember_addresses,
        stored_recipient_address,
        stored_sender,
    )
    from contract_desk.services.letters.templates import (
        default_template,
        put_register_template,
        register_template,
        template_for,
        use_default_template,
    )
    from contract_desk.services.letters.writing import (
        LetterFormat,
        attach_letter,
        docx_paragraphs,
        fill_docx,
        letter_file_name,
        letter_format,
        write_letter,
    )

_WHERE = {
    "LETTER_LANGUAGES": "contract_desk.services.letters.facts",
    "Addressee": "contract_desk.services.letters.facts",
    "LetterError": "contract_desk.services.letters.facts",
    "LetterFacts": "contract_desk.services.letters.facts",
    "letter_facts": "contract_desk.services.letters.facts",
    "remember_addresses": "contract_desk.services.letters.facts",
    "stored_recipient_address": "contract_desk.services.letters.facts",
    "stored_sender": "contract_desk.services.letters.facts",
    "default_template": "contract_desk.services.letters.templates",
    "put_register_template": "contract_desk.services.letters.templates",
    "register_template": "contract_desk.services.letters.templates",
    "template_for": "contract_desk.services.letters.templates",
    "use_default_template": "contract_desk.services.letters.templates",
    "LetterFormat": "contract_desk.services.letters.writing",
    "attach_letter": "contract_desk.services.letters.writing",
    "docx_paragraphs": "contract_desk.services.letters.writing",
    "fill_docx": "contract_desk.services.letters.writing",
    "letter_file_name": "contract_desk.services.letters.writing",
    "letter_format": "contract_desk.services.letters.writing",
    "write_letter": "contract_desk.services.letters.writing",
}

__all__ = [
    "LETTER_LANGUAGES", "Addressee", "LetterError", "LetterFacts", "LetterFormat",
    "attach_letter", "default_template", "docx_paragraphs", "fill_docx", "letter_facts",
    "letter_file_name", "letter_format", "put_register_template", "register_template",
    "remember_addresses", "stored_recipient_address", "stored_sender", "template_for",
    "use_default_template", "write_letter",
]


__getattr__ = lazy_names(__name__, globals(), _WHERE)
