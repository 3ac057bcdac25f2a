"""Every command of the window as a QAction, with its shortcut, tip and menu place."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle

Key = QKeySequence.StandardKey


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
    find: QAction
    show_table: QAction
    show_timeline: QAction
    show_dashboard: QAction
    show_alerts: QAction
    check_reminders: QAction
    reminder_settings: QAction
    team: QAction
    columns: QAction
    legend: QAction
    reload: QAction
    load_demo: QAction
    about: QAction

    def all(self) -> list[QAction]:
        """Every action, in declaration order."""
        return [getattr(self, field.name) for field in fields(self)]


def _action(window: QMainWindow, text: str, tip: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: QStyle.StandardPixmap | None = None) -> QAction:
    action = QAction(window.tr(text), window)
    action.setStatusTip(window.tr(tip))
    action.setToolTip(window.tr(tip))
    if shortcut is not None:
        sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
        action.setShortcut(sequence)
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    return action


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions (not yet connected) for ``window``."""
    pix = QStyle.StandardPixmap
    a = _action
    actions = Actions(
        new_register=a(window, "&New register…", "Start an empty register in a new file"),
        open_register=a(window, "&Open register…", "Open another register file", Key.Open,
                        pix.SP_DialogOpenButton),
        connect_team=a(window, "&Connect to a team register…",
                       "Open a register your team shares on a PostgreSQL server"),
        move_to_team=a(window, "&Move this register to a team server…",
                       "Copy this register whole into a team register on PostgreSQL; this "
                       "file is kept as a read-only backup"),
        import_file=a(window, "&Import spreadsheet…",
                      "Import an Excel, ODS or CSV register (or drop the file on the window)",
                      "Ctrl+I"),
        import_history=a(window, "Import &history…",
                         "Every import into this register; undo a whole one"),
        export_file=a(window, "&Export…", "Export to Excel, CSV, a calendar or a PDF report",
                      "Ctrl+E"),
        backup=a(window, "&Back up now", "Copy the register file into the backups folder"),
        restore=a(window, "&Restore from backup…", "Replace the register with a backup"),
        check_register=a(window, "Chec&k register…", "Check the register thoroughly: pages, "
                         "references, attachment files, the reminder index (changes nothing)"),
        quit=a(window, "&Quit", "Close Contract Desk", Key.Quit),
        new_contract=a(window, "&New contract", "Add a contract (Ctrl+N)", Key.New,
                       pix.SP_FileIcon),
        save=a(window, "&Save", "Save the contract being edited (Ctrl+S)", Key.Save,
               pix.SP_DialogSaveButton),
        delete=a(window, "&Delete", "Delete the selected contracts (Del); can be undone",
                 QKeySequence(QKeySequence.StandardKey.Delete), pix.SP_TrashIcon),
        undo_delete=a(window, "&Undo delete", "Bring back the contracts deleted last", Key.Undo),
        handover=a(window, "Change &owner…", "Hand the selected contracts over to someone else"),
        set_status=a(window, "Change s&tatus…", "Set the status of the selected contracts"),
        add_tag=a(window, "Add &tag…", "Tag the selected contracts"),
        find=a(window, "&Find", "Search reference, title, counterparty, owner, notes, tags "
               "(Ctrl+F)", Key.Find),
        show_table=a(window, "&Table", "Show the contract table", "Ctrl+1"),
        show_timeline=a(window, "T&imeline", "Show the timeline", "Ctrl+2"),
        show_dashboard=a(window, "&Dashboard", "Show the dashboard", "Ctrl+3"),
        show_alerts=a(window, "&Alerts", "Show the reminders that need attention", "Ctrl+4"),
        check_reminders=a(window, "&Check reminders now",
                          "Look for reminders that came due since the last check"),
        reminder_settings=a(window, "&Reminders…", "Reminder days, escalation, the tray, and "
                            "reminders while Contract Desk is closed"),
        team=a(window, "&Team…", "Who may open this team register and what they may do "
               "(admins)"),
        columns=a(window, "&Columns…", "Choose the columns of the table"),
        legend=a(window, "Health &legend", "What the row colours mean"),
        reload=a(window, "&Reload", "Read the register again (F5)", Key.Refresh,
                 pix.SP_BrowserReload),
        load_demo=a(window, "Load &demo data", "Fill an empty register with demo contracts"),
        about=a(window, "&About Contract Desk", "Version, data folder and database"),
    )
    for action in (actions.show_table, actions.show_timeline, actions.show_dashboard,
                   actions.show_alerts):
        action.setCheckable(True)
    actions.show_table.setChecked(True)
    return actions


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    """The menu bar: File, Edit, View, Settings, Help."""
    bar = window.menuBar()
    menus = {name: bar.addMenu(window.tr(title)) for name, title in
             (("file", "&File"), ("edit", "&Edit"), ("view", "&View"),
              ("settings", "&Settings"), ("help", "&Help"))}
    recent = QMenu(window.tr("Open &recent"), window)
    recent.setObjectName("recent_menu")
    file_menu = menus["file"]
    for item in (actions.new_register, actions.open_register, actions.connect_team, recent,
                 actions.move_to_team, None, actions.import_file,
                 actions.import_history, actions.export_file, None, actions.backup,
                 actions.restore, actions.check_register, None, actions.load_demo, None,
                 actions.quit):
        _add(file_menu, item)
    for item in (actions.new_contract, actions.save, actions.delete, actions.undo_delete, None,
                 actions.handover, actions.set_status, actions.add_tag, None, actions.find):
        _add(menus["edit"], item)
    for item in (actions.show_table, actions.show_timeline, actions.show_dashboard,
                 actions.show_alerts, None, actions.columns, actions.legend, None,
                 actions.check_reminders, actions.reload):
        _add(menus["view"], item)
    menus["settings"].addAction(actions.reminder_settings)
    menus["settings"].addAction(actions.team)
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

