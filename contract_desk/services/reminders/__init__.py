"""Reminders: which fall due (scan, plan), raising them as alerts (one stored row per raised
reminder), storing a check in short writes, the inbox and what a person does with an alert, the
register's reminder settings.

Words: a *reminder* is a day before a key date on which someone must be told;
an *alert* is one reminder that fell due and was raised (a row of the inbox,
model ``Alert``). May import ``domain``, ``models``, ``storage`` and
``services.register``; never Qt.
"""
