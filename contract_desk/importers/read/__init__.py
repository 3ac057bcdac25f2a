"""Reading a file into a ``RawWorkbook`` (``table``): what kind of file it is, which library reads
it, guards against hostile files, every cell kept.

May import ``domain`` and ``importers`` top-level modules (``errors``,
``limits``); nothing of the database.
"""
