"""Errors whose message is written for the secretariat, not for programmers."""

from __future__ import annotations


class RtdeskError(Exception):
    """An error the user can understand and act upon; `message` is shown as is."""

    def __init__(self, message: str, *, advice: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


class ValidationError(RtdeskError):
    """Input that breaks a rule; nothing was changed."""


class NotFoundError(RtdeskError):
    """The record asked for does not exist (any more)."""


class ConflictError(RtdeskError):
    """The change clashes with another record or with a concurrent edit."""


class NotAllowedError(RtdeskError):
    """The action is not allowed in the record's current state."""


class ImportRejected(ValidationError):
    """An import in which at least one row is bad: nothing was written, every problem listed."""

    def __init__(self, problems: list, what: str = "file") -> None:
        count = len(problems)
        super().__init__(
            f"The {what} was not imported: {count} problem{'s' if count != 1 else ''} found.",
            advice="Correct the rows listed and import the file again. Nothing was changed.",
        )
        self.problems = list(problems)
