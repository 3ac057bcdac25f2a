"""Health colours and icons that read on light and dark palettes.

The hues are fixed (red, orange, amber, green, grey) so they mean the same on
every machine; the row background only tints the palette's own base colour, so
text keeps the contrast the OS theme chose.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from contract_desk.domain.health import Health

HUES = {
    Health.OVERDUE: QColor(211, 47, 47),
    Health.AT_RISK: QColor(239, 108, 0),
    Health.ATTENTION: QColor(249, 168, 37),
    Health.ON_TRACK: QColor(56, 142, 60),
    Health.ENDED: QColor(120, 120, 120),
}
#: How strongly a row is tinted (0–255): enough to see, never enough to hide text.
_TINT = {Health.OVERDUE: 60, Health.AT_RISK: 50, Health.ATTENTION: 40}


def health_color(health: Health) -> QColor:
    """The strong colour of a health state (icons, bars, legend)."""
    return QColor(HUES[health])


@cache
def health_background(health: Health) -> QBrush | None:
    """A row tint over the palette's base colour, or None for calm rows."""
    alpha = _TINT.get(health)
    if alpha is None:
        return None
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    hue = HUES[health]
    mix = alpha / 255
    blended = QColor(
        round(base.red() * (1 - mix) + hue.red() * mix),
        round(base.green() * (1 - mix) + hue.green() * mix),
        round(base.blue() * (1 - mix) + hue.blue() * mix),
    )
    return QBrush(blended)


@cache
def health_icon(health: Health, size: int = 12) -> QIcon:
    """A filled dot in the health colour; ended contracts get a hollow ring."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = HUES[health]
    painter.setPen(color.darker(130))
    if health is not Health.ENDED:
        painter.setBrush(color)
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


def clear_style_cache() -> None:
    """Forget the cached brushes, e.g. after the OS switched between light and dark."""
    health_background.cache_clear()
    health_icon.cache_clear()
