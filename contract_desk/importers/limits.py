"""How much an import is willing to read: every limit in one place.

A contract register has hundreds or thousands of rows, rarely a hundred
thousand. The limits sit far above that and far below what would exhaust a
laptop, so a hostile or broken file is refused with a clear message in
bounded time and memory instead of freezing the app.
"""

from __future__ import annotations

#: Largest file read at all (xlsx, ods, xls or csv), in bytes.
MAX_FILE_BYTES = 200 * 1024 * 1024

#: Rows read from one sheet (Excel itself stops at 1,048,576).
MAX_ROWS = 500_000

#: Columns read from one sheet (Excel itself stops at 16,384).
MAX_COLUMNS = 1_000

#: Cells (rows x columns) held for one sheet: about 300 MB as Python objects.
MAX_CELLS = 5_000_000

#: Uncompressed size of one part of a zip package (xlsx, ods, xlsb).
MAX_PART_BYTES = 512 * 1024 * 1024

#: Uncompressed size of all parts of a zip package together.
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024

#: Compression ratio above which a large part is taken for a zip bomb.
#: Real sheet XML compresses 10-100x; a styled-but-empty million rows about 150x.
MAX_COMPRESSION_RATIO = 500

#: Parts smaller than this are never refused for their ratio (tiny XML compresses well).
RATIO_CHECK_FROM_BYTES = 20 * 1024 * 1024

#: Parts in one package (a workbook has a few dozen; a hostile zip may have millions).
MAX_PACKAGE_PARTS = 10_000

#: Bytes of an XML part searched for the start of its root element (DOCTYPE comes before it).
MAX_XML_PROLOG_BYTES = 64 * 1024

#: Bytes read at a time while checking a package part.
SCAN_CHUNK_BYTES = 4 * 1024 * 1024

#: Bytes of a CSV file looked at to choose the delimiter.
CSV_SAMPLE_BYTES = 256 * 1024

#: Longest single CSV field, in characters (the csv module's default is 128 KiB).
MAX_CSV_FIELD_CHARS = 1024 * 1024
