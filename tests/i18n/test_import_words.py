"""The importer reads the program's own words back and writes its counts the person's way.

A status or renewal column holding the words the program shows (its table, its
export, its form) in Korean, Norwegian or Chinese imports with the right values;
no such word means two values in any pair of languages. Counts inside the
importer's sentences follow the locale ("1 234" in Norwegian, not "1,234", which
reads as a decimal there), and the sentences use real plural forms.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from contract_desk import i18n
from contract_desk.cli.import_cmd import mapped_field
from contract_desk.domain.lifecycle import STATUS_WORDS, Lifecycle
from contract_desk.domain.terms import RenewalMode
from contract_desk.exporters.words import OBLIGATION_KINDS, OBLIGATION_STATES, RENEWALS
from contract_desk.i18n.every_language import in_language, shipped_languages
from contract_desk.i18n.formats import FORMATS_ENV
from contract_desk.importers.plan.obligation_sheet import coded
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.plan.problem_groups import ProblemGroup
from contract_desk.importers.values import words
from contract_desk.importers.values.notice_words import NOTICE_TO_TABLE
from contract_desk.importers.values.program_words import (
    SOURCES,
    ambiguous_words,
    with_program_words,
)
from contract_desk.storage.backup import REASON_WORDS, reason_words

LANGUAGES = ("ko", "nb", "zh_CN")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


@pytest.mark.parametrize("language", shipped_languages())
def test_every_status_word_the_program_shows_reads_back_as_its_status(language: str) -> None:
    for status in Lifecycle:
        shown = in_language(STATUS_WORDS[status.value], language)
        assert words.parse_status(shown) == status.value, (language, shown)
        assert words.parse_status(shown.upper()) == status.value  # case does not matter


@pytest.mark.parametrize("language", shipped_languages())
def test_every_renewal_word_the_export_writes_reads_back(language: str) -> None:
    for mode, source in RENEWALS.items():
        shown = in_language(source, language)
        assert words.parse_renewal(shown) == RenewalMode(mode).value, (language, shown)


def test_the_glossarys_words_are_understood() -> None:
    assert words.parse_status("生效中") == "active"  # the table had only 生效
    assert words.parse_status("Aktiv") == "active"
    assert words.parse_status("활성") == "active"
    assert words.parse_status("Sagt opp") == "terminated"
    assert words.parse_status("已归档") == "archived"
    assert words.parse_renewal("Fornyelse ved opsjon") == "option"
    assert words.parse_renewal("선택적 갱신") == "option"


def test_a_shown_only_status_is_not_guessed() -> None:
    # "Upcoming" is an approved or active contract not begun: shown, never stored.
    with pytest.raises(ValueError, match="is not a status"):
        words.parse_status(in_language(STATUS_WORDS["upcoming"], "nb"))


def test_no_program_word_means_two_values_in_any_language() -> None:
    hands = {"status": words.STATUS_WORDS, "renewal": words.RENEWAL_WORDS,
             "notice_to": words.build(NOTICE_TO_TABLE)}
    for kind in SOURCES:
        assert ambiguous_words(kind, hands.get(kind, {})) == [], kind


def test_an_ambiguous_program_word_is_left_out_not_guessed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # If a translation ever named two states alike, neither gets the word.
    monkeypatch.setitem(SOURCES, "status", {"active": "Active", "expired": "Active"})
    everywhere = {words.word_key(in_language("Active", language))
                  for language in shipped_languages()}
    assert set(ambiguous_words("status", {})) == everywhere
    assert not set(with_program_words("status", {})) & everywhere
    # A hand-written word meaning another value keeps its meaning.
    monkeypatch.setitem(SOURCES, "status", {"expired": "Active"})
    assert "active" in ambiguous_words("status", words.STATUS_WORDS)
    assert with_program_words("status", words.STATUS_WORDS)["active"] == "active"


@pytest.mark.parametrize("language", LANGUAGES)
def test_obligation_kinds_and_states_in_the_programs_words_become_codes(language: str) -> None:
    for code, source in OBLIGATION_KINDS.items():
        assert coded("kind", in_language(source, language)) == code
    for code, source in OBLIGATION_STATES.items():
        assert coded("status", in_language(source, language)) == code
    assert coded("kind", "payment") == "payment"  # a code stays itself
    assert coded("status", "half done") == "half done"  # validation names it later


def test_a_sheet_in_the_programs_own_words_imports_with_the_right_values(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Reference", "Title", "Status", "Renewal", "Renewal term", "End date",
                  "Value", "Currency"])
    rows = [("K-1", "유효", "자동 갱신"), ("K-2", "해지됨", "갱신 없음"),
            ("N-1", "Aktiv", "Fornyelse ved opsjon"), ("N-2", "Utløpt", "Ingen fornyelse"),
            ("Z-1", "生效中", "自动续约"), ("Z-2", "已归档", "选择续约"),
            ("N-3", "Til gjennomgang", "Automatisk (stilltiende)")]
    for reference, status, renewal in rows:
        sheet.append([reference, f"Contract {reference}", status, renewal, "12 months",
                      date(2027, 6, 30), 1000, "NOK"])
    path = tmp_path / "own-words.xlsx"
    book.save(path)
    plan = build_plan(analyze(path), default_currency="NOK")
    got = {row.fields["reference"]: (row.fields.get("status"), row.fields.get("renewal"))
           for row in plan.rows}
    assert got == {"K-1": ("active", "automatic"), "K-2": ("terminated", "none"),
                   "N-1": ("active", "option"), "N-2": ("expired", "none"),
                   "Z-1": ("active", "automatic"), "Z-2": ("archived", "option"),
                   "N-3": ("in_review", "automatic")}
    assert all(not row.problems for row in plan.rows)
    assert all(row.fields["value"] == Decimal(1000) for row in plan.rows)


def test_counts_in_import_sentences_are_written_the_locales_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    group = ProblemGroup("Status", "error", "'x' is not a status", 1234, ("A2",))
    monkeypatch.setenv(FORMATS_ENV, "nb_NO")
    i18n.use_language("nb")
    text = group.text()
    assert "1\u00a0234 celler" in text and "1 229" in text.replace("\u00a0", " ")
    assert "1,234" not in text
    monkeypatch.setenv(FORMATS_ENV, "en_US")
    i18n.use_language("en")
    assert "1,234 cells" in group.text()


def test_import_sentences_have_real_plural_forms() -> None:
    i18n.use_language("nb")
    one = i18n.ngettext("Row {rows} below the data looks like notes and is not imported.",
                        "Rows {rows} below the data look like notes and are not imported.", 1)
    many = i18n.ngettext("Row {rows} below the data looks like notes and is not imported.",
                         "Rows {rows} below the data look like notes and are not imported.", 2)
    assert one.startswith("Rad {rows}") and many.startswith("Radene {rows}")


def test_a_mapping_line_names_the_field_in_words_with_its_key_for_map() -> None:
    assert mapped_field("title") == "title"  # the word is the key: said once
    assert mapped_field("end_date") == "end date [end_date]"
    assert mapped_field("value_with_currency") == "value with its currency [value_with_currency]"
    i18n.use_language("nb")
    assert mapped_field("end_date") == f"{in_language('end date', 'nb')} [end_date]"
    assert mapped_field("title") == f"{in_language('title', 'nb')} [title]"


def test_backup_reasons_are_words_in_the_persons_language() -> None:
    assert reason_words("before-upgrade") == "before an upgrade"
    i18n.use_language("ko")
    for reason, source in REASON_WORDS.items():
        assert reason_words(reason) == in_language(source, "ko") != source
    assert reason_words("nightly") == "nightly"  # a reason someone chose stays as written
