"""The agenda of a session: ordered items, reordered by dragging or with Ctrl+Up/Ctrl+Down."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.agenda_item_dialog import AgendaItemDialog, kind_label
from rtdesk.gui.messages import confirmed, show_error
from rtdesk.gui.table_model import Index, RowsTableModel
from rtdesk.gui.widgets import open_kept, table_view
from rtdesk.services.proposals import ProposalService
from rtdesk.services.sessions import AgendaItemRow, SessionDetail, SessionService

AGENDA_MIME = "application/x-rtdesk-agenda-item"


class AgendaTableModel(RowsTableModel[AgendaItemRow]):
    """The items in agenda order; a drop asks for a move (`move_requested`) instead of moving
    rows itself, so the order shown is always the one the service stored."""

    COLUMN_NUMBER = 0
    COLUMN_TITLE = 1
    COLUMN_KIND = 2
    COLUMN_PRESENTER = 3
    COLUMN_PROPOSAL = 4
    COLUMN_ATTACHMENTS = 5
    NUMBER_COLUMNS = frozenset({COLUMN_NUMBER, COLUMN_ATTACHMENTS})

    # (item uuid, new position 1..n)
    move_requested = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.movable = True

    def headers(self) -> Sequence[str]:
        return [
            self.tr("No."),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Presenter"),
            self.tr("Proposal"),
            self.tr("Attachments"),
        ]

    def display(self, row: AgendaItemRow, column: int) -> str:
        if column == self.COLUMN_NUMBER:
            return str(row.position)
        if column == self.COLUMN_TITLE:
            return row.title
        if column == self.COLUMN_KIND:
            return kind_label(row.kind)
        if column == self.COLUMN_PRESENTER:
            return row.presenter
        if column == self.COLUMN_PROPOSAL:
            return row.proposal_code
        if column == self.COLUMN_ATTACHMENTS:
            return str(len(row.attachments)) if row.attachments else ""
        return ""

    def tooltip(self, row: AgendaItemRow, column: int) -> str | None:
        if column == self.COLUMN_ATTACHMENTS and row.attachments:
            return "\n".join(
                f"{a.label} — {a.reference}" if a.reference else a.label for a in row.attachments
            )
        if column == self.COLUMN_TITLE:
            return row.title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The agenda has one order, its own."""

    # --- drag and drop -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.movable:
            return flags
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(AGENDA_MIME, QByteArray(self._rows[rows[0]].uuid.encode("ascii")))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return self.movable and data.hasFormat(AGENDA_MIME) and not parent.isValid()

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        uuid = bytes(data.data(AGENDA_MIME).data()).decode("ascii")
        source = next((i for i, r in enumerate(self._rows) if r.uuid == uuid), None)
        if source is None:
            return False
        # `row` is the gap the item is dropped into (-1: after the last row).
        gap = len(self._rows) if row < 0 else row
        target = gap - 1 if gap > source else gap
        if target != source:
            # After the drag has finished: the rows are read again from the service.
            QTimer.singleShot(0, lambda: self.move_requested.emit(uuid, target + 1))
        # False: the view must not remove the dragged row; the reload puts it in its place.
        return False


