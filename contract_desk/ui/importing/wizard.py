"""File → Import…: file and sheet, column mapping, preview, import, report."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from contract_desk.domain.clock import local_today
from contract_desk.domain.currency import ISO_CURRENCIES
from contract_desk.domain.errors import DomainError
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.plan.model import ImportPlan, PlannedRow
from contract_desk.importers.plan.pipeline import (
    Analysis,
    analyze,
    analyze_workbook,
    build_plan,
    check_names_contracts,
    head_only,
    remap,
)
from contract_desk.importers.plan.samples_read import SampleReader
from contract_desk.importers.read.sniff import IMPORTABLE_SUFFIXES
from contract_desk.importers.values.field_parsers import text_of
from contract_desk.services import current_user
from contract_desk.services.importing.rehearsal import Rehearsal
from contract_desk.services.importing.results import ImportResult, UndoResult
from contract_desk.services.importing.steps import (
    Replan,
    plan_again,
    read_again,
    rehearse_letting_go,
    store_plan,
    with_remembered_mapping,
)
from contract_desk.services.importing.undo import undo_import
from contract_desk.storage import Register
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.formatting import Formatter
from contract_desk.ui.common.not_saved import failure_of, sentence
from contract_desk.ui.common.ops import WriteOp
from contract_desk.ui.common.room import room_for_titles
from contract_desk.ui.common.save_to import ask_open, ask_save, dated_name
from contract_desk.ui.common.text_rows_model import text_rows_view
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.common.worker import Progress, run_with_progress
from contract_desk.ui.importing.fields import FIELD_CHOICES, outcome_words
from contract_desk.ui.importing.history import undone_text
from contract_desk.ui.importing.read_as import column_words

ATTENTION_TINT = QColor(255, 224, 178)


def system_currency_code() -> str | None:
    """The currency of the computer's region as the operating system reports it."""
    code = QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if code in ISO_CURRENCIES else None


_FILTER_TEXT = QT_TRANSLATE_NOOP("ImportWizard", "Spreadsheets ({0});;All files (*)")
_PATTERNS = " ".join("*" + suffix for suffix in IMPORTABLE_SUFFIXES)
#: The file dialog's filter in English (the wizard shows ``file_filter()``).
FILE_FILTER = _FILTER_TEXT.format(_PATTERNS)


def file_filter() -> str:
    """The file dialog's filter in the person's language."""
    return QCoreApplication.translate("ImportWizard", _FILTER_TEXT).format(_PATTERNS)
PREVIEW_ROWS = 40
HEADER_TINT = QColor(255, 236, 179)
#: Kinds of values a column left out of the fields should not be left out unnoticed.
NOTEWORTHY = {"dates", "amounts", "periods"}
#: Kinds of problem the preview names in its summary (the rows list has them all).
SUMMARY_GROUPS = 6


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    room_for_titles(table.horizontalHeader())
    return table


def one_line(text: str) -> str:
    """A cell's text on one line: each line break shown as ↵ (a preview row shows one line;
    a cell of two lines showed a cut-off second line under its first)."""
    if "\n" not in text and "\r" not in text:
        return text
    return " ↵ ".join(part.strip() for part in text.replace("\r\n", "\n")
                      .replace("\r", "\n").split("\n"))


