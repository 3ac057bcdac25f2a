"""The window's language: our catalogs and Qt's own words, and the Settings → Language dialog."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from contract_desk.i18n import choice
from contract_desk.ui.common.language import install_translators, translations_folder
from contract_desk.ui.shell.language_dialog import LanguageDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def installed(qapp: QCoreApplication) -> Iterator[Callable[[str], list[QTranslator]]]:
    done: list[QTranslator] = []

    def install(language: str) -> list[QTranslator]:
        done.extend(install_translators(qapp, language))
        return done

    yield install
    for translator in done:
        qapp.removeTranslator(translator)


def _button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> str:
    button = box.button(which)
    assert button is not None
    return button.text()


def test_norwegian_bokmal_has_its_own_words_for_qts_buttons_with_nynorsk_behind(
        qtbot: object, installed: Callable[[str], list[QTranslator]]) -> None:
    names = [Path(t.filePath()).stem for t in installed("nb")]
    assert names[:2] == ["qtbase_nn", "qtbase_nb"]  # ours searched first
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Discard)
    assert _button(box, QDialogButtonBox.StandardButton.Save) == "Lagre"  # not Nynorsk "Lagra"
    assert _button(box, QDialogButtonBox.StandardButton.Cancel) == "Avbryt"
    wizard = QWizard()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button is not None and next_button.text() == "&Neste >"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Merk alt"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Fil&navn:"
    # What ours leaves out still comes in Norwegian, from Qt's Nynorsk.
    assert QCoreApplication.translate("QColorDialog", "&Red:") == "&Raud:"


@pytest.mark.parametrize(("language", "cancel"), [("ko", "취소"), ("zh_CN", "取消")])
def test_korean_and_chinese_get_qts_own_words(
        qtbot: object, installed: Callable[[str], list[QTranslator]], language: str,
        cancel: str) -> None:
    installed(language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert _button(box, QDialogButtonBox.StandardButton.Cancel) == cancel


def test_english_installs_only_its_singulars_and_plurals(
        installed: Callable[[str], list[QTranslator]]) -> None:
    # Qt's own words are English already; ours, the forms of the texts with a count.
    assert [Path(t.filePath()).stem for t in installed("en")] == ["contract_desk_en"]
    status = "Status of {0} contract(s):"
    assert QCoreApplication.translate("BulkActions", status, "", 1) == "Status of {0} contract:"
    assert QCoreApplication.translate("BulkActions", status, "", 3) == "Status of {0} contracts:"
    assert QCoreApplication.translate("BulkActions", "Bulk edit") == "Bulk edit"


def test_our_qtbase_nb_is_compiled_from_its_source(tmp_path: Path) -> None:
    here = str(Path(sys.executable).parent)
    lrelease = shutil.which("pyside6-lrelease", path=here) or shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease comes with PySide6"
    subprocess.run([lrelease, str(ROOT / "resources" / "translations" / "qtbase_nb.ts"), "-qm",
                    str(tmp_path / "qtbase_nb.qm")], check=True, capture_output=True)
    assert (tmp_path / "qtbase_nb.qm").read_bytes() == (
        translations_folder() / "qtbase_nb.qm").read_bytes(), "run tools/i18n.py release"


def test_the_language_dialog_keeps_the_choice_for_the_next_start(
        qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "ko_KR")
    dialog = LanguageDialog()
    assert dialog.combo.itemText(0) == "Follow the system (한국어)"
    assert [dialog.combo.itemText(i) for i in range(1, dialog.combo.count())] == [
        "English", "한국어", "Norsk bokmål", "简体中文"]
    dialog.combo.setCurrentIndex(dialog.combo.findData("nb"))
    assert dialog.changes_language()
    dialog.accept()
    assert choice.chosen_language() == "nb" and choice.current_language() == "nb"
    again = LanguageDialog()
    assert again.combo.currentData() == "nb"
    again.combo.setCurrentIndex(0)
    again.accept()
    assert choice.chosen_language() is None and choice.current_language() == "ko"
