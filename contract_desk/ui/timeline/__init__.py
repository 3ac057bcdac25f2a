"""The timeline view: its canvas, painting, tooltips and image/PDF export.

May import ``ui.common``, ``services``, ``storage`` and ``domain``.
"""