class FilePage(QWizardPage):
    """Choose the file and the sheet; shows the top rows with the header found highlighted."""

    analysed = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("File and sheet"))
        self.setSubTitle(self.tr("Choose the spreadsheet you kept your contracts in. The header "
                                 "row is found by itself; it is highlighted below."))
        self.path_edit = QLineEdit(self)
        # A path typed or pasted (Explorer's "Copy as path" puts it in quotes) opens on Enter.
        self.path_edit.setPlaceholderText(self.tr("Type or paste the file's path and press "
                                                  "Enter, or choose the file"))
        self.path_edit.returnPressed.connect(self.open_typed)
        browse = QPushButton(self.tr("&Choose file…"), self)
        browse.clicked.connect(self.choose)
        self.sheet_box = QComboBox(self)
        self.sheet_box.currentIndexChanged.connect(lambda _: self.reanalyse())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.preview = _table(self, [])
        self.preview.setWordWrap(False)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Sheet:"), self))
        sheet_row.addWidget(self.sheet_box, 1)
        layout.addLayout(sheet_row)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        self._reads = 0

    def choose(self) -> None:
        """Ask for a file."""
        name = ask_open(self, self.tr("Import spreadsheet"), file_filter())
        if name:
            self.open_file(Path(name))

    def open_typed(self) -> None:
        """Open the path typed or pasted in the file field; say so when there is no such file."""
        text = self.path_edit.text().strip().strip('"').strip()
        if not text:
            return
        path = Path(text).expanduser()
        if path.is_file():
            self.open_file(path)
            return
        current = self.owner.path
        if current is None:
            self.message.setText(self.tr("There is no file at {0}: check the path, or choose "
                                         "the file.").format(text))
            return
        # The field keeps showing the file in use: the one read stays chosen.
        self.path_edit.setText(str(current))
        self.message.setText(self.tr("There is no file at {0}; {1} is still the file chosen.")
                             .format(text, current.name))

    def open_file(self, path: Path) -> None:
        """Read ``path`` in the background; its sheets and top rows show once read.

        A big register takes seconds to read: the window stays responsive, and a
        progress dialog with Cancel appears when it takes longer than a moment.
        When the file cannot be read, the reason is shown instead.
        """
        self.path_edit.setText(str(path))
        owner = self.owner
        owner.path, owner.analysis = path, None
        self._reads += 1
        read = self._reads
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.blockSignals(False)
        self.preview.setRowCount(0)
        self.message.setText(self.tr("Reading {0}…").format(path.name))
        self.completeChanged.emit()

        register = owner.register

        def job(progress: Progress) -> Analysis:
            progress.report(0, 0, self.tr("Reading {0}…").format(path.name))
            return with_remembered_mapping(register, analyze(path))

        def done(analysis: Analysis) -> None:
            if read != self._reads or owner.path != path:  # another file was chosen meanwhile
                return
            owner.analysis = analysis
            self.sheet_box.blockSignals(True)
            for sheet in analysis.workbook.sheets:
                label = sheet.name + (self.tr(" (hidden)") if sheet.hidden else "")
                self.sheet_box.addItem(label, sheet.name)
            self.sheet_box.setCurrentIndex(self.sheet_box.findData(analysis.sheet.name))
            self.sheet_box.blockSignals(False)
            self._show(analysis)
            self.analysed.emit()

        def failed(error: Exception) -> None:
            if read == self._reads:
                self._fail(error)

        task = run_with_progress(self, job, title=self.tr("Reading the file"), on_success=done,
                                 on_failure=failed)
        task.cancelled.connect(lambda: self.message.setText(self.tr(
            "Reading was cancelled. Choose the file again to read it.")) if read == self._reads
            else None)

    def reanalyse(self) -> None:
        """Analyse the chosen sheet (of the file read already), in the background."""
        owner = self.owner
        if owner.path is None or owner.analysis is None:
            return
        workbook, sheet, register = owner.analysis.workbook, self.sheet_box.currentData(), \
            owner.register
        owner.analysis = None
        self._reads += 1
        read, path = self._reads, owner.path
        self.completeChanged.emit()

        def job(progress: Progress) -> Analysis:
            progress.report(0, 0, self.tr("Reading {0}…").format(sheet))
            if not workbook.sheet(sheet).complete:  # its cells were let go once previewed
                return with_remembered_mapping(register, analyze(path, sheet=sheet))
            return with_remembered_mapping(register, analyze_workbook(workbook, sheet=sheet))

        def done(analysis: Analysis) -> None:
            if read == self._reads and owner.path == path:
                owner.analysis = analysis
                self._show(analysis)

        def failed(error: Exception) -> None:
            if read == self._reads:
                self._fail(error)

        run_with_progress(self, job, title=self.tr("Reading the sheet"), on_success=done,
                          on_failure=failed)

    def _fail(self, error: Exception) -> None:
        self.message.setText(self.tr("This file cannot be imported: {0}").format(error))
        self.preview.setRowCount(0)
        self.completeChanged.emit()

    def _show(self, analysis: Analysis) -> None:
        header = analysis.header
        rows = analysis.sheet.rows[:max(PREVIEW_ROWS, header.first_data + 10)]
        width = max((len(r) for r in rows), default=0)
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([str(i + 1) for i in range(width)])
        self.preview.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                text = text_of(value)
                item = QTableWidgetItem(one_line(text))
                if len(text) > 30 or text != item.text():
                    item.setToolTip(text)  # the whole cell, its line breaks as written
                if r in header.header_rows:
                    item.setBackground(QBrush(HEADER_TINT))
                    item.setForeground(QBrush(QColor(0, 0, 0)))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.preview.setItem(r, c, item)
        self.preview.setVerticalHeaderLabels([str(analysis.sheet.row_number(r))
                                              for r in range(len(rows))])
        self.preview.resizeColumnsToContents()
        for column in range(width):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 220))
        self.preview.verticalHeader().setVisible(True)
        found, page_lines = len(analysis.contract_rows), len(analysis.not_contracts)
        lines = [self.tr("{0} data rows found.", "", found).format(found)]
        if page_lines:
            # A sentence of its own: each count decides its own sentence's plural.
            lines[0] += " " + self.tr(
                "{0} lines of a report's printed pages (footers, the header again) are not "
                "contracts.", "", page_lines).format(page_lines)
        lines += [*analysis.workbook.notes, *header.notes]
        self.message.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.analysis is not None


