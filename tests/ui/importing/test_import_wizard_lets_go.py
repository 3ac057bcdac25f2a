"""The import wizard keeps only the sheet's top rows once it has planned it: going Back and
previewing again reads the file again, and shows and imports what the whole sheet holds."""

from __future__ import annotations

from pathlib import Path

from contract_desk.domain.clock import local_today
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.services import list_contracts
from contract_desk.services.importing.steps import rehearse_plan
from contract_desk.storage import Register
from contract_desk.ui.importing.wizard import ImportWizard, named_lines, preview_lines

HEADER = "Avtalenr;Tittel;Leverandør;Startdato;Sluttdato;Beløp;Valuta;Internkode\n"
#: More data rows than a sheet's head keeps (its first 200).
ROWS = 260


def _csv(path: Path) -> Path:
    lines = [f"A-{n};Avtale {n};Leverandør {n % 9} AS;01.02.2024;31.01.2026;"
             f"{1000 + n},00;NOK;{4400 + n}\n" for n in range(ROWS)]
    lines[17] = "A-17;Kaffe;Fjordkraft AS;i fjor;31.12.2026;1 200,00;NOK;4417\n"
    path.write_text("Kontraktsregister\n\n" + HEADER + "".join(lines), encoding="utf-8")
    return path


def _preview(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()  # the preview, worked out in the background
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=30000)


def test_back_and_next_read_the_file_again_and_import_every_row(
        qtbot, sqlite_register: Register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _csv(tmp_path / "kontrakter.csv")
    wizard = ImportWizard(sqlite_register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30000)
    wizard.next()  # mapping
    _preview(qtbot, wizard)
    first = wizard.preview
    assert first is not None and first.rows_read == ROWS and first.created == ROWS
    assert wizard.plan is not None and wizard.plan.released  # its rows were let go
    assert wizard.analysis is not None and not wizard.analysis.sheet.complete
    page = wizard.currentPage()
    assert page.table.model().rowCount() == ROWS
    assert page.table.model().index(0, 2).data() == "A-17"  # the row with a problem first
    assert page.table.model().index(1, 3).data() == "Avtale 0"
    wizard.back()  # the mapping page still shows the samples
    mapping = wizard.currentPage()
    assert mapping.table.rowCount() >= 1
    box = mapping.boxes[list(wizard.analysis.header.columns).index("Internkode")]
    box.setCurrentIndex(box.findData("project"))  # Internkode into the project field
    _preview(qtbot, wizard)  # read again from the file: every row, not only the head
    again = wizard.preview
    assert again is not None and again.rows_read == ROWS and again.created == ROWS
    assert [(o.row, o.action) for o in again.outcomes] == [
        (o.row, o.action) for o in first.outcomes]
    assert wizard.plan is not None and wizard.plan.mapping["Internkode"] == "project"
    assert [o.changes["project"] for o in again.outcomes[:2]] == [[None, "4400"], [None, "4401"]]
    wizard.back()
    wizard.back()  # the file page: choosing the sheet again reads the file again
    wizard.file_page.reanalyse()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30000)
    assert wizard.analysis is not None and wizard.analysis.sheet.complete
    assert len(wizard.analysis.data_rows) == ROWS
    wizard.next()
    _preview(qtbot, wizard)
    wizard.next()  # import
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30000)
    assert wizard.result is not None and wizard.result.created == ROWS
    with sqlite_register.reading() as session:
        stored = list_contracts(session, today=local_today())
    assert len(stored) == ROWS
    assert {row.reference for row in stored} == {f"A-{n}" for n in range(ROWS)}


def test_the_lines_named_as_rehearsed_are_the_plans_lines(
        sqlite_register: Register, tmp_path: Path) -> None:
    plan = build_plan(analyze(_csv(tmp_path / "kontrakter.csv")), default_currency="NOK")
    result = rehearse_plan(sqlite_register, plan, user="kari", today=local_today()).result
    names = {row.row: (str(row.fields.get("reference") or ""),
                       str(row.fields.get("title") or "")) for row in plan.rows}
    lines = named_lines(result, names)
    assert lines == preview_lines(plan, result)
    assert len(lines) == ROWS and lines[0][0] and not lines[-1][0]
    assert lines[0][1][2:4] == ("A-17", "Kaffe")
