"""Message boxes: errors from services shown as message and advice, never as a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from rtdesk.domain.errors import RtdeskError


def error_box(parent: QWidget | None, title: str, error: RtdeskError) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, parent=parent)
    if error.advice:
        box.setInformativeText(error.advice)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, title: str, error: RtdeskError) -> None:
    """Tell the user what went wrong and what to do; waits until the box is closed."""
    error_box(parent, title, error).exec()
