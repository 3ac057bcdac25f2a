"""Where the window's file dialogs open and what names they propose."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from contract_desk.exporters import ExportFormat
from contract_desk.ui.common import save_to
from contract_desk.ui.common.save_to import (
    ask_open,
    ask_open_many,
    ask_save,
    documents_folder,
    file_stem,
    start_folder,
)
from contract_desk.ui.shell.export_dialog import default_name
from tests.conftest import SUITE_TODAY

DAY = date(2026, 12, 7)
#: What no file name may hold on Windows (and "/" nowhere).
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class Dialogs:
    """QFileDialog's static functions, answering as a person would and noting the folder
    (or path) each was opened with."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_at: list[str] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, self._one)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._many)

    def _one(self, _parent: Any, _title: str, where: str, _filters: str = "") -> tuple[str, str]:
        self.opened_at.append(where)
        return self.answer, ""

    def _many(self, _parent: Any, _title: str, where: str,
              _filters: str = "") -> tuple[list[str], str]:
        self.opened_at.append(where)
        return ([self.answer] if self.answer else []), ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def test_a_file_stem_holds_nothing_a_file_system_refuses() -> None:
    assert file_stem('Q3: "draft" <A/B> report?') == "Q3- -draft- -A-B- report-"
    assert file_stem("  report. ") == "report"  # Windows drops a trailing dot or space
    assert file_stem("계약 대장") == "계약 대장"
    assert file_stem("合同\t台账") == "合同 台账"
    assert file_stem(":/\\") == "-"
    assert file_stem(" ... ") == "file"
    assert len(file_stem("x" * 400)) == 150


@pytest.mark.parametrize("language", ["en", "nb", "ko", "zh_CN"])
def test_an_exports_suggested_name_is_in_the_windows_language(
        speak_window: Callable[[str], None], language: str) -> None:
    speak_window(language)
    names = {kind: default_name(kind, DAY) for kind in ExportFormat}
    for kind, name in names.items():
        assert name.endswith(f"-2026-12-07.{kind.value}")
        assert not FORBIDDEN.search(name), name
    stems = {name.rsplit("-2026", 1)[0] for name in names.values()}
    # A register, its deadlines and a report: three different names (xlsx and csv share one).
    assert len(stems) == 3
    english = {"contract-register", "contract-deadlines", "contract-report"}
    if language == "en":
        assert stems == english
    else:
        assert not stems & english, stems


def test_the_first_dialog_opens_in_documents_and_the_next_where_the_last_file_went(
        dialogs: Dialogs, tmp_path: Path) -> None:
    documents = documents_folder()
    assert documents.is_absolute() and documents.is_dir()
    assert ask_save(None, "Save", "timeline-2026-12-07.png") == ""  # cancelled
    assert dialogs.opened_at == [str(documents / "timeline-2026-12-07.png")]
    assert start_folder() == documents  # a cancelled dialog remembers nothing
    chosen = tmp_path / "exports" / "t.png"
    chosen.parent.mkdir()
    dialogs.answer = str(chosen)
    assert ask_save(None, "Save", "t.png") == str(chosen)
    assert start_folder() == chosen.parent
    assert ask_open(None, "Open") == str(chosen)
    assert dialogs.opened_at[-1] == str(chosen.parent)
    elsewhere = tmp_path / "proofs" / "letter.pdf"
    elsewhere.parent.mkdir()
    dialogs.answer = str(elsewhere)
    assert ask_open_many(None, "Attach") == [str(elsewhere)]
    assert dialogs.opened_at[-1] == str(chosen.parent)
    assert start_folder() == elsewhere.parent


def test_a_remembered_folder_since_removed_gives_way_to_documents(
        dialogs: Dialogs, tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    save_to.remember_folder(gone / "register.xlsx")
    assert start_folder() == gone
    gone.rmdir()
    assert start_folder() == documents_folder()


def test_the_timeline_export_proposes_a_dated_name_in_a_real_folder(
        qtbot: Any, dialogs: Dialogs, speak_window: Callable[[str], None],
        sqlite_register: Any) -> None:
    from contract_desk.ui.shell.main_window import MainWindow

    speak_window("ko")
    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    window.timeline.export()
    suggested = Path(dialogs.opened_at[-1])
    # Not a bare "timeline.png", which a dialog opens in the program's working folder.
    assert suggested.is_absolute() and suggested.parent == documents_folder()
    assert suggested.name == f"타임라인-{SUITE_TODAY.isoformat()}.png"


def test_the_import_wizard_opens_and_saves_its_report_in_real_folders(
        qtbot: Any, dialogs: Dialogs, speak_window: Callable[[str], None],
        sqlite_register: Any) -> None:
    from contract_desk.ui.importing.wizard import ImportWizard, ReportPage

    speak_window("nb")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.file_page.choose()  # cancelled
    assert dialogs.opened_at == [str(documents_folder())]
    report = next(page for page in map(wizard.page, wizard.pageIds())
                  if isinstance(page, ReportPage))
    report.save_report()  # cancelled: nothing imported, nothing written
    suggested = Path(dialogs.opened_at[-1])
    assert suggested == documents_folder() / f"importrapport-{SUITE_TODAY.isoformat()}.csv"
