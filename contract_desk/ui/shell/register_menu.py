"""File-menu commands on the register itself: new, open, recent, backup, restore, check, demo,
about."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from contract_desk import APP_NAME, __version__
from contract_desk.domain.clock import local_today
from contract_desk.i18n.formats import current_formats
from contract_desk.services import current_user
from contract_desk.services.checking.report import CheckReport
from contract_desk.services.demo.generate import generate_demo
from contract_desk.services.listing.queries import count_contracts
from contract_desk.storage import Register, StorageError, open_register
from contract_desk.storage.credentials import saved_password, without_password
from contract_desk.storage.environment import server_name
from contract_desk.storage.locations import data_dir
from contract_desk.storage.push import PushResult, push_register
from contract_desk.storage.server import DEFAULT_PORT, ServerLogin
from contract_desk.ui.common.not_saved import file_filter
from contract_desk.ui.common.ops import Op, QueryOp, WriteOp
from contract_desk.ui.common.worker import Progress, Task, run_with_progress
from contract_desk.ui.shell.check_dialog import CheckReportDialog, run_check
from contract_desk.ui.shell.connect_dialog import ConnectDialog
from contract_desk.ui.shell.first_start import FirstStartChoice, FirstStartDialog
from contract_desk.ui.shell.offline_copy import offer_copy

if TYPE_CHECKING:
    from contract_desk.ui.shell.approval_rules_dialog import ApprovalRulesDialog
    from contract_desk.ui.shell.holidays_dialog import HolidaysDialog
    from contract_desk.ui.shell.language_dialog import LanguageDialog
    from contract_desk.ui.shell.main_window import MainWindow
    from contract_desk.ui.shell.team_dialog import TeamDialog

RECENT_KEY = "registers/recent"
MAX_RECENT = 8


def recent_registers() -> list[str]:
    """Register files and team servers opened lately, newest first (no password in any)."""
    value = QSettings().value(RECENT_KEY) or []
    return [str(item) for item in (value if isinstance(value, list) else [value])]


def register_key(register: Register) -> str:
    """How the recent list names a register: its file, or its server URL without a password."""
    if register.path is not None:
        return str(register.path)
    return without_password(register.url).render_as_string(hide_password=False)


def remember_register(register: Register) -> None:
    """Put ``register`` at the top of the recent list."""
    key = register_key(register)
    items = [key] + [item for item in recent_registers() if item != key]
    QSettings().setValue(RECENT_KEY, items[:MAX_RECENT])


def recent_label(item: str) -> str:
    """A recent entry as the menu shows it: a file's path, or "user@server/database (team)"."""
    if "://" not in item:
        return item
    url = make_url(item)
    port = f":{url.port}" if url.port and url.port != DEFAULT_PORT else ""
    return QCoreApplication.translate("RegisterCommands", "{0} (team register)").format(
        f"{url.username}@{url.host}{port}/{url.database}")


class NotEmpty(Exception):
    """Demo data was asked for a register that holds contracts already."""