class AgendaEditor(QWidget):
    """The Agenda tab. `changed` is emitted after every stored change."""

    changed = Signal()
    proposal_requested = Signal(str)  # the code of the proposal an item is about

    def __init__(
        self,
        proposals: Callable[[], ProposalService | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: SessionService | None = None
        self._proposals = proposals
        self._session: SessionDetail | None = None
        self.dialog: AgendaItemDialog | None = None
        self.model = AgendaTableModel(self)
        self.model.move_requested.connect(self.move_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.view = table_view(self.model, self)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setAccessibleName(self.tr("Agenda"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaTableModel.COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_item())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add item…"), self)
        self.edit_button = QPushButton(self.tr("&Edit item…"), self)
        self.delete_button = QPushButton(self.tr("&Remove item"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        # Read-only, so also for approved minutes: where does the proposal stand now?
        self.proposal_button = QPushButton(self.tr("Open &proposal"), self)
        self.proposal_button.setToolTip(
            self.tr("Show the proposal this item is about on the Proposals page.")
        )
        self.up_button.setToolTip(self.tr("Move the item up (Ctrl+Up). You can also drag it."))
        self.down_button.setToolTip(
            self.tr("Move the item down (Ctrl+Down). You can also drag it.")
        )
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.proposal_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.proposal_button.clicked.connect(self.open_proposal)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def bind(self, service: SessionService) -> None:
        self._service = service

    def show_session(self, session: SessionDetail | None) -> None:
        chosen = self.current_item()
        self._session = session
        locked = session is None or session.locked
        self.model.movable = not locked
        self.model.set_rows(session.agenda if session else ())
        if session is not None and session.locked:
            self.notice.setText(
                self.tr(
                    "The minutes of this session are approved, so its agenda can no longer change."
                )
            )
        self.notice.setVisible(session is not None and session.locked)
        if chosen is not None:
            self.select_uuid(chosen.uuid)
        self._update_buttons()

    # --- selection -----------------------------------------------------------------------

    def current_item(self) -> AgendaItemRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, AgendaTableModel.COLUMN_TITLE))

    def select_uuid(self, uuid: str) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.uuid == uuid:
                self.select_row(row)
                return

    def _update_buttons(self, *_args) -> None:
        editable = self._session is not None and not self._session.locked
        item = self.current_item()
        count = self.model.rowCount()
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and item is not None)
        self.delete_button.setEnabled(editable and item is not None)
        self.up_button.setEnabled(editable and item is not None and item.position > 1)
        self.down_button.setEnabled(editable and item is not None and item.position < count)
        self.proposal_button.setEnabled(item is not None and bool(item.proposal_code))

    def open_proposal(self) -> None:
        item = self.current_item()
        if item is not None and item.proposal_code:
            self.proposal_requested.emit(item.proposal_code)

    # --- changes -------------------------------------------------------------------------

    def _proposal_choices(self) -> list[tuple[str, str]]:
        service = self._proposals() if self._proposals else None
        return service.agenda_choices() if service is not None else []

    def add_item(self) -> AgendaItemDialog | None:
        return self._open_dialog(None)

    def edit_item(self) -> AgendaItemDialog | None:
        item = self.current_item()
        if item is None:
            return None
        return self._open_dialog(item)

    def _open_dialog(self, item: AgendaItemRow | None) -> AgendaItemDialog | None:
        if self._service is None or self._session is None or self._session.locked:
            return None
        dialog = AgendaItemDialog(
            self._service, self._session.uuid, self._proposal_choices(), item=item, parent=self
        )
        return open_kept(self, dialog, lambda: self._saved(dialog.saved))

    def _saved(self, row: AgendaItemRow | None) -> None:
        self.changed.emit()
        if row is not None:
            self.select_uuid(row.uuid)

    def delete_item(self, *, confirm: bool = True) -> bool:
        item = self.current_item()
        if self._service is None or item is None:
            return False
        if confirm and not confirmed(
            self,
            self.tr("Remove agenda item"),
            self.tr("Remove item {number} “{title}” with its minutes, votes and actions?").format(
                number=item.position, title=item.title
            ),
        ):
            return False
        try:
            self._service.delete_agenda_item(item.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The item was not removed"), error)
            return False
        self.changed.emit()
        self.select_row(min(item.position - 1, self.model.rowCount() - 1))
        return True

    def move_selected(self, step: int) -> None:
        item = self.current_item()
        if item is None or not self.model.movable:
            return
        target = item.position + step
        if 1 <= target <= self.model.rowCount():
            self.move_item(item.uuid, target)

    def move_item(self, uuid: str, position: int) -> None:
        if self._service is None:
            return
        try:
            self._service.move_agenda_item(uuid, position)
        except RtdeskError as error:
            show_error(self, self.tr("The item was not moved"), error)
            return
        self.changed.emit()
        self.select_uuid(uuid)
        self.view.setFocus()
