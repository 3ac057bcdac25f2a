"""File → Export… in the window: what is exported, where, and what goes wrong."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from window_load import wait_until_loaded

from contract_desk.services import create_contract
from contract_desk.storage import open_register
from contract_desk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    register = open_register(tmp_path / "export.sqlite3")
    with register.transaction() as session:
        for n, (title, status) in enumerate((("Lease", "active"), ("Cleaning", "active"),
                                             ("=HYPERLINK(\"x\")", "draft"))):
            create_contract(session, {"reference": f"E-{n}", "title": title, "status": status,
                                      "start_date": date(2025, 1, 1),
                                      "end_date": date(2027, 12, 31)}, user="t")
    window = MainWindow(register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    yield window
    register.close()


def test_the_current_view_goes_to_excel_with_the_visible_columns(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.search.setText("E-1")
    window._apply_search()
    dialog = window.open_export()
    assert "(1)" in dialog.scope_view.text() and dialog.scope_view.isChecked()
    target = tmp_path / "view.xlsx"
    dialog.path.setText(str(target))
    dialog.visible_only.setChecked(True)
    dialog.run()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    sheet = openpyxl.load_workbook(target, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and "E-1" in rows[1] and "Cleaning" in rows[1]
    assert "Reference" in rows[0] and "Health" in rows[0]
    assert "Exported 1 contract to" in window.statusBar().currentMessage()


def test_everything_goes_to_a_calendar_and_a_contract_to_a_pdf_sheet(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.open_export()
    dialog.format.setCurrentIndex(dialog.format.findData("ics"))
    assert dialog.path.text().endswith(".ics") and dialog.horizon.isEnabled()
    dialog.scope_all.setChecked(True)
    dialog.path.setText(str(tmp_path / "dates.ics"))
    dialog.run()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert (tmp_path / "dates.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert window.select_uid(window.model.item_at(0).row.uid)
    sheet = window.open_export()
    sheet.format.setCurrentIndex(sheet.format.findData("pdf"))
    assert sheet.scope_one.isEnabled()
    sheet.scope_one.setChecked(True)
    sheet.path.setText(str(tmp_path / "one.pdf"))
    sheet.run()  # read in the background, drawn here
    assert not sheet.export_button.isEnabled()  # no second export while it runs
    qtbot.waitUntil(lambda: sheet.result is not None, timeout=10_000)
    assert sheet.result is not None and sheet.result.contracts == 1
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")


def test_a_missing_folder_is_said_plainly_and_nothing_is_written(
        window: MainWindow, tmp_path: Path) -> None:
    dialog = window.open_export()
    dialog.path.setText(str(tmp_path / "no" / "such" / "place.xlsx"))
    dialog.run()
    assert "does not exist" in dialog.problem.text() and dialog.result is None
    assert not (tmp_path / "no").exists()
    dialog.reject()
