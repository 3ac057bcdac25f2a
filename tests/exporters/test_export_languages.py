"""Exports in the person's language: headers, sheets, report and calendar words; the round trip.

Under a pseudo-translation every word a person reads in an export is marked
(what is left is data: references, names, dates, numbers, codes of stored
fields); an export written in Norwegian, Korean or Chinese imports back as the
same contracts whatever language the importing program speaks; in Norwegian
the report and calendar write money and dates the Norwegian way.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest
from export_helpers import TODAY, add_lease, contracts, differences, export, import_into_new
from openpyxl import load_workbook
from test_round_trip import obligations_by_contract

from contract_desk import i18n
from contract_desk.domain.export_headers import (
    CONTRACT_HEADERS,
    OBLIGATION_HEADERS,
    headers_in_every_language,
)
from contract_desk.exporters import ExportFormat
from contract_desk.exporters.report_data import portfolio_figures
from contract_desk.exporters.report_html import contract_html, portfolio_html
from contract_desk.i18n import formats
from contract_desk.i18n.every_language import shipped_languages
from contract_desk.importers.map.header_match import EXACT, header_candidates
from contract_desk.importers.plan.obligation_sheet import HEADERS as OBLIGATION_SHEET_HEADERS
from contract_desk.importers.values.normalize import fold
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.reminders.raising import check_reminders
from contract_desk.storage import Register
from tests.i18n.test_core_language import Pseudo

TRANSLATED = ("ko", "nb", "zh_CN")
#: What an export may show unmarked: the lease's own data, dates, numbers, the product's
#: name, currency codes and symbols, and the codes of stored fields (which re-import).
DATA = re.compile(r"Office lease Bergen|Bergen kommune|Kari Nordmann|Kostnadssted|Rent|"
                  r"Contract Desk|L-\d+|NOK|kr|FREQ=MONTHLY|none|lease|critical|payment|us|"
                  r"scheduled|[0-9a-f]{8}-[0-9a-f-]{27}|\d+|[\s/().,:;·–\-]")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    formats.formats_changed()
    yield
    i18n.use_language("en")
    formats.use_region(None)
    formats.formats_changed()


def _unmarked(text: str) -> str:
    outside = text
    while re.search(r"⟦[^⟦⟧]*⟧", outside):
        outside = re.sub(r"⟦[^⟦⟧]*⟧", "", outside)
    return outside


def _assert_marked(texts: list[str]) -> None:
    assert texts
    for text in texts:
        assert DATA.sub("", _unmarked(text)) == "", f"not translated: {text!r}"


class _Text(HTMLParser):
    """The text a PDF shows: every text node of the report's HTML but its style sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._in_style:
            self.texts.append(data.strip())


