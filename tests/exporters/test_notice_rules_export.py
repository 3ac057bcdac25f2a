"""The notice rules go out: stored columns that re-import, words on the contract sheet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_helpers import TODAY, add_lease, export, read_data
from openpyxl import load_workbook

from contract_desk import i18n
from contract_desk.exporters.report_html import contract_html
from contract_desk.storage import Register


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_spreadsheet_holds_the_three_rules_under_translated_headers(
        sqlite_register: Register, tmp_path: Path) -> None:
    add_lease(sqlite_register, notice_to="quarter-end", holiday_country="NO", postal_days=3)
    i18n.use_language("nb")
    book = load_workbook(export(sqlite_register, tmp_path / "r.xlsx"), read_only=True)
    header, row = book.worksheets[0].iter_rows(max_row=2, values_only=True)
    book.close()
    cells = dict(zip(header, row, strict=True))
    # Stored fields keep their codes (scripts filter on them; they re-import in any language).
    assert cells["Oppsigelse til utgangen av"] == "quarter-end"
    assert cells["Helligdager i"] == "NO"
    assert cells["Postgangsdager"] == 3


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Notice ends it at the end of a quarter", "Public holidays of Norway",
            "Postal days 3 working days")),
    ("nb", ("Oppsigelse gjelder til utgangen av et kvartal", "Helligdager i Norge",
            "Postgangsdager 3 virkedager")),
    ("ko", ("해지 시 종료 시점 분기말", "공휴일 국가 노르웨이", "우편 배송 일수 영업일 3일")),
    ("zh_CN", ("解约通知终止于 季末", "法定节假日所属国家 挪威", "邮寄天数 3 个工作日")),
])
def test_the_contract_sheet_says_the_rules_in_the_persons_words(
        sqlite_register: Register, language: str, words: tuple[str, ...]) -> None:
    add_lease(sqlite_register, notice_to="quarter-end", holiday_country="NO", postal_days=3)
    i18n.use_language(language)
    data = read_data(sqlite_register)
    sheet = _text(contract_html(data.contracts[0], data.obligations, TODAY))
    for word in words:
        assert word in sheet, (word, sheet)


def test_a_contract_without_rules_does_not_list_them(sqlite_register: Register) -> None:
    add_lease(sqlite_register)
    data = read_data(sqlite_register)
    sheet = _text(contract_html(data.contracts[0], data.obligations, TODAY))
    assert "Notice ends it at" not in sheet and "Postal days" not in sheet
    assert "Notice period" in sheet
