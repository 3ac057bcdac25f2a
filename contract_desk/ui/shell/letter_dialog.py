"""Edit → Write notice letter…: the letter's language, date and signatory, the key facts, save.

Every read and write goes through the window's ops (off the GUI thread): the
facts are read again when the language or the date changes; "Save as
attachment" keeps the letter with the contract (and remembers the addresses),
"Save as file…" writes it where the person chooses. The register's own template
per language is chosen or dropped here too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk.domain.clock import local_today
from contract_desk.domain.errors import DomainError
from contract_desk.i18n.formats import current_formats
from contract_desk.services.letters import (
    Addressee,
    LetterFacts,
    LetterFormat,
    attach_letter,
    letter_facts,
    letter_file_name,
    put_register_template,
    register_template,
    stored_recipient_address,
    stored_sender,
    use_default_template,
    write_letter,
)
from contract_desk.services.listing.queries import get_contract
from contract_desk.services.register.attachment_store import FileStore
from contract_desk.services.register.rows import AttachmentRow
from contract_desk.services.register.users import current_user
from contract_desk.storage import Register
from contract_desk.ui.common.ops import Latest, Op, QueryOp, WriteOp
from contract_desk.ui.common.save_to import ask_open, ask_save

#: The letter languages by their own names (a letter's language is not the window's).
LANGUAGE_NAMES = (("en", "English"), ("nb", "Norsk bokmål"), ("ko", "한국어"),
                  ("zh_CN", "简体中文"))


class LetterDialog(QDialog):
    """Writes the notice letter of one contract.

    Signals:
        attached(str): the letter was kept as an attachment of the contract (its uid).
    """

    attached = Signal(str)

    def __init__(self, register: Register, store: FileStore, contract_uid: str,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.register, self.store, self.contract_uid = register, store, contract_uid
        self.facts: LetterFacts | None = None
        #: The newest read of the facts: an older answer (the language before) is dropped.
        self.reading: Latest[tuple[LetterFacts | None, str, bool]] = Latest()
        self.setWindowTitle(self.tr("Write notice letter"))
        self._build(today or local_today())
        self._connect()
        self._load_addresses()

    # -- building ---------------------------------------------------------------
    def _build(self, today: date) -> None:
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.letter_date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setDisplayFormat(current_formats().date_pattern)
        self.signatory = QLineEdit(current_user(), self)
        self.sender_name, self.sender_org = QLineEdit(self), QLineEdit(self)
        self.sender_address, self.recipient_address = QPlainTextEdit(self), QPlainTextEdit(self)
        for box in (self.sender_address, self.recipient_address):
            box.setTabChangesFocus(True)
            box.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("&Language of the letter:"), self.language)
        form.addRow(self.tr("&Date of the letter:"), self.letter_date)
        form.addRow(self.tr("&Signed by:"), self.signatory)
        form.addRow(self.tr("&Our organisation:"), self.sender_name)
        form.addRow(self.tr("Our &address:"), self.sender_address)
        form.addRow(self.tr("Our organisation &number:"), self.sender_org)
        form.addRow(self.tr("The &counterparty's address:"), self.recipient_address)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("letter_preview")
        facts_box = QGroupBox(self.tr("What the letter says"), self)
        QVBoxLayout(facts_box).addWidget(self.preview)
        self.template_label = QLabel(self)
        self.own_template = QPushButton(self.tr("Use our own &template…"), self)
        self.default_template = QPushButton(self.tr("Use the de&fault again"), self)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.own_template)
        template_row.addWidget(self.default_template)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Word document (.docx)"), LetterFormat.DOCX)
        self.format.addItem(self.tr("PDF (.pdf)"), LetterFormat.PDF)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_attachment = self.buttons.addButton(
            self.tr("Save as attac&hment"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_file = self.buttons.addButton(
            self.tr("Save as f&ile…"), QDialogButtonBox.ButtonRole.ActionRole)
        bottom = QHBoxLayout()
        bottom.addWidget(self.format)
        bottom.addWidget(self.buttons, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(facts_box)
        layout.addLayout(template_row)
        layout.addLayout(bottom)
        read_only = self.register.read_only
        for control in (self.save_attachment, self.own_template, self.default_template):
            control.setEnabled(not read_only)

    def _connect(self) -> None:
        self.language.currentIndexChanged.connect(lambda _index: self.refresh())
        self.letter_date.dateChanged.connect(lambda _day: self.refresh())
        self.sender_name.editingFinished.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)
        self.save_attachment.clicked.connect(self.attach)
        self.save_file.clicked.connect(self.choose_file)
        self.own_template.clicked.connect(self.choose_template)
        self.default_template.clicked.connect(self.drop_template)

    # -- reading ----------------------------------------------------------------
    def _load_addresses(self) -> None:
        uid = self.contract_uid

        def read(session: Session) -> tuple[Addressee, str]:
            row = get_contract(session, uid)
            return stored_sender(session), stored_recipient_address(session, row.counterparty_uid)

        QueryOp(self, self.register, read).success(self._addresses_read).run()

    def _addresses_read(self, found: tuple[Addressee, str]) -> None:
        sender, recipient = found
        self.sender_name.setText(sender.name)
        self.sender_address.setPlainText(sender.address)
        self.sender_org.setText(sender.org_number)
        self.recipient_address.setPlainText(recipient)
        self.refresh()

    def chosen_language(self) -> str:
        """The code of the letter's language ("nb")."""
        return str(self.language.currentData())

    def chosen_date(self) -> date:
        """The date of the letter."""
        return self.letter_date.date().toPython()  # type: ignore[return-value]  # a date

    def _facts_reader(self) -> QueryOp[tuple[LetterFacts | None, str, bool]]:
        uid, language, day = self.contract_uid, self.chosen_language(), self.chosen_date()
        signatory, sender = self.signatory.text().strip(), self._sender()
        recipient = self.recipient_address.toPlainText().strip()

        def read(session: Session) -> tuple[LetterFacts | None, str, bool]:
            own = register_template(session, language) is not None
            try:
                return letter_facts(session, uid, language=language, letter_date=day,
                                    signatory=signatory, sender=sender,
                                    recipient_address=recipient), "", own
            except DomainError as error:
                return None, str(error), own

        return QueryOp(self, self.register, read)

    def refresh(self) -> Op[tuple[LetterFacts | None, str, bool]]:
        """Read the letter's facts again (language, date, addresses as shown now)."""
        # Until they are read, a save would write the facts of the language or day before.
        for button in (self.save_attachment, self.save_file):
            button.setEnabled(False)
        return self.reading.run(self._facts_reader().success(self._show_facts))

    def _show_facts(self, found: tuple[LetterFacts | None, str, bool]) -> None:
        facts, problem, own = found
        self.facts = facts
        self.template_label.setText(self.tr("Template: this register's own") if own else
                                    self.tr("Template: the default"))
        self.default_template.setEnabled(own and not self.register.read_only)
        for button in (self.save_attachment, self.save_file):
            button.setEnabled(facts is not None and (
                button is self.save_file or not self.register.read_only))
        if facts is None:
            self.preview.setText(problem)
            return
        formats = current_formats()
        lines = [self.tr("Ends the contract on {0}").format(formats.long_date(facts.end_date)),
                 self.tr("Term: {0} – {1}").format(formats.date(facts.term_start),
                                                   formats.date(facts.end_date))]
        if facts.notice_deadline is not None:
            lines.append(self.tr("Notice deadline: {0}").format(
                formats.long_date(facts.notice_deadline)))
        lines.append(self.tr("From {0} to {1}").format(
            facts.sender.name or self.tr("(our organisation not named)"),
            facts.recipient.name or self.tr("(no counterparty)")))
        self.preview.setText("\n".join(lines))

    # -- writing ----------------------------------------------------------------
    def _kind(self) -> LetterFormat:
        return LetterFormat(self.format.currentData())

    def attach(self) -> Op[AttachmentRow] | None:
        """Keep the letter as an attachment of the contract (facts as shown, read again)."""
        if self.facts is None:
            return None
        facts, store, kind, user = self._current_facts(), self.store, self._kind(), current_user()
        op = WriteOp(self, self.register, lambda session: attach_letter(
            session, store, facts, kind, user=user))
        return op.success(self._attached).disabling(self.save_attachment, self.save_file).run()

    def _current_facts(self) -> LetterFacts:
        assert self.facts is not None
        recipient = replace(self.facts.recipient,
                            address=self.recipient_address.toPlainText().strip())
        return replace(self.facts, sender=self._sender(), recipient=recipient,
                       signatory=self.signatory.text().strip())

    def _sender(self) -> Addressee:
        return Addressee(self.sender_name.text().strip(),
                         self.sender_address.toPlainText().strip(), self.sender_org.text().strip())

    def _attached(self, row: AttachmentRow) -> None:
        self.attached.emit(self.contract_uid)
        QMessageBox.information(self, self.tr("Notice letter saved"), self.tr(
            "The letter is kept with the contract as {0}.").format(row.file_name))

    def choose_file(self) -> None:
        """Ask where to save the letter, then write it there."""
        if self.facts is None:
            return
        kind = self._kind()
        name = letter_file_name(self.facts, kind)
        path = ask_save(self, self.tr("Save the notice letter"), name, f"*.{kind.value}")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Op[Path] | None:
        """Write the letter to ``path`` (.docx or .pdf by the chosen format)."""
        if self.facts is None:
            return None
        kind = self._kind()
        target = path if path.suffix.lower() == f".{kind.value}" else path.with_name(
            f"{path.name}.{kind.value}")
        facts = self._current_facts()
        op = QueryOp(self, self.register, lambda session: write_letter(session, facts, target))
        return op.disabling(self.save_attachment, self.save_file).run()

    def choose_template(self) -> None:
        """Ask for a Word document to be this register's template in the chosen language."""
        path = ask_open(self, self.tr("Choose the letter template"),
                        self.tr("Word documents (*.docx)"))
        if path:
            self.use_template(Path(path))

    def use_template(self, path: Path) -> Op[None]:
        """Keep the Word document at ``path`` as this register's template for the language."""
        language, user = self.chosen_language(), current_user()

        def keep(session: Session) -> None:
            put_register_template(session, language, path.read_bytes(), user=user,
                                  file_name=path.name)

        return WriteOp(self, self.register, keep).success(lambda _none: self.refresh()).run()

    def drop_template(self) -> Op[bool]:
        """Write letters in the chosen language from the default template again."""
        language, user = self.chosen_language(), current_user()
        op = WriteOp(self, self.register, lambda session: use_default_template(
            session, language, user=user))
        return op.success(lambda _dropped: self.refresh()).run()
