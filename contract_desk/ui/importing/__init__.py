"""Importing a spreadsheet from the window: the wizard, the fields it offers, the import history.

May import ``ui.common``, ``services``, ``importers``, ``storage`` and ``domain``.
"""
