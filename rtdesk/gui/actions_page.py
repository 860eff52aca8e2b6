"""The Actions page: every action agreed at a session, with owner and due date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rtdesk.gui import labels
from rtdesk.gui.listing_page import ListingPage
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.workspace import Workspace
from rtdesk.services.actions import ActionRow, ActionService


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
