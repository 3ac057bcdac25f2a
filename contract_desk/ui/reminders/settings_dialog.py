"""Settings → Reminders: the register's reminder days, escalation, the tray, the OS schedule."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contract_desk.domain.errors import DomainError
from contract_desk.notify.schedule import ScheduleError, ScheduleInstaller, remind_command
from contract_desk.services.register.users import current_user
from contract_desk.services.reminders.people import my_names, save_my_names
from contract_desk.services.reminders.settings import (
    ReminderSettings,
    offsets_text,
    save_reminder_settings,
)
from contract_desk.storage import Register
from contract_desk.ui.common.errors import report
from contract_desk.ui.common.fields import OffsetsField
from contract_desk.ui.common.ops import WriteOp
from contract_desk.ui.common.room import room_for_placeholder
from contract_desk.ui.reminders.tray import close_to_tray, set_close_to_tray

#: Builds the OS schedule installer for a register (tests pass a recording one).
InstallerFactory = Callable[[Register], ScheduleInstaller]


def default_installer(register: Register) -> ScheduleInstaller:
    """The schedule that runs ``contract-desk remind`` on this register.

    A PostgreSQL password is never written into the schedule: the scheduled run
    finds it where psycopg looks (the PostgreSQL password file, ``~/.pgpass``).
    """
    target = str(register.path) if register.path else register.url.render_as_string(
        hide_password=True).replace(":***@", "@")
    return ScheduleInstaller(command=remind_command(target))


class ReminderSettingsDialog(QDialog):
    """Edits the register's reminder defaults (``settings``, read by the opener) and this
    computer's reminder choices."""

    def __init__(self, register: Register, settings: ReminderSettings,
                 parent: QWidget | None = None, *, tray_available: bool = True,
                 installer: InstallerFactory = default_installer) -> None:
        super().__init__(parent)
        self.register = register
        self.installer = installer(register)
        self.setWindowTitle(self.tr("Reminder settings"))
        self.settings = settings
        s = self.settings
        self.contract_offsets = OffsetsField(self, offsets_text(s.contract_offsets))
        self.contract_offsets.set_value(s.contract_offsets)
        self.obligation_offsets = OffsetsField(self, offsets_text(s.obligation_offsets))
        self.obligation_offsets.set_value(s.obligation_offsets)
        for offsets in (self.contract_offsets, self.obligation_offsets):
            # Beside a long label (Chinese, Korean) the field was left too narrow for its days.
            room_for_placeholder(offsets)
        self.escalate = QSpinBox(self)
        self.escalate.setRange(1, 365)
        self.escalate.setSuffix(self.tr(" days overdue"))
        self.escalate.setValue(s.escalate_after_days)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("e.g. the head of purchasing"))
        room_for_placeholder(self.contact)
        self.contact.setText(s.escalation_contact or "")
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 100)
        self.threshold.setValue(s.summary_threshold)
        self.threshold.setToolTip(self.tr("More reminders than this at once become one summary "
                                          "notification"))
        register_box = QGroupBox(self.tr("For everyone using this register"), self)
        form = QFormLayout(register_box)
        form.addRow(self.tr("Notice deadlines, send-by dates, term ends — remind (days "
                            "before):"), self.contract_offsets)
        form.addRow(self.tr("Payments, deliveries and other obligations — remind (days "
                            "before):"), self.obligation_offsets)
        form.addRow(self.tr("Escalate after:"), self.escalate)
        form.addRow(self.tr("Escalation contact:"), self.contact)
        form.addRow(self.tr("One summary when more than:"), self.threshold)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.keep_in_tray = QCheckBox(self.tr("Keep Contract Desk in the tray when the window "
                                              "is closed"), self)
        self.keep_in_tray.setChecked(close_to_tray() and tray_available)
        self.keep_in_tray.setEnabled(tray_available)
        if not tray_available:
            self.keep_in_tray.setToolTip(self.tr("This desktop has no system tray"))
        self.when_closed = QCheckBox(self.tr("Remind me even when Contract Desk is not "
                                             "running"), self)
        self.schedule_state = QLabel(self)
        self.schedule_state.setWordWrap(True)
        self._installed = self._schedule_installed()
        self.when_closed.setChecked(self._installed)
        self.my_names = QLineEdit(", ".join(my_names()), self)
        self.my_names.setObjectName("my_names")
        self.my_names.setPlaceholderText(self.tr("e.g. Kari Nordmann, KN"))
        self.my_names.setToolTip(self.tr(
            "The owner names that are you, comma-separated. The inbox's \"Mine\" and your "
            "notifications then cover what you own and the escalations to you; empty: "
            "everything."))
        computer_box = QGroupBox(self.tr("On this computer"), self)
        column = QVBoxLayout(computer_box)
        mine = QFormLayout()
        mine.addRow(self.tr("My names as owner:"), self.my_names)
        column.addLayout(mine)
        column.addWidget(self.keep_in_tray)
        column.addWidget(self.when_closed)
        column.addWidget(self.schedule_state)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(register_box)
        layout.addWidget(computer_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _schedule_installed(self) -> bool:
        try:
            status = self.installer.status()
        except (ScheduleError, OSError) as error:
            self.schedule_state.setText(self.tr("The OS schedule cannot be read: {0}").format(
                error))
            return False
        if status.installed:
            where = ", ".join(str(path) for path in status.files)
            self.schedule_state.setText(self.tr("Installed: {0}").format(where))
        else:
            self.schedule_state.setText(self.tr(
                "Not installed. When on, the operating system runs a reminder check daily and "
                "at log-on (Windows Task Scheduler, macOS LaunchAgent or a systemd user timer)."))
        return status.installed

    def problems(self) -> list[str]:
        """What must be fixed before saving."""
        found = []
        for label, field in ((self.tr("Contract reminder days"), self.contract_offsets),
                             (self.tr("Obligation reminder days"), self.obligation_offsets)):
            problem = field.problem()
            if problem:
                found.append(f"{label}: {problem}")
        return found

    def changes(self) -> dict[str, Any]:
        """The register settings as entered (an empty field keeps the built-in default)."""
        defaults = ReminderSettings()
        contract = self.contract_offsets.value()
        obligation = self.obligation_offsets.value()
        return {
            "contract_offsets": defaults.contract_offsets if contract is None else contract,
            "obligation_offsets": defaults.obligation_offsets if obligation is None
            else obligation,
            "escalate_after_days": self.escalate.value(),
            "escalation_contact": self.contact.text().strip() or None,
            "summary_threshold": self.threshold.value(),
        }

    def save(self) -> None:
        """Store everything in the background, then close; stays open with the reason when
        something cannot be saved."""
        found = self.problems()
        if found:
            self.problem.setText("\n".join(found))
            return
        # This person's own choice, kept on this computer (a viewer may keep it too).
        save_my_names(self.my_names.text())  # "，", "、" and ";" separate names too
        changes, user = self.changes(), current_user()
        op = WriteOp(self, self.register, lambda session: save_reminder_settings(
            session, user=user, **changes))
        op.success(self._saved).failure(self._not_saved).disabling(self.buttons).run()

    def _not_saved(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.problem.setText(str(error))
        else:
            report(error)

    def _saved(self, settings: ReminderSettings) -> None:
        self.settings = settings
        if self.keep_in_tray.isEnabled():
            set_close_to_tray(self.keep_in_tray.isChecked())
        if self.when_closed.isChecked() != self._installed and not self._apply_schedule():
            return
        self.accept()

    def _apply_schedule(self) -> bool:
        wanted = self.when_closed.isChecked()
        try:
            status = self.installer.install() if wanted else self.installer.remove()
        except (ScheduleError, OSError) as error:
            QMessageBox.warning(self, self.tr("Reminder schedule"), self.tr(
                "The operating system did not accept the schedule:\n\n{0}\n\nThe other "
                "settings were saved.").format(error))
            self.when_closed.setChecked(self._installed)
            return False
        self._installed = status.installed
        return True
