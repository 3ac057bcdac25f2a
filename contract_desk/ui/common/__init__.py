"""What every part of the window uses: running work off the GUI thread (``ops``, ``worker``),
locale formatting, editor fields, health colours, the last-guard error message.

May import ``services``, ``storage`` and ``domain``; never another ``ui`` subpackage
(a type hint of the main window aside).
"""
