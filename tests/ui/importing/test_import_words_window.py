"""The import wizard and the restore dialog speak the person's language.

The preview's counts are written the locale's way with real plural forms; the
saved CSV report has translated headers and the report page's outcome words; the
window's own renewal and direction choices import back in every language; a
backup's reason reads as words.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from contract_desk import i18n
from contract_desk.i18n.formats import FORMATS_ENV
from contract_desk.importers.plan.model import CellProblem
from contract_desk.importers.values.words import parse_direction, parse_renewal
from contract_desk.services.importing.results import ImportResult, RowOutcome
from contract_desk.storage import Register
from contract_desk.storage.backup import BackupInfo
from contract_desk.ui.common.language import install_translators
from contract_desk.ui.detail.contract_form import DIRECTION_LABELS, RENEWAL_LABELS
from contract_desk.ui.importing.wizard import ImportWizard, PreviewPage, write_report
from contract_desk.ui.shell.restore_dialog import RestoreDialog


@pytest.fixture
def speak(qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch
          ) -> Iterator[Callable[[str], None]]:
    installed: list[QTranslator] = []

    def switch(language: str) -> None:
        i18n.use_language(language)
        monkeypatch.setenv(FORMATS_ENV, {"nb": "nb_NO", "ko": "ko_KR", "zh_CN": "zh_Hans_CN",
                                         "en": "en_US"}[language])
        installed.extend(install_translators(qapp, language))

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.use_language("en")


def _result(rows: int, warnings: int) -> ImportResult:
    outcomes = tuple(RowOutcome(row=n + 2, action="created") for n in range(rows - 1))
    skipped = RowOutcome(row=rows + 1, action="skipped", reason="no title")
    problems = tuple(CellProblem(n + 2, f"Sheet!C{n + 2}", "Value", "x", "'x' is no amount",
                                 "warning") for n in range(warnings))
    return ImportResult.from_outcomes((*outcomes, skipped), problems)


def _preview(qtbot: Any, register: Register) -> PreviewPage:
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    page = wizard.page(wizard.pageIds()[2])
    assert isinstance(page, PreviewPage)
    return page


def test_the_preview_counts_are_the_locales_and_plural(
        qtbot: Any, sqlite_register: Register, speak: Callable[[str], None]) -> None:
    page = _preview(qtbot, sqlite_register)
    page._summarise(_result(1234, 1))
    english = page.summary.text()
    assert english.startswith("1,234 rows: 1,233 new, 0 changed, 0 unchanged, 1 skipped.")
    # English's catalog holds the singular of each text with a count.
    assert "1 warning and 0 errors, listed first" in english
    page._summarise(_result(1, 2))
    assert page.summary.text().startswith("1 row: 0 new, 0 changed, 0 unchanged, 1 skipped. "
                                          "2 warnings and 0 errors")
    speak("nb")
    page._summarise(_result(1234, 1))
    norwegian = page.summary.text().replace("\u00a0", " ")
    assert norwegian.startswith("1 234 rader: nye 1 233,")
    assert "1 advarsel og 0 feil, listet først" in norwegian  # the singular where it is one
    assert "1,234" not in norwegian


def test_the_saved_report_speaks_the_language(
        tmp_path: Path, speak: Callable[[str], None]) -> None:
    result = _result(2, 1)
    english = tmp_path / "en.csv"
    write_report(english, result)
    with english.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Row", "Cell", "What happened", "Message"]
    assert ["2", "", "created", ""] in rows and ["3", "", "skipped", "no title"] in rows
    assert ["2", "Sheet!C2", "problem", "'x' is no amount"] in rows
    speak("nb")
    norwegian = tmp_path / "nb.csv"
    write_report(norwegian, result)
    with norwegian.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Rad", "Celle", "Hva som skjedde", "Melding"]
    created = QCoreApplication.translate("ImportWizard", "created")
    assert created != "created" and ["2", "", created, ""] in rows


@pytest.mark.parametrize("language", ["en", "ko", "nb", "zh_CN"])
def test_the_forms_renewal_and_direction_choices_import_back(
        speak: Callable[[str], None], language: str) -> None:
    speak(language)
    for mode, label in RENEWAL_LABELS.items():
        shown = QCoreApplication.translate("ContractForm", label)
        assert parse_renewal(shown) == mode.value, (language, shown)
    for direction, label in DIRECTION_LABELS.items():
        shown = QCoreApplication.translate("ContractForm", label)
        assert parse_direction(shown) == direction.value, (language, shown)


def test_the_restore_dialog_names_the_reason_in_words(
        qtbot: Any, tmp_path: Path, speak: Callable[[str], None]) -> None:
    made = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    backups = [BackupInfo(tmp_path / f"r-{reason}.sqlite3", made, 2048, reason)
               for reason in ("before-upgrade", "manual", "nightly")]
    speak("nb")
    dialog = RestoreDialog(backups, lambda moment: moment.isoformat(), None)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert "før en oppgradering" in texts[0] and "before-upgrade" not in texts[0]
    assert "tatt manuelt" in texts[1]
    assert "nightly" in texts[2]  # someone's own reason, as written
