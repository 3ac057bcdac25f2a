"""Reminders in the window: the alerts inbox, the checks while the window runs, the tray and the
reminder settings.

May import ``ui.common``, ``services``, ``storage``, ``domain`` and ``notify``.
"""
