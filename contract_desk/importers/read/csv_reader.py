"""Reading CSV, TSV and TXT registers: encoding found, delimiter sniffed, values kept as text.

Every value stays the text that was in the file (empty fields are ``None``):
whether "90/2013" is a contract number or a date is for the value parsers to
decide with the whole column in view, not for the reader.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from contract_desk.i18n import N_, _
from contract_desk.i18n.formats import current_formats
from contract_desk.importers.errors import ImportFileError
from contract_desk.importers.limits import CSV_SAMPLE_BYTES, MAX_CSV_FIELD_CHARS
from contract_desk.importers.read.cells import SheetBuilder
from contract_desk.importers.read.sniff import refuse_too_large
from contract_desk.importers.read.table import RawWorkbook
from contract_desk.importers.read.text_encoding import decode_text, double_encoded_sample

#: Delimiters tried, in order of preference when they fit equally well.
DELIMITERS = (",", ";", "\t", "|")
#: How a note says which delimiter the file was read with.
READ_AS = {
    ",": N_("{file} was read as {encoding} text with fields separated by commas."),
    ";": N_("{file} was read as {encoding} text with fields separated by semicolons."),
    "\t": N_("{file} was read as {encoding} text with fields separated by tabs."),
    "|": N_("{file} was read as {encoding} text with fields separated by vertical bars."),
}
_SNIFF_ROWS = 500


def read_csv(path: Path) -> RawWorkbook:
    """The file as one sheet named after the file (``contracts.csv`` -> "contracts")."""
    path = Path(path)
    data = _read_bytes(path)
    decoded = decode_text(data, path.name)
    text = decoded.text.removeprefix("\ufeff")
    preferred = "\t" if path.suffix.lower() == ".tsv" else ","
    delimiter = sniff_delimiter(text, preferred=preferred)
    builder = SheetBuilder(path.name, path.stem)
    with _field_limit(MAX_CSV_FIELD_CHARS):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for row in reader:
                builder.add_row(row)
        except csv.Error as error:
            raise ImportFileError(
                _("{file}, line {line}: {reason} (a field longer than {limit} characters, or an "
                  "unclosed quote?)").format(
                      file=path.name, line=current_formats().number(reader.line_num),
                      reason=error, limit=current_formats().number(MAX_CSV_FIELD_CHARS)),
            ) from error
    notes = [_(READ_AS[delimiter]).format(file=path.name, encoding=decoded.label)]
    garbled = double_encoded_sample(text)
    if garbled:
        notes.append(_("Some text in {file} looks encoded twice ({sample}); it is kept as it "
                       "is. Export the file again as UTF-8 to get the right characters.").format(
            file=path.name, sample=garbled))
    return RawWorkbook(path, [builder.build()], "csv", notes=notes)


def sniff_delimiter(text: str, *, preferred: str = ",") -> str:
    """The delimiter among ``DELIMITERS`` that splits the first rows most consistently.

    Rows are parsed as CSV (quotes respected, newlines inside quoted fields
    included), so a delimiter that only appears inside quoted values loses.
    """
    sample = text[:CSV_SAMPLE_BYTES]
    complete = len(sample) == len(text)
    candidates = sorted(DELIMITERS, key=lambda d: d != preferred)
    best, best_score = preferred, (0.0, 0)
    for delimiter in candidates:
        score = _split_score(sample, delimiter, complete)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _split_score(sample: str, delimiter: str, complete: bool) -> tuple[float, int]:
    """(share of rows with the most common width, that width); (0, 0) for one column."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        rows = list(islice(reader, _SNIFF_ROWS))
    except csv.Error:
        return (0.0, 0)
    if not complete and len(rows) > 1:
        rows.pop()  # probably cut in the middle by the sample's end
    widths = [len(row) for row in rows if any(cell.strip() for cell in row)]
    if not widths:
        return (0.0, 0)
    width, count = Counter(widths).most_common(1)[0]
    if width < 2:
        return (0.0, 0)
    return (round(count / len(widths), 2), width)


def _read_bytes(path: Path) -> bytes:
    try:
        refuse_too_large(path, path.stat().st_size)
        return path.read_bytes()
    except OSError as error:
        raise ImportFileError(_("{file} cannot be opened: {reason}").format(
            file=path.name, reason=error.strerror or error)) from error


@contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    # The csv module's limit is process-wide; restore it for other users.
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)
