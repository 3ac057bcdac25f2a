"""The core's language: which one a run speaks, its catalogs, and every message translated.

The catalogs (contract_desk/locale/*.po) are written by people (and checked
here), the template made by tools/i18n_core.py; the pseudo-translation test
proves that what the core shows a person goes through the catalog.
"""

from __future__ import annotations

import gettext
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from contract_desk import i18n
from contract_desk.domain.reminders import KeyKind, describe, describer, relative_day
from contract_desk.i18n import choice, formats
from contract_desk.notify.messages import notifications_for
from contract_desk.services.reminders.inbox import AlertRow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n_core  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


@pytest.mark.parametrize(("tag", "ours"), [
    ("nb_NO.UTF-8", "nb"), ("no", "nb"), ("nn_NO", "nb"), ("ko_KR.UTF-8", "ko"), ("ko", "ko"),
    ("zh_CN.GB18030", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_GB", "en"),
    ("de_DE.UTF-8", None), ("C.UTF-8", None), ("POSIX", None), ("", None), (None, None),
])
def test_a_locale_tag_asks_for_one_of_our_languages(tag: str | None, ours: str | None) -> None:
    assert choice.match_language(tag) == ours


def test_the_override_wins_then_the_choice_then_the_system(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de:ko_KR")  # German first: not ours, Korean next
    assert choice.current_language() == "ko"
    choice.choose_language("nb")
    assert choice.chosen_language() == "nb" and choice.current_language() == "nb"
    monkeypatch.setenv(choice.LANGUAGE_ENV, "zh_CN")
    assert choice.current_language() == "zh_CN"
    monkeypatch.delenv(choice.LANGUAGE_ENV)
    choice.choose_language(None)  # follow the system again
    assert choice.chosen_language() is None and choice.current_language() == "ko"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert choice.current_language() == "en"
    with pytest.raises(ValueError, match="unknown language 'de'"):
        choice.choose_language("de")


def test_the_catalogs_are_what_the_code_marks() -> None:
    """tools/i18n_core.py update would change nothing: every marked message is in them."""
    for path, content in i18n_core.updated().items():
        assert path.read_bytes() == content, f"{path.name} is stale: run tools/i18n_core.py update"


@pytest.mark.parametrize("language", ["ko", "nb", "zh_CN"])
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    with (ROOT / "contract_desk" / "locale" / f"{language}.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    assert len(catalog) > 20
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert not message.fuzzy, f"{language}: fuzzy: {ids[0]!r}"
        assert all(strings), f"{language}: untranslated: {ids[0]!r}"
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            # A count may be left out where the language says it otherwise ("i dag").
            assert set(PLACEHOLDER.findall(text)) <= wanted | {"{count}", "{days}"}, text
            assert set(PLACEHOLDER.findall(text)) >= wanted - {"{count}", "{days}"}, text


def test_reminders_speak_norwegian_korean_and_chinese(monkeypatch) -> None:
    # Each language's own dates (no regional format on this system: LANG=C).
    monkeypatch.delenv(formats.FORMATS_ENV, raising=False)
    formats.use_region("C")
    day = date(2026, 1, 5)
    try:
        i18n.use_language("nb")
        assert describe(KeyKind.NOTICE_DEADLINE, day, 30, "L-1 Kontor") == (
            "Oppsigelsesfrist om 30 dager (05.01.2026): L-1 Kontor")
        assert relative_day(-1) == "forfalt for 1 dag siden"
        i18n.use_language("ko")
        assert describe(KeyKind.DUE, day, -3, "L-1 임대") == (
            "이행 기한 — 3일 경과 (2026. 1. 5.): L-1 임대")
        i18n.use_language("zh_CN")
        assert describe(KeyKind.TERM_END, day, 0, "L-1 租赁") == (
            "到期日 — 今天（2026/1/5）：L-1 租赁")
        i18n.use_language("en")
        assert describe(KeyKind.TERM_END, day, 0, "L-1 Lease") == (
            "Term end is today (2026-01-05): L-1 Lease")
    finally:
        i18n.use_language("en")
        formats.use_region(None)


@pytest.mark.parametrize("language", ["en", "nb", "ko", "zh_CN"])
def test_many_lines_at_once_say_what_one_line_says(monkeypatch, language: str) -> None:
    # The inbox and a check's notifications write tens of thousands of lines with one
    # describer (sentences, labels and dates each written once): word for word the same.
    monkeypatch.delenv(formats.FORMATS_ENV, raising=False)
    formats.use_region("C")
    try:
        i18n.use_language(language)
        line = describer()
        for kind in KeyKind:
            for offset in (-400, -2, -1, 0, 1, 2, 5, 21, 90, 365):
                for day in (date(2026, 1, 5), date(2028, 2, 29), date(2026, 12, 31)):
                    for about in ("L-1 Kontor", "L-2 임대", "L-3 租赁", ""):
                        assert line(kind, day, offset, about) == describe(
                            kind, day, offset, about)
                        assert line(kind.value, day, offset, about) == describe(
                            kind.value, day, offset, about)
    finally:
        i18n.use_language("en")
        formats.use_region(None)


def _pseudo(text: str) -> str:
    """Marked and about 40 % longer; placeholders kept."""
    pieces = re.split(r"(\{[a-z_]+\})", text)
    accented = "".join(piece if piece.startswith("{") else piece.translate(
        str.maketrans("aeiouAEIOU", "àéîõüÀÉÎÕÜ")) for piece in pieces)
    return f"⟦{accented}{'·' * max(1, len(text) * 2 // 5)}⟧"


class Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return _pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return _pseudo(singular if n == 1 else plural)


def _row(number: int, *, escalated: bool = False) -> AlertRow:
    return AlertRow(
        id=number, target_type="contract", target_uid=f"u{number}", contract_uid=f"c{number}",
        reference=f"R-{number}", contract_title="Lease", obligation_uid=None,
        obligation_title=None, kind="notice_deadline", key_date=date(2026, 1, number),
        offset_days=0, due_on=date(2026, 1, number),
        title=describe(KeyKind.NOTICE_DEADLINE, date(2026, 1, number), -number, f"R-{number}"),
        escalated=escalated, notified_at=None, acknowledged_at=None, acknowledged_by=None,
        snoozed_until=None, decision=None, decision_note=None, withdrawn=False)


def test_under_a_pseudo_language_every_word_of_a_notification_is_marked() -> None:
    """What the core shows (alert titles, notifications, key-date words) goes through the
    catalog: under a pseudo-translation no English word is left outside a mark."""
    i18n.use_translations(Pseudo(), "pseudo")
    shown = [*notifications_for([_row(1), _row(2, escalated=True)], threshold=3,
                                escalation_contact="boss"),
             *notifications_for([_row(day) for day in range(1, 6)], threshold=3,
                                escalation_contact="boss")]
    texts = [relative_day(days) for days in (-2, -1, 0, 1, 9)] + [k.label for k in KeyKind]
    for note in shown:
        texts += [note.title, *note.message.split("\n")]
    for text in texts:
        outside = text
        while re.search(r"⟦[^⟦⟧]*⟧", outside):  # marks nest: a label inside a sentence
            outside = re.sub(r"⟦[^⟦⟧]*⟧", "", outside)
        # Left outside a mark: data only (references, dates, the contact, the app's name).
        leftover = re.sub(r"R-\d+|\d{4}-\d{2}-\d{2}|boss|Contract Desk|[\s():,.·…]", "",
                          outside)
        assert leftover == "", f"not translated: {text!r}"
