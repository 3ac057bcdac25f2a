"""The window says periods, history events, roles, notifiers and sizes in the person's language.

The window's words come from its Qt catalog, the core's from gettext; both are
switched to one language here, as at a Korean, Norwegian or Chinese start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from contract_desk.domain.periods import Period, PeriodUnit
from contract_desk.notify.backends import BACKEND_NAMES
from contract_desk.notify.qt_tray import TrayNotifier
from contract_desk.services.register.rows import AuditRow
from contract_desk.storage.team import ROLES
from contract_desk.ui.common.fields import PeriodField
from contract_desk.ui.detail.contract_form import NOTICE_EXAMPLES
from contract_desk.ui.detail.history_tab import describe_changes, event_text
from contract_desk.ui.reminders.window_part import NOTIFIER_WORDS
from contract_desk.ui.shell.team_dialog import ROLE_WORDS


@pytest.fixture
def speak(speak_window: Callable[[str], None]) -> Callable[[str], None]:
    """The window's and the core's words in one language (tests/ui/conftest.py)."""
    return speak_window


@pytest.mark.parametrize(("language", "placeholder", "shown"), [
    ("en", "e.g. 3 months, 90 days or 30 business days", "12 months"),
    ("ko", "예: 3개월, 90일 또는 30영업일", "12개월"),
    ("nb", "f.eks. 3 måneder, 90 dager eller 30 virkedager", "12 måneder"),
    ("zh_CN", "例如 3 个月、90 天 或 30 个工作日", "12 个月"),
])
def test_the_period_field_speaks_the_language(qtbot: Any, speak: Callable[[str], None],
                                              language: str, placeholder: str,
                                              shown: str) -> None:
    speak(language)
    field = PeriodField(None, NOTICE_EXAMPLES)
    qtbot.addWidget(field)
    assert field.placeholderText() == placeholder
    field.set_value("12 months")  # as the register keeps it
    assert field.text() == shown
    assert field.value() == Period(12, PeriodUnit.MONTHS)  # read back from the language's words
    field.setText("3 moons")
    assert field.value() is None and field.problem()


def test_the_history_says_what_happened_in_korean(speak: Callable[[str], None]) -> None:
    speak("ko")
    event = AuditRow(id=1, at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC), user="kari",
                     entity="contract", entity_uid="u", contract_uid="u", action="update",
                     changes={"notice_period": ["3 months", "90 days"]}, note=None)
    assert event_text(event) == "계약 변경"
    assert describe_changes(event.changes) == "해지 통지 기간: 3개월 → 90일"
    attached = describe_changes({"file_name": [None, "계약서.pdf"], "size": [None, 1536]})
    assert attached == "파일 이름: — → 계약서.pdf\n크기: — → 1.5KB"


def test_every_role_has_words_in_the_team_dialog() -> None:
    assert set(ROLE_WORDS) == set(ROLES.values())


def test_a_role_is_named_by_its_word_in_norwegian(speak: Callable[[str], None]) -> None:
    speak("nb")
    assert [QCoreApplication.translate("TeamDialog", ROLE_WORDS[role])
            for role in ("viewer", "editor", "admin")] == ["leser", "redaktør", "administrator"]


def test_every_notifier_has_a_persons_word() -> None:
    names = {name for name in BACKEND_NAMES if name != "auto"} | {TrayNotifier.name}
    assert names <= set(NOTIFIER_WORDS)
    # Which library showed it is the program's business: both are the desktop's notifications.
    assert NOTIFIER_WORDS["plyer"] == NOTIFIER_WORDS["desktop"] == "desktop notifications"
