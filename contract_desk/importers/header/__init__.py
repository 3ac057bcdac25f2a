"""Finding the header row(s) and the data rows of a sheet, wherever they are: what a cell looks
like, how much a row looks like a header, names from one or two header rows, where the data
ends, registers printed page by page.

May import ``importers.read``, ``importers.values`` and ``importers.map``
(what a column's values say helps tell the header from the data); nothing of
the database.
"""
