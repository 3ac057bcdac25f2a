"""Rendering report HTML to PDF with Qt (QTextDocument + QPdfWriter).

The one module outside ui/ and notify/ that imports PySide6 (allowed by
tests/test_architecture.py and the import-linter contract): Qt is the PDF
engine we already ship. It is imported only when a PDF is asked for, so the
CLI, the tests and a reminder run never load Qt otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from contract_desk.exporters.errors import ExportError
from contract_desk.exporters.report_html import APP_NAME, Formats, report_formats
from contract_desk.i18n import _

_MARGINS_MM = QMarginsF(15, 15, 15, 15)


def _application() -> QGuiApplication:
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    # From the command line there may be no display: PDF needs none. A
    # QApplication rather than a QGuiApplication: the process may show widgets
    # later (tests, a window started after a CLI run), which a QGuiApplication forbids.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def render_pdf(path: Path, build_html: Callable[[Formats], str], *, title: str,
               today: date, footer: bool = True) -> Path:
    """Lay out the HTML ``build_html`` makes on A4 pages with footers.

    Dates and money in the person's locale (``i18n.formats``, which the window
    sets to Qt's system locale), words in their language. ``footer=False``
    leaves the pages bare (a letter to someone else carries no report footer).
    """
    _application()
    formats = report_formats()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(_MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(build_html(formats))
    room = writer.resolution() // 3 if footer else 0  # a third of an inch for the footer
    page = QSizeF(writer.width(), writer.height() - room)
    document.setPageSize(page)
    caption = f"{APP_NAME} · {title} · {formats.day(today)}" if footer else None
    _paint(writer, document, page, caption)
    return path


def _paint(writer: QPdfWriter, document: QTextDocument, page: QSizeF,
           caption: str | None) -> None:
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(_("cannot write the PDF {title}: Qt refused the file").format(
            title=repr(writer.title())))
    try:
        pages = max(1, document.pageCount())
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(),
                                                  page.height()))
            painter.restore()
            if caption is None:
                continue
            footer = QRectF(0, page.height(), page.width(), writer.height() - page.height())
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft),
                             caption)
            painter.drawText(footer,
                             int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight),
                             _("Page {page} of {pages}").format(page=number + 1, pages=pages))
    finally:
        painter.end()
