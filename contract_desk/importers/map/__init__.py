"""Which contract field each column holds: header synonyms in the register languages, what a
column's values say, the suggested mapping with its reasons.

May import ``importers.read``, ``importers.values`` and ``domain``; nothing of
the database.
"""
