"""Notice letters: the facts of a notice from a contract, filled into a Word template, as PDF.

May import the register services, the models and the domain; the PDF goes through
``contract_desk.exporters.pdf_qt`` (imported only when a PDF is asked for). No Qt here.
"""

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

__all__ = [
    "LETTER_LANGUAGES", "Addressee", "LetterError", "LetterFacts", "LetterFormat",
    "attach_letter", "default_template", "docx_paragraphs", "fill_docx", "letter_facts",
    "letter_file_name", "letter_format", "put_register_template", "register_template",
    "remember_addresses", "stored_recipient_address", "stored_sender", "template_for",
    "use_default_template", "write_letter",
]
