"""Lists and clauses joined as the person's language joins them.

The core joined the parts of its sentences with an ASCII "; " and ", " in every
language, so a Chinese sentence read "表明小数点符号是句点; 表头以…". A Chinese
sentence joins clauses with "；" and lists items with "、"; Norwegian and Korean
keep "; " and ", ".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_desk import i18n
from contract_desk.domain.validation import ValidationError
from contract_desk.i18n import clauses, enumerated
from contract_desk.importers.plan.model import CellProblem, PlannedRow, skip_reason
from contract_desk.importers.plan.problem_groups import ProblemGroup


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


@pytest.mark.parametrize(("language", "clause", "item"), [
    ("en", "; ", ", "), ("nb", "; ", ", "), ("ko", "; ", ", "), ("zh_CN", "；", "、"),
])
def test_each_language_joins_with_its_own_punctuation(
        language: str, clause: str, item: str) -> None:
    assert i18n.use_language(language)
    assert clauses(["a", "b", "c"]) == f"a{clause}b{clause}c"
    assert enumerated(["a", "b"]) == f"a{item}b"
    assert clauses([]) == enumerated([]) == ""
    assert clauses(["only"]) == enumerated(iter(["only"])) == "only"


def test_a_chinese_validation_error_reads_as_one_chinese_sentence() -> None:
    assert i18n.use_language("zh_CN")
    error = ValidationError({"title": "x", "end_date": "y"})
    said = str(error)
    assert "；" in said and "; " not in said, said


def test_a_chinese_row_reason_and_cell_list() -> None:
    assert i18n.use_language("zh_CN")
    problems = (CellProblem(2, "Sheet1!B2", "Start", "x", "甲", "error"),
                CellProblem(2, "Sheet1!C2", "End", "y", "乙", "error"))
    reason = skip_reason(PlannedRow(row=2, fields={}, problems=problems))
    assert reason is not None
    assert reason.count("；") == 1 and "; " not in reason, reason
    group = ProblemGroup("Auto-Renew?", "warning", "无法读取", 2, ("Sheet1!F2", "F5"))
    assert "Sheet1!F2、F5" in group.text(), group.text()


def test_english_sentences_are_unchanged() -> None:
    error = ValidationError({"title": "x", "end_date": "y"})
    assert "; " in str(error)
    group = ProblemGroup("Auto-Renew?", "warning", "unreadable", 2, ("Sheet1!F2", "F5"))
    assert "(Sheet1!F2, F5)" in group.text()
