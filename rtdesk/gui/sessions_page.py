"""The Sessions page: the register of Round Table sessions, filtered by year."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from rtdesk.gui import labels
from rtdesk.gui.listing_page import ListingPage
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.workspace import Workspace
from rtdesk.services.sessions import SessionRow, SessionService


class SessionsTableModel(RowsTableModel[SessionRow]):
    COLUMN_REF = 0
    COLUMN_DATE = 1
    COLUMN_VENUE = 2
    COLUMN_MODE = 3
    COLUMN_STATUS = 4

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Session"),
            self.tr("Date"),
            self.tr("Venue"),
            self.tr("Mode"),
            self.tr("Status"),
        ]

    def display(self, row: SessionRow, column: int) -> str:
        if column == self.COLUMN_REF:
            return row.ref
        if column == self.COLUMN_DATE:
            return labels.short_date(row.meeting_date)
        if column == self.COLUMN_VENUE:
            return row.venue
        if column == self.COLUMN_MODE:
            return labels.meeting_mode(row.mode)
        if column == self.COLUMN_STATUS:
            return labels.meeting_status(row.status)
        return ""

    def sort_key(self, row: SessionRow, column: int) -> Any:
        if column == self.COLUMN_REF:
            return (row.year, row.number)
        if column == self.COLUMN_DATE:
            return row.meeting_date
        return super().sort_key(row, column)


class SessionsPage(ListingPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SessionsTableModel(), parent)
        self.title_label.setText(self.tr("Sessions"))
        self._service: SessionService | None = None
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.currentIndexChanged.connect(self._load_rows)
        self.year_label = QLabel(self.tr("&Year:"), self)
        self.year_label.setBuddy(self.year_combo)
        self.filters.addWidget(self.year_label)
        self.filters.addWidget(self.year_combo)
        self.stretch_column(SessionsTableModel.COLUMN_VENUE)
        self.view.sortByColumn(SessionsTableModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder)

    def bind(self, workspace: Workspace) -> None:
        self._service = workspace.services.sessions
        self.refresh()

    def refresh(self) -> None:
        if self._service is None:
            return
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in self._service.session_years():
            self.year_combo.addItem(str(year), year)
        position = self.year_combo.findData(chosen) if chosen is not None else 0
        self.year_combo.setCurrentIndex(max(position, 0))
        self.year_combo.blockSignals(False)
        # A year filter over no sessions at all would only be clutter.
        self.year_label.setVisible(self.year_combo.count() > 1)
        self.year_combo.setVisible(self.year_combo.count() > 1)
        self._load_rows()

    def select_year(self, year: int | None) -> None:
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))

    def _load_rows(self) -> None:
        if self._service is None:
            return
        year = self.year_combo.currentData()
        rows = self._service.list_sessions(year)
        count = len(rows)
        self.show_rows(
            rows,
            self.tr("No sessions recorded yet."),
            self.tr("1 session") if count == 1 else self.tr("{count} sessions").format(count=count),
        )
