"""What the window, the CLI and the exports read: plain frozen rows, the list with its key dates
and health, saved views.

Read-only: nothing here writes. May import ``domain``, ``models``,
``storage``, ``services.register`` and ``services.reminders`` (the alerts an
export lists); never Qt.
"""
