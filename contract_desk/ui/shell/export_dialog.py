"""File → Export…: format, which contracts, where; written in the background with Cancel."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from contract_desk.domain.clock import local_today
from contract_desk.exporters import (
    VIEW_FIELDS,
    ExportCancelled,
    ExportError,
    ExportFormat,
    ExportRequest,
    ExportResult,
    export_register,
    gather,
    write_export,
)
from contract_desk.i18n.formats import current_formats
from contract_desk.services.listing.export_data import ExportData
from contract_desk.storage import Register
from contract_desk.ui.common.ops import Op, QueryOp
from contract_desk.ui.common.save_to import dated_name, remember_folder, start_folder
from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP
from contract_desk.ui.common.worker import Progress

FORMATS = (
    (ExportFormat.XLSX, QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)")),
    (ExportFormat.CSV, QT_TRANSLATE_NOOP("ExportDialog", "CSV for any spreadsheet (.csv)")),
    (ExportFormat.ICS, QT_TRANSLATE_NOOP("ExportDialog", "Calendar of key dates (.ics)")),
    (ExportFormat.PDF, QT_TRANSLATE_NOOP("ExportDialog", "PDF report (.pdf)")),
)
#: The table's column keys that the export names differently.
_TABLE_TO_EXPORT = {"status": "effective_status"}


def view_fields(keys: Sequence[str]) -> tuple[str, ...]:
    """The export fields of the table's visible columns, in their order."""
    fields = [_TABLE_TO_EXPORT.get(key, key) for key in keys]
    return tuple(field for field in fields if field in VIEW_FIELDS)


#: The stem of an export's suggested file name, by what it holds (translated).
_STEMS = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("save_to", "contract-report"),
    ExportFormat.ICS: QT_TRANSLATE_NOOP("save_to", "contract-deadlines"),
}
_REGISTER_STEM = QT_TRANSLATE_NOOP("save_to", "contract-register")


def default_name(kind: ExportFormat, today: date) -> str:
    """"contract-register-2026-11-23.xlsx", in the window's language."""
    stem = QCoreApplication.translate("save_to", _STEMS.get(kind, _REGISTER_STEM))
    return dated_name(stem, today, kind.value)


