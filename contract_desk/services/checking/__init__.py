"""The full check of a register (``contract-desk check``, File → Check register…): pages,
references, attachment files, the reminder index.

Reads only (its trial reminder check is rolled back). May import every other
``services`` subpackage; never Qt.
"""
