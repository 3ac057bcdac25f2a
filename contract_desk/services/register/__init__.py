"""The register's records and their rules: contracts, counterparties, obligations, attachments, the
audit trail, optimistic locking, settings.

Everything that writes a contract goes through here and is audited. May import
``domain``, ``models`` and ``storage``; never another ``services`` subpackage
(the plain rows it returns, ``rows``, live here too), and never Qt.
"""
