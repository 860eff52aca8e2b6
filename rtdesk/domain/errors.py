"""Errors whose message is written for the secretariat, not for programmers.

Messages are `rtdesk.domain.text.Text`: English strings that the GUI can translate (see there).
"""

from __future__ import annotations

from rtdesk.domain.text import QT_TRANSLATE_NOOP, Text, as_text


class RtdeskError(Exception):
    """An error the user can understand and act upon; `message` is shown as is.

    `message` and `advice` are the English strings (for the CLI and logs); `text` and
    `advice_text` are the same as `Text`, which the GUI translates.
    """

    def __init__(self, message: str, *, advice: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice

    @property
    def text(self) -> Text:
        return as_text(self.message)

    @property
    def advice_text(self) -> Text:
        return as_text(self.advice)

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
    """An import in which at least one row is bad: nothing was written, every problem listed.

    `what` names the file in the message (“The roster was not imported”): pass a marked text.
    """

    def __init__(self, problems: list, what: str | None = None) -> None:
        count = len(problems)
        what = what if what is not None else QT_TRANSLATE_NOOP("errors", "file")
        if count == 1:
            message = QT_TRANSLATE_NOOP("errors", "The {what} was not imported: 1 problem found.")
        else:
            message = QT_TRANSLATE_NOOP(
                "errors", "The {what} was not imported: {count} problems found."
            )
        super().__init__(
            message.format(what=what, count=count),
            advice=QT_TRANSLATE_NOOP(
                "errors", "Correct the rows listed and import the file again. Nothing was changed."
            ),
        )
        self.problems = list(problems)
