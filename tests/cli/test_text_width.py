"""Command-line tables line up in Korean, Chinese and Norwegian: columns by display width."""

from __future__ import annotations

import io

import pytest

from contract_desk.cli.output import MAX_COLUMN_WIDTH, print_fields, print_table
from contract_desk.cli.text_width import clip, pad, text_width


@pytest.mark.parametrize(("text", "width"), [
    ("", 0), ("abc", 3), ("계약 상대방", 11), ("合同相对方", 10), ("Åse Bjørnstad", 13),
    ("１２", 4), ("e\u0301", 1), ("한\u200d", 2), ("…", 1), ("ᄒ\u1161\u11ab", 2),
])
def test_wide_characters_take_two_columns_and_marks_none(text: str, width: int) -> None:
    assert text_width(text) == width


def test_a_cut_never_splits_a_wide_character_and_says_so() -> None:
    assert clip("合同相对方", 6) == "合同…"  # 合同 is 4, … is 1: 相 would make 7
    assert text_width(clip("합계 금액입니다", 7)) <= 7
    assert clip("short", 10) == "short"
    assert clip("Oppsigelsestid", 8) == "Oppsige…"


def test_padding_counts_columns() -> None:
    assert pad("合同", 6) == "合同  "
    assert pad("too long", 3) == "too long"


def _rows(printed: str) -> list[str]:
    return printed.splitlines()


def _starts(line: str, marker: str) -> int:
    """The display column at which ``marker`` starts in ``line``."""
    return text_width(line[: line.index(marker)])


def test_korean_chinese_and_norwegian_cells_line_up() -> None:
    out = io.StringIO()
    print_table(["참조", "계약 상대방", "Z"], [
        ["C-1", "삼성전자 주식회사", "z1"],
        ["C-2", "上海合同相对方有限公司", "z2"],
        ["C-3", "Bjørnøya Skipsreparasjon", "z3"],
    ], out)
    lines = _rows(out.getvalue())
    assert {_starts(line, "z") for line in lines[1:]} == {_starts(lines[0], "Z")}


def test_long_wide_cells_are_cut_at_the_column_limit() -> None:
    out = io.StringIO()
    print_table(["제목", "x"], [["계약" * 30, "end"]], out)
    line = _rows(out.getvalue())[1]
    cell = line[: line.index("  end")]
    # 19 whole 계/약 (38 columns) and "…": the 20th would straddle the edge, its column stays blank.
    assert cell == "계약" * 9 + "계…" + " "
    assert text_width(cell) == MAX_COLUMN_WIDTH


def test_field_labels_line_up_by_columns() -> None:
    out = io.StringIO()
    print_fields([("계약 상대방", "A"), ("title", "B")], out)
    first, second = _rows(out.getvalue())
    assert _starts(first, "A") == _starts(second, "B") == 13
