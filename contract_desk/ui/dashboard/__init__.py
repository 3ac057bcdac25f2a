"""The dashboard: tiles and bar charts of the whole register; a click filters the table.

May import ``ui.common``, ``services``, ``storage`` and ``domain``.
"""
