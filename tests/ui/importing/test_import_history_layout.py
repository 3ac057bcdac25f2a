"""File → Import history fills its width, empty or not, and names each file whole.

Empty, its columns stood as narrow as their headers and half the dialog was blank;
now the file's column takes the room the others leave.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from contract_desk.services.importing.results import ImportBatchRow
from contract_desk.storage import Register
from contract_desk.ui.importing.history import FILE_COLUMN, HEADERS, ImportHistoryDialog

NAME = "Kontraktsregister for Bergen kommune, innkjøpsavdelingen, per 1. desember 2026.xlsx"


def _spread(dialog: ImportHistoryDialog) -> int:
    return sum(dialog.table.columnWidth(column) for column in range(len(HEADERS)))


def _batch() -> ImportBatchRow:
    moment = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    return ImportBatchRow(uid="b1", file_name=NAME, file_sha256="0" * 64, sheet="Ark1",
                          mapping={}, counts={"created": 120, "skipped": 2}, user="kari",
                          started_at=moment, finished_at=moment, undone_at=None)


def test_an_empty_history_fills_the_dialog(qtbot: Any, sqlite_register: Register) -> None:
    dialog = ImportHistoryDialog(sqlite_register, batches=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.table.viewport().width()
    assert abs(_spread(dialog) - width) <= 1, (_spread(dialog), width)
    assert "Nothing has been imported" in dialog.message.text()


def test_a_long_file_name_is_whole_in_its_tooltip(qtbot: Any, sqlite_register: Register) -> None:
    dialog = ImportHistoryDialog(sqlite_register, batches=[_batch()])
    qtbot.addWidget(dialog)
    dialog.resize(700, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    item = dialog.table.item(0, FILE_COLUMN)
    assert item.text() == item.toolTip() == NAME
    assert _spread(dialog) <= dialog.table.viewport().width() + 1  # no column past the edge
    assert dialog.table.item(0, 3).text() == "120"