# The Columns page's columns that hold the samples, the cells as stored, the
# suggestion's confidence and its reasons.
SAMPLES, STORED, CONFIDENCE, WHY = 3, 4, 5, 6


class MappingPage(QWizardPage):
    """Each column with sample values and the field it goes to (editable)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check where each column goes. Columns left on “keep as custom "
                                 "field” are kept with every contract, shown and searchable."))
        # What a person decides by first (the cells as written and as they would be
        # stored), the suggestion's confidence and reasons after.
        self.table = _table(self, [self.tr("Column"), self.tr("Holds"), self.tr("Goes to"),
                                   self.tr("Samples"), self.tr("Stored as"),
                                   self.tr("Confidence"), self.tr("Why")])
        self.table.setWordWrap(False)
        self.currency = QComboBox(self)
        self.currency.setObjectName("default_currency")
        self.currency.addItem(self.tr("(none: keep such amounts as text)"), "")
        for code in sorted(ISO_CURRENCIES):
            self.currency.addItem(code, code)
        regional = system_currency_code()
        self.currency_note = QLabel(self)
        if regional:  # offered, shown and changeable: never applied unseen
            self.currency.setCurrentIndex(self.currency.findData(regional))
            self.currency_note.setText(self.tr("(the currency of your computer's region)"))
        self.currency.currentIndexChanged.connect(lambda _: self.currency_note.setText(""))
        self.currency.currentIndexChanged.connect(lambda _: self._show_stored())
        currency_row = QHBoxLayout()
        currency_row.addWidget(QLabel(self.tr("Amounts that name no currency are in:"), self))
        currency_row.addWidget(self.currency)
        currency_row.addWidget(self.currency_note)
        currency_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(currency_row)
        self.boxes: list[QComboBox] = []
        self.reader: SampleReader | None = None
        self.formatter = Formatter()

    def initializePage(self) -> None:
        analysis = self.owner.analysis
        assert analysis is not None
        self.reader = None  # set once the boxes are, which _show_stored reads
        reader = SampleReader(analysis)
        columns = analysis.header.columns
        by_column = {s.column: s for s in analysis.suggestions}
        self.table.setRowCount(len(columns))
        self.boxes = []
        for index, name in enumerate(columns):
            # The column's first filled cells: the ones "Stored as" shows, in its order.
            shown = reader.written(index)
            box = QComboBox(self.table)
            for field, label in FIELD_CHOICES:
                box.addItem(QCoreApplication.translate("ImportWizard", label), field)
            suggested = analysis.mapping.get(index, "")
            if box.findData(suggested) < 0:  # a field this list does not name: never lose it
                box.addItem(suggested.replace("_", " "), suggested)
            box.setCurrentIndex(max(box.findData(analysis.mapping.get(index, "")), 0))
            suggestion = by_column.get(index)
            confidence = f"{suggestion.confidence:.0%}" if suggestion and suggestion.field else ""
            samples_text = " | ".join(shown)
            kind = suggestion.kind if suggestion else ""
            self.table.setItem(index, 0, QTableWidgetItem(name))
            holds = QTableWidgetItem()
            holds.setData(Qt.ItemDataRole.UserRole, kind)
            self.table.setItem(index, 1, holds)
            self.table.setCellWidget(index, 2, box)
            self.table.setItem(index, CONFIDENCE, QTableWidgetItem(confidence))
            why = QTableWidgetItem(suggestion.reason if suggestion else "")
            why.setToolTip(why.text())
            self.table.setItem(index, WHY, why)
            sample_item = QTableWidgetItem(one_line(samples_text))
            sample_item.setToolTip(samples_text)
            self.table.setItem(index, SAMPLES, sample_item)
            box.currentIndexChanged.connect(lambda _, row=index: self._mark(row))
            # Another column becoming the currency column changes how amounts read: all.
            box.currentIndexChanged.connect(lambda _: self._show_stored())
            self.boxes.append(box)
            self._mark(index)
        self.reader = reader
        self._show_stored()
        self.table.resizeColumnsToContents()
        # Long texts elide; the tooltips have them.
        for column, widest in ((0, 220), (SAMPLES, 240), (STORED, 280), (WHY, 300)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _show_stored(self) -> None:
        """Each column's first cells as the import would store them with the fields chosen
        now ("Stored as"), a cell it cannot read marked."""
        if self.reader is None:  # the table is being filled
            return
        mapping = {column: box.currentData() or "" for column, box in enumerate(self.boxes)}
        currency = self.currency.currentData() or None
        for column in range(len(self.boxes)):
            cells = self.reader.read(mapping, column, default_currency=currency)
            line, tip, unread = column_words(cells, self.formatter)
            item = QTableWidgetItem(line)
            item.setToolTip(tip)
            if unread:
                item.setBackground(QBrush(ATTENTION_TINT))
                item.setForeground(QBrush(QColor(0, 0, 0)))
            self.table.setItem(column, STORED, item)

    def _mark(self, row: int) -> None:
        """Point out a column of dates, amounts or periods that goes to no field."""
        holds = self.table.item(row, 1)
        if holds is None:  # the table is being filled
            return
        kind = holds.data(Qt.ItemDataRole.UserRole)
        left_out = kind in NOTEWORTHY and not self.boxes[row].currentData()
        question = {"dates": self.tr("dates, not imported — start or end?"),
                    "amounts": self.tr("amounts, not imported — the value?"),
                    "periods": self.tr("periods, not imported — the term?")}.get(kind, "")
        holds.setText(question if left_out else self._kind_label(kind))
        holds.setToolTip(holds.text())
        holds.setBackground(QBrush(ATTENTION_TINT) if left_out else QBrush())
        holds.setForeground(QBrush(QColor(0, 0, 0)) if left_out else QBrush())

    def _kind_label(self, kind: str) -> str:
        return {"dates": self.tr("dates"), "amounts": self.tr("amounts"),
                "periods": self.tr("periods"), "yes/no": self.tr("yes/no"),
                "years": self.tr("years"), "ids": self.tr("ids"), "codes": self.tr("codes"),
                "row numbers": self.tr("row numbers"), "whole numbers": self.tr("whole numbers"),
                "long text": self.tr("long text"), "text": self.tr("text"),
                "empty": self.tr("empty")}.get(kind, kind)

    def overrides(self) -> dict[str, str]:
        """Header -> field as chosen ("" keeps the column as a custom field)."""
        analysis = self.owner.analysis
        assert analysis is not None
        return {name: box.currentData() for name, box in zip(analysis.header.columns, self.boxes,
                                                            strict=True)}

    def validatePage(self) -> bool:
        self.owner.default_currency = self.currency.currentData() or None
        try:
            analysis = self.owner.analyse(
                self.owner.analysis.sheet.name if self.owner.analysis else None,
                overrides=self.overrides())
            check_names_contracts(analysis)
        except (DomainError, OSError) as error:
            self.setSubTitle(str(error))
            return False
        return True


class PreviewPage(QWizardPage):
    """What would happen to each row; rows with problems first."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        # A subtitle as the pages before have: the same header band on every page.
        self.setSubTitle(self.tr("What the import will do with each row, the rows with "
                                 "problems first. Nothing is written yet."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"), self)
        self.only_problems.toggled.connect(lambda _: self._fill())
        self.table, self.rows = text_rows_view(self, [
            self.tr("Row"), self.tr("Will be"), self.tr("Reference"), self.tr("Title"),
            self.tr("Problems")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        self.ready = False
        self.lines: list[PreviewLine] = []
        self._runs = 0
        #: The data rows of the sheet previewed (counted before its cells are let go).
        self._rows_found = 0

    def initializePage(self) -> None:
        """Plan every row and run the import without keeping it, in the background.

        A big register takes seconds (every row is checked against the register
        exactly as the import will); the window stays responsive meanwhile and a
        progress dialog offers Cancel.
        """
        owner = self.owner
        analysis, register = owner.analysis, owner.register
        assert analysis is not None
        currency, today, user = owner.default_currency, local_today(), current_user()
        owner.plan = owner.preview = owner.rehearsal = owner.replan = None
        self.ready = False
        self._runs += 1
        run = self._runs
        self.rows.set_rows([])
        self.summary.setText(self.tr("Working out what importing would do…"))
        if analysis.sheet.complete:
            self._rows_found = len(analysis.data_rows)
            # The wizard keeps the sheet's top rows (for Back); the job plans the whole
            # sheet, letting its cells go as it goes: read again if previewed again.
            owner.analysis = head_only(analysis)
        label = self.tr("Checking {0} rows against the register…", "", self._rows_found).format(
            current_formats().number(self._rows_found))
        shown = owner.analysis
        assert shown is not None
        replan: Replan = partial(plan_again, shown, default_currency=currency)

        def job(progress: Progress) -> tuple[ImportPlan, Rehearsal, list[PreviewLine]]:
            progress.report(0, 0, label)
            whole = analysis if analysis.sheet.complete else read_again(shown)
            progress.check()
            names: dict[int, tuple[str, str]] = {}
            plan, rehearsal = rehearse_letting_go(
                register, build_plan(whole, default_currency=currency, release_cells=True),
                user=user, today=today, replan=replan, on_row=partial(_name_row, names),
                before=progress.check)
            if not plan.released:  # made again whole: the names are its rows'
                names = {row.row: _names(row) for row in plan.rows}
            return plan, rehearsal, named_lines(rehearsal.result, names)

        def done(found: tuple[ImportPlan, Rehearsal, list[PreviewLine]]) -> None:
            if run != self._runs:  # the user went back and came again meanwhile
                return
            owner.plan, owner.rehearsal, self.lines = found
            owner.preview, owner.replan = owner.rehearsal.result, replan
            self.ready = True
            self._summarise(owner.preview)
            self._fill()
            self.completeChanged.emit()

        def failed(error: Exception) -> None:
            if run == self._runs:
                self.summary.setText(self.tr("The preview could not be made: {0}").format(error))

        task = run_with_progress(self, job, title=self.tr("Preview"), on_success=done,
                                 on_failure=failed)
        task.cancelled.connect(lambda: self.summary.setText(self.tr(
            "Preview cancelled: nothing was checked. Press Back (and Next to try again)."))
            if run == self._runs else None)

    def _summarise(self, result: ImportResult) -> None:
        warnings = sum(1 for problem in result.problems if problem.severity == "warning")
        errors = len(result.problems) - warnings
        number = current_formats().number
        counts = self.tr("{0} rows: {1} new, {2} changed, {3} unchanged, {4} skipped.",
                         "", result.rows_read).format(*map(number, (
                             result.rows_read, result.created, result.updated,
                             result.unchanged, result.skipped)))
        problems = self.tr(
            "{0} and {1}, listed first (a cell that cannot be read is kept as text with a "
            "warning).").format(
                self.tr("{0} warnings", "", warnings).format(number(warnings)),
                self.tr("{0} errors", "", errors).format(number(errors))) if result.problems else (
            self.tr("No problems found."))
        lines = [" ".join((counts, problems, self.tr(
            "Nothing is written until you press Next.")))]
        plan = self.owner.plan
        lines += [f"• {note}" for note in (plan.notes if plan else ())]
        groups = result.summary()
        lines += [f"• {group.text()}" for group in groups[:SUMMARY_GROUPS]]
        if len(groups) > SUMMARY_GROUPS:
            more = len(groups) - SUMMARY_GROUPS
            lines.append(self.tr("… and {0} more kinds of problem, in the rows below.", "",
                                 more).format(number(more)))
        self.summary.setText("\n".join(lines))

    def isComplete(self) -> bool:
        return self.ready

    def _fill(self) -> None:
        if not self.ready:  # still working it out
            return
        only_problems = self.only_problems.isChecked()
        self.rows.set_rows([texts for flagged, texts in self.lines
                            if flagged or not only_problems])
        self.table.resizeColumnsToContents()  # measured on the first rows only
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 300))


#: (whether the row has problems or is skipped, its texts in the preview's columns).
PreviewLine = tuple[bool, tuple[str, str, str, str, str]]


def _names(row: PlannedRow) -> tuple[str, str]:
    return (str(row.fields.get("reference") or ""), str(row.fields.get("title") or ""))


def _name_row(names: dict[int, tuple[str, str]], row: PlannedRow) -> None:
    names[row.row] = _names(row)


def preview_lines(plan: ImportPlan, result: ImportResult) -> list[PreviewLine]:
    """The preview's rows of ``plan`` (holding its rows): see :func:`named_lines`."""
    return named_lines(result, {row.row: _names(row) for row in plan.rows})


def named_lines(result: ImportResult,
                names: Mapping[int, tuple[str, str]]) -> list[PreviewLine]:
    """The preview's rows: those with problems (or skipped) first, then in sheet order.

    ``names``: each planned row's (reference, title), by sheet row (the plan's
    rows are let go once rehearsed). Worked out with the preview, off the
    window's thread: 100,000 rows take a second.
    """
    problems: dict[int, list[str]] = {}
    for problem in result.problems:
        problems.setdefault(problem.row, []).append(f"{problem.cell}: {problem.message}")
    lines: list[PreviewLine] = []
    for outcome in result.outcomes:  # one per planned row, in the plan's order
        notes = problems.get(outcome.row, [])
        if outcome.reason and outcome.reason not in notes:  # a skip reason is often its problem
            notes.insert(0, outcome.reason)
        flagged = bool(notes) or outcome.action == "skipped"
        reference, title = names[outcome.row]
        lines.append((flagged, (str(outcome.row), outcome_words(outcome.action, done=False),
                                reference, title, "\n".join(notes))))
    lines.sort(key=lambda line: (not line[0], int(line[1][0])))
    return lines


class ReportPage(QWizardPage):
    """Runs the import (in the background) and shows what it did."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("What the import did. The rows it skipped are listed below, "
                                 "each with why."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = _table(self, [self.tr("Row"), self.tr("What happened"), self.tr("Why")])
        self.save_button = QPushButton(self.tr("Save this report…"), self)
        self.save_button.clicked.connect(self.save_report)
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.summary.setText(self.tr("Importing…"))
        self.owner.run_import(self._finished, self._failed)

    def _finished(self, result: ImportResult) -> None:
        self.done = True
        self.summary.setText(self.tr(
            "Done: {0} created, {1} updated, {2} unchanged, {3} skipped (of {4} rows). "
            "“Undo this import” takes the whole import back."
        ).format(*map(current_formats().number, (result.created, result.updated,
                                                  result.unchanged, result.skipped,
                                                  result.rows_read))))
        rows = [o for o in result.outcomes if o.action == "skipped"]
        self.table.setRowCount(len(rows))
        for index, outcome in enumerate(rows):
            for column, text in enumerate((str(outcome.row),
                                           outcome_words(outcome.action, done=True),
                                           outcome.reason or "")):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.completeChanged.emit()

        self.undo_button.setEnabled(result.batch_uid is not None)

    def _failed(self, error: Exception) -> None:
        failure = failure_of(self.owner.register, error)
        said = error if failure is None else sentence(failure)
        self.summary.setText(self.tr("Nothing was imported: {0}").format(said))

    def undo(self) -> None:
        """Take the whole import back (contracts changed since are left alone and listed)."""
        result = self.owner.result
        if result is None or result.batch_uid is None:
            return
        uid, user = result.batch_uid, current_user()

        def undone(undo: UndoResult) -> None:
            self.summary.setText(undone_text(undo))
            self.undo_button.setEnabled(False)
            self.owner.imported.emit(result)

        def not_undone(error: Exception) -> None:
            if not isinstance(error, DomainError):
                report(error)
                return
            self.summary.setText(str(error))

        WriteOp(self, self.owner.register, lambda session: undo_import(session, uid, user=user)
                ).success(undone).failure(not_undone).disabling(self.undo_button).run()

    def isComplete(self) -> bool:
        return self.done

    def save_report(self) -> None:
        """Write the result (counts and every problem) as a CSV file."""
        name = ask_save(self, self.tr("Save report"), dated_name(
            QCoreApplication.translate("save_to", "import-report"), local_today(), "csv"),
            "CSV (*.csv)")
        if name and self.owner.result is not None:
            write_report(Path(name), self.owner.result)


def report_headers() -> list[str]:
    """The saved report's column headers in the person's language."""
    return [QCoreApplication.translate("ReportPage", "Row"),
            QCoreApplication.translate("ReportPage", "Cell"),
            QCoreApplication.translate("ReportPage", "What happened"),
            QCoreApplication.translate("ReportPage", "Message")]


def write_report(path: Path, result: ImportResult) -> None:
    """The import's outcome per row and every cell problem, as UTF-8 CSV with a BOM.

    Written for a person (opened in a spreadsheet): headers and outcomes in their
    language, the same words the report page shows; a problem's row says "problem".
    """
    import csv

    problem = QCoreApplication.translate("ReportPage", "problem")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(report_headers())
        for outcome in result.outcomes:
            writer.writerow([outcome.row, "", outcome_words(outcome.action, done=True),
                             outcome.reason or ""])
        for found in result.problems:
            writer.writerow([found.row, found.cell, problem, found.message])


class ImportWizard(QWizard):
    """The four steps of moving a spreadsheet register in."""

    imported = Signal(object)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.path: Path | None = None
        self.analysis: Analysis | None = None
        self.plan: ImportPlan | None = None
        self.preview: ImportResult | None = None
        #: The preview's rehearsal: storing it right after holds the write lock only to insert.
        self.rehearsal: Rehearsal | None = None
        #: Makes the plan again from the file when storing needs its rows (see store_plan).
        self.replan: Replan | None = None
        self.result: ImportResult | None = None  # type: ignore[assignment]  # hides QDialog.result()
        self.default_currency: str | None = None
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.file_page = FilePage(self)
        for page in (self.file_page, MappingPage(self), PreviewPage(self), ReportPage(self)):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.resize(980, 680)

    def analyse(self, sheet: str | None, overrides: dict[str, str]) -> Analysis:
        """The chosen sheet mapped as the user chose (``overrides``).

        The file is read once, when it is chosen, with the remembered mapping
        (in the background); the user's choices only change which column goes where.
        """
        assert self.path is not None
        self.analysis = remap(self._probe(sheet), overrides=overrides)
        return self.analysis

    def _probe(self, sheet: str | None) -> Analysis:
        # The file itself is read once, in the background (FilePage.open_file).
        assert self.analysis is not None and self.analysis.workbook.path == self.path
        if sheet is not None and sheet != self.analysis.sheet.name:
            return analyze_workbook(self.analysis.workbook, sheet=sheet)
        return self.analysis

    def run_import(self, on_success: Any, on_failure: Any) -> None:
        """Commit the plan in one transaction, in the background."""
        plan, analysis, register = self.plan, self.analysis, self.register
        rehearsal, replan = self.rehearsal, self.replan
        assert plan is not None and analysis is not None
        user, today = current_user(), local_today()

        importing = self.tr("Importing {0} rows…", "", plan.rows_read).format(
            current_formats().number(plan.rows_read))

        def job(progress: Progress) -> ImportResult:
            progress.report(0, 0, importing)
            # Cancel before the commit: nothing is written.
            return store_plan(register, plan, rehearsal, user=user, today=today,
                              analysis=analysis, before_commit=progress.check, replan=replan)

        def succeeded(result: ImportResult) -> None:
            self.result = result
            on_success(result)
            self.imported.emit(result)

        run_with_progress(self, job, title=self.tr("Importing"), on_success=succeeded,
                          on_failure=on_failure)

