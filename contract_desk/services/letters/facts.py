"""The facts a notice letter states, gathered from a contract and written in the letter's language.

Who writes (our organisation) and the counterparty's postal address are not
fields of a contract or a party: they are kept as register settings
(``letters.sender`` and ``letters.recipient.<party uid>``), filled in once in the
letter dialog (or given on the command line) and remembered for the next letter.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract_desk.domain.errors import DomainError
from contract_desk.domain.keydates import term_sequence
from contract_desk.i18n import _
from contract_desk.i18n.formats import day_text, formats_named
from contract_desk.models import Party, RegisterSetting
from contract_desk.services.listing.queries import get_contract
from contract_desk.services.register.contract_records import term_spec
from contract_desk.services.register.rows import STORED_FIELDS, ContractRow
from contract_desk.services.register.settings import put_setting

#: The letter languages, each with the locale its dates are written in.
LETTER_LOCALES = {"en": "en", "nb": "nb_NO", "ko": "ko_KR", "zh_CN": "zh_Hans_CN"}
LETTER_LANGUAGES = tuple(LETTER_LOCALES)
SENDER_KEY = "letters.sender"
RECIPIENT_PREFIX = "letters.recipient."


class LetterError(DomainError):
    """A notice letter that cannot be written (no dates to give notice for, a bad template...)."""


@dataclass(frozen=True, slots=True)
class Addressee:
    """One side of the letter: a name, a postal address (lines) and an organisation number."""

    name: str = ""
    address: str = ""
    org_number: str = ""


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """What a notice letter says, as plain values (dates as dates)."""

    language: str
    letter_date: date
    contract_uid: str
    reference: str | None
    title: str
    sender: Addressee
    recipient: Addressee
    recipient_uid: str | None
    signed_on: date | None
    term_start: date | None
    #: The day the contract ends by this notice (its last day).
    end_date: date
    #: The notice deadline of the term it ends; None for an open-ended contract.
    notice_deadline: date | None
    signatory: str

    def context(self) -> dict[str, str]:
        """The template's placeholders, dates written out the letter language's way."""
        formats = formats_named(LETTER_LOCALES[self.language])
        values: dict[str, str] = {}
        for side, person in (("sender", self.sender), ("recipient", self.recipient)):
            for name in ("name", "address", "org_number"):
                values[f"{side}_{name}"] = getattr(person, name).strip()
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, date):
                values[item.name] = formats.long_date(value)
            elif value is None or isinstance(value, str):
                values[item.name] = (value or "").strip()
        return values


def check_language(language: str) -> str:
    """``language`` when a letter can be written in it; else a LetterError naming the choices."""
    if language not in LETTER_LOCALES:
        raise LetterError(_("no notice letter in {language}; choose one of {choices}").format(
            language=repr(language), choices=", ".join(LETTER_LANGUAGES)))
    return language


def stored_sender(session: Session) -> Addressee:
    """Our organisation as the last letter named it (empty the first time)."""
    return _addressee(session.get(RegisterSetting, SENDER_KEY))


def stored_recipient_address(session: Session, party_uid: str | None) -> str:
    """The counterparty's postal address as the last letter to it gave it ("" if none)."""
    if party_uid is None:
        return ""
    return _addressee(session.get(RegisterSetting, RECIPIENT_PREFIX + party_uid)).address


def _addressee(setting: RegisterSetting | None) -> Addressee:
    value: Any = setting.value if setting is not None else None
    if not isinstance(value, dict):
        return Addressee()
    return Addressee(**{name: str(value.get(name) or "") for name in ("name", "address",
                                                                       "org_number")})


def remember_addresses(session: Session, facts: LetterFacts) -> None:
    """Keep the sender and the recipient's address for the next letter."""
    sender = facts.sender
    put_setting(session, SENDER_KEY, {"name": sender.name, "address": sender.address,
                                      "org_number": sender.org_number})
    if facts.recipient_uid is not None:
        put_setting(session, RECIPIENT_PREFIX + facts.recipient_uid,
                    {"address": facts.recipient.address})


def letter_facts(session: Session, key: str, *, language: str, letter_date: date,
                 signatory: str, sender: Addressee | None = None,
                 recipient_address: str | None = None) -> LetterFacts:
    """The facts of a notice given on ``letter_date`` for the contract ``key`` (reference or id).

    The contract ends on the first day notice given that day can end it (the end
    of its current term, or of a later one when that term's deadline has passed;
    for an open-ended contract, by its notice rule). ``sender`` and
    ``recipient_address`` default to the ones remembered in the register.
    """
    check_language(language)
    row = get_contract(session, key, today=letter_date)
    end = _end_by_notice(row, letter_date)
    party = None if row.counterparty_uid is None else session.scalar(
        select(Party).where(Party.uid == row.counterparty_uid))
    address = recipient_address if recipient_address is not None else \
        stored_recipient_address(session, row.counterparty_uid)
    recipient = Addressee(row.counterparty or "", address,
                          (party.org_number or "") if party is not None else "")
    return LetterFacts(
        language=language, letter_date=letter_date, contract_uid=row.uid,
        reference=row.reference, title=row.title,
        sender=sender if sender is not None else stored_sender(session),
        recipient=recipient, recipient_uid=row.counterparty_uid, signed_on=row.signed_on,
        term_start=_term_start(row, end), end_date=end,
        notice_deadline=_deadline(row, end), signatory=signatory,
    )


def _end_by_notice(row: ContractRow, letter_date: date) -> date:
    end = row.earliest_end
    if end is None:
        raise LetterError(_("{contract} has no notice period or no dates: there is no day a "
                            "notice would end it").format(contract=_name(row)))
    if end < letter_date:
        raise LetterError(_("{contract} already ended on {day}").format(
            contract=_name(row), day=day_text(end)))
    return end


def _spec_values(row: ContractRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in STORED_FIELDS}


def _deadline(row: ContractRow, end: date) -> date | None:
    if row.term_end is None:  # open-ended: notice alone ends it, no deadline
        return None
    spec = term_spec(_spec_values(row))
    return None if spec is None else spec.deadline_for(end)


def _term_start(row: ContractRow, end: date) -> date | None:
    if row.current_term_end == end:
        return row.current_term_start
    if row.term_end is None:
        return row.current_term_start
    spec = term_spec(_spec_values(row))
    if spec is None:
        return None
    starts = [start for start, last in term_sequence(spec, end) if last == end]
    return starts[-1] if starts else row.current_term_start


def _name(row: ContractRow) -> str:
    return row.reference or row.title or row.uid
