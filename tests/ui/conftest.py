"""Qt fixtures: an application named like the real one, settings kept out of the user's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from contract_desk.ui.common.health_style import clear_style_cache


@pytest.fixture(scope="session", autouse=True)
def english_catalog(qapp: QApplication) -> Iterator[None]:
    """The window's English catalog, installed as the app installs it at start: texts
    with a count read "1 contract" and "2 contracts", not the source's "contract(s)"."""
    from contract_desk.ui.common.language import install_translators

    installed = install_translators(qapp, "en")
    assert installed, "contract_desk_en.qm is missing: run python tools/i18n.py release"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Path:
    """QSettings in an INI file under the test's folder, never the user's registry/plist."""
    folder = tmp_path / "qsettings"
    QApplication.setOrganizationName("ContractDeskTests")
    QApplication.setApplicationName("ContractDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    clear_style_cache()
    return folder


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test: each is recorded and answered "no"/"discard".

    A test that needs another answer patches ``QMessageBox.question`` itself.
    """
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton):
        def show(_parent: object, title: str, text: str = "", *_: object, **__: object):
            shown.append((kind, f"{title}: {text}"))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "question", record("question",
                                                        QMessageBox.StandardButton.Discard))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", record("about", QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def speak_window(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the window's and the core's words to a language, as a start in it would;
    English again after the test."""
    from contract_desk import i18n
    from contract_desk.ui.common.language import install_translators

    installed: list[QTranslator] = []

    def switch(language: str) -> None:
        i18n.use_language(language)
        installed.extend(install_translators(qapp, language))

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.use_language("en")
