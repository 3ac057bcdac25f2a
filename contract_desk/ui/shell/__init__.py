"""The window's frame: starting the app, the main window, its menus and actions, the status bar's
notices, and the dialogs about the whole register (open, connect, back up, restore, check,
export).

May import every other ``ui`` subpackage, ``services``, ``storage`` and ``domain``.
"""
