"""The Actions page: every action, agreed at a session or serving a proposal, overdue ones first,
and marking them done."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QStyle, QWidget

from rtdesk.domain.errors import RtdeskError
from rtdesk.domain.summary import OPEN_ACTION_STATUSES
from rtdesk.gui import labels
from rtdesk.gui.listing_page import ListingPage
from rtdesk.gui.messages import show_error
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.workspace import Workspace
from rtdesk.services.actions import ActionRow, ActionService

# Behind an overdue row: a light red that keeps dark text readable. The Due column also says
# "overdue" in words and shows a warning icon, so nobody has to tell colours apart.
OVERDUE_COLOUR = "#f8d7da"


class ActionsTableModel(RowsTableModel[ActionRow]):
    COLUMN_DESCRIPTION = 0
    COLUMN_OWNER = 1
    COLUMN_DUE = 2
    COLUMN_STATUS = 3
    COLUMN_SESSION = 4
    COLUMN_PROPOSAL = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._warning = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Action"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Agreed at session"),
            self.tr("Proposal"),
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
            if row.overdue:
                return self.tr("{date} (overdue)").format(date=labels.short_date(row.due_date))
            return labels.short_date(row.due_date)
        if column == self.COLUMN_STATUS:
            if row.completed_on is not None:
                return self.tr("{status} on {date}").format(
                    status=labels.action_status(row.status),
                    date=labels.short_date(row.completed_on),
                )
            return labels.action_status(row.status)
        if column == self.COLUMN_SESSION:
            return row.session_ref or ""
        if column == self.COLUMN_PROPOSAL:
            return row.proposal_code or ""
        return ""

    def tooltip(self, row: ActionRow, column: int) -> str | None:
        if column == self.COLUMN_DESCRIPTION:
            return row.description
        if column == self.COLUMN_DUE and row.overdue:
            return self.tr("Overdue: still to be done and its due date has passed.")
        if column == self.COLUMN_SESSION and row.session_ref:
            return self.tr("Double-click to open session {ref}.").format(ref=row.session_ref)
        if column == self.COLUMN_PROPOSAL and row.proposal_code:
            return self.tr("Double-click to open proposal {code}.").format(code=row.proposal_code)
        return None

    def decoration(self, row: ActionRow, column: int) -> Any:
        return self._warning if column == self.COLUMN_DUE and row.overdue else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
            and index.isValid()
            and 0 <= index.row() < len(self._rows)
            and self._rows[index.row()].overdue
        ):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(OVERDUE_COLOUR))
            return QBrush(QColor("#000000"))
        return super().data(index, role)

    def sort_key(self, row: ActionRow, column: int) -> Any:
        if column == self.COLUMN_DUE:
            return row.due_date
        if column == self.COLUMN_SESSION:
            if row.session_ref is None:
                return None
            number, year = row.session_ref.split("/")
            return (int(year), int(number))
        return super().sort_key(row, column)

    def row_of(self, uuid: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.uuid == uuid:
                return position
        return None


class ActionsPage(ListingPage):
    """Shows the service's order (overdue, other open, done, cancelled) until a header is
    clicked; "Mark done" and "Reopen" act on the selected action."""

    SHOW_OPEN = "open"
    SHOW_OVERDUE = "overdue"
    SHOW_ALL = "all"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ActionsTableModel(), parent)
        self.title_label.setText(self.tr("Action items"))
        self._service: ActionService | None = None
        self.stretch_column(ActionsTableModel.COLUMN_DESCRIPTION)

        self.owner_edit = QLineEdit(self)
        self.owner_edit.setPlaceholderText(self.tr("Filter by who…"))
        self.owner_edit.setClearButtonEnabled(True)
        self._owner_timer = QTimer(self)
        self._owner_timer.setSingleShot(True)
        self._owner_timer.setInterval(150)
        self._owner_timer.timeout.connect(self.refresh)
        self.owner_edit.textChanged.connect(self._owner_timer.start)
        self.filters.addWidget(self.owner_edit)
        self.show_combo = QComboBox(self)
        self.show_combo.addItem(self.tr("Still to do"), self.SHOW_OPEN)
        self.show_combo.addItem(self.tr("Overdue"), self.SHOW_OVERDUE)
        self.show_combo.addItem(self.tr("All actions"), self.SHOW_ALL)
        self.show_combo.currentIndexChanged.connect(self.refresh)
        self.filters.addWidget(self.show_combo)
        self.done_button = QPushButton(self.tr("&Mark done"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.filters.addWidget(self.done_button)
        self.reopen_button = QPushButton(self.tr("&Reopen"), self)
        self.reopen_button.clicked.connect(self.reopen)
        self.filters.addWidget(self.reopen_button)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        # Where the action comes from; marking it done is a deliberate click on the button.
        self.view.doubleClicked.connect(self.open_source)
        self._update_buttons()

    def bind(self, workspace: Workspace) -> None:
        self._service = workspace.services.actions
        self.refresh()

    def set_show(self, show: str) -> None:
        self.show_combo.setCurrentIndex(self.show_combo.findData(show))

    def show_target(self, target: object) -> None:
        """`target` is one of SHOW_OPEN, SHOW_OVERDUE, SHOW_ALL."""
        if self.show_combo.findData(target) >= 0:
            self.set_show(target)

    def refresh(self) -> None:
        if self._service is None:
            return
        selected = self.selected_action()
        show = self.show_combo.currentData()
        rows = self._service.list_actions(show=show, owner_text=self.owner_edit.text())
        # The service's order is the useful one: forget a header sort done earlier.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        count = len(rows)
        overdue = sum(1 for row in rows if row.overdue)
        if count == 1:
            text = self.tr("1 action")
        else:
            text = self.tr("{count} actions").format(count=labels.number(count))
        if overdue:
            text = self.tr("{actions}, {overdue} overdue").format(
                actions=text, overdue=labels.number(overdue)
            )
        # Only when nothing is shown: is it the filters, or is nothing recorded at all?
        nothing_at_all = not rows and not self._service.list_actions(show=self.SHOW_ALL)
        empty = (
            self.tr("No actions recorded yet.")
            if nothing_at_all
            else self.tr("No action matches these filters.")
        )
        self.show_rows(rows, empty, text)
        if selected is not None:
            self.select_action(selected.uuid)
        self._update_buttons()

    def open_source(self, index) -> bool:
        """Open the proposal (from its column) or else the session the action belongs to."""
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return False
        wants_proposal = index.column() == ActionsTableModel.COLUMN_PROPOSAL
        if row.proposal_uuid and (wants_proposal or not row.session_uuid):
            self.open_requested.emit("proposals", row.proposal_uuid)
        elif row.session_uuid:
            # Actions are agreed in the minutes: the session opens on its Minutes tab.
            self.show_requested.emit("sessions", (row.session_uuid, "minutes"))
        else:
            return False
        return True

    def selected_action(self) -> ActionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_action(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_buttons(self, *_args) -> None:
        row = self.selected_action()
        still_open = row is not None and row.status in OPEN_ACTION_STATUSES
        self.done_button.setEnabled(still_open)
        self.reopen_button.setEnabled(row is not None and not still_open)

    def mark_done(self) -> None:
        row = self.selected_action()
        if self._service is None or row is None or row.status not in OPEN_ACTION_STATUSES:
            return
        try:
            self._service.mark_done(row.uuid, expected_version=row.row_version)
        except RtdeskError as error:
            show_error(self, self.tr("The action was not marked done"), error)
            self.refresh()
            return
        self._written(row, self.tr("Action done: {action}"))

    def reopen(self) -> None:
        row = self.selected_action()
        if self._service is None or row is None or row.status in OPEN_ACTION_STATUSES:
            return
        try:
            self._service.reopen(row.uuid, expected_version=row.row_version)
        except RtdeskError as error:
            show_error(self, self.tr("The action was not reopened"), error)
            self.refresh()
            return
        self._written(row, self.tr("Action reopened: {action}"))

    def _written(self, row: ActionRow, message: str) -> None:
        self.refresh()
        self.status_message.emit(message.format(action=" ".join(row.description.split())[:60]))
        self.data_changed.emit()
