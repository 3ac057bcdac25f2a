"""Edit → Write notice letter… in the window: the key facts, saved as attachment and as a file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QDate
from window_load import wait_until_loaded

from contract_desk.services import create_contract, list_attachments
from contract_desk.services.letters import register_template
from contract_desk.storage import Register, open_register
from contract_desk.ui.common.ops import idle
from contract_desk.ui.shell.letter_dialog import LetterDialog
from contract_desk.ui.shell.main_window import MainWindow

TODAY = date(2026, 12, 4)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = open_register(tmp_path / "letters.sqlite3")
    with register.transaction() as session:
        create_contract(session, {
            "reference": "L-1", "title": "Office lease Bergen", "counterparty": "Bergen kommune",
            "start_date": date(2024, 1, 1), "end_date": date(2026, 12, 31),
            "renewal": "automatic", "renewal_term": "1 year", "notice_period": "3 months"},
            user="kari", today=TODAY)
    yield register
    register.close()


@pytest.fixture
def window(qtbot, register: Register) -> MainWindow:
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    window.select_uid(window.model.item_at(0).row.uid)
    return window


def _ready(qtbot, dialog: LetterDialog) -> None:
    qtbot.waitUntil(lambda: idle() and dialog.facts is not None, timeout=10_000)


def _fill(dialog: LetterDialog, language: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.sender_name.setText("Nordlys Eiendom AS")
    dialog.sender_address.setPlainText("Storgata 1\n0155 Oslo")
    dialog.recipient_address.setPlainText("Postboks 7700\n5020 Bergen")
    dialog.signatory.setText("Kari Nordmann")
    dialog.letter_date.setDate(QDate(2026, 12, 4))


def test_the_menu_opens_the_dialog_with_the_key_facts(qtbot, window: MainWindow) -> None:
    assert window.actions.notice_letter in window.menus["edit"].actions()
    dialog = window.open_letter()
    assert dialog is not None
    _ready(qtbot, dialog)
    text = dialog.preview.text()
    assert "Ends the contract on 2027-12-31" in text, text
    assert "Notice deadline: 2027-09-30" in text
    assert "Bergen kommune" in text


def test_save_as_attachment_keeps_the_letter_with_the_contract(
        qtbot, window: MainWindow, register: Register) -> None:
    dialog = window.open_letter()
    assert dialog is not None
    _ready(qtbot, dialog)
    _fill(dialog, "nb")
    _ready(qtbot, dialog)
    with qtbot.waitSignal(dialog.attached, timeout=10_000):
        dialog.attach()
    qtbot.waitUntil(idle, timeout=10_000)
    with register.reading() as session:
        attached = list_attachments(session, dialog.contract_uid)
    assert [a.file_name for a in attached] == ["Oppsigelse L-1 2026-12-04.docx"]
    stored = dialog.store.path_for(attached[0].sha256)
    text = "\n".join(p.text for p in Document(str(stored)).paragraphs)
    assert "Vi sier herved opp avtalen «Office lease Bergen»" in text
    assert "Postboks 7700\n5020 Bergen" in text and "Kari Nordmann" in text


def test_save_as_pdf_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.open_letter()
    assert dialog is not None
    _ready(qtbot, dialog)
    _fill(dialog, "ko")
    dialog.format.setCurrentIndex(1)
    op = dialog.save_to(tmp_path / "letter")
    assert op is not None and op.wait(10_000)
    assert (tmp_path / "letter.pdf").read_bytes()[:5] == b"%PDF-"


def test_own_template_and_the_default_again(qtbot, window: MainWindow, register: Register,
                                            tmp_path: Path) -> None:
    dialog = window.open_letter()
    assert dialog is not None
    _ready(qtbot, dialog)
    assert not dialog.default_template.isEnabled()
    own = tmp_path / "ours.docx"
    document = Document()
    document.add_paragraph("Notice {{ reference }}")
    document.save(str(own))
    assert dialog.use_template(own).wait(10_000)
    qtbot.waitUntil(lambda: idle() and dialog.default_template.isEnabled(), timeout=10_000)
    assert dialog.template_label.text() == "Template: this register's own"
    assert dialog.drop_template().wait(10_000)
    qtbot.waitUntil(lambda: idle() and not dialog.default_template.isEnabled(), timeout=10_000)
    with register.reading() as session:
        assert register_template(session, "en") is None
