"""The contract table, its model, the sidebar of saved views, and bulk actions on the selected
contracts.

May import ``ui.common``, ``services``, ``storage`` and ``domain``.
"""
