"""Small widget helpers shared by the pages, so that every table and heading looks alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QObject, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QTableView, QWidget


def table_view(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    return view


def heading_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(base.pointSizeF() * 1.2)
    return font


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(heading_font(label.font()))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ElidedLabel(QLabel):
    """One line that shows as much of its text as fits, cut in the middle, so a long path
    keeps its beginning and its file name and never makes the window wider."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, area.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(area, int(self.alignment()), text)


D = TypeVar("D", bound=QDialog)


def open_kept(
    owner: QObject,
    dialog: D,
    on_accepted: Callable[[], object],
    attribute: str = "dialog",
) -> D:
    """Open `dialog` window-modal without blocking, held in `owner.<attribute>` (where tests
    reach it) until it closes; `on_accepted` runs when the user confirms it."""
    dialog.accepted.connect(on_accepted)

    def forget(*_args) -> None:
        if getattr(owner, attribute, None) is dialog:
            setattr(owner, attribute, None)

    dialog.finished.connect(forget)
    dialog.finished.connect(dialog.deleteLater)
    setattr(owner, attribute, dialog)
    dialog.open()
    return dialog
