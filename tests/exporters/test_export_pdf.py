"""The PDF report: content built without Qt, rendered by Qt only when asked for."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from export_helpers import TODAY, add_lease, export, read_data

from contract_desk.exporters import ExportFormat
from contract_desk.exporters.report_data import portfolio_figures
from contract_desk.exporters.report_html import Formats, contract_html, portfolio_html
from contract_desk.storage import Register


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_portfolio_figures_count_tiles_deadlines_overdue_and_owners(register: Register) -> None:
    add_lease(register)
    add_lease(register, reference="L-2", title="Old storage", owner="Ola",
              start_date=date(2025, 1, 1), end_date=date(2026, 12, 31))
    with register.transaction() as session:
        from contract_desk.services import add_obligation

        add_obligation(session, read_data(register).contracts[1].uid, {
            "kind": "delivery", "title": "Keys back", "due_date": date(2026, 2, 1)},
            user="kari")
    figures = portfolio_figures(read_data(register))
    assert dict(figures.tiles)["Contracts"] == 2
    assert dict(figures.tiles)["Overdue obligations"] == 1
    assert [(o.title, c.reference) for o, c in figures.overdue] == [("Keys back", "L-2")]
    assert [d.day for d in figures.upcoming][:2] == [date(2026, 3, 31), date(2026, 3, 31)]
    assert all(d.day >= TODAY for d in figures.upcoming)
    assert [(line.owner, line.contracts) for line in figures.by_owner] == [
        ("Kari Nordmann", 1), ("Ola", 1)]
    assert figures.value_by_currency == {"NOK": Decimal("2500001.00")}


def test_html_escapes_what_people_typed(register: Register) -> None:
    add_lease(register, title="<script>alert(1)</script>", owner="A & B")
    data = read_data(register)
    html = portfolio_html(portfolio_figures(data))
    assert "<script>" not in html and "A &amp; B" in html
    sheet = contract_html(data.contracts[0], data.obligations, TODAY)
    assert "&lt;script&gt;" in sheet and "Rent" in sheet and "4711" in sheet


def test_formats_decide_how_dates_and_money_read(register: Register) -> None:
    add_lease(register)
    formats = Formats(date=lambda d: d.strftime("%d.%m.%Y"),
                      money=lambda v, c: f"{c} {v:.2f}")
    html = portfolio_html(portfolio_figures(read_data(register)), formats)
    assert "31.03.2026" in html and "NOK 1250000.50" in html


def test_portfolio_and_contract_pdfs_are_written_with_pages(register: Register,
                                                           tmp_path: Path) -> None:
    lease = add_lease(register)
    report = export(register, tmp_path / "report.pdf", ExportFormat.PDF)
    assert report.read_bytes().startswith(b"%PDF") and _pages(report) >= 1
    sheet = export(register, tmp_path / "sheet.pdf", ExportFormat.PDF, contract_uid=lease.uid)
    assert sheet.read_bytes().startswith(b"%PDF") and _pages(sheet) == 1


def test_a_long_report_has_several_pages(register: Register, tmp_path: Path) -> None:
    from contract_desk.services.demo.generate import generate_demo

    with register.transaction() as session:
        generate_demo(session, count=120, today=TODAY)
    assert _pages(export(register, tmp_path / "long.pdf", ExportFormat.PDF)) > 2


def test_making_a_csv_or_ics_loads_no_qt(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom pathlib import Path\nfrom datetime import date\n"
        "from contract_desk.storage import open_register\n"
        "from contract_desk.exporters import ExportFormat, ExportRequest, export_register\n"
        f"register = open_register(Path({str(tmp_path / 'r.sqlite3')!r}))\n"
        "for kind in ('csv', 'ics', 'xlsx'):\n"
        "    with register.transaction() as session:\n"
        f"        export_register(session, ExportRequest(ExportFormat(kind), "
        f"Path({str(tmp_path)!r}) / ('x.' + kind)), today=date(2026, 3, 2))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
