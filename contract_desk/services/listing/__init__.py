"""What the window, the CLI and the exports read: plain frozen rows, the list with its key dates
and health, saved views.

Read-only: nothing here writes. May import ``domain``, ``models``, ``storage``
and ``services.register``; never Qt.
"""
