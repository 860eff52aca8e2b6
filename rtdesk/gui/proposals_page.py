"""The Proposals page: the register of proposals and good practices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.identifiers import parse_proposal_code
from rtdesk.gui import labels
from rtdesk.gui.listing_page import ListingPage
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.workspace import Workspace
from rtdesk.services.proposals import ProposalRow, ProposalService


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
