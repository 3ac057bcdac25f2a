"""The dashboard's numbers and bar charts, each with the contracts it counts (a click filters to
them).

May import ``domain``, ``models``, ``services.listing`` and ``services.timeline``; never Qt.
"""
