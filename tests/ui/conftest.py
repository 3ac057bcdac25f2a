"""Qt fixtures: an application named like the real one, settings kept out of the user's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from contract_desk.ui.health_style import clear_style_cache


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Path:
    """QSettings in an INI file under the test's folder, never the user's registry/plist."""
    folder = tmp_path / "qsettings"
    QApplication.setOrganizationName("ContractDeskTests")
    QApplication.setApplicationName("ContractDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    clear_style_cache()
    return folder
