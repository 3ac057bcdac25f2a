"""Settings → Public holidays…: the register's country for business days.

Every contract added without a country of its own takes it; on request every
contract without one gets it now (``services.register.holiday_default``). On a
team register only an administrator may change it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.errors import DomainError
from contract_desk.i18n.formats import country_name
from contract_desk.services.register.holiday_default import (
    register_holidays,
    set_register_holidays,
)
from contract_desk.services.reminders.people import person_of
from contract_desk.storage import Register
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.ops import Op, QueryOp, WriteOp
from contract_desk.ui.detail.contract_form import HOLIDAY_COUNTRIES


class HolidaysDialog(QDialog):
    """The register's public-holiday country; ``saved`` carries a sentence for the status
    bar and whether contracts changed."""

    #: saved(str, bool): what was done, and whether contracts were changed.
    saved = Signal(str, bool)

    def __init__(self, register: Register, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Public holidays"))
        self.country = QComboBox(self)
        self.country.setObjectName("register_holidays")
        self.country.setEditable(True)
        self.country.addItem("", "")
        for code in HOLIDAY_COUNTRIES:
            self.country.addItem(f"{country_name(code)} ({code})", code)
        line = self.country.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("none: Monday to Friday"))
        self.apply = QCheckBox(self.tr("Also give it now to every contract without a country"),
                               self)
        explain = QLabel(self.tr(
            "Business days (a notice period in business days, postal days) skip the public "
            "holidays of a contract's country. Contracts added from now on without a country "
            "of their own take this one; a contract's own country always wins."), self)
        explain.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        may = register.team_role in ("admin", None) and not register.read_only
        self.buttons = QDialogButtonBox(
            (QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel) if may
            else QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Public holidays of:"), self.country)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.apply)
        if not may:
            self.why = QLabel(self._read_only_sentence(), self)
            self.why.setWordWrap(True)
            layout.addWidget(self.why)
            self.country.setEnabled(False)
            self.apply.setEnabled(False)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _read_only_sentence(self) -> str:
        if self.register.team_role in ("viewer", "editor"):
            return self.tr("Only an administrator of this team register may change it; you "
                           "see it as it is.")
        return self.tr("This register is only read here: its public holidays cannot be "
                       "changed.")

    def refresh(self) -> Op[str | None]:
        """Read the register's country in the background and show it."""
        return QueryOp(self, self.register, register_holidays).success(self._show).run()

    def _show(self, code: str | None) -> None:
        index = self.country.findData(code or "")
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setEditText(code or "")

    def chosen(self) -> str:
        """The code chosen or typed ("" for none)."""
        text = self.country.currentText().strip()
        index = self.country.findText(text)
        if index >= 0:
            return str(self.country.itemData(index) or "")
        return text.rsplit("(", 1)[-1].rstrip(")").strip() if "(" in text else text

    def save(self) -> None:
        """Store the country (and give it to contracts without one, when ticked)."""
        code, everyone, user = self.chosen(), self.apply.isChecked(), person_of(self.register)
        WriteOp(self, self.register, lambda session: set_register_holidays(
            session, code, user=user, apply_to_existing=everyone)).success(
            lambda changed: self._saved(code, changed)).failure(self._refused).run()

    def _saved(self, code: str, changed: int) -> None:
        said = (self.tr("Public holidays of {0} for contracts without a country of their "
                        "own").format(code.upper()) if code else
                self.tr("No register-wide public holidays"))
        if changed:
            said += self.tr("; {0} contract(s) changed", "", changed).format(changed)
        self.saved.emit(said, bool(changed))
        self.accept()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.problem.setText(str(error))
        else:
            report(error)


__all__ = ["HolidaysDialog"]