class RegisterCommands(QObject):
    """Connects the File menu's register commands of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: What the person chose on the first start of an empty register (None: not asked).
        self.first_start: FirstStartChoice | None = None
        a = window.actions
        a.new_register.triggered.connect(self.new_register)
        a.open_register.triggered.connect(self.open_register)
        a.connect_team.triggered.connect(lambda: self.connect_team())
        a.move_to_team.triggered.connect(lambda: self.move_to_team())
        a.backup.triggered.connect(self.backup)
        a.restore.triggered.connect(self.restore)
        a.check_register.triggered.connect(self.check_register)
        self.check_dialog: CheckReportDialog | None = None
        a.load_demo.triggered.connect(self.load_demo)
        window.menus["recent"].aboutToShow.connect(self._fill_recent)
        is_file = window.register.path is not None
        a.backup.setEnabled(is_file)
        a.restore.setEnabled(is_file)
        a.move_to_team.setEnabled(is_file)
        # The team's people: an admin's (or the database owner's) team register.
        a.team.triggered.connect(lambda: self.open_team())
        a.language.triggered.connect(lambda: self.open_language())
        a.approval_rules.triggered.connect(lambda: self.open_approval_rules())
        a.holidays.triggered.connect(lambda: self.open_holidays())
        a.team.setEnabled(not is_file and window.register.team_role in ("admin", None))
        remember_register(window.register)

    # -- switching registers ----------------------------------------------------
    def new_register(self) -> None:
        """Create an empty register in a file the user names, and switch to it."""
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New register"), str(data_dir() / "register.sqlite3"),
            file_filter())
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(self.window, self.tr("New register"), self.tr(
                    "{0} already exists. Choose Open register to open it.").format(path))
                return
            self.switch_to(path)

    def open_register(self) -> None:
        """Open another register file."""
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open register"), str(data_dir()), file_filter())
        if name:
            self.switch_to(Path(name))

    def _fill_recent(self) -> None:
        menu = self.window.menus["recent"]
        menu.clear()
        current = register_key(self.window.register)
        for item in recent_registers():
            action = menu.addAction(recent_label(item))
            if "://" in item:
                action.setEnabled(item != current)
                action.triggered.connect(partial(self._open_server, item))
            else:
                action.setEnabled(item != current and Path(item).exists())
                action.triggered.connect(partial(self.switch_to, Path(item)))
        if menu.isEmpty():
            menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def connect_team(self, login: ServerLogin | None = None, message: str = "") -> bool:
        """File → Connect to a team register…: ask, try, then open it in a new window."""
        if login is None and self.window.register.path is None:
            login = ServerLogin.from_url(self.window.register.url)
        dialog = ConnectDialog(self.window, login=login)
        if message:
            dialog.status.setText(message)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        url = dialog.chosen
        if dialog.unsaved_password:  # no keyring here: held in memory for this session only
            url = url.set(password=dialog.unsaved_password)
        return self.switch_to(url)

    def move_to_team(self, login: ServerLogin | None = None) -> Task | None:
        """File → Move this register to a team server…: choose it, confirm, copy, switch.

        Everything is copied in one transaction (``storage.push``); this file is
        then backed up and kept read-only, and the team register opens here.
        """
        register = self.window.register
        if register.path is None or register.read_only or not self.window.detail.may_leave():
            return None
        dialog = ConnectDialog(self.window, login=login, moving=True)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        url = dialog.chosen
        if dialog.unsaved_password:
            url = url.set(password=dialog.unsaved_password)
        answer = QMessageBox.question(
            self.window, self.tr("Move this register to a team server"),
            self.tr(
                "Copy every contract, counterparty, obligation, reminder, setting, import, "
                "history entry and attachment of {0} into the team register {1}? The copy is "
                "checked (counts and file hashes) before it is kept. This file is then backed "
                "up and kept read-only, and the team register opens in this window.").format(
                register.location, server_name(url)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None

        def job(progress: Progress) -> PushResult:
            target = open_register(url)
            try:
                def say(text: str) -> None:
                    progress.check()  # Cancel before the commit: nothing is moved
                    progress.report(0, 0, text)

                return push_register(register, target, report=say)
            finally:
                target.close()

        return run_with_progress(
            self.window, job, title=self.tr("Moving the register"),
            on_success=lambda result: self._moved(url, result),
            on_failure=lambda error: QMessageBox.warning(
                self.window, self.tr("Not moved"), self.tr(
                    "Nothing was moved; this register is as it was. {0}").format(
                    str(error)[:1].upper() + str(error)[1:])))

    def _moved(self, url: URL, result: PushResult) -> None:
        number = current_formats().number
        QMessageBox.information(self.window, self.tr("Moved"), self.tr(
            "{0} contracts and {1} attachment files are in the team register {2}. This "
            "file is kept read-only, with a backup in {3}.").format(
            number(result.rows.get("contract", 0)), number(result.files), server_name(url),
            result.backup))
        self.switch_to(url)

    def open_team(self) -> TeamDialog:
        """Settings → Team…: the team register's people and their roles."""
        from contract_desk.ui.shell.team_dialog import TeamDialog

        dialog = TeamDialog(self.window.register, self.window)
        dialog.changed.connect(lambda said: self.window.statusBar().showMessage(said, 10_000))
        dialog.refresh()
        dialog.open()
        return dialog

    def open_holidays(self) -> HolidaysDialog:
        """Settings → Public holidays…: the register's country for business days."""
        from contract_desk.ui.shell.holidays_dialog import HolidaysDialog

        dialog = HolidaysDialog(self.window.register, self.window)

        def saved(said: str, changed: bool) -> None:
            self.window.statusBar().showMessage(said, 10_000)
            if changed:
                self.window.reload()

        dialog.saved.connect(saved)
        dialog.refresh()
        dialog.open()
        return dialog

    def open_approval_rules(self) -> ApprovalRulesDialog:
        """Settings → Approval rules…: which steps need whose yes (read-only but for admins)."""
        from contract_desk.ui.shell.approval_rules_dialog import ApprovalRulesDialog

        types = {item.row.contract_type for item in self.window.model.all_items()
                 if item.row.contract_type}  # the types in the register, already listed
        dialog = ApprovalRulesDialog(self.window.register, self.window, contract_types=types,
                                     formatter=self.window.model.formatter)
        dialog.saved.connect(lambda said: self.window.statusBar().showMessage(said, 10_000))
        dialog.refresh()
        dialog.open()
        return dialog

    def open_language(self) -> LanguageDialog:
        """Settings → Language…: the language from the next start."""
        from contract_desk.ui.shell.language_dialog import LanguageDialog

        dialog = LanguageDialog(self.window)

        def chosen() -> None:
            if dialog.changes_language():
                self.window.statusBar().showMessage(self.tr(
                    "The new language takes effect when Contract Desk starts again."), 15_000)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _open_server(self, item: str, _checked: bool = False) -> None:
        """A team register from Open recent: with the kept password, else ask for it."""
        url = make_url(item)
        if saved_password(url) is None:
            self.connect_team(ServerLogin.from_url(url))
            return
        self.switch_to(url)

    def switch_to(self, path: Path | URL, _checked: bool = False) -> bool:
        """Open ``path`` in a new window and close this one; explain when it cannot be opened."""
        if not self.window.detail.may_leave():
            return False
        try:
            register = open_register(path)
        except (StorageError, OSError, ValueError) as error:
            offered, copy = (offer_copy(self.window, path, error) if isinstance(path, URL)
                             else (False, None))
            if copy is not None:  # a team register out of reach: its offline copy instead
                return self.switch_to(copy)
            if offered:
                return False  # the person chose not to open the copy
            QMessageBox.critical(self.window, self.tr("Cannot open the register"),
                                 str(error))
            return False
        from contract_desk.ui.shell.main_window import MainWindow

        successor = MainWindow(register)
        successor.show()
        successor.commands.offer_first_start()
        self.window.save_state()
        self.window.close()
        self.window.register.close()
        return True

    def reopen_saved_copy(self, target: Path) -> MainWindow | None:
        """Open the saved copy in a new window in place of ``window``, keeping unsaved edits."""
        from contract_desk.ui.shell.main_window import MainWindow

        window = self.window
        detail = window.detail
        edits = detail.form.fields() if detail.dirty else None
        uid = detail.row.uid if detail.row is not None else None
        # The old connections go first: the last one to close removes the old file's
        # write-ahead log by name, which must not be the new file's.
        window.register.close()
        try:
            register = open_register(target, create=False)
        except (StorageError, OSError) as error:
            QMessageBox.critical(window, self.tr("Cannot open the register"), self.tr(
                "The register was saved to {0}, but it cannot be opened: {1}").format(
                target, error))
            return None
        successor = MainWindow(register)
        successor.show()
        successor.load_now()
        if edits is not None:
            if uid is None:
                successor.detail.start_new()
            else:
                successor.reveal(uid)
                reading = successor.detail.loading.op
                if reading is not None:
                    reading.wait()  # read first, or it would replace the edits put below
            successor.detail.form.put(edits)
        detail.dirty = False  # carried over: the old window may close without asking
        window.close()
        successor.statusBar().showMessage(
            self.tr("The open register was saved to {0}.").format(target), 10_000)
        return successor

    # -- backups ----------------------------------------------------------------
    def backup(self) -> None:
        """Copy the register into its backups folder now, checking the copy (in the background)."""
        from contract_desk.storage.backup import backup, backup_check

        register = self.window.register

        def job(progress: Progress) -> Any:
            progress.report(0, 0, self.tr("Backing up and checking the copy…"))
            path = backup(register, reason="manual")
            return path, backup_check(path)

        run_with_progress(self.window, job, title=self.tr("Back up now"),
                          on_success=self._backed_up,
                          on_failure=lambda error: QMessageBox.warning(
                              self.window, self.tr("Backup failed"), str(error)))

    def _backed_up(self, result: Any) -> None:
        path, check = result
        if check is not None and not check.ok:
            QMessageBox.warning(self.window, self.tr("Backup failed its check"),
                                self.tr(
                "The backup {0} was kept, but it failed its check: it {1}. It will not be "
                "offered for restore. Choose File → Check register… to look at the register "
                "itself.").format(path, check.problem))
            return
        self.window.statusBar().showMessage(
            self.tr("Backed up to {0} (checked: intact)").format(path), 8000)

    def restore(self) -> None:
        """Replace the register with one of its backups, after a safety backup."""
        from contract_desk.storage.backup import list_backups, restore
        from contract_desk.ui.shell.restore_dialog import RestoreDialog

        try:
            backups = list_backups(self.window.register)
        except (StorageError, OSError) as error:
            QMessageBox.warning(self.window, self.tr("Restore"), str(error))
            return
        if not backups:
            QMessageBox.information(self.window, self.tr("Restore"),
                                    self.tr("There are no backups of this register yet."))
            return
        dialog = RestoreDialog(backups, self.window.model.formatter.timestamp, self.window)
        if not dialog.exec() or dialog.chosen is None or not self.window.detail.may_leave():
            return
        if self.window.register.damaged is not None:  # keep the damage aside, then reopen
            self.window.damage.restore_backup(dialog.chosen)
            return
        register, chosen = self.window.register, dialog.chosen.path
        # Copies files and waits for the register's other users: in the background.
        Op(self.window, lambda _progress: restore(register, chosen)).with_progress(
            self.tr("Restoring")).success(self._restored).failure(
            lambda error: QMessageBox.warning(self.window, self.tr("Restore failed"),
                                              str(error))).run()

    def _restored(self, safety: Path) -> None:
        self.window.detail.show_nothing()
        self.window.reload()
        QMessageBox.information(self.window, self.tr("Restored"), self.tr(
            "The register was restored. The state before the restore was saved as {0}.").format(
            safety))

    def check_register(self) -> None:
        """Run the full check of the register in the background and show what it found."""
        run_check(self.window, self._show_check)

    def _show_check(self, report: CheckReport) -> None:
        self.check_dialog = CheckReportDialog(report, self.window)
        self.check_dialog.show()

    # -- demo and first start ---------------------------------------------------
    def offer_first_start(self) -> Op[int]:
        """On an empty register: import a spreadsheet, load demo data, or start empty.

        The register is counted in the background; the choice is kept in ``first_start``.
        """
        return QueryOp(self.window, self.window.register, count_contracts).success(
            lambda contracts: None if contracts else self._first_start()).run()

    def _first_start(self) -> None:
        dialog = FirstStartDialog(self.window, can_import=True)
        dialog.exec()
        self.first_start = dialog.choice
        if dialog.choice is FirstStartChoice.DEMO:
            self.load_demo()
        elif dialog.choice is FirstStartChoice.IMPORT:
            self.window.actions.import_file.trigger()

    def load_demo(self, count: int = 250) -> Op[Any]:
        """Fill an empty register with demo contracts (in the background)."""
        today, user = local_today(), current_user()
        creating = self.tr("Creating {0} demo contracts…", "", count).format(count)

        def fill(session: Session, progress: Progress) -> Any:
            if count_contracts(session):  # asked in the same transaction that fills it
                raise NotEmpty
            progress.report(0, 0, creating)
            return generate_demo(session, count=count, seed=1, today=today, user=user)

        op = WriteOp(self.window, self.window.register, fill, reporting=True).with_progress(
            self.tr("Demo data"))
        return op.success(lambda _: self.window.reload()).failure(self._no_demo).run()

    def _no_demo(self, error: Exception) -> None:
        if isinstance(error, NotEmpty):
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "Demo data only goes into an empty register. Use File → New register first."))
        else:
            QMessageBox.warning(self.window, APP_NAME, str(error))

    def about(self) -> None:
        """Version, data folder and database."""
        register = self.window.register
        where = register.location
        QMessageBox.about(
            self.window, self.tr("About {0}").format(APP_NAME),
            self.tr(
                "<h3>{0} {1}</h3><p>A register of your signed contracts that warns you "
                "before notice deadlines, expiries and obligations.</p>"
                "<p><b>Database:</b> {2}<br><b>Data folder:</b> {3}<br>"
                "<b>Attachments:</b> {4}<br><b>Backups:</b> {5}</p>"
            ).format(APP_NAME, __version__, where, data_dir(), register.attachments_dir,
                     register.backups_dir),
        )
