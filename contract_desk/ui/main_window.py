"""The main window: a table of the register's contracts (the full window comes next)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMessageBox, QTableView, QVBoxLayout, QWidget

from contract_desk import APP_NAME, __version__
from contract_desk.domain.clock import local_today
from contract_desk.services import current_user, list_contracts
from contract_desk.services.demo import generate_demo
from contract_desk.services.queries import count_contracts
from contract_desk.storage import Register
from contract_desk.ui.contract_table_model import SORT_ROLE, ContractTableModel


class MainWindow(QMainWindow):
    """Shows every contract of one register in a sortable, searchable table."""

    def __init__(self, register: Register) -> None:
        super().__init__()
        self._register = register
        self.setWindowTitle(f"{APP_NAME} — {register.path or register.url.database}")
        self.resize(1200, 720)
        self.model = ContractTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search reference, title, counterparty, owner…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self._build_menus()
        self.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.demo_action = QAction(self.tr("Load &demo data"), self)
        self.demo_action.triggered.connect(self._on_load_demo)
        file_menu.addAction(self.demo_action)
        reload_action = QAction(self.tr("&Reload"), self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.reload)
        file_menu.addAction(reload_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About {0}").format(APP_NAME), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def reload(self) -> None:
        """Read the register again and show it."""
        with self._register.transaction() as session:
            rows = list_contracts(session, today=local_today())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.statusBar().showMessage(self.tr("{0} contracts").format(len(rows)))

    def is_empty(self) -> bool:
        """True when the register holds no contract yet."""
        with self._register.transaction() as session:
            return count_contracts(session) == 0

    def offer_first_start(self) -> None:
        """On an empty register, offer demo data (importing arrives with the importer)."""
        if not self.is_empty():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Welcome to {0}").format(APP_NAME),
            self.tr("This register is empty. Load demo contracts to look around?\n"
                    "(You can start empty and add your own instead.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._on_load_demo()

    def _on_load_demo(self) -> None:
        if not self.is_empty():
            QMessageBox.information(
                self, APP_NAME, self.tr("Demo data only goes into an empty register.")
            )
            return
        with self._register.transaction() as session:
            generate_demo(session, count=250, seed=1, today=local_today(), user=current_user())
        self.reload()

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {0}").format(APP_NAME),
            self.tr("{0} {1}\n\nRegister: {2}").format(
                APP_NAME, __version__, self._register.path or self._register.url
            ),
        )
