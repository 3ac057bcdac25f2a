"""Health colours stay readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from contract_desk.domain.health import Health
from contract_desk.ui.common.health_style import clear_style_cache, health_background, health_icon


def with_base(app: QApplication, color: QColor) -> None:
    palette = QPalette(app.palette())
    palette.setColor(QPalette.ColorRole.Base, color)
    app.setPalette(palette)
    clear_style_cache()


def test_row_tints_follow_the_palette_base(qapp: QApplication) -> None:
    original = QPalette(qapp.palette())
    try:
        with_base(qapp, QColor(30, 30, 30))
        dark = health_background(Health.OVERDUE)
        with_base(qapp, QColor(255, 255, 255))
        light = health_background(Health.OVERDUE)
    finally:
        qapp.setPalette(original)
        clear_style_cache()
    assert dark is not None and light is not None
    assert dark.color().lightness() < 90 < 200 < light.color().lightness()
    assert dark.color().red() > dark.color().green()  # still reads as red
    assert light.color().red() > light.color().green()


def test_calm_rows_keep_the_palette_and_every_state_has_an_icon(qapp: QApplication) -> None:
    assert health_background(Health.ON_TRACK) is None
    assert health_background(Health.ENDED) is None
    assert all(not health_icon(state).isNull() for state in Health)
