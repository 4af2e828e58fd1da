"""Known errors: expected trouble the user can act on, with a Vietnamese message.

Anything else that escapes is a bug: it is logged with its traceback and shown as such.
"""

from __future__ import annotations


class KnownError(Exception):
    """An expected failure. `str(error)` is the message shown to the user."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ValidationError(KnownError):
    """Input that breaks a rule; `errors` maps field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("\n".join(f"{msg}" for msg in self.errors.values()))


class DatabaseError(KnownError):
    """The database cannot be opened or used (newer version, locked, corrupt)."""


class NotFoundError(KnownError):
    """A record the user asked for does not exist."""


class Cancelled(KnownError):
    """Raised by core code that noticed `cancelled()`; the transaction is rolled back, so
    nothing was written."""
