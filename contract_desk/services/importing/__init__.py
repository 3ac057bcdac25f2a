"""Importing a spreadsheet into the register: the use case's steps, matching rows to contracts,
rehearsing and storing a batch, undoing it.

The reading, header finding, mapping and value parsing are ``importers``
(which know nothing of the database); this package stores their plan. May
import ``importers``, ``domain``, ``models``, ``storage`` and
``services.register``; never Qt.
"""
