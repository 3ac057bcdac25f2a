"""The PySide6 window. Calls services; holds no business rules."""
