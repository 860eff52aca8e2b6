"""The Sessions, Proposals and Actions pages: read-only registers, for now."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.identifiers import parse_proposal_code
from rtdesk.gui import labels
from rtdesk.gui.page import Page
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.widgets import heading, table_view
from rtdesk.gui.workspace import Workspace
from rtdesk.services.actions import ActionRow, ActionService
from rtdesk.services.proposals import ProposalRow, ProposalService
from rtdesk.services.sessions import SessionRow, SessionService

# --- Table models ---------------------------------------------------------------------------


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


class ProposalsTableModel(RowsTableModel[ProposalRow]):
    COLUMN_CODE = 0
    COLUMN_TITLE = 1
    COLUMN_STATUS = 2
    COLUMN_SUBMITTED = 3
    COLUMN_ZONES = 4

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Submitted"),
            self.tr("Proposing zones"),
        ]

    def display(self, row: ProposalRow, column: int) -> str:
        if column == self.COLUMN_CODE:
            return row.code
        if column == self.COLUMN_TITLE:
            return row.title
        if column == self.COLUMN_STATUS:
            return labels.proposal_status(row.status)
        if column == self.COLUMN_SUBMITTED:
            return labels.short_date(row.submitted_on)
        if column == self.COLUMN_ZONES:
            return ", ".join(str(number) for number in row.proposing_zones)
        return ""

    def tooltip(self, row: ProposalRow, column: int) -> str | None:
        return row.title if column == self.COLUMN_TITLE else None

    def sort_key(self, row: ProposalRow, column: int) -> Any:
        if column == self.COLUMN_CODE:
            try:
                return parse_proposal_code(row.code)  # P-2026-1000 after P-2026-999
            except ValidationError:
                return (0, 0)
        if column == self.COLUMN_SUBMITTED:
            return row.submitted_on
        if column == self.COLUMN_ZONES:
            return row.proposing_zones or None
        return super().sort_key(row, column)


class ActionsTableModel(RowsTableModel[ActionRow]):
    COLUMN_DESCRIPTION = 0
    COLUMN_OWNER = 1
    COLUMN_DUE = 2
    COLUMN_STATUS = 3
    COLUMN_SESSION = 4

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Action"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Agreed at session"),
        ]

    def display(self, row: ActionRow, column: int) -> str:
        if column == self.COLUMN_DESCRIPTION:
            # One line in the table; the full text is in the tooltip.
            return " ".join(row.description.split())
        if column == self.COLUMN_OWNER:
            if row.owner_zone is None:
                return row.owner
            zone = self.tr("zone {number}").format(number=row.owner_zone)
            return f"{row.owner} ({zone})" if row.owner else zone
        if column == self.COLUMN_DUE:
            return labels.short_date(row.due_date)
        if column == self.COLUMN_STATUS:
            return labels.action_status(row.status)
        if column == self.COLUMN_SESSION:
            return row.session_ref or ""
        return ""

    def tooltip(self, row: ActionRow, column: int) -> str | None:
        if column == self.COLUMN_DESCRIPTION:
            return row.description
        if column == self.COLUMN_SESSION and row.proposal_code:
            return self.tr("For proposal {code}").format(code=row.proposal_code)
        return None

    def sort_key(self, row: ActionRow, column: int) -> Any:
        if column == self.COLUMN_DUE:
            return row.due_date
        if column == self.COLUMN_SESSION:
            if row.session_ref is None:
                return None
            number, year = row.session_ref.split("/")
            return (int(year), int(number))
        return super().sort_key(row, column)


# --- Pages ----------------------------------------------------------------------------------


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
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, rows: Sequence[Any], empty_text: str, count_text: str) -> None:
        self.model.set_rows(rows)
        self.empty_label.setText(empty_text)
        self.body.setCurrentWidget(self.view if rows else self.empty_label)
        self.count_label.setText(count_text if rows else "")

    @property
    def showing_empty_state(self) -> bool:
        return self.body.currentWidget() is self.empty_label


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


class ProposalsPage(ListingPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ProposalsTableModel(), parent)
        self.title_label.setText(self.tr("Proposals and good practices"))
        self._service: ProposalService | None = None
        self.stretch_column(ProposalsTableModel.COLUMN_TITLE)
        self.view.sortByColumn(ProposalsTableModel.COLUMN_CODE, Qt.SortOrder.DescendingOrder)

    def bind(self, workspace: Workspace) -> None:
        self._service = workspace.services.proposals
        self.refresh()

    def refresh(self) -> None:
        if self._service is None:
            return
        rows = self._service.list_proposals()
        count = len(rows)
        self.show_rows(
            rows,
            self.tr("No proposals recorded yet."),
            self.tr("1 proposal")
            if count == 1
            else self.tr("{count} proposals").format(count=count),
        )


class ActionsPage(ListingPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ActionsTableModel(), parent)
        self.title_label.setText(self.tr("Actions agreed at sessions"))
        self._service: ActionService | None = None
        self.stretch_column(ActionsTableModel.COLUMN_DESCRIPTION)
        self.view.sortByColumn(ActionsTableModel.COLUMN_DUE, Qt.SortOrder.AscendingOrder)

    def bind(self, workspace: Workspace) -> None:
        self._service = workspace.services.actions
        self.refresh()

    def refresh(self) -> None:
        if self._service is None:
            return
        rows = self._service.list_actions()
        count = len(rows)
        self.show_rows(
            rows,
            self.tr("No actions recorded yet."),
            self.tr("1 action") if count == 1 else self.tr("{count} actions").format(count=count),
        )
