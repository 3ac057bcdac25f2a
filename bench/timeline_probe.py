"""Run in a subprocess by bench_timeline: paint screenfuls of the timeline over a register.

Prints one JSON object. Each timed paint shows lanes never painted before (the
bar and milestone caches are cold), at a one-year zoom around today, into a
1,400 × 900 image with the same code the widget's paintEvent runs. One untimed
paint first fills Qt's font caches, as the window's first paint does.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

SIZE = QSize(1400, 900)
POSITIONS = 9


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def plain_rects(lanes: int, lane_height: int) -> None:
    """The baseline: per lane, one bar and one label box as plain rectangles, no dates."""
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.fillRect(QRectF(0, 0, SIZE.width(), SIZE.height()), QColor(255, 255, 255))
    for lane in range(lanes):
        y = lane * lane_height
        painter.fillRect(QRectF(300, y + 5, 600, lane_height - 10), QColor(69, 98, 128))
        painter.fillRect(QRectF(0, y, 300, lane_height), QColor(246, 246, 246))
    painter.end()


def main() -> None:
    path, today = Path(sys.argv[1]), date.fromisoformat(sys.argv[2])
    app = QApplication([])
    from contract_desk.services.listing.window_list import load_listing
    from contract_desk.services.timeline.milestones import load_marks
    from contract_desk.services.timeline.scale import TimeScale
    from contract_desk.storage import open_register
    from contract_desk.ui.shell.main_window import LARGE_REGISTER
    from contract_desk.ui.shell.memory import release_free_memory
    from contract_desk.ui.timeline.canvas import YEAR_PX_PER_DAY, TimelineView

    register = open_register(path)
    with register.transaction() as session:
        items = load_listing(session, today=today)
        marks = load_marks(session)
    view = TimelineView(today)
    view.resize(SIZE)
    relayout = timed(lambda: view.set_rows([i.row for i in items], [i.health for i in items],
                                           today))
    view.set_marks(marks)
    if len(items) > LARGE_REGISTER:  # as the window does once a large register is shown
        release_free_memory()
    view.scale = TimeScale.around(today, YEAR_PX_PER_DAY, SIZE.width() - 300)
    bar = view.verticalScrollBar()
    view.render_image(SIZE)  # once, untimed: Qt's font and glyph caches fill on the first paint
    view._bars.clear()
    view._milestones.clear()
    view._elided.clear()
    paints = []
    for step in range(POSITIONS):
        bar.setValue(bar.maximum() * step // max(1, POSITIONS - 1))
        paints.append(timed(lambda: view.render_image(SIZE)))
    warm = min(timed(lambda: view.render_image(SIZE)) for _ in range(3))
    on_screen = len(view.geometry_.visible_lanes(
        0, SIZE.height() - view.geometry_.header_height, len(view.lanes)))
    baseline = min(timed(lambda: plain_rects(on_screen, view.geometry_.lane_height))
                   for _ in range(5))
    print(json.dumps({
        "contracts": len(items), "lanes_on_screen": on_screen,
        "paint_median": statistics.median(paints), "paint_worst": max(paints),
        "paint_warm": warm, "paints": paints, "plain_rects": baseline, "relayout": relayout,
    }))
    register.close()
    app.quit()


if __name__ == "__main__":
    main()
