"""The dashboard: tiles and bar charts of the whole register; a click filters the table.

May import ``ui.common``, ``ui.table`` and ``ui.timeline`` (a click filters
them), ``services``, ``storage`` and ``domain``.
"""
