"""The timeline's legend wraps between its entries, never inside one, in every language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from contract_desk.ui.common.language import install_translators
from contract_desk.ui.timeline.view import JOINER, legend_html

#: Between two entries: two no-break spaces and a space (read as three spaces).
SEPARATOR = "   "


@pytest.fixture(params=["en", "nb", "ko", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _read(text: str) -> str:
    # No-break spaces read as spaces; the word joiners that hold an entry together, as nothing.
    return text.replace("\u00a0", " ").replace(JOINER, "")


def _lines(html: str, width: int) -> list[str]:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # lays the text out at that width
    text = document.firstBlock().text()
    layout = document.firstBlock().layout()
    return [_read(text[line.textStart():line.textStart() + line.textLength()])
            for line in (layout.lineAt(n) for n in range(layout.lineCount()))]


def test_each_entry_of_the_legend_stays_on_one_line(language: str) -> None:
    html = legend_html()
    document = QTextDocument()
    document.setHtml(html)
    assert document.blockCount() == 1
    entries = [entry.strip() for entry in _read(document.firstBlock().text()).split(SEPARATOR)]
    assert len(entries) == 11 and all(entries)
    # From the width of the widest entry (narrower, it has to break) to a wide window.
    widest = max(QTextDocument(entry).idealWidth() for entry in entries)
    wrapped = 0
    for width in range(int(widest) + 20, 1400, 20):
        lines = _lines(html, width)
        wrapped += len(lines) > 1
        for entry in entries:
            assert any(entry in line for line in lines), (
                f"{language}, {width} px: {entry!r} is broken across {lines!r} "
                f"(the widest entry takes {widest:.0f} px)")
    assert wrapped, "the legend never needed a second line: the test shows nothing"
