"""Planning the rows of a big xlsx sheet while openpyxl is still reading it.

Where openpyxl reads the sheet (``engine="openpyxl"``, or python-calamine
missing or unable to read it) and the sheet is long, the read runs in a child
process (``openpyxl_stream``) and rows are planned here as they arrive, so the
services can store them meanwhile. Once the read ends, the sheet is analysed
whole, exactly as ``pipeline.analyze`` would, and compared with what the
streaming relied on. The streamed rows are the plan the ordinary path would
make only when all of this holds:

- the header, its column names and the first data row found on the whole
  sheet are those found on its first rows (a row far below that is wider than
  the header would change the column names);
- the mapping (suggested, remembered, or given) is the same, and so are the
  first ``SAMPLE_ROWS`` data rows that decided each column's date order and
  decimal mark;
- every row already handed out is above the end of the data: the last
  non-blank rows (a totals row, notes below the data) are held back until the
  end of the sheet is known;
- the workbook has no obligations sheet (its rows attach to the contracts by
  reference, which needs every contract row first).

When any of them fails, ``StreamedPlan.exact`` is False and ``plan`` is the
ordinary plan of the whole sheet, made from the rows already read (the file
is not read again); the caller discards what it stored and imports that plan.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from contract_desk.gc_pause import paused_gc
from contract_desk.importers.header.finding import HEAD_ROWS
from contract_desk.importers.plan.model import ImportPlan, PlannedRow, file_sha256
from contract_desk.importers.plan.obligation_sheet import find_obligation_sheet
from contract_desk.importers.plan.pipeline import (
    SAMPLE_ROWS,
    Analysis,
    RowPlanner,
    analyze_workbook,
    build_plan,
    column_samples,
    remap,
)
from contract_desk.importers.read.calamine_reader import calamine_available
from contract_desk.importers.read.cells import SheetBuilder
from contract_desk.importers.read.openpyxl_stream import RowStream
from contract_desk.importers.read.readers import read_sheets, xlsx_layout
from contract_desk.importers.read.sheet_choice import SheetPlan
from contract_desk.importers.read.table import CellValue, RawSheet, RawWorkbook
from contract_desk.importers.values.field_parsers import text_of

#: Sheets shorter than this are read in one go (a child process costs about half a second).
STREAM_MIN_ROWS = 10_000
#: Non-blank rows kept back from the end of what was read: the end of the data
#: (a totals row, up to five lines of notes) is decided on the last rows.
HOLD_ROWS = 50
#: Rows read before the header is looked for: titles above it, the header, and samples.
_HEAD_READY = HEAD_ROWS + SAMPLE_ROWS + HOLD_ROWS

#: The mapping remembered for a sheet layout (by its fingerprint), or None.
Recall = Callable[[str], Mapping[str, str] | None]


@dataclass(frozen=True, slots=True)
class StreamSource:
    """A sheet worth reading in a child process: the file, its sheet plans, the chosen one."""

    path: Path
    plans: tuple[SheetPlan, ...]
    chosen: SheetPlan
    notes: tuple[str, ...]
    engine: str


def stream_source(path: Path, *, sheet: str | None = None,
                  engine: str = "auto") -> StreamSource | None:
    """The sheet of ``path`` to stream, or None when the file is read the ordinary way.

    Streams only an xlsx/xlsm sheet that openpyxl would read (calamine not
    chosen, not installed, or unable to take the sheet) and that holds at
    least ``STREAM_MIN_ROWS`` rows. Raises ``ImportFileError`` as the readers
    do for a file that must not be opened.
    """
    layout = xlsx_layout(Path(path))
    if layout is None:
        return None
    plans, notes = layout
    if sheet is None:
        visible = [plan for plan in plans if not plan.hidden] or plans
        chosen = visible[0] if visible else None
    else:
        chosen = next((plan for plan in plans if plan.name == sheet), None)
    if chosen is None or chosen.scan is None or not chosen.scan.extent_known:
        return None  # no such sheet: the ordinary path says so
    if chosen.scan.last_value_row < STREAM_MIN_ROWS:
        return None
    openpyxl_reads = (engine == "openpyxl" or not calamine_available()
                      or chosen.dense_grid_problem() is not None)
    if not openpyxl_reads:
        return None
    return StreamSource(Path(path), tuple(plans), chosen, tuple(notes), engine)


@dataclass(frozen=True, slots=True)
class StreamedPlan:
    """The end of a streamed sheet: the whole plan, and whether the streamed rows are in it."""

    #: The plan of the whole sheet, as ``build_plan`` makes it.
    plan: ImportPlan
    analysis: Analysis
    #: True: ``plan.rows`` starts with the rows handed out while reading, and
    #: ``rest`` are the rows after them. False: the streamed rows are not to be used.
    exact: bool
    rest: tuple[PlannedRow, ...] = ()
    #: Why the streamed rows could not be used (for the log), when not exact.
    reason: str = ""


@dataclass(slots=True)
class _Head:
    analysis: Analysis
    planner: RowPlanner
    samples: list[list[CellValue]]


@dataclass(slots=True)
class _Progress:
    waiting: deque[int] = field(default_factory=deque)
    planned: list[PlannedRow] = field(default_factory=list)
    last_planned: int = -1
    #: Why rows are not planned while reading (an obligations sheet...); "" when they are.
    not_streaming: str = ""


class StreamedSheet:
    """Reads a ``StreamSource`` in a child process and plans its rows as they come.

    Use as a context manager: entering starts the read (and reads the
    workbook's other sheets meanwhile); ``planned()`` yields the rows that are
    settled, batch by batch; ``finish()`` analyses the whole sheet and says
    whether the streamed rows stand.
    """

    def __init__(self, source: StreamSource, *, overrides: Mapping[str, str] | None = None,
                 default_currency: str | None = None, recall: Recall | None = None) -> None:
        self.source = source
        self.overrides = dict(overrides or {})
        self.default_currency = default_currency
        self.recall = recall
        chosen = source.chosen
        self._builder = SheetBuilder(source.path.name, chosen.name, chosen.overrides())
        self._stream = RowStream(source.path, chosen.name, chosen.scan.last_value_row
                                 if chosen.scan is not None else None)
        self._others: list[RawSheet] = []
        self._notes: list[str] = list(source.notes)
        self._head: _Head | None = None
        self._progress = _Progress()
        self._sha256: str | None = None

    def __enter__(self) -> StreamedSheet:
        self._stream.__enter__()
        try:
            others = [plan for plan in self.source.plans if plan is not self.source.chosen]
            self._others, notes = read_sheets(self.source.path, others, engine=self.source.engine)
            self._notes += notes
        except BaseException:
            self._stream.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._stream.__exit__(exc_type, exc, traceback)

    @property
    def analysis(self) -> Analysis | None:
        """The analysis made on the sheet's first rows, once enough were read."""
        return self._head.analysis if self._head is not None else None

    def head_plan(self) -> ImportPlan:
        """The plan's name, file and mapping, without rows (what storing a row needs)."""
        assert self._head is not None, "no rows were planned yet"
        analysis = self._head.analysis
        if self._sha256 is None:
            self._sha256 = file_sha256(self.source.path)
        return ImportPlan(file_name=self.source.path.name, file_sha256=self._sha256,
                          sheet=analysis.sheet.name, mapping=analysis.named_mapping(),
                          rows=(), rows_read=0)

    def planned(self) -> Iterator[list[PlannedRow]]:
        """The rows settled by each batch read (often none at first), in sheet order.

        ``EngineFailed`` when openpyxl cannot finish the read; ``ImportFileError``
        for a sheet past the importer's limits or an unknown column in the overrides.
        """
        builder, progress = self._builder, self._progress
        for batch in self._stream.batches():
            with paused_gc():
                for values in batch:
                    index = builder.rows_seen
                    row = builder.add_row(values)
                    if row is not None and any(text_of(cell) for cell in row):
                        progress.waiting.append(index)
                if self._head is None and not progress.not_streaming:
                    self._head = self._analyse_head()
                yield self._settle(HOLD_ROWS)

    def _analyse_head(self) -> _Head | None:
        rows = self._builder.rows
        if len(rows) < _HEAD_READY:
            return None
        chosen = self.source.chosen
        sheet = RawSheet(chosen.name, [list(row) for row in rows], hidden=chosen.hidden,
                         merged=chosen.merged())
        analysis = self._analysis(sheet)
        if len(rows) < analysis.header.first_data + SAMPLE_ROWS + HOLD_ROWS:
            return None  # the samples are not all read yet
        if find_obligation_sheet(analysis.workbook, analysis.sheet) is not None:
            self._progress.not_streaming = "the workbook has an obligations sheet"
            return None
        first_data = analysis.header.first_data
        waiting = self._progress.waiting
        while waiting and waiting[0] < first_data:
            waiting.popleft()  # titles and the header: not data
        return _Head(analysis, RowPlanner(analysis, self.default_currency),
                     column_samples(analysis.sheet, analysis.header, analysis.not_contracts))

    def _analysis(self, sheet: RawSheet) -> Analysis:
        workbook = RawWorkbook(self.source.path, self._in_order(sheet), "openpyxl",
                               notes=list(self._notes))
        analysis = analyze_workbook(workbook, sheet=sheet.name, overrides=self.overrides)
        remembered = self.recall(analysis.fingerprint) if self.recall is not None else None
        if remembered:
            analysis = remap(analysis, remembered=remembered, overrides=self.overrides)
        return analysis

    def _in_order(self, sheet: RawSheet) -> list[RawSheet]:
        others = iter(self._others)
        return [sheet if plan is self.source.chosen else next(others)
                for plan in self.source.plans]

    def _settle(self, hold: int) -> list[PlannedRow]:
        head, progress = self._head, self._progress
        if head is None:
            return []
        rows, settled = self._builder.rows, []
        while len(progress.waiting) > hold:
            index = progress.waiting.popleft()
            settled.append(head.planner.plan(index, rows[index]))
            progress.last_planned = index
        progress.planned.extend(settled)
        return settled

    def finish(self) -> StreamedPlan:
        """Analyse the whole sheet; the rest of the rows, or the whole ordinary plan."""
        chosen = self.source.chosen
        sheet = self._builder.build(hidden=chosen.hidden, merged=chosen.merged())
        full = self._analysis(sheet)
        reason = self._mismatch(full)
        if reason:
            return StreamedPlan(build_plan(full, default_currency=self.default_currency),
                                full, exact=False, reason=reason)
        assert self._head is not None
        last_data = full.header.last_data
        with paused_gc():
            rest = tuple(self._head.planner.plan(index, sheet.rows[index])
                         for index in self._progress.waiting if index <= last_data)
        rows = (*self._progress.planned, *rest)
        plan = self._head.planner.finish(full, rows, sha256=self._sha256)
        return StreamedPlan(plan, full, exact=True, rest=rest)

    def _mismatch(self, full: Analysis) -> str:
        head = self._head
        if head is None:
            return self._progress.not_streaming or "the sheet ended before its rows were planned"
        guess, found = head.analysis.header, full.header
        if (guess.header_rows, guess.columns, guess.first_data, guess.has_header) != (
                found.header_rows, found.columns, found.first_data, found.has_header):
            return "the header found on the whole sheet differs from the one on its first rows"
        if head.analysis.mapping != full.mapping:
            return "the mapping of the whole sheet differs"
        if full.not_contracts:  # its pages are read in the header's columns, not as streamed
            return "the sheet is a report printed page by page"
        if head.samples != column_samples(full.sheet, found, full.not_contracts):
            return "the sample rows differ"
        if self._progress.last_planned > found.last_data:
            return "rows handed out lie below the end of the data"
        return ""

