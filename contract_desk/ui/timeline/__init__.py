"""The timeline view: its canvas, painting, tooltips and image/PDF export.

May import ``ui.common``, ``ui.table`` (it draws the table's filtered rows),
``services``, ``storage`` and ``domain``.
"""
