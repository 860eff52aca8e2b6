"""The roster part of the Zones & roster page: who is in office in a zone, and its history."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.mandate_dialog import MandateDialog, MandateMode
from rtdesk.gui.messages import confirmed, show_error, translated
from rtdesk.gui.person_dialog import PersonDialog
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.undo_commands import (
    AddMandateCommand,
    AddPersonCommand,
    DeleteMandateCommand,
    UndoHost,
    UpdateMandateCommand,
)
from rtdesk.gui.widgets import open_kept, table_view
from rtdesk.services.roster import MandateRow, PersonRow, RosterService, ZoneRoster
from rtdesk.services.zones import ZoneService


def role_text(row: MandateRow) -> str:
    # Spelled out in full: lupdate finds translate("context", "text") calls only.
    if row.role is MandateRole.SPOKESPERSON:
        return QCoreApplication.translate("roster", "Spokesperson")
    if row.is_vicar:
        return QCoreApplication.translate("roster", "Deputy (vicar)")
    return QCoreApplication.translate("roster", "Deputy")


def show_warnings(parent: QWidget | None, title: str, warnings: Sequence[str]) -> None:
    """What was saved anyway but deserves a look (e.g. a municipality outside the zone)."""
    if not warnings:
        return
    text = "\n".join(translated(warning) for warning in warnings)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class MandatesTableModel(RowsTableModel[MandateRow]):
    """The mandates of a zone, newest first; those in office on `today` are bold."""

    COLUMN_PERSON = 0
    COLUMN_ROLE = 1
    COLUMN_STATUS = 2
    COLUMN_START = 3
    COLUMN_END = 4
    COLUMN_ELECTED = 5
    COLUMN_NOTES = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_mandates(self, rows: Sequence[MandateRow], today: date) -> None:
        self.today = today
        self.set_rows(rows)

    def row_of(self, uuid: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.uuid == uuid:
                return position
        return None

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Person"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("From"),
            self.tr("To"),
            # The date of the assembly of mayors that elected the person.
            self.tr("Elected on"),
            self.tr("Notes"),
        ]

    def status(self, row: MandateRow) -> str:
        if row.in_office(self.today):
            return self.tr("In office")
        if row.start_date > self.today:
            return self.tr("Starts later")
        return self.tr("Ended")

    def display(self, row: MandateRow, column: int) -> str:
        if column == self.COLUMN_PERSON:
            return row.person_name
        if column == self.COLUMN_ROLE:
            return role_text(row)
        if column == self.COLUMN_START:
            return labels.short_date(row.start_date)
        if column == self.COLUMN_END:
            return labels.short_date(row.end_date)
        if column == self.COLUMN_ELECTED:
            return labels.short_date(row.elected_on)
        if column == self.COLUMN_STATUS:
            return self.status(row)
        if column == self.COLUMN_NOTES:
            return row.notes.replace("\n", " ")
        return ""

    def sort_key(self, row: MandateRow, column: int) -> Any:
        if column == self.COLUMN_START:
            return row.start_date
        if column == self.COLUMN_END:
            return row.end_date
        if column == self.COLUMN_ELECTED:
            return row.elected_on
        return super().sort_key(row, column)

    def font(self, row: MandateRow, column: int) -> Any:
        if not row.in_office(self.today):
            return None
        font = QApplication.font()
        font.setBold(True)
        return font

    def tooltip(self, row: MandateRow, column: int) -> str | None:
        if column == self.COLUMN_NOTES and row.notes:
            return row.notes
        return None


class RosterPanel(QWidget):
    """Shows one zone's roster and offers to add, correct and end mandates and add people.

    Every change goes through the RosterService and is pushed on the undo stack.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster: RosterService | None = None
        self._zones: ZoneService | None = None
        self._undo: UndoHost | None = None
        self.zone_number: int | None = None
        self.roster: ZoneRoster | None = None
        self.dialog: MandateDialog | PersonDialog | None = None
        self._on_change = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.current_label = QLabel(self)
        self.current_label.setTextFormat(Qt.TextFormat.RichText)
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vacancy = QWidget(self)
        vacancy_layout = QHBoxLayout(self.vacancy)
        vacancy_layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self.vacancy)
        icon.setPixmap(
            QApplication.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            .pixmap(20, 20)
        )
        vacancy_layout.addWidget(icon)
        self.vacancy_text = QLabel(self.vacancy)
        self.vacancy_text.setWordWrap(True)
        vacancy_layout.addWidget(self.vacancy_text, 1)
        layout.addWidget(self.vacancy)
        layout.addWidget(self.current_label)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add mandate…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.end_button = QPushButton(self.tr("End mandate…"), self)
        # For a mandate entered by mistake; a term that really ended is ended, not deleted.
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(
            self.tr("Delete a mandate entered by mistake. To close a term, use End mandate.")
        )
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.end_button.clicked.connect(self.open_end_dialog)
        self.delete_button.clicked.connect(lambda: self.delete_mandate())
        # New people are added from the mandate dialog or the People tab: another button
        # here would make the page too wide for a small screen.
        for button in (self.add_button, self.edit_button, self.end_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = MandatesTableModel(self)
        self.view = table_view(self.model, self)
        self.view.setAccessibleName(self.tr("Mandates of the zone"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names and dates in full; the notes take what is left (a tooltip shows them whole).
        header.setSectionResizeMode(MandatesTableModel.COLUMN_NOTES, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.open_edit_dialog)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self.delete_mandate())
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def bind(self, roster: RosterService, zones: ZoneService, undo: UndoHost | None) -> None:
        self._roster = roster
        self._zones = zones
        self._undo = undo

    def set_on_change(self, callback) -> None:
        """Called after every change made here, so the page refreshes what depends on it."""
        self._on_change = callback

    # --- showing -------------------------------------------------------------------------

    def show_zone(self, number: int | None) -> None:
        self.zone_number = number
        self.refresh()

    def refresh(self) -> None:
        if self._roster is None or self.zone_number is None:
            self.roster = None
            self.model.set_mandates([], date.today())
            self.current_label.setText("")
            self.vacancy.hide()
            self._update_buttons()
            return
        selected = self.current_mandate()
        roster = self._roster.zone_roster(self.zone_number)
        self.roster = roster
        self.model.set_mandates(roster.history, roster.on)
        self.current_label.setText(self._current_text(roster))
        self.vacancy.setVisible(not roster.has_spokesperson)
        self.vacancy_text.setText(
            self.tr(
                "Zone {number} has no spokesperson today. Add the mandate of the person the "
                "assembly of mayors elected."
            ).format(number=roster.zone_number)
        )
        if selected is not None:
            self.select_mandate(selected.uuid)
        self._update_buttons()

    def _current_text(self, roster: ZoneRoster) -> str:
        def holder(row: MandateRow) -> str:
            start = labels.short_date(row.start_date)
            if row.elected_on is None:
                since = self.tr("since {date}").format(date=start)
            else:
                since = self.tr("since {date}, elected {elected}").format(
                    date=start, elected=labels.short_date(row.elected_on)
                )
            return f"<b>{html.escape(row.person_name)}</b> ({html.escape(since)})"

        none = html.escape(self.tr("none"))
        spokesperson = holder(roster.spokesperson) if roster.spokesperson else none
        vicar = holder(roster.vicar) if roster.vicar else none
        others = [d for d in roster.deputies if not d.is_vicar]
        deputies = ", ".join(holder(d) for d in others) if others else none
        # Rich text: the values are escaped HTML already, the labels are escaped here.
        lines = (
            self.tr("Spokesperson: {holder}"),
            self.tr("Vicar: {holder}"),
            self.tr("Other deputies: {holder}"),
        )
        holders = (spokesperson, vicar, deputies)
        return "<br>".join(
            html.escape(line).format(holder=value)
            for line, value in zip(lines, holders, strict=True)
        )

    def current_mandate(self) -> MandateRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_mandate(self, uuid: str) -> None:
        position = self.model.row_of(uuid)
        if position is not None:
            self.view.selectRow(position)

    def _update_buttons(self, *_args) -> None:
        ready = self._roster is not None and self.zone_number is not None
        mandate = self.current_mandate()
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and mandate is not None)
        self.end_button.setEnabled(ready and mandate is not None)
        self.delete_button.setEnabled(ready and mandate is not None)

    # --- dialogs -------------------------------------------------------------------------

    def _mandate_dialog(self, mode: MandateMode, mandate: MandateRow | None) -> MandateDialog:
        assert self._roster is not None and self._zones is not None
        dialog = MandateDialog(
            self._roster,
            self._roster.people(),
            self._zones.list_zones(),
            self._zones.municipalities(),
            mode=mode,
            zone_number=self.zone_number,
            mandate=mandate,
            today=self.roster.on if self.roster else None,
            parent=self,
        )
        dialog.person_created = self._person_added
        return open_kept(self, dialog, lambda: self._mandate_saved(dialog, mode, mandate))

    def open_add_dialog(self) -> MandateDialog | None:
        if self._roster is None or self.zone_number is None:
            return None
        return self._mandate_dialog(MandateMode.ADD, None)

    def open_edit_dialog(self, index: QModelIndex | None = None) -> MandateDialog | None:
        if isinstance(index, QModelIndex) and index.isValid():
            self.view.setCurrentIndex(index)  # the row double-clicked
        mandate = self.current_mandate()
        if self._roster is None or mandate is None:
            return None
        return self._mandate_dialog(MandateMode.EDIT, mandate)

    def open_end_dialog(self) -> MandateDialog | None:
        mandate = self.current_mandate()
        if self._roster is None or mandate is None:
            return None
        return self._mandate_dialog(MandateMode.END, mandate)

    def delete_mandate(self, *, confirm: bool = True) -> bool:
        """Delete the selected mandate after asking; undoable. True when it was deleted."""
        mandate = self.current_mandate()
        if self._roster is None or mandate is None:
            return False
        if confirm and not confirmed(
            self,
            self.tr("Delete mandate"),
            self.tr(
                "Delete the mandate of {name} ({role} of zone {number}, from {start})?\n\n"
                "Do this only for a mandate entered by mistake: a term that has ended is "
                "part of the zone's history, close it with End mandate instead. "
                "Edit ▸ Undo brings the mandate back."
            ).format(
                name=mandate.person_name,
                role=role_text(mandate).lower(),
                number=mandate.zone_number,
                start=labels.short_date(mandate.start_date),
            ),
        ):
            return False
        try:
            snapshot = self._roster.delete_mandate(mandate.uuid, mandate.row_version)
        except RtdeskError as error:
            show_error(self, self.tr("The mandate was not deleted"), error)
            self.refresh()
            return False
        if self._undo is not None:
            self._undo.push(DeleteMandateCommand(self._undo, self._roster, mandate, snapshot))
        self._changed(self.tr("Deleted: the mandate of {name}.").format(name=mandate.person_name))
        return True

    def _person_added(self, row: PersonRow | None) -> None:
        if row is None or self._roster is None:
            return
        if self._undo is not None:
            self._undo.push(AddPersonCommand(self._undo, self._roster, row))
        self._changed(self.tr("{name} added to the people.").format(name=row.full_name))

    def _mandate_saved(
        self, dialog: MandateDialog, mode: MandateMode, before: MandateRow | None
    ) -> None:
        result = dialog.result
        if result is None or self._roster is None:
            return
        row = result.row
        if self._undo is not None:
            if mode is MandateMode.ADD:
                command = AddMandateCommand(self._undo, self._roster, row)
            else:
                assert before is not None
                text = (
                    self.tr("End mandate of {name}")
                    if mode is MandateMode.END
                    else self.tr("Edit mandate of {name}")
                ).format(name=row.person_name)
                command = UpdateMandateCommand(self._undo, self._roster, before, row, text)
            self._undo.push(command)
        self._changed(
            self.tr("Saved: {name}, {role} of zone {number}.").format(
                name=row.person_name, role=role_text(row).lower(), number=row.zone_number
            )
        )
        if row.zone_number == self.zone_number:
            self.select_mandate(row.uuid)
        show_warnings(self, self.tr("Saved, with a warning"), result.warnings)

    def _changed(self, message: str) -> None:
        self.refresh()
        if self._on_change is not None:
            self._on_change(message)
