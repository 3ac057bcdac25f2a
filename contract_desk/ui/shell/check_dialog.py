"""File → Check register…: the full check run in the background, its report in a dialog.

The report is plain text in a read-only box: every problem on its own line, to
read, select or copy whole (the Copy button) into a mail to whoever looks after
the register.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.clock import local_today
from contract_desk.services.checking.check import check_register
from contract_desk.services.checking.report import NOT_CHECKED, NOTE, CheckReport
from contract_desk.ui.common.worker import Progress, Task, run_with_progress

if TYPE_CHECKING:
    from contract_desk.ui.shell.main_window import MainWindow


class CheckReportDialog(QDialog):
    """Shows one CheckReport: a headline, then the report as copyable text."""

    def _headline(self, report: CheckReport) -> str:
        if report.sound:
            return self.tr("The register is sound.")
        problems = sum(finding.kind not in (NOTE, NOT_CHECKED) for finding in report.findings)
        skipped = sum(finding.kind == NOT_CHECKED for finding in report.findings)
        said = (self.tr("The check found one problem.") if problems == 1 else
                self.tr("The check found {0} problems.").format(problems))
        if skipped:
            said += " " + (self.tr("One check could not be made.") if skipped == 1 else
                           self.tr("{0} checks could not be made.").format(skipped))
        return said

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check register"))
        self.report = report
        self.headline = QLabel(self._headline(report), self)
        self.text = QPlainTextEdit(report.text(), self)
        self.text.setObjectName("check_report")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.text, buttons):
            layout.addWidget(widget)
        self.resize(720, 360)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)

    def copy(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report.text())


def run_check(window: MainWindow, on_report: Callable[[CheckReport], None]) -> Task:
    """Check the window's register in the background; ``on_report`` gets the report."""
    register, today = window.register, local_today()

    def job(progress: Progress) -> Any:
        progress.report(0, 0, checking)
        return check_register(register, today=today)

    checking = QCoreApplication.translate("CheckReportDialog", "Checking the register…")
    title = QCoreApplication.translate("CheckReportDialog", "Check register")
    return run_with_progress(
        window, job, title=title, on_success=on_report,
        on_failure=lambda error: QMessageBox.warning(window, title, QCoreApplication.translate(
            "CheckReportDialog", "The check could not run: {0}").format(error)))
