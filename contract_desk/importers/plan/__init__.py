"""From an analysed sheet to an import plan: every row as it would be stored, with its problems,
rows that cannot be contracts set aside, obligations from a sheet of their own, big sheets
planned while they are read.

May import every other ``importers`` stage and ``domain``; nothing of the
database (``services.importing`` stores a plan).
"""
