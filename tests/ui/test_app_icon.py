"""The app's icon: the PNG the notifications and the window use is the SVG source, rendered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from contract_desk.os_identity import icon_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_png_icon_is_the_svg_rendered_at_256_pixels(qtbot: object) -> None:
    png = icon_path()
    assert png is not None, "contract_desk/resources/contract-desk.png is missing"
    shipped = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
    rendered = QImage(256, 256, QImage.Format.Format_ARGB32)
    rendered.fill(Qt.GlobalColor.transparent)
    painter = QPainter(rendered)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "contract-desk.svg")).render(painter)
    painter.end()
    assert shipped.size() == rendered.size()
    # Anti-aliasing may differ by a step between Qt versions; the drawing may not.
    worst = max(
        abs(a - b)
        for y in range(0, 256, 2) for x in range(0, 256, 2)
        for a, b in zip(shipped.pixelColor(x, y).getRgb(), rendered.pixelColor(x, y).getRgb(),
                        strict=True))
    assert worst <= 8, "re-render the PNG from resources/icons/contract-desk.svg"
