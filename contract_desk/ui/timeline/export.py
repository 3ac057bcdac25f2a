"""The visible timeline as a PNG image or a one-page PDF, painted by the same code as the screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from contract_desk.ui.timeline.paint import paint_timeline

if TYPE_CHECKING:
    from contract_desk.ui.timeline.canvas import TimelineView


def render_image(view: TimelineView, size: QSize) -> QImage:
    """The timeline of ``view`` at ``size`` as an image (sharp on high-DPI screens)."""
    ratio = view.devicePixelRatioF()
    image = QImage(round(size.width() * ratio), round(size.height() * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    painter.setFont(view.font())
    paint_timeline(painter, size.width(), size.height(), view.scene(size.width(), size.height()))
    painter.end()
    return image


def export_png(view: TimelineView, path: Path) -> bool:
    """Save the visible timeline as a PNG image; False when it could not be written."""
    image = render_image(view, view.viewport().size())
    # Ignored: PySide6 takes the format as text (it refuses b"PNG"); its stubs say bytes.
    saved: bool = image.save(str(path), "PNG")  # type: ignore[call-overload]
    return saved


def export_pdf(view: TimelineView, path: Path) -> bool:
    """Save the visible timeline on one landscape A4 page, as vectors."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    writer.setTitle(QCoreApplication.translate("TimelineView", "Contract timeline"))
    # Lay out in screen units (fonts as on screen); the page stays vector graphics.
    writer.setResolution(view.logicalDpiY())
    size = view.viewport().size()
    painter = QPainter()
    if not painter.begin(writer):
        return False
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    factor = min(page.width() / size.width(), page.height() / size.height())
    painter.scale(factor, factor)
    painter.setFont(view.font())
    paint_timeline(painter, size.width(), size.height(), view.scene(size.width(), size.height()))
    return painter.end()
