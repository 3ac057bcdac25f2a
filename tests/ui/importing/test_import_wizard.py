"""The import wizard: file, mapping, preview, import, report, undo — on a real CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_load import wait_until_loaded

from contract_desk.domain.clock import local_today
from contract_desk.services import get_contract, list_contracts
from contract_desk.storage import Register
from contract_desk.ui.importing.wizard import SAMPLES, ImportWizard, write_report

CSV = (
    "Kontraktsregister 2025\n"
    "\n"
    "Avtalenr;Tittel;Leverandør;Startdato;Sluttdato;Beløp;Valuta;Internkode\n"
    "A-1;Renhold;Nordlys Energi AS;01.02.2024;31.01.2026;125 000,50;NOK;4410\n"
    "A-2;Lisenser;Bergen kommune;15.03.2025;14.03.2027;9 990,00;NOK;4420\n"
    "A-3;Kaffe;Fjordkraft AS;01.13.2025;31.12.2026;1 200,00;NOK;4430\n"
)

#: The import wizard still reads and writes the register on the GUI thread
#: (ui/importing/wizard.py, converted to contract_desk.ui.common.ops by the lead): the guard of
#: tests/gui_thread_guard.py fails these tests until then. Strict: remove it once they pass.

@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "kontrakter.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_the_wizard_imports_a_norwegian_csv_and_can_undo_it(
    qtbot, sqlite_register: Register, csv_file: Path, tmp_path: Path
) -> None:
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(csv_file)  # read in the background
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    assert wizard.analysis is not None
    assert len(wizard.analysis.data_rows) == 3
    assert wizard.file_page.isComplete()
    wizard.next()  # mapping
    mapping = wizard.currentPage().overrides()
    assert mapping == {**wizard.analysis.named_mapping(), **{h: "" for h in mapping
                       if h not in wizard.analysis.named_mapping()}}  # every suggestion kept
    assert mapping["Avtalenr"] == "reference" and mapping["Sluttdato"] == "end_date"
    assert mapping["Internkode"] == ""  # no field: kept as a custom field
    page = wizard.currentPage()
    page.currency.setCurrentIndex(page.currency.findData("NOK"))
    wizard.next()  # preview, worked out in the background
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20000)
    preview = wizard.preview
    assert preview is not None and preview.created == 3 and preview.rows_read == 3
    assert any(p.cell.endswith("D6") for p in preview.problems)  # 01.13.2025 is no date
    page = wizard.currentPage()
    warnings = sum(1 for p in preview.problems if p.severity == "warning")
    said = "1 warning" if warnings == 1 else f"{warnings:,} warnings"
    assert f"{said} and 0 errors" in page.summary.text()
    assert page.table.model().rowCount() == 3
    assert page.table.model().index(0, 2).data() == "A-3"  # the row with a problem first
    page.only_problems.setChecked(True)
    assert page.table.model().rowCount() == 1
    assert "D6" in page.table.model().index(0, 4).data()
    page.only_problems.setChecked(False)
    assert page.table.model().rowCount() == 3
    with sqlite_register.transaction() as session:
        assert list_contracts(session, today=local_today()) == []  # preview wrote nothing
    wizard.next()  # import
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    with sqlite_register.transaction() as session:
        row = get_contract(session, "A-1")
    assert row.counterparty == "Nordlys Energi AS"
    assert str(row.value) == "125000.50" and row.currency == "NOK"
    assert row.custom["Internkode"] == "4410"
    report = tmp_path / "report.csv"
    write_report(report, wizard.result)
    assert "D6" in report.read_text(encoding="utf-8-sig")
    page = wizard.currentPage()
    page.undo()  # in the background, like every write of the window
    assert not page.undo_button.isEnabled()  # no second undo while it runs
    qtbot.waitUntil(lambda: page.summary.text().startswith("Undone:"), timeout=20000)
    with sqlite_register.transaction() as session:
        assert list_contracts(session, today=local_today()) == []


def test_a_file_that_is_not_a_spreadsheet_is_explained(
    qtbot, sqlite_register: Register, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.xlsx"
    junk.write_bytes(b"this is not a spreadsheet")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.file_page.open_file(junk)
    qtbot.waitUntil(lambda: "cannot be imported" in wizard.file_page.message.text(),
                    timeout=20000)
    assert not wizard.file_page.isComplete()


REGISTERS = Path(__file__).resolve().parents[4] / "shared" / "registers"


@pytest.mark.skipif(not REGISTERS.is_dir(), reason="../shared/registers is not here")
def test_fields_only_the_importer_knows_are_offered_not_dropped(
    qtbot, sqlite_register: Register
) -> None:
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(REGISTERS / "br_ufrn_contratos.csv")
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    wizard.next()
    assert wizard.currentPage().overrides()["valor"] == "value_with_currency"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    assert wizard.preview is not None and wizard.preview.created == 100
    assert all(row.fields.get("currency") == "BRL" for row in wizard.plan.rows)


def test_the_import_history_lists_imports_and_undoes_one(
    qtbot, sqlite_register: Register, csv_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from contract_desk.importers.plan.pipeline import analyze, build_plan
    from contract_desk.services.importing.batches import commit_import
    from contract_desk.ui.importing.history import ImportHistoryDialog

    with sqlite_register.transaction() as session:
        commit_import(session, build_plan(analyze(csv_file)), user="t", today=local_today())
    dialog = ImportHistoryDialog(sqlite_register)  # reads in the background
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "kontrakter.csv"
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed):
        dialog.undo_selected()
        assert not dialog.undo_button.isEnabled()  # no second undo while it runs
    assert "Undone" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.table.item(0, 8).text() == "undone")
    with sqlite_register.transaction() as session:
        assert list_contracts(session, today=local_today()) == []


def test_a_file_dropped_on_the_window_opens_the_wizard_on_it(
    qtbot, sqlite_register: Register, csv_file: Path
) -> None:
    from contract_desk.ui.shell.main_window import MainWindow

    window = MainWindow(sqlite_register)
    qtbot.addWidget(window)
    wait_until_loaded(qtbot, window)
    wizard = window.open_import(csv_file)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    assert wizard.isVisible() and wizard.file_page.path_edit.text() == str(csv_file)
    assert wizard.analysis is not None and len(wizard.analysis.data_rows) == 3
    wizard.close()


def test_the_last_file_chosen_wins_over_one_still_being_read(
    qtbot, sqlite_register: Register, csv_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.csv"
    other.write_text("Ref;Title\nX-1;One\nX-2;Two\nX-3;Three\nX-4;Four\n", encoding="utf-8")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.file_page.open_file(csv_file)
    wizard.file_page.open_file(other)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    qtbot.wait(200)  # the first read's answer, if it came late, is ignored
    assert wizard.analysis is not None and wizard.analysis.workbook.path == other
    assert len(wizard.analysis.data_rows) == 4


MESSY = (
    "Title;Tender Number;Winning Bidder;Date Effective;Duration;Published;Auto-Renew?;"
    "Estimated Value\n"
    "Cleaning;T-2013-01;Acme Ltd;24/6/2013;2 years;01/05/2013;Y;$120,000.00\n"
    "Security;T-2013-02;Vakt AS;21 October 2013;Three years;02/05/2013;maybe;USD 5,000\n"
    "Canteen;T-2013-03;Mat AS;13/11/2013;2 years with the option for a further one year "
    "extension;03/05/2013;N;7,500.00\n"
)


def _to_mapping(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.show()
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    wizard.next()


def test_the_mapping_page_says_what_each_column_holds_and_points_out_left_out_dates(
        qtbot, sqlite_register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import contract_desk.ui.importing.wizard as wizard_module

    monkeypatch.setattr(wizard_module, "system_currency_code", lambda: "NOK")
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    _to_mapping(qtbot, wizard, path)
    page = wizard.currentPage()
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    fields = page.overrides()
    assert fields["Date Effective"] == "start_date" and fields["Winning Bidder"] == "counterparty"
    assert fields["Duration"] == "initial_term" and fields["Auto-Renew?"] == "renewal"
    holds = page.table.item(rows["Published"], 1)
    assert holds.text() == "dates, not imported — start or end?"  # pointed out, not guessed
    assert page.table.item(rows["Title"], 1).text() == "text"
    # The regional currency is offered, shown, and changeable.
    assert page.currency.currentData() == "NOK" and "region" in page.currency_note.text()
    box = page.boxes[rows["Published"]]
    box.setCurrentIndex(box.findData("signed_on"))
    assert holds.text() == "dates"
    # A mapping that can name no contract is refused on the page, in one sentence.
    for name in ("Title", "Tender Number", "Winning Bidder"):
        page.boxes[rows[name]].setCurrentIndex(page.boxes[rows[name]].findData(""))
    assert not page.validatePage()
    assert "no column is mapped to a title" in page.subTitle()


def test_the_preview_groups_the_same_problem_of_a_column(
        qtbot, sqlite_register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import contract_desk.ui.importing.wizard as wizard_module

    monkeypatch.setattr(wizard_module, "system_currency_code", lambda: None)
    path = tmp_path / "messy.csv"
    lines = MESSY.splitlines()
    path.write_text("\n".join([lines[0], *lines[1:] * 5]) + "\n", encoding="utf-8")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    _to_mapping(qtbot, wizard, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20000)
    summary = wizard.currentPage().summary.text()
    assert summary.count("Auto-Renew?: 5 cells — 'maybe' is not a renewal") == 1
    assert summary.count("Estimated Value: 5 cells — no currency for this amount") == 1


def test_a_printed_reports_page_lines_are_said_once_each(
        sqlite_register: Register, tmp_path: Path) -> None:
    from contract_desk.importers.plan.pipeline import analyze, build_plan
    from contract_desk.services.importing.batches import preview_import
    from contract_desk.ui.importing.wizard import preview_lines
    from tests.importers.header.test_sections import REPORT

    path = tmp_path / "report.csv"
    path.write_text(REPORT, encoding="utf-8")
    analysis = analyze(path)
    assert len(analysis.contract_rows) == 12 and len(analysis.not_contracts) == 4
    plan = build_plan(analysis, default_currency="BRL")
    with sqlite_register.transaction() as session:
        result = preview_import(session, plan, today=local_today())
    footer = next(texts for flagged, texts in preview_lines(plan, result) if texts[0] == "10")
    assert footer[4] == "report!10:10: a page footer of a printed report: not a contract"


def test_the_file_page_counts_data_rows_and_a_reports_page_lines_each_in_its_own_sentence(
        qtbot, sqlite_register: Register, tmp_path: Path, csv_file: Path) -> None:
    from tests.importers.header.test_sections import REPORT

    report = tmp_path / "report.csv"
    report.write_text(REPORT, encoding="utf-8")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(report)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20000)
    assert wizard.file_page.message.text().splitlines()[0] == (
        "12 data rows found. 4 lines of a report's printed pages (footers, the header again) "
        "are not contracts.")
    # A file with no report lines says only how many rows it found (three, each its own).
    wizard.file_page.open_file(csv_file)
    qtbot.waitUntil(lambda: wizard.file_page.message.text().startswith("3 data rows found."),
                    timeout=20000)
    assert "printed pages" not in wizard.file_page.message.text()


def test_a_path_typed_or_pasted_opens_on_enter_and_a_wrong_one_is_said(
    qtbot, sqlite_register: Register, csv_file: Path, tmp_path: Path
) -> None:
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert not page.path_edit.isReadOnly()
    page.path_edit.setText(str(tmp_path / "kontrakter.xlsx"))  # no such file
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    assert page.message.text() == (
        f"There is no file at {tmp_path / 'kontrakter.xlsx'}: check the path, or choose the "
        "file.")
    assert wizard.path is None and not page.isComplete()
    page.path_edit.setText(f'  "{csv_file}" ')  # as Explorer's "Copy as path" gives it
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert wizard.path == csv_file and page.path_edit.text() == str(csv_file)
    assert "3 data rows found" in page.message.text()
    page.path_edit.setText(str(tmp_path / "gone.csv"))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    assert page.message.text() == (
        f"There is no file at {tmp_path / 'gone.csv'}; kontrakter.csv is still the file chosen.")
    assert page.path_edit.text() == str(csv_file) and page.isComplete()


def test_cells_and_headers_of_several_lines_show_on_one_line_with_the_whole_in_a_tooltip(
    qtbot, sqlite_register: Register, tmp_path: Path
) -> None:
    path = tmp_path / "lines.csv"
    path.write_text('Ref;Title;"Start\ndate";End date\n'
                    'A-1;"Cleaning\nall floors";01.02.2024;31.01.2026\n'
                    'A-2;Licences;15.03.2025;14.03.2027\n', encoding="utf-8")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.open_file(path)
    qtbot.waitUntil(page.isComplete, timeout=20000)
    texts = {page.preview.item(r, c).text(): page.preview.item(r, c).toolTip()
             for r in range(page.preview.rowCount()) for c in range(page.preview.columnCount())
             if page.preview.item(r, c) is not None}
    assert texts["Cleaning ↵ all floors"] == "Cleaning\nall floors"
    assert texts["Start ↵ date"] == "Start\ndate"
    assert not any("\n" in text for text in texts)
    wizard.next()
    mapping = wizard.currentPage()
    names = [mapping.table.item(r, 0) for r in range(mapping.table.rowCount())]
    assert names[2].text() == "Start date"  # the header as the importer reads it
    assert mapping.boxes[2].currentData() == "start_date"  # the header still maps
    samples = [mapping.table.item(r, SAMPLES).text() for r in range(mapping.table.rowCount())]
    assert "Cleaning ↵ all floors | Licences" in samples
