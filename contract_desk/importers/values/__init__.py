"""Reading one cell as the value its column holds: dates, amounts and currencies, terms and
periods, yes/no and status words, in the register languages.

May import ``domain`` and ``importers.read``'s cell shapes; nothing of the
database.
"""
