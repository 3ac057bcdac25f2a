"""Errors raised by the pure rules; each carries a message fit to show a user."""


class DomainError(ValueError):
    """Input that breaks a business rule; the message says which and why."""


class TermError(DomainError):
    """A term, notice period or renewal that makes no sense (zero, negative, end before start)."""
