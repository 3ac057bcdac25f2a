"""No clipped text: under a 40 % longer pseudo-translation and the real Korean, Norwegian
Bokmål and Chinese ones, every text the window shows fits its widget.

The main window (1280×800, as on a common laptop) shows each view in turn (table with
the detail pane, timeline, dashboard, alerts inbox), the import wizard walks its pages
on a small CSV (file, mapping, preview, report), and every dialog of the pseudo-locale
walk (test_pseudo_locale.py) is shown at the size it opens with. tests/ui/i18n/fit_walk.py
measures each visible label, button, group box title, tab, header section, combo box
and placeholder with the widget's own font and size hint, and whether a parent cuts it
off where nothing scrolls; a failure names where, the widget and the text, what it
needs and what it has.

Not exact: the charts of the dashboard and the timeline are painted, not widgets; of
them only the dashboard's month axis is checked (each month's name, on at most two
lines, against the slot the chart gives it). Chart titles wrap; bar captions and lane
names elide by design, with the whole text in a tooltip; neither is measured.
The window's minimum width must fit 1280 pixels in each real language; under the
pseudo-translation it does not (about 1,480: the detail pane's five tabs, the alerts
inbox's buttons and the saved views are each 40 % wider), so the window opens wider
there and its texts are measured at that width.
Texts are measured with the fonts this machine has (DejaVu; Noto CJK for Korean and
Chinese): another font may be a little wider or narrower.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fit_walk import Fit, fit_widget
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from test_pseudo_locale import CorePseudo, _dialogs, filled, i18n_tool
from window_load import wait_until_loaded

from contract_desk import i18n
from contract_desk.storage import Register
from contract_desk.ui.common.language import install_translators
from contract_desk.ui.importing.wizard import ImportWizard
from contract_desk.ui.shell.main_window import MainWindow

__all__ = ["filled"]  # the pseudo-locale test's register, used here as a fixture

WINDOW_SIZE = (1280, 800)
#: Time for what a shown view queues for itself (relayouts, scroll bars appearing).
SETTLED_MS = 100
VIEWS = ("table", "timeline", "dashboard", "alerts inbox")
CSV = (
    "Avtalenr;Tittel;Leverandør;Startdato;Sluttdato;Beløp;Valuta\n"
    "A-1;Renhold;Nordlys Energi AS;01.02.2024;31.01.2026;125 000,50;NOK\n"
    "A-2;Lisenser;Bergen kommune;15.03.2025;14.03.2027;9 990,00;NOK\n"
    "A-3;Kaffe;Fjordkraft AS;01.13.2025;31.12.2026;1 200,00;NOK\n"
)


@pytest.fixture(params=["pseudo", "nb", "ko", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication,
             tmp_path: Path) -> Iterator[str]:
    """The window's and the core's catalogs of one language, installed before any widget."""
    if request.param == "pseudo":
        translator = QTranslator(qapp)
        assert translator.load(str(i18n_tool().pseudo(tmp_path / "pseudo")))
        qapp.installTranslator(translator)
        translators = [translator]
        i18n.use_translations(CorePseudo(), "pseudo")
    else:
        translators = install_translators(qapp, request.param)
        i18n.use_language(request.param)
    try:
        yield request.param
    finally:
        i18n.use_language("en")
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.fixture
def window(language: str, qtbot: Any, filled: Register) -> MainWindow:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    wait_until_loaded(qtbot, window)
    return window


def _views(window: MainWindow, settle: Callable[..., None], qtbot: Any, fit: Fit,
           language: str) -> None:
    window.table.selectRow(0)
    settle()
    if language != "pseudo":  # 40 % longer everywhere is wider than a 1280 screen
        fit.where = "main window"
        fit.need(window, "its minimum width", window.minimumSizeHint().width(), WINDOW_SIZE[0])
    for index, view in enumerate(VIEWS):
        window.show_view(index)
        settle()
        qtbot.wait(SETTLED_MS)  # laid out as a person sees it (queued relayouts, scroll bars)
        fit_widget(fit, window, f"main window, {view}")


def _wizard(window: MainWindow, qtbot: Any, tmp_path: Path, fit: Fit) -> None:
    """The import wizard's pages, as a person steps through them."""
    csv = tmp_path / "kontrakter.csv"
    csv.write_text(CSV, encoding="utf-8")
    wizard = window.open_import()
    assert isinstance(wizard, ImportWizard)
    qtbot.addWidget(wizard)
    fit_widget(fit, wizard, "import wizard, file")
    wizard.file_page.open_file(csv)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20_000)
    fit_widget(fit, wizard, "import wizard, file read")
    wizard.next()
    fit_widget(fit, wizard, "import wizard, mapping")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    fit_widget(fit, wizard, "import wizard, preview")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    QCoreApplication.processEvents()
    fit_widget(fit, wizard, "import wizard, report")
    wizard.close()


def _shown_dialogs(window: MainWindow, qtbot: Any, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch, fit: Fit) -> None:
    def shown_then_rejected(dialog: QDialog) -> int:
        _show(dialog, qtbot, fit)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", shown_then_rejected)
    window.table.choose_columns()
    window.table.show_legend()
    for dialog in _dialogs(window, window.register, tmp_path):
        qtbot.addWidget(dialog)
        _show(dialog, qtbot, fit)


def _show(dialog: QWidget, qtbot: Any, fit: Fit) -> None:
    """Show ``dialog`` at the size it opens with, measure it, close it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    QCoreApplication.processEvents()
    fit_widget(fit, dialog, dialog.objectName() or type(dialog).__name__)
    dialog.hide()


def test_every_text_fits_its_widget(
        window: MainWindow, language: str, settle: Callable[..., None], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fit = Fit()
    _views(window, settle, qtbot, fit, language)
    _shown_dialogs(window, qtbot, tmp_path, monkeypatch, fit)
    _wizard(window, qtbot, tmp_path, fit)
    if fit.failures:
        pytest.fail(f"clipped in {language}:\n" + "\n".join(fit.failures), pytrace=False)
    # The walk measured the window at work (labels, buttons, headers...), not an empty one.
    assert fit.measured > 400, fit.measured
