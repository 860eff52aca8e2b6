"""Message boxes: errors from services shown as message and advice, never as a traceback.

The core writes its messages in English as `rtdesk.domain.text.Text` (a template marked with
QT_TRANSLATE_NOOP plus its parameters); `translated` shows them in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from rtdesk.domain.enums import ActionStatus, MeetingMode, MeetingStatus, ProposalStatus
from rtdesk.domain.errors import RtdeskError
from rtdesk.domain.text import Text, english
from rtdesk.gui import labels

# Enum parameters are shown with the GUI's own labels; others fall back to the core's English.
_ENUM_LABELS: dict[type[Enum], Callable[[Any], str]] = {
    ActionStatus: labels.action_status,
    MeetingMode: labels.meeting_mode,
    MeetingStatus: labels.meeting_status,
    ProposalStatus: labels.proposal_status,
}


class _LocaleNumber:
    """A number formatted by QLocale, so "{size:.1f} MB" gives "1,5 MB" in Italian.

    Plain "{n}" keeps the digits as they are (years, row numbers: no thousands separator);
    "{n:,}" groups thousands; "{x:.1f}", "{x:g}" follow the locale's decimal point.
    """

    def __init__(self, value: int | float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        locale = QLocale()
        if not spec:
            if isinstance(self.value, float):
                return locale.toString(self.value, "g", 6)
            return str(self.value)
        if spec == ",":
            return locale.toString(self.value)
        if spec.startswith(".") and spec[-1] in "fg" and spec[1:-1].isdigit():
            return locale.toString(float(self.value), spec[-1], int(spec[1:-1]))
        if spec == "g":
            return locale.toString(float(self.value), "g", 6)
        return format(self.value, spec)


def _shown(value: object) -> object:
    """A parameter as the user's locale shows it (the counterpart of `english` in the core)."""
    if isinstance(value, Text):
        return translated(value)
    if isinstance(value, Enum):
        label = _ENUM_LABELS.get(type(value))
        return label(value) if label is not None else english(value)
    if isinstance(value, datetime):
        moment = QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
        return f"{labels.short_date(value.date())} {moment}"
    if isinstance(value, date):
        return labels.short_date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return _LocaleNumber(value)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(format(_shown(item), "") for item in value)
    return value


def translated(text: str) -> str:
    """A message from the core in the user's language; a plain string is returned as it is."""
    if not isinstance(text, Text):
        return text
    template = text.template
    if text.context:
        template = QCoreApplication.translate(text.context, text.template)
    if text.params is None:
        return template
    shown = {name: _shown(value) for name, value in text.params.items()}
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped placeholder: the English sentence beats no message.
        return text.template.format(**shown)


def error_text(error: RtdeskError) -> str:
    """What went wrong and what to do, in one line of the interface's language."""
    return " ".join(
        part for part in (translated(error.text), translated(error.advice_text)) if part
    )


def error_box(parent: QWidget | None, title: str, error: RtdeskError) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, translated(error.text), parent=parent)
    if error.advice:
        box.setInformativeText(translated(error.advice_text))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, title: str, error: RtdeskError) -> None:
    """Tell the user what went wrong and what to do; waits until the box is closed."""
    error_box(parent, title, error).exec()


def confirmed(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes/no question before an action that deletes or discards; True for yes."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
