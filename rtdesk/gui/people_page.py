"""The people of the roster: everyone, filtered as you type, with their current and past roles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.messages import confirmed, show_error
from rtdesk.gui.person_dialog import PersonDialog
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.undo_commands import (
    AddPersonCommand,
    DeletePersonCommand,
    UndoHost,
    UpdatePersonCommand,
)
from rtdesk.gui.widgets import open_kept, table_view
from rtdesk.services.roster import PersonRow, RosterService
from rtdesk.services.zones import ZoneService


class PeopleTableModel(RowsTableModel[PersonRow]):
    COLUMN_NAME = 0
    COLUMN_TITLE = 1
    COLUMN_MUNICIPALITY = 2
    COLUMN_ZONE = 3
    COLUMN_CURRENT = 4
    COLUMN_PAST = 5
    COLUMN_EMAIL = 6
    COLUMN_PHONE = 7
    NUMBER_COLUMNS = frozenset({COLUMN_ZONE})

    def row_of(self, uuid: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.uuid == uuid:
                return position
        return None

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Municipality"),
            self.tr("Zone"),
            self.tr("Current roles"),
            self.tr("Past roles"),
            self.tr("E-mail"),
            self.tr("Phone"),
        ]

    def _roles(self, mandates) -> str:
        parts = []
        for m in mandates:
            role = (
                self.tr("Spokesperson")
                if m.role.value == "spokesperson"
                else (self.tr("Deputy (vicar)") if m.is_vicar else self.tr("Deputy"))
            )
            parts.append(self.tr("{role}, zone {number}").format(role=role, number=m.zone_number))
        return "; ".join(parts)

    def display(self, row: PersonRow, column: int) -> str:
        if column == self.COLUMN_NAME:
            return f"{row.family_name} {row.given_name}".strip()
        if column == self.COLUMN_TITLE:
            return row.title
        if column == self.COLUMN_MUNICIPALITY:
            return row.municipality_name or ""
        if column == self.COLUMN_ZONE:
            return str(row.municipality_zone) if row.municipality_zone is not None else ""
        if column == self.COLUMN_CURRENT:
            return self._roles(row.current)
        if column == self.COLUMN_PAST:
            return self._roles(row.past)
        if column == self.COLUMN_EMAIL:
            return row.email
        if column == self.COLUMN_PHONE:
            return row.phone
        return ""

    def sort_key(self, row: PersonRow, column: int) -> Any:
        if column == self.COLUMN_ZONE:
            return row.municipality_zone
        return super().sort_key(row, column)

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        # The service's sentences carry the dates ("Spokesperson of zone 5 since …").
        if column == self.COLUMN_CURRENT and row.current_text:
            return row.current_text
        if column == self.COLUMN_PAST and row.past_text:
            return row.past_text
        if column == self.COLUMN_ZONE and row.municipality_zone is not None:
            return self.tr("The zone of the person's municipality")
        return None


class PeoplePage(QWidget):
    """All people; typing filters by name, municipality or zone (the service does the match)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster: RosterService | None = None
        self._zones: ZoneService | None = None
        self._undo: UndoHost | None = None
        self._on_change: Callable[[str], None] | None = None
        self.dialog: PersonDialog | None = None

        self.model = PeopleTableModel(self)
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name, municipality or zone"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.textChanged.connect(self.refresh)
        tools.addWidget(self.search_edit, 1)
        self.new_button = QPushButton(self.tr("New person…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(
            self.tr("Delete a person entered by mistake (only someone with no mandate).")
        )
        self.new_button.clicked.connect(self.open_new_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.delete_button.clicked.connect(lambda: self.delete_person())
        tools.addWidget(self.new_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        layout.addLayout(tools)
        self.view = table_view(self.model, self)
        self.view.setAccessibleName(self.tr("People"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PeopleTableModel.COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self.open_edit_dialog)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self.delete_person())
        layout.addWidget(self.view, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def bind(
        self,
        roster: RosterService,
        zones: ZoneService,
        undo: UndoHost | None,
        *,
        load: bool = True,
    ) -> None:
        """Work on these services; load=False leaves the reading to the first refresh()."""
        self._roster = roster
        self._zones = zones
        self._undo = undo
        if load:
            self.refresh()

    def set_on_change(self, callback: Callable[[str], None]) -> None:
        self._on_change = callback

    def refresh(self, *_args) -> None:
        if self._roster is None:
            return
        selected = self.current_person()
        text = self.search_edit.text()
        self.model.set_rows(self._roster.people(text))
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.resizeColumnsToContents()
        if selected is not None:
            self.select_person(selected.uuid)
        count = self.model.rowCount()
        if count == 0 and text.strip():
            self.count_label.setText(self.tr("Nobody matches “{text}”.").format(text=text.strip()))
        else:
            self.count_label.setText(
                self.tr("1 person") if count == 1 else self.tr("{count} people").format(count=count)
            )
        self._update_buttons()

    def current_person(self) -> PersonRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_person(self, uuid: str) -> None:
        position = self.model.row_of(uuid)
        if position is not None:
            self.view.selectRow(position)

    def _update_buttons(self, *_args) -> None:
        self.new_button.setEnabled(self._roster is not None)
        selected = self._roster is not None and self.current_person() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def delete_person(self, *, confirm: bool = True) -> bool:
        """Delete the selected person after asking; undoable. True when they were deleted.

        The service refuses someone who holds mandates, with what to do instead."""
        person = self.current_person()
        if self._roster is None or person is None:
            return False
        # Someone with mandates cannot be deleted: say so at once rather than after a "yes".
        holds_mandates = bool(person.current or person.past)
        if (
            confirm
            and not holds_mandates
            and not confirmed(
                self,
                self.tr("Delete person"),
                self.tr(
                    "Delete {name} from the people?\n\nSessions, proposals and actions that "
                    "name them keep the name as written. Edit ▸ Undo brings them back."
                ).format(name=person.full_name),
            )
        ):
            return False
        try:
            snapshot = self._roster.delete_person(person.uuid, person.row_version)
        except RtdeskError as error:
            show_error(self, self.tr("{name} was not deleted").format(name=person.full_name), error)
            self.refresh()
            return False
        if self._undo is not None:
            self._undo.push(DeletePersonCommand(self._undo, self._roster, snapshot))
        self.refresh()
        if self._on_change is not None:
            self._on_change(self.tr("Deleted: {name}.").format(name=person.full_name))
        return True

    def open_new_dialog(self) -> PersonDialog | None:
        return self._open(None)

    def open_edit_dialog(self, index: QModelIndex | None = None) -> PersonDialog | None:
        if isinstance(index, QModelIndex) and index.isValid():
            self.view.setCurrentIndex(index)  # the row double-clicked
        person = self.current_person()
        if person is None:
            return None
        return self._open(person.uuid)

    def _open(self, uuid: str | None) -> PersonDialog | None:
        if self._roster is None or self._zones is None:
            return None
        detail = self._roster.person(uuid) if uuid else None
        dialog = PersonDialog(self._roster, self._zones.municipalities(), detail, parent=self)
        return open_kept(self, dialog, lambda: self._saved(dialog))

    def _saved(self, dialog: PersonDialog) -> None:
        row = dialog.saved
        if row is None or self._roster is None:
            return
        if self._undo is not None:
            if dialog.person is None:
                self._undo.push(AddPersonCommand(self._undo, self._roster, row))
            elif dialog.before is not None and dialog.after is not None:
                self._undo.push(
                    UpdatePersonCommand(
                        self._undo,
                        self._roster,
                        row.uuid,
                        dialog.before,
                        dialog.after,
                        row.row_version,
                    )
                )
        self.refresh()
        self.select_person(row.uuid)
        if self._on_change is not None:
            self._on_change(self.tr("Saved: {name}.").format(name=row.full_name))
