"""The command line's sentences and the core's errors go through the catalog.

Under a pseudo-translation no English word is left outside a mark in what the
command line prints for a person (data allowed: references, dates, numbers,
status words a script filters by); in Norwegian the same run reads Norwegian.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_desk import i18n
from contract_desk.cli import run
from contract_desk.domain.validation import ValidationError
from tests.i18n.test_core_language import Pseudo


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.use_language("en")


def _unmarked(text: str) -> str:
    outside = text
    while re.search(r"⟦[^⟦⟧]*⟧", outside):
        outside = re.sub(r"⟦[^⟦⟧]*⟧", "", outside)
    return re.sub(r"⟦[^⟧]*…$", "", outside)  # a mark cut short by a table's column width


def _register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "register.sqlite")
    assert run(["--db", db, "add", "--reference", "R-1", "--title", "L-1",
                "--start", "2025-01-01", "--end", "2025-12-31", "--notice", "1 months"]) == 0
    capsys.readouterr()
    return db


def test_under_a_pseudo_language_the_command_line_marks_every_word(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _register(tmp_path, capsys)
    i18n.use_translations(Pseudo(), "pseudo")
    assert run(["--db", db, "list", "--today", "2025-11-20"]) == 0
    assert run(["--db", db, "remind", "--dry-run", "--today", "2025-12-01"]) == 0
    assert run(["--db", db, "show", "R-9"]) == 1  # an error sentence of the services
    said = capsys.readouterr()
    lines = [line for line in (said.out + said.err).splitlines() if line.strip()]
    assert len(lines) >= 4
    for line in lines:
        # Data: the reference, title, dates, numbers, the status and kind a script filters
        # by, the program's name.
        leftover = re.sub(r"R-\d+|L-\d+|\d{4}-\d{2}-\d{2}|\d+|contract-desk|show|active|"
                          r"notice_deadline|send_by|term_end|'|[\s():,.;·…\-]", "",
                          _unmarked(line))
        assert leftover == "", f"not translated: {line!r}"


def test_the_command_line_speaks_norwegian(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = _register(tmp_path, capsys)
    i18n.use_language("nb")
    assert run(["--db", db, "list", "--today", "2025-11-20"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["Referanse", "Tittel", "Motpart"]
    assert out.rstrip().endswith("1 kontrakt")
    assert run(["--db", db, "remind", "--dry-run", "--today", "2025-12-01"]) == 0
    assert "ville utløst 1 påminnelse; åpne:" in capsys.readouterr().out
    assert run(["--db", db, "show", "R-9"]) == 1
    assert "feil: ingen kontrakt med referanse eller ID 'R-9'" in capsys.readouterr().err


@pytest.mark.parametrize(("language", "said"), [
    # Each language's own dates (LANG=C: the language's locale writes them).
    ("ko", "종료일: 종료일 2025. 1. 1.이(가) 시작일 2025. 6. 1.보다 이릅니다"),
    ("nb", "sluttdato: sluttdato 01.01.2025 er før starten 01.06.2025"),
    ("zh_CN", "到期日：到期日 2025/1/1 早于开始日期 2025/6/1"),
    ("en", "end date: the end date 2025-01-01 is before the start 2025-06-01"),
])
def test_an_end_before_the_start_is_refused_in_the_persons_language(
        language: str, said: str) -> None:
    from contract_desk.domain.validation import clean_fields

    i18n.use_language(language)
    _clean, problems = clean_fields({"title": "L-1", "start_date": "2025-06-01",
                                     "end_date": "2025-01-01"})
    assert str(ValidationError(problems)) == said
