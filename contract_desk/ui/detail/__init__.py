"""The detail pane: one contract's editor with its key dates, obligations, attachments, history and
custom fields, and the conflict dialog of a save.

May import ``ui.common``, ``services``, ``storage`` and ``domain``.
"""
