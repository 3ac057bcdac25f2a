"""A Taiwan or Hong Kong register: Traditional Chinese headers and words read as Simplified."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from contract_desk.importers.map.header_match import header_key
from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.normalize import simplified
from contract_desk.importers.values.words import word_key


def test_traditional_characters_are_looked_up_as_simplified() -> None:
    assert simplified("執行中") == "执行中"
    assert word_key("執行中") == word_key("执行中")
    assert header_key("合約編號") == header_key("合约编号")
    assert simplified("Contract 2026") == "Contract 2026"  # no Han: untouched


def test_a_traditional_chinese_register_imports_status_and_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["合約編號", "廠商名稱", "合約名稱", "金額", "開始日期", "結束日期", "狀態"])
    sheet.append(["TW-1", "台灣電力公司", "電力供應", 120000, date(2025, 1, 1),
                  date(2026, 12, 31), "執行中"])
    sheet.append(["TW-2", "中華電信", "網路服務", 36000, date(2024, 7, 1),
                  date(2025, 6, 30), "已過期"])
    sheet.append(["TW-3", "遠傳電信", "備援線路", 5000, date(2024, 1, 1),
                  date(2026, 12, 31), "中止"])
    path = tmp_path / "tw.xlsx"
    book.save(path)
    plan = build_plan(analyze(path), default_currency="TWD")
    fields = [row.fields for row in plan.rows]
    assert [f["reference"] for f in fields] == ["TW-1", "TW-2", "TW-3"]
    # Kept as written (Traditional), only looked up as Simplified.
    assert [f["counterparty"] for f in fields] == ["台灣電力公司", "中華電信", "遠傳電信"]
    assert [f["title"] for f in fields] == ["電力供應", "網路服務", "備援線路"]
    assert [f["status"] for f in fields] == ["active", "expired", "terminated"]
    assert fields[0]["value"] == Decimal("120000") and fields[0]["end_date"] == date(2026, 12, 31)
    assert not any(row.custom for row in plan.rows)


def test_zhconv_is_loaded_without_setuptools_pkg_resources() -> None:
    # A fresh interpreter: pkg_resources (6 MB) stays out, the tables still load,
    # and a later import of pkg_resources by anyone else is not blocked.
    code = (
        "import sys, warnings\n"
        "warnings.simplefilter('error')\n"
        "from contract_desk.importers.values.normalize import simplified\n"
        "assert simplified('合約編號') == '合约编号', simplified('合約編號')\n"
        "assert 'pkg_resources' not in sys.modules, 'pkg_resources was imported'\n"
        "assert sys.modules.get('pkg_resources', 0) is not None, 'left blocked'\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
