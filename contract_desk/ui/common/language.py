"""The window in the person's language: our translations and Qt's own, loaded before any widget.

The language is the core's choice (:func:`contract_desk.i18n.choice.current_language`),
so the window, its notifications and the command line speak the same one.
Our texts come from ``contract_desk/resources/translations/contract_desk_<lang>.qm``
(compiled from ``resources/translations/*.ts`` by ``tools/i18n.py release``; English's
holds only the singular and plural of the texts with a count); the
words of Qt's own dialogs (OK, Cancel, the wizard's Back and Next, a text field's
context menu, the file dialog) from Qt's ``qtbase_<lang>.qm``. Qt ships no Norwegian
Bokmål: ours (``qtbase_nb``) holds the words our dialogs show, and Qt's Nynorsk
(``qtbase_nn``) stands behind it for the rest of the file dialog. A missing file
leaves those words in English and is logged; it never stops the window.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from contract_desk.i18n.formats import Formats, current_formats, use_region
from contract_desk.ui.common.formatting import qt_locale

log = logging.getLogger(__name__)

#: Where Qt's own catalogs for a language come from, searched last to first.
QT_CATALOGS: dict[str, tuple[tuple[str, str], ...]] = {
    "ko": (("qt", "qtbase_ko"),),
    "zh_CN": (("qt", "qtbase_zh_CN"),),
    "nb": (("qt", "qtbase_nn"), ("ours", "qtbase_nb")),
}


def translations_folder() -> Path:
    """The folder of our compiled translations (package data)."""
    return Path(str(resources.files("contract_desk") / "resources" / "translations"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators of ``language`` on ``app``; those loaded, in order.

    Qt searches the translator installed last first: Qt's own catalogs go in first,
    ours last, so our words win where both have one.
    """
    loaded: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English has a catalog of ours too: the singular and plural of each text with a
    # count ("1 contract", "2 contracts"), where Qt would show the source's "contract(s)".
    for where, name in (*QT_CATALOGS.get(language, ()), ("ours", f"contract_desk_{language}")):
        folder = qt_folder if where == "qt" else str(translations_folder())
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.warning("no translations %s in %s: those words stay English", name, folder)
    return loaded


def install_formats() -> Formats:
    """Write dates, numbers and money the person's way everywhere, Qt's own widgets too.

    The core's formats take the region from Qt's system locale (which reads each
    platform's own settings), and Qt's default locale becomes the formats' locale,
    so date edits, calendar popups (their first weekday) and number fields agree
    with the table, the notifications and the PDF.
    """
    use_region(QLocale.system().name())
    formats = current_formats()
    QLocale.setDefault(qt_locale(formats))
    log.info("dates, numbers and money written as in %s", formats.name)
    return formats


__all__ = ["QT_CATALOGS", "install_formats", "install_translators", "translations_folder"]