class ExportDialog(QDialog):
    """Chooses an export; ``run`` writes it and keeps the result in ``result``."""

    def __init__(self, register: Register, parent: QWidget | None = None, *,
                 view_uids: Sequence[str] = (), selected_uids: Sequence[str] = (),
                 view_columns: Sequence[str] = (), folder: Path | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.today = local_today()
        self.view_uids = tuple(view_uids)
        self.selected_uids = tuple(selected_uids)
        self.view_columns = view_fields(view_columns)
        self.result: ExportResult | None = None  # type: ignore[assignment]  # hides QDialog.result()
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox(self)
        for kind, label in FORMATS:
            self.format.addItem(QCoreApplication.translate("ExportDialog", label), kind.value)
        self.scope_all = QRadioButton(self.tr("All contracts"), self)
        self.scope_view = QRadioButton(self.tr("The contracts shown ({0})").format(
            current_formats().number(len(self.view_uids))), self)
        self.scope_selection = QRadioButton(self.tr("The selected contracts ({0})").format(
            current_formats().number(len(self.selected_uids))), self)
        self.scope_one = QRadioButton(self.tr("One-contract sheet of the selected contract"),
                                      self)
        self.scopes = QButtonGroup(self)
        for button in (self.scope_all, self.scope_view, self.scope_selection, self.scope_one):
            self.scopes.addButton(button)
        self.scope_view.setChecked(True)
        self.scope_selection.setEnabled(bool(self.selected_uids))
        self.visible_only = QCheckBox(self.tr("Only the table's visible columns (otherwise "
                                              "every field, ready to import again)"), self)
        self.visible_only.setEnabled(bool(self.view_columns))
        self.horizon = QSpinBox(self)
        self.horizon.setRange(1, 3660)
        self.horizon.setValue(365)
        self.horizon.setSuffix(self.tr(" days ahead"))
        self.path = QLineEdit(self)
        self.path.setObjectName("export_path")
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        scope_box = QVBoxLayout()
        for button in (self.scope_all, self.scope_view, self.scope_selection, self.scope_one):
            scope_box.addWidget(button)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Contracts:"), scope_box)
        form.addRow(self.tr("Columns:"), self.visible_only)
        form.addRow(self.tr("Calendar:"), self.horizon)
        form.addRow(self.tr("Save as:"), where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._folder = folder or start_folder()
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    # -- choosing ---------------------------------------------------------------
    @property
    def kind(self) -> ExportFormat:
        """The chosen format."""
        return ExportFormat(self.format.currentData())

    def _format_changed(self) -> None:
        kind = self.kind
        self.visible_only.setVisible(kind in (ExportFormat.XLSX, ExportFormat.CSV))
        self.horizon.setEnabled(kind is ExportFormat.ICS)
        one = kind is ExportFormat.PDF and len(self.selected_uids) == 1
        self.scope_one.setEnabled(one)
        if not one and self.scope_one.isChecked():
            self.scope_view.setChecked(True)
        current = Path(self.path.text().strip()) if self.path.text().strip() else None
        folder = current.parent if current is not None else self._folder
        self.path.setText(str(folder / default_name(kind, self.today)))

    def _browse(self) -> None:
        kind = self.kind
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(),
            self.tr("{0} (*.{1})").format(self.format.currentText(), kind.value))
        if chosen:
            path = Path(chosen)
            self.path.setText(str(path if path.suffix else path.with_suffix(f".{kind.value}")))

    def request(self) -> ExportRequest:
        """The export as chosen; ExportError when something is missing."""
        text = self.path.text().strip()
        if not text:
            raise ExportError(self.tr("Choose where to save the file."))
        path = Path(text).expanduser()
        if not path.parent.is_dir():
            raise ExportError(self.tr("The folder {0} does not exist.").format(path.parent))
        uids: tuple[str, ...] | None = None
        one: str | None = None
        if self.scope_view.isChecked():
            uids = self.view_uids
        elif self.scope_selection.isChecked():
            uids = self.selected_uids
        elif self.scope_one.isChecked():
            one = self.selected_uids[0]
            uids = (one,)
        if uids is not None and not uids:
            raise ExportError(self.tr("No contracts to export in that choice."))
        columns = self.view_columns if (self.visible_only.isChecked()
                                        and self.visible_only.isVisible()) else None
        return ExportRequest(format=self.kind, path=path, horizon_days=self.horizon.value(),
                             columns=columns, contract_uids=uids, contract_uid=one)

    # -- exporting --------------------------------------------------------------
    def run(self) -> None:
        """Export; PDF on this thread (Qt draws it), the others in the background."""
        try:
            request = self.request()
        except ExportError as error:
            self.problem.setText(str(error))
            return
        remember_folder(request.path)
        if request.path.exists():
            answer = QMessageBox.question(
                self, self.tr("Replace the file?"),
                self.tr("{0} exists. Replace it?").format(request.path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.problem.clear()
        if request.format is ExportFormat.PDF:
            self._export_here(request)
        else:
            self._export_in_background(request)

    def _export_here(self, request: ExportRequest) -> Op[ExportData]:
        """Read in the background, then draw the PDF here (Qt draws on the GUI thread)."""
        today = self.today
        return QueryOp(self, self.register, lambda session: gather(
            session, request, today=today)).success(lambda data: self._write_here(
                data, request)).failure(self._failed).disabling(self.export_button).run()

    def _write_here(self, data: ExportData, request: ExportRequest) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = write_export(data, request)
        except ExportError as error:
            self._failed(error)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._done(result)

    def _export_in_background(self, request: ExportRequest) -> Op[ExportResult]:
        today, writing = self.today, self.tr("Writing {0} of {1}")
        number = current_formats().number

        def export(session: Session, progress: Progress) -> ExportResult:
            return export_register(
                session, request, today=today,
                progress=lambda done, total: progress.report(
                    done, total, writing.format(number(done), number(total))),
                should_cancel=lambda: progress.cancelled)

        op = QueryOp(self, self.register, export, reporting=True).with_progress(
            self.tr("Exporting"))
        self._op = op.success(self._done).failure(self._failed).disabling(
            self.export_button).run()
        return self._op

    def _done(self, result: Any) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, ExportCancelled):
            self.problem.setText(self.tr("Cancelled: nothing was written."))
        elif isinstance(error, ExportError | OSError):
            self.problem.setText(str(error))
        else:
            self.problem.setText(self.tr("The export failed: {0}").format(error))
