"""A page that shows one register: heading, filters, and a table or a plain empty message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rtdesk.gui.page import Page
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.widgets import heading, table_view


class ListingPage(Page):
    """A heading, optional filters, and a table that gives way to a message when empty."""

    def __init__(self, model: RowsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = heading("", self)
        top.addWidget(self.title_label, 1)
        self.filters = QHBoxLayout()
        top.addLayout(self.filters)
        layout.addLayout(top)
        self.body = QStackedWidget(self)
        self.empty_label = QLabel(self.body)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_label.setFont(font)
        # Dimmed like placeholder text: a message about the list, not one of its rows.
        palette = self.empty_label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.empty_label.setPalette(palette)
        self.view: QTableView = table_view(model, self.body)
        self.view.setSortingEnabled(True)
        self.body.addWidget(self.empty_label)
        self.body.addWidget(self.view)
        layout.addWidget(self.body, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)

    def activated(self) -> None:
        # Cheap, and shows what was recorded meanwhile (elsewhere in the app, or by a colleague
        # on a shared database) without a manual refresh.
        self.refresh()

    def stretch_column(self, column: int) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the first 200 rows, not Qt's 1,000: each row sampled is a Python call
        # per column and role, a quarter of a second on a long list of actions.
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, rows: Sequence[Any], empty_text: str, count_text: str) -> None:
        self.model.set_rows(rows)
        self.empty_label.setText(empty_text)
        self.body.setCurrentWidget(self.view if rows else self.empty_label)
        self.count_label.setText(count_text if rows else "")

    @property
    def showing_empty_state(self) -> bool:
        return self.body.currentWidget() is self.empty_label
