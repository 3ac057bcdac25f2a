"""Every command of the window as a QAction, with its shortcut, tip and menu place."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle

from contract_desk.ui.common.translation import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass
class Actions:
    """The window's actions; menus and the toolbar share them."""

    new_register: QAction
    open_register: QAction
    connect_team: QAction
    move_to_team: QAction
    import_file: QAction
    import_history: QAction
    export_file: QAction
    backup: QAction
    restore: QAction
    check_register: QAction
    quit: QAction
    new_contract: QAction
    save: QAction
    delete: QAction
    undo_delete: QAction
    handover: QAction
    set_status: QAction
    add_tag: QAction
    notice_letter: QAction
    record_notice: QAction
    request_approval: QAction
    amend: QAction
    find: QAction
    show_table: QAction
    show_timeline: QAction
    show_dashboard: QAction
    show_alerts: QAction
    check_reminders: QAction
    reminder_settings: QAction
    approval_rules: QAction
    holidays: QAction
    team: QAction
    language: QAction
    columns: QAction
    legend: QAction
    reload: QAction
    load_demo: QAction
    about: QAction

    def all(self) -> list[QAction]:
        """Every action, in declaration order."""
        return [getattr(self, field.name) for field in fields(self)]


def _action(window: QMainWindow, text: str, tip: str, shortcut: Shortcut = None,
            icon: QStyle.StandardPixmap | None = None) -> QAction:
    action = QAction(QCoreApplication.translate("Actions", text), window)
    action.setStatusTip(QCoreApplication.translate("Actions", tip))
    action.setToolTip(QCoreApplication.translate("Actions", tip))
    if shortcut is not None:
        sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
        action.setShortcut(sequence)
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    return action


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions (not yet connected) for ``window``."""
    pix = QStyle.StandardPixmap

    def a(text: str, tip: str, shortcut: Shortcut = None,
          icon: QStyle.StandardPixmap | None = None) -> QAction:
        return _action(window, text, tip, shortcut, icon)

    actions = Actions(
        new_register=a(QT_TRANSLATE_NOOP("Actions", "&New register…"),
                       QT_TRANSLATE_NOOP("Actions", "Start an empty register in a new file")),
        open_register=a(QT_TRANSLATE_NOOP("Actions", "&Open register…"),
                        QT_TRANSLATE_NOOP("Actions", "Open another register file"), Key.Open,
                        pix.SP_DialogOpenButton),
        connect_team=a(QT_TRANSLATE_NOOP("Actions", "&Connect to a team register…"),
                       QT_TRANSLATE_NOOP("Actions", "Open a register your team shares on a "
                                                    "PostgreSQL server")),
        move_to_team=a(QT_TRANSLATE_NOOP("Actions", "&Move this register to a team server…"),
                       QT_TRANSLATE_NOOP("Actions", "Copy this register whole into a team "
                                                    "register on PostgreSQL; this file is kept "
                                                    "as a read-only backup")),
        import_file=a(QT_TRANSLATE_NOOP("Actions", "&Import spreadsheet…"),
                      QT_TRANSLATE_NOOP("Actions", "Import an Excel, ODS or CSV register (or "
                                                   "drop the file on the window)"), "Ctrl+I"),
        import_history=a(QT_TRANSLATE_NOOP("Actions", "Import &history…"),
                         QT_TRANSLATE_NOOP("Actions", "Every import into this register; undo a "
                                                      "whole one")),
        export_file=a(QT_TRANSLATE_NOOP("Actions", "&Export…"),
                      QT_TRANSLATE_NOOP("Actions", "Export to Excel, CSV, a calendar or a PDF "
                                                   "report"), "Ctrl+E"),
        backup=a(QT_TRANSLATE_NOOP("Actions", "&Back up now"),
                 QT_TRANSLATE_NOOP("Actions", "Copy the register file into the backups folder")),
        restore=a(QT_TRANSLATE_NOOP("Actions", "&Restore from backup…"),
                  QT_TRANSLATE_NOOP("Actions", "Replace the register with a backup")),
        check_register=a(QT_TRANSLATE_NOOP("Actions", "Chec&k register…"),
                         QT_TRANSLATE_NOOP("Actions", "Check the register thoroughly: pages, "
                                                      "references, attachment files, the "
                                                      "reminder index (changes nothing)")),
        quit=a(QT_TRANSLATE_NOOP("Actions", "&Quit"),
               QT_TRANSLATE_NOOP("Actions", "Close Contract Desk"), Key.Quit),
        new_contract=a(QT_TRANSLATE_NOOP("Actions", "&New contract"),
                       QT_TRANSLATE_NOOP("Actions", "Add a contract (Ctrl+N)"), Key.New,
                       pix.SP_FileIcon),
        save=a(QT_TRANSLATE_NOOP("Actions", "&Save"),
               QT_TRANSLATE_NOOP("Actions", "Save the contract being edited (Ctrl+S)"), Key.Save,
               pix.SP_DialogSaveButton),
        delete=a(QT_TRANSLATE_NOOP("Actions", "&Delete"),
                 QT_TRANSLATE_NOOP("Actions", "Delete the selected contracts (Del); can be undone"),
                 QKeySequence(QKeySequence.StandardKey.Delete), pix.SP_TrashIcon),
        undo_delete=a(QT_TRANSLATE_NOOP("Actions", "&Undo delete"),
                      QT_TRANSLATE_NOOP("Actions", "Bring back the contracts deleted last"),
                      Key.Undo),
        handover=a(QT_TRANSLATE_NOOP("Actions", "Change &owner…"),
                   QT_TRANSLATE_NOOP("Actions", "Hand the selected contracts over to someone "
                                                "else")),
        set_status=a(QT_TRANSLATE_NOOP("Actions", "Change s&tatus…"),
                     QT_TRANSLATE_NOOP("Actions", "Set the status of the selected contracts")),
        add_tag=a(QT_TRANSLATE_NOOP("Actions", "Add &tag…"),
                  QT_TRANSLATE_NOOP("Actions", "Tag the selected contracts")),
        notice_letter=a(QT_TRANSLATE_NOOP("Actions", "Write notice &letter…"),
                        QT_TRANSLATE_NOOP("Actions", "Write the letter that gives notice to end "
                                                     "the contract under the cursor (.docx or "
                                                     ".pdf), in English, Norwegian, Korean or "
                                                     "Chinese")),
        record_notice=a(QT_TRANSLATE_NOOP("Actions", "&Record notice…"),
                        QT_TRANSLATE_NOOP("Actions", "Record a notice given or received for the "
                                                     "contract under the cursor, with its proof: "
                                                     "the contract then ends on the term end it "
                                                     "reaches")),
        request_approval=a(QT_TRANSLATE_NOOP("Actions", "Request &approval…"),
                           QT_TRANSLATE_NOOP("Actions", "Ask the approvers the register's rules "
                                                        "name to approve the contract under the "
                                                        "cursor, a notice on it or a renewal "
                                                        "decision")),
        amend=a(QT_TRANSLATE_NOOP("Actions", "A&mend contract…"),
                QT_TRANSLATE_NOOP("Actions", "Record a dated amendment of the term, renewal, "
                                             "notice or value of the contract under the "
                                             "cursor; the terms before it are kept")),
        find=a(QT_TRANSLATE_NOOP("Actions", "&Find"),
               QT_TRANSLATE_NOOP("Actions", "Search reference, title, counterparty, owner, "
                                            "notes, tags (Ctrl+F)"), Key.Find),
        show_table=a(QT_TRANSLATE_NOOP("Actions", "&Table"),
                     QT_TRANSLATE_NOOP("Actions", "Show the contract table"), "Ctrl+1"),
        show_timeline=a(QT_TRANSLATE_NOOP("Actions", "T&imeline"),
                        QT_TRANSLATE_NOOP("Actions", "Show the timeline"), "Ctrl+2"),
        show_dashboard=a(QT_TRANSLATE_NOOP("Actions", "&Dashboard"),
                         QT_TRANSLATE_NOOP("Actions", "Show the dashboard"), "Ctrl+3"),
        show_alerts=a(QT_TRANSLATE_NOOP("Actions", "&Alerts"),
                      QT_TRANSLATE_NOOP("Actions", "Show the reminders that need attention"),
                      "Ctrl+4"),
        check_reminders=a(QT_TRANSLATE_NOOP("Actions", "&Check reminders now"),
                          QT_TRANSLATE_NOOP("Actions", "Look for reminders that came due since "
                                                       "the last check")),
        reminder_settings=a(QT_TRANSLATE_NOOP("Actions", "&Reminders…"),
                            QT_TRANSLATE_NOOP("Actions", "Reminder days, escalation, the tray, "
                                                         "and reminders while Contract Desk is "
                                                         "closed")),
        approval_rules=a(QT_TRANSLATE_NOOP("Actions", "&Approval rules…"),
                         QT_TRANSLATE_NOOP("Actions", "Which new contracts, notices and renewal "
                                                      "decisions need whose approval (admins on "
                                                      "a team register)")),
        holidays=a(QT_TRANSLATE_NOOP("Actions", "Public &holidays…"),
                   QT_TRANSLATE_NOOP("Actions", "The country whose public holidays business "
                                                "days skip, for contracts without their own")),
        team=a(QT_TRANSLATE_NOOP("Actions", "&Team…"),
               QT_TRANSLATE_NOOP("Actions", "Who may open this team register and what they may "
                                            "do (admins)")),
        language=a(QT_TRANSLATE_NOOP("Actions", "&Language…"),
                   QT_TRANSLATE_NOOP("Actions", "The language Contract Desk speaks on this "
                                                "computer (from its next start)")),
        columns=a(QT_TRANSLATE_NOOP("Actions", "&Columns…"),
                  QT_TRANSLATE_NOOP("Actions", "Choose the columns of the table")),
        legend=a(QT_TRANSLATE_NOOP("Actions", "Health &legend"),
                 QT_TRANSLATE_NOOP("Actions", "What the row colours mean")),
        reload=a(QT_TRANSLATE_NOOP("Actions", "&Reload"),
                 QT_TRANSLATE_NOOP("Actions", "Read the register again (F5)"), Key.Refresh,
                 pix.SP_BrowserReload),
        load_demo=a(QT_TRANSLATE_NOOP("Actions", "Load &demo data"),
                    QT_TRANSLATE_NOOP("Actions", "Fill an empty register with demo contracts")),
        about=a(QT_TRANSLATE_NOOP("Actions", "&About Contract Desk"),
                QT_TRANSLATE_NOOP("Actions", "Version, data folder and database")),
    )
    for action in (actions.show_table, actions.show_timeline, actions.show_dashboard,
                   actions.show_alerts):
        action.setCheckable(True)
    actions.show_table.setChecked(True)
    return actions


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    """The menu bar: File, Edit, View, Settings, Help."""
    bar = window.menuBar()
    menus = {name: bar.addMenu(QCoreApplication.translate("Actions", title)) for name, title in
             (("file", QT_TRANSLATE_NOOP("Actions", "&File")),
              ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
              ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
              ("settings", QT_TRANSLATE_NOOP("Actions", "&Settings")),
              ("help", QT_TRANSLATE_NOOP("Actions", "&Help")))}
    recent = QMenu(QCoreApplication.translate("Actions", "Open &recent"), window)
    recent.setObjectName("recent_menu")
    file_menu = menus["file"]
    for item in (actions.new_register, actions.open_register, actions.connect_team, recent,
                 actions.move_to_team, None, actions.import_file,
                 actions.import_history, actions.export_file, None, actions.backup,
                 actions.restore, actions.check_register, None, actions.load_demo, None,
                 actions.quit):
        _add(file_menu, item)
    for item in (actions.new_contract, actions.save, actions.delete, actions.undo_delete, None,
                 actions.handover, actions.set_status, actions.add_tag, actions.notice_letter,
                 actions.record_notice, actions.request_approval, actions.amend, None,
                 actions.find):
        _add(menus["edit"], item)
    for item in (actions.show_table, actions.show_timeline, actions.show_dashboard,
                 actions.show_alerts, None, actions.columns, actions.legend, None,
                 actions.check_reminders, actions.reload):
        _add(menus["view"], item)
    menus["settings"].addAction(actions.reminder_settings)
    menus["settings"].addAction(actions.approval_rules)
    menus["settings"].addAction(actions.holidays)
    menus["settings"].addAction(actions.team)
    menus["settings"].addAction(actions.language)
    menus["help"].addAction(actions.about)
    menus["recent"] = recent
    return menus


def _add(menu: QMenu, item: QAction | QMenu | None) -> None:
    if item is None:
        menu.addSeparator()
    elif isinstance(item, QMenu):
        menu.addMenu(item)
    else:
        menu.addAction(item)

