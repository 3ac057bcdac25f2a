"""The PySide6 window. Calls services; holds no business rules."""

# Qt first: PySide6 then looks at every module imported so far (see qt_sources).
import PySide6.QtCore  # noqa: F401

from contract_desk.ui.qt_sources import read_sources_once

read_sources_once()
