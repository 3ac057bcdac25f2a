""""¥" is the yuan or the yen: the sheet's headers say which, or nothing is decided."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from contract_desk.importers.plan.pipeline import analyze, build_plan
from contract_desk.importers.values.column_currency import script_currency

AMOUNTS = ["¥120000", "¥3,600,000"]


@pytest.mark.parametrize(("headers", "code"), [
    (["合同编号", "合同名称", "开始时间", "合同金额"], "CNY"),  # simplified 编, 时间
    (["合同号", "对方单位", "金额"], "CNY"),  # 对
    (["契約番号", "取引先", "金額（税込）"], "JPY"),  # 込: Japanese only
    (["けいやく", "金額"], "JPY"),  # kana
    (["契約番号", "契約名", "契約先", "開始日", "終了日", "金額"], None),  # shared by all three
    (["合約編號", "廠商名稱", "金額"], None),  # Traditional Chinese: Taiwan, Hong Kong
    (["Contract", "Supplier", "Amount"], None),
])
def test_the_headers_script_settles_yen_or_yuan(headers: list[str], code: str | None) -> None:
    decision = script_currency(AMOUNTS, headers)
    assert decision.code == code
    assert bool(decision.evidence) == (code is not None)


def test_no_yen_sign_nothing_to_settle() -> None:
    assert script_currency(["$500", "1200"], ["合同编号", "合同金额"]).code is None


def _amounts(tmp_path: Path, header_line: str, cells: list[str]) -> list[tuple[object, object]]:
    path = tmp_path / "register.csv"
    rows = [f'R-{n},Contract {n},Supplier {n},"{cell}"' for n, cell in enumerate(cells)]
    path.write_text("\n".join([header_line, *rows]) + "\n", encoding="utf-8")
    plan = build_plan(analyze(path))
    return [(row.fields.get("value"), row.fields.get("currency")) for row in plan.rows]


def test_a_chinese_register_keeps_its_yuan(tmp_path: Path) -> None:
    assert _amounts(tmp_path, "合同编号,合同名称,对方单位,合同金额", AMOUNTS) == [
        (Decimal("120000"), "CNY"), (Decimal("3600000"), "CNY")]


def test_a_japanese_register_keeps_its_yen(tmp_path: Path) -> None:
    assert _amounts(tmp_path, "契約番号,契約名,取引先,金額（税込）", AMOUNTS) == [
        (Decimal("120000"), "JPY"), (Decimal("3600000"), "JPY")]


def test_without_evidence_the_yen_sign_is_asked_about(tmp_path: Path) -> None:
    assert _amounts(tmp_path, "Ref,Title,Supplier,Amount", AMOUNTS) == [(None, None)] * 2