def _html_texts(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return parser.texts


def _calendar_texts(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    texts = [str(calendar["X-WR-CALNAME"])]
    for event in calendar.walk("VEVENT"):
        texts += [str(event["SUMMARY"]), *str(event["DESCRIPTION"]).splitlines()]
        texts += [str(alarm["DESCRIPTION"]) for alarm in event.walk("VALARM")]
    return texts


def _lease_with_alerts(register: Register) -> None:
    lease = add_lease(register)
    with register.transaction() as session:  # the notice deadline's first reminders fall due
        check_reminders(session, today=date(2026, 7, 10))
    assert lease.uid


def test_the_importer_knows_every_export_header_in_every_language() -> None:
    assert set(TRANSLATED) <= set(shipped_languages())
    for field, headers in headers_in_every_language(CONTRACT_HEADERS).items():
        assert len(headers) > 1, f"{field}: its header is not translated"
        for header in headers:
            best = header_candidates(header)[0]
            assert (best.field, best.confidence) == (field, EXACT), (field, header, best)
    for field, headers in headers_in_every_language(OBLIGATION_HEADERS).items():
        for header in headers:
            assert OBLIGATION_SHEET_HEADERS[fold(header)] == field, (field, header)


def test_under_a_pseudo_language_every_word_of_an_export_is_marked(
        sqlite_register: Register, tmp_path: Path) -> None:
    _lease_with_alerts(sqlite_register)
    i18n.use_translations(Pseudo(), "pseudo")
    book = load_workbook(export(sqlite_register, tmp_path / "r.xlsx"), read_only=True)
    texts = list(book.sheetnames)
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        assert len(rows) >= 2, sheet.title  # a header and at least one row of data
        texts += [str(cell) for cell in rows[0] if cell != "Kostnadssted"]
    key_dates = book.worksheets[3]
    headers = [cell.value for cell in next(key_dates.iter_rows(max_row=1))]
    health, status_today = (headers.index(i18n._(name)) for name in ("Health", "Status today"))
    row = next(key_dates.iter_rows(min_row=2, max_row=2, values_only=True))
    texts += [str(row[health]), str(row[status_today])]
    for alert in book.worksheets[2].iter_rows(min_row=2, values_only=True):
        texts += [str(alert[1]), str(alert[2]), str(alert[6])]  # for, key date, state
    book.close()
    with export(sqlite_register, tmp_path / "r.csv", ExportFormat.CSV).open(
            encoding="utf-8-sig", newline="") as handle:
        texts += [header for header in next(csv.reader(handle)) if header != "Kostnadssted"]
    from export_helpers import read_data

    data = read_data(sqlite_register)
    texts += _html_texts(portfolio_html(portfolio_figures(data)))
    texts += [text for text in _html_texts(contract_html(data.contracts[0], data.obligations,
                                                         TODAY)) if text != "4711"]
    texts += _calendar_texts(export(sqlite_register, tmp_path / "r.ics", ExportFormat.ICS))
    _assert_marked(texts)


@pytest.mark.parametrize("written_in", TRANSLATED)
@pytest.mark.parametrize("read_in", ["en", "same"])
def test_an_export_in_any_language_imports_as_the_same_contracts(
        sqlite_register: Register, tmp_path: Path, written_in: str, read_in: str) -> None:
    with sqlite_register.transaction() as session:
        generate_demo(session, count=25, today=TODAY)
    add_lease(sqlite_register, reference="L-9", scope="Offices, 2nd floor", renewal="automatic",
              renewal_term="1 year", max_renewals=3, signed_on=date(2023, 12, 1),
              notice_period="30 business days", direction="buy", status="active",
              confidential_until=date(2030, 1, 1), payment_terms="Netto 30 dager",
              notice_to="month-end", holiday_country="KR", postal_days=2)
    before, duties = contracts(sqlite_register), obligations_by_contract(sqlite_register)
    i18n.use_language(written_in)
    path = export(sqlite_register, tmp_path / "r.xlsx")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames[0] == i18n._("Contracts") != "Contracts"
    assert next(book.worksheets[0].iter_rows(max_row=1, values_only=True))[0] == i18n._(
        "Reference")
    book.close()
    i18n.use_language(written_in if read_in == "same" else read_in)
    copy, result = import_into_new(path, tmp_path)
    try:
        assert (result.created, result.skipped) == (len(before), 0)
        assert differences(before, contracts(copy)) == []
        assert obligations_by_contract(copy) == duties
    finally:
        copy.close()


def test_in_norwegian_the_report_and_calendar_write_norwegian_money_and_dates(
        sqlite_register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_lease(sqlite_register)
    i18n.use_language("nb")
    monkeypatch.setenv(formats.FORMATS_ENV, "nb_NO")
    formats.formats_changed()
    from export_helpers import read_data

    data = read_data(sqlite_register)
    report = " ".join(_html_texts(portfolio_html(portfolio_figures(data))))
    assert "Verdi av løpende kontrakter: kr\u00a01\u00a0250\u00a0000,50" in report
    assert "31.03.2026" in report and "Porteføljerapport" in report
    sheet = " ".join(_html_texts(contract_html(data.contracts[0], data.obligations, TODAY)))
    assert "Oppsigelsesfrist 30.09.2026" in sheet and "Ingen fornyelse" in sheet
    assert "Oppsigelsestid 3 måneder" in sheet  # the register keeps "3 months"
    assert "kr\u00a0104\u00a0166,71" in sheet and "Betaling" in sheet
    calendar = icalendar.Calendar.from_ical(
        export(sqlite_register, tmp_path / "r.ics", ExportFormat.ICS).read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Contract Desk – nøkkeldatoer"
    deadline = next(e for e in calendar.walk("VEVENT")
                    if str(e["SUMMARY"]).startswith("Oppsigelsesfrist:"))
    assert str(deadline["SUMMARY"]) == "Oppsigelsesfrist: L-1 (Bergen kommune)"
    assert str(deadline["DESCRIPTION"]).splitlines()[1:] == [
        "Ansvarlig: Kari Nordmann", "Verdi: kr\u00a01\u00a0250\u00a0000,50",
        "Oppsigelsesfrist: 30. september 2026"]
    alarms = sorted(str(alarm["DESCRIPTION"]) for alarm in deadline.walk("VALARM"))
    assert "Contract Desk-påminnelse: forfaller om 90 dager" in alarms


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_pdfs_are_written_in_every_language(sqlite_register: Register, tmp_path: Path,
                                                language: str) -> None:
    lease = add_lease(sqlite_register)
    i18n.use_language(language)
    report = export(sqlite_register, tmp_path / "report.pdf", ExportFormat.PDF)
    sheet = export(sqlite_register, tmp_path / "sheet.pdf", ExportFormat.PDF,
                   contract_uid=lease.uid)
    # The document's title (PDF metadata, UTF-16 with a byte-order mark) is in the language.
    for path, title in ((report, i18n._("Portfolio report")),
                        (sheet, i18n._("Contract {name}").format(name="L-1"))):
        assert title != "Portfolio report" and not title.startswith("Contract ")
        assert b"\xfe\xff" + title.encode("utf-16-be") in path.read_bytes(), title


def test_a_norwegian_csv_imports_as_the_same_contracts_in_english(
        sqlite_register: Register, tmp_path: Path) -> None:
    with sqlite_register.transaction() as session:
        generate_demo(session, count=20, today=TODAY)
    add_lease(sqlite_register, reference="L-9", notice_to="year-end", holiday_country="SE",
              postal_days=4)
    before = contracts(sqlite_register)
    i18n.use_language("nb")
    path = export(sqlite_register, tmp_path / "r.csv", ExportFormat.CSV)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:3] == ["Referanse", "Tittel", "Motpart"]
    i18n.use_language("en")
    copy, result = import_into_new(path, tmp_path)
    try:
        assert (result.created, result.skipped) == (len(before), 0)
        assert differences(before, contracts(copy)) == []
    finally:
        copy.close()
