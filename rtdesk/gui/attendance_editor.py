"""The attendance register of a session: one row per zone, guests, and the quorum, live."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import AttendanceCapacity, Presence
from rtdesk.domain.errors import RtdeskError
from rtdesk.domain.sessions import QuorumOutcome
from rtdesk.gui.messages import show_error, translated
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.widgets import table_view
from rtdesk.services.roster import RosterService, ZoneRoster
from rtdesk.services.sessions import (
    AttendanceInput,
    AttendanceRow,
    GuestInput,
    GuestRow,
    SessionDetail,
    SessionService,
)


def capacity_label(capacity: AttendanceCapacity | None) -> str:
    if capacity is None:
        return ""
    return {
        AttendanceCapacity.SPOKESPERSON: QCoreApplication.translate("attendance", "Spokesperson"),
        AttendanceCapacity.VICAR: QCoreApplication.translate("attendance", "Vicar"),
        AttendanceCapacity.DEPUTY: QCoreApplication.translate("attendance", "Deputy"),
        AttendanceCapacity.DELEGATE: QCoreApplication.translate("attendance", "Delegate"),
    }[capacity]


def presence_label(presence: Presence) -> str:
    return {
        Presence.PRESENT: QCoreApplication.translate("attendance", "Present"),
        Presence.ABSENT: QCoreApplication.translate("attendance", "Absent"),
        Presence.EXCUSED: QCoreApplication.translate("attendance", "Excused"),
    }[presence]


def time_text(value: time | None) -> str:
    return QTime(value.hour, value.minute).toString("HH:mm") if value is not None else ""


def quorum_text(outcome: QuorumOutcome, ahead: bool = False) -> str:
    """The quorum in plain words, as the secretary says it aloud. For a session still `ahead`
    the register holds who is expected: the quorum is a forecast, not a fact."""
    if ahead:
        return QCoreApplication.translate(
            "attendance",
            "Session still to come. Zones expected: {present} of {total} (needed: {required}).",
        ).format(present=outcome.present, total=outcome.total, required=outcome.required)
    # Counts after a colon, never before a noun: "1 zones" reads wrong in any language.
    if outcome.reached:
        return QCoreApplication.translate(
            "attendance",
            "Quorum reached. Zones present: {present} of {total} (needed: {required}).",
        ).format(present=outcome.present, total=outcome.total, required=outcome.required)
    return QCoreApplication.translate(
        "attendance",
        "Quorum not reached. Zones present: {present} of {total} (needed: {required}, "
        "missing: {missing}).",
    ).format(
        present=outcome.present,
        total=outcome.total,
        required=outcome.required,
        missing=outcome.required - outcome.present,
    )


class AttendanceTableModel(RowsTableModel[AttendanceRow]):
    COLUMN_ZONE = 0
    COLUMN_PRESENCE = 1
    COLUMN_NAME = 2
    COLUMN_CAPACITY = 3
    COLUMN_ARRIVED = 4
    COLUMN_LEFT = 5
    COLUMN_NOTE = 6

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Zone"),
            self.tr("Presence"),
            self.tr("Attending"),
            self.tr("As"),
            self.tr("Arrived"),
            self.tr("Left"),
            self.tr("Note"),
        ]

    def display(self, row: AttendanceRow, column: int) -> str:
        if column == self.COLUMN_ZONE:
            return self.tr("{number} — {name}").format(number=row.zone_number, name=row.zone_name)
        if column == self.COLUMN_NAME:
            return row.attendee_name
        if column == self.COLUMN_CAPACITY:
            return capacity_label(row.capacity)
        if column == self.COLUMN_PRESENCE:
            return presence_label(row.presence) if row.recorded else self.tr("Not recorded")
        if column == self.COLUMN_ARRIVED:
            return time_text(row.arrived_at)
        if column == self.COLUMN_LEFT:
            return time_text(row.left_at)
        if column == self.COLUMN_NOTE:
            return row.note.replace("\n", " ")
        return ""

    def font(self, row: AttendanceRow, column: int):
        if column == self.COLUMN_PRESENCE and row.presence is Presence.PRESENT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The register keeps zone order."""

    def replace_row(self, new: AttendanceRow) -> None:
        for position, row in enumerate(self._rows):
            if row.zone_number == new.zone_number:
                self._rows[position] = new
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, self.columnCount() - 1)
                )
                return


class GuestsTableModel(RowsTableModel[GuestRow]):
    COLUMN_NAME = 0
    COLUMN_AFFILIATION = 1

    def headers(self) -> Sequence[str]:
        return [self.tr("Guest"), self.tr("Role or office")]

    def display(self, row: GuestRow, column: int) -> str:
        if column == self.COLUMN_NAME:
            return row.name
        if column == self.COLUMN_AFFILIATION:
            return row.affiliation
        return ""


# Item data of the "attending" combo: "capacity|person uuid" (either part may be empty); text,
# because a combo finds its items by data only for plain Qt values.
DELEGATE_CHOICE = f"{AttendanceCapacity.DELEGATE.value}|"


def choice(capacity: AttendanceCapacity | None, person_uuid: str | None) -> str:
    return f"{capacity.value if capacity else ''}|{person_uuid or ''}"


def parse_choice(data: str | None) -> tuple[AttendanceCapacity | None, str | None]:
    capacity, _, person = (data or "|").partition("|")
    return (AttendanceCapacity(capacity) if capacity else None), (person or None)


class AttendanceEditor(QWidget):
    """The Attendance tab: the register on the left, the selected zone's row on the right.

    Every change is stored at once (one small write) and the quorum line recomputed;
    `changed` tells the page, `quorum_changed` carries the new quorum line.
    """

    changed = Signal()
    quorum_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: SessionService | None = None
        self._roster: RosterService | None = None
        self._session: SessionDetail | None = None
        self._loading = False
        self.model = AttendanceTableModel(self)
        self.guests_model = GuestsTableModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.quorum_label = QLabel(self)
        self.quorum_label.setWordWrap(True)
        font = self.quorum_label.font()
        font.setBold(True)
        self.quorum_label.setFont(font)
        top.addWidget(self.quorum_label, 1)
        self.prefill_button = QPushButton(self.tr("&Fill from roster"), self)
        self.prefill_button.setToolTip(
            self.tr(
                "Give every zone not yet in the register its spokesperson in office on the "
                "session date (else the vicar). Rows already filled are kept."
            )
        )
        self.prefill_button.clicked.connect(self.prefill)
        top.addWidget(self.prefill_button)
        self.all_present_button = QPushButton(self.tr("Ever&yone present"), self)
        self.all_present_button.setToolTip(
            self.tr(
                "Mark every zone present with the person the register names (filled from the "
                "roster where empty); then mark the few absent ones."
            )
        )
        self.all_present_button.clicked.connect(self.mark_everyone_present)
        top.addWidget(self.all_present_button)
        layout.addLayout(top)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.view = table_view(self.model, left)
        self.view.setAccessibleName(self.tr("Attendance register"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            AttendanceTableModel.COLUMN_NOTE, QHeaderView.ResizeMode.Stretch
        )
        left_layout.addWidget(self.view, 3)
        guests_label = QLabel(self.tr("&Guests (officials, experts):"), left)
        left_layout.addWidget(guests_label)
        self.guests_view = table_view(self.guests_model, left)
        self.guests_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        guests_label.setBuddy(self.guests_view)
        left_layout.addWidget(self.guests_view, 1)
        guest_buttons = QHBoxLayout()
        self.add_guest_button = QPushButton(self.tr("Add &guest…"), left)
        self.remove_guest_button = QPushButton(self.tr("Remove g&uest"), left)
        self.add_guest_button.clicked.connect(self.ask_guest)
        self.remove_guest_button.clicked.connect(self.remove_guest)
        guest_buttons.addWidget(self.add_guest_button)
        guest_buttons.addWidget(self.remove_guest_button)
        guest_buttons.addStretch(1)
        left_layout.addLayout(guest_buttons)
        splitter.addWidget(left)

        self.row_box = QGroupBox(self.tr("Zone"), splitter)
        form = QFormLayout(self.row_box)
        self.attending_combo = QComboBox(self.row_box)
        self.attending_combo.setAccessibleName(self.tr("Attending for the zone"))
        # Long names and roles must not widen the form: the list shows them in full.
        self.attending_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.attending_combo.setMinimumContentsLength(16)
        self.delegate_edit = QLineEdit(self.row_box)
        self.delegate_edit.setPlaceholderText(self.tr("Name as on the delegation"))
        self.delegate_edit.setMaxLength(200)
        presence_row = QHBoxLayout()
        self.presence_group = QButtonGroup(self)
        self.presence_buttons: dict[Presence, QRadioButton] = {}
        for presence, text in (
            (Presence.PRESENT, self.tr("&Present")),
            (Presence.ABSENT, self.tr("A&bsent")),
            (Presence.EXCUSED, self.tr("E&xcused")),
        ):
            button = QRadioButton(text, self.row_box)
            self.presence_group.addButton(button)
            self.presence_buttons[presence] = button
            presence_row.addWidget(button)
        presence_row.addStretch(1)
        self.arrived_check = QCheckBox(self.tr("Arri&ved at"), self.row_box)
        self.arrived_edit = QTimeEdit(self.row_box)
        self.arrived_edit.setDisplayFormat("HH:mm")
        self.left_check = QCheckBox(self.tr("&Left at"), self.row_box)
        self.left_edit = QTimeEdit(self.row_box)
        self.left_edit.setDisplayFormat("HH:mm")
        # Arrival and departure on two lines: side by side they made the form too wide for
        # the register beside it on a laptop screen.
        times = QVBoxLayout()
        for check, edit in (
            (self.arrived_check, self.arrived_edit),
            (self.left_check, self.left_edit),
        ):
            line = QHBoxLayout()
            line.addWidget(check)
            line.addWidget(edit)
            line.addStretch(1)
            times.addLayout(line)
        self.note_edit = QLineEdit(self.row_box)
        attending_label = QLabel(self.tr("&Attending:"), self.row_box)
        attending_label.setBuddy(self.attending_combo)
        delegate_label = QLabel(self.tr("&Delegate:"), self.row_box)
        delegate_label.setBuddy(self.delegate_edit)
        note_label = QLabel(self.tr("N&ote:"), self.row_box)
        note_label.setBuddy(self.note_edit)
        form.addRow(attending_label, self.attending_combo)
        form.addRow(delegate_label, self.delegate_edit)
        form.addRow(self.tr("Presence:"), presence_row)
        form.addRow(self.tr("Times:"), times)
        form.addRow(note_label, self.note_edit)
        self.row_error = QLabel(self.row_box)
        self.row_error.setWordWrap(True)
        form.addRow(self.row_error)
        splitter.addWidget(self.row_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        layout.addWidget(splitter, 1)

        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.attending_combo.activated.connect(self._attending_chosen)
        self.delegate_edit.editingFinished.connect(self._store_if_changed)
        self.presence_group.buttonClicked.connect(self._presence_clicked)
        self.arrived_check.toggled.connect(self._time_toggled)
        self.left_check.toggled.connect(self._time_toggled)
        self.arrived_edit.editingFinished.connect(self._store_if_changed)
        self.left_edit.editingFinished.connect(self._store_if_changed)
        self.note_edit.editingFinished.connect(self._store_if_changed)
        self.guests_view.selectionModel().currentRowChanged.connect(self._update_enabled)
        self._update_enabled()

    def bind(self, service: SessionService, roster: RosterService | None) -> None:
        self._service = service
        self._roster = roster

    # --- showing -------------------------------------------------------------------------

    def show_session(self, session: SessionDetail | None) -> None:
        chosen = self.current_row()
        changed_session = (
            session is None or self._session is None or (session.uuid != self._session.uuid)
        )
        self._session = session
        self.model.set_rows(session.attendance if session else ())
        self.guests_model.set_rows(session.guests if session else ())
        if session is not None and session.locked:
            self.notice.setText(
                self.tr(
                    "The minutes of this session are approved: the register is shown as it was "
                    "approved and can no longer change."
                )
            )
        self.notice.setVisible(session is not None and session.locked)
        row = 0 if chosen is None or changed_session else chosen.zone_number - 1
        if self.model.rowCount():
            self.select_zone_row(min(row, self.model.rowCount() - 1))
        else:
            self._show_row(None)
        self.update_quorum()
        self._update_enabled()

    def update_quorum(self) -> None:
        if self._service is None or self._session is None:
            self.quorum_label.setText("")
            return
        try:
            ahead = self._session.meeting_date > date.today()
            text = quorum_text(self._service.quorum(self._session.uuid), ahead)
        except RtdeskError as error:
            text = translated(error.text)
        self.quorum_label.setText(text)
        self.quorum_changed.emit(text)

    def current_row(self) -> AttendanceRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_zone_row(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_row(self.current_row())

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_row(self.model.row_at(current.row()) if current.isValid() else None)

    def _zone_roster(self, zone_number: int) -> ZoneRoster | None:
        if self._roster is None or self._session is None:
            return None
        try:
            return self._roster.zone_roster(zone_number, self._session.meeting_date)
        except RtdeskError:
            return None

    def _show_row(self, row: AttendanceRow | None) -> None:
        self._loading = True
        try:
            self.row_error.setText("")
            combo = self.attending_combo
            combo.clear()
            if row is None:
                self.row_box.setTitle(self.tr("Zone"))
                return
            self.row_box.setTitle(
                self.tr("Zone {number} — {name}").format(number=row.zone_number, name=row.zone_name)
            )
            roster = self._zone_roster(row.zone_number)
            combo.addItem(self.tr("(nobody chosen)"), choice(None, None))
            if roster is not None:
                if roster.spokesperson is not None:
                    m = roster.spokesperson
                    combo.addItem(
                        self.tr("{name} — spokesperson").format(name=m.person_name),
                        choice(AttendanceCapacity.SPOKESPERSON, m.person_uuid),
                    )
                for m in roster.deputies:
                    if m.is_vicar:
                        text = self.tr("{name} — vicar").format(name=m.person_name)
                        capacity = AttendanceCapacity.VICAR
                    else:
                        text = self.tr("{name} — deputy").format(name=m.person_name)
                        capacity = AttendanceCapacity.DEPUTY
                    combo.addItem(text, choice(capacity, m.person_uuid))
            combo.addItem(self.tr("A named delegate…"), DELEGATE_CHOICE)
            wanted = choice(row.capacity, row.person_uuid)
            position = (
                combo.findData(wanted) if row.capacity is not AttendanceCapacity.DELEGATE else -1
            )
            if row.capacity is AttendanceCapacity.DELEGATE:
                position = combo.count() - 1
            elif position < 0 and row.attendee_name:
                # Someone no longer (or not yet) in office on the roster: kept as recorded.
                combo.insertItem(
                    combo.count() - 1,
                    self.tr("{name} — {capacity}").format(
                        name=row.attendee_name, capacity=capacity_label(row.capacity)
                    )
                    if row.capacity
                    else row.attendee_name,
                    wanted,
                )
                position = combo.count() - 2
            combo.setCurrentIndex(max(position, 0))
            self.delegate_edit.setText(
                row.attendee_name if row.capacity is AttendanceCapacity.DELEGATE else ""
            )
            if row.recorded:
                self.presence_buttons[row.presence].setChecked(True)
            else:
                # Nothing recorded yet: no button may suggest "absent" before anyone said so.
                self.presence_group.setExclusive(False)
                for button in self.presence_buttons.values():
                    button.setChecked(False)
                self.presence_group.setExclusive(True)
            self.arrived_check.setChecked(row.arrived_at is not None)
            self.arrived_edit.setTime(_qtime(row.arrived_at, self._session, start=True))
            self.left_check.setChecked(row.left_at is not None)
            self.left_edit.setTime(_qtime(row.left_at, self._session, start=False))
            self.note_edit.setText(row.note)
        finally:
            self._loading = False
            self._update_enabled()

    def _update_enabled(self, *_args) -> None:
        editable = self._session is not None and not self._session.locked
        row = self.current_row()
        for widget in (
            self.attending_combo,
            self.note_edit,
            self.arrived_check,
            self.left_check,
            *self.presence_buttons.values(),
        ):
            widget.setEnabled(editable and row is not None)
        delegate = self.attending_combo.currentData() == DELEGATE_CHOICE
        self.delegate_edit.setEnabled(editable and row is not None and delegate)
        self.arrived_edit.setEnabled(editable and self.arrived_check.isChecked())
        self.left_edit.setEnabled(editable and self.left_check.isChecked())
        self.prefill_button.setEnabled(editable)
        self.all_present_button.setEnabled(editable)
        self.add_guest_button.setEnabled(editable)
        self.remove_guest_button.setEnabled(editable and self.guests_view.currentIndex().isValid())

    # --- storing -------------------------------------------------------------------------

    def input(self) -> AttendanceInput:
        capacity, person_uuid = parse_choice(self.attending_combo.currentData())
        name = ""
        if capacity is AttendanceCapacity.DELEGATE:
            name = self.delegate_edit.text()
        elif person_uuid is None and self.attending_combo.currentIndex() > 0:
            row = self.current_row()
            name = row.attendee_name if row else ""
        presence = next(
            (p for p, b in self.presence_buttons.items() if b.isChecked()), Presence.ABSENT
        )
        return AttendanceInput(
            presence=presence,
            person_uuid=person_uuid,
            attendee_name=name,
            capacity=capacity,
            arrived_at=self.arrived_edit.time().toPython()
            if self.arrived_check.isChecked()
            else None,
            left_at=self.left_edit.time().toPython() if self.left_check.isChecked() else None,
            note=self.note_edit.text(),
        )

    def _attending_chosen(self, *_args) -> None:
        # Choosing who sat for the zone says that someone did: present, unless excused.
        excused = self.presence_buttons[Presence.EXCUSED].isChecked()
        if self.attending_combo.currentIndex() > 0 and not excused:
            self.presence_buttons[Presence.PRESENT].setChecked(True)
        self._update_enabled()
        if self.attending_combo.currentData() == DELEGATE_CHOICE:
            self.delegate_edit.setFocus()
            if not self.delegate_edit.text().strip():
                return  # stored once the name is written
        self.store()

    def _presence_clicked(self, *_args) -> None:
        # Marking someone present who has no arrival time: the session's start is a fair guess
        # only if the secretary types it; leave times empty rather than invent them.
        self.store()

    def _time_toggled(self, *_args) -> None:
        self._update_enabled()
        if not self._loading:
            self.store()

    def _store_if_changed(self) -> None:
        """Editing finished in a field (also when focus just passes through): store only
        what differs from the register, so tabbing through the form writes nothing."""
        if self._loading:
            return
        row = self.current_row()
        if row is None:
            return
        data = self.input()
        typed_name = (
            data.attendee_name.strip()
            if data.capacity is AttendanceCapacity.DELEGATE
            else row.attendee_name
        )
        if (
            typed_name != row.attendee_name
            or data.arrived_at != row.arrived_at
            or data.left_at != row.left_at
            or data.note.strip() != row.note
        ):
            self.store()

    def store(self) -> bool:
        """Write the selected zone's row as the form shows it; False (and the reason shown
        under the form) if the service refuses."""
        if self._loading or self._service is None or self._session is None:
            return False
        row = self.current_row()
        if row is None:
            return False
        try:
            stored = self._service.set_attendance(self._session.uuid, row.zone_number, self.input())
        except RtdeskError as error:
            # Nothing was stored: the form shows the register again (a refused "absent" must
            # not stay ticked beside a row that says present), then why it was refused.
            self._show_row(row)
            self.row_error.setText(
                self.tr("Not saved: {reason} {advice}")
                .format(reason=translated(error.text), advice=translated(error.advice_text))
                .strip()
            )
            return False
        self.row_error.setText("")
        self.model.replace_row(stored)
        self.update_quorum()
        self.changed.emit()
        return True

    def set_zone(self, zone_number: int, data: AttendanceInput) -> bool:
        """Select a zone and store `data` for it (the form follows)."""
        if self._service is None or self._session is None:
            return False
        self.select_zone_row(zone_number - 1)
        try:
            stored = self._service.set_attendance(self._session.uuid, zone_number, data)
        except RtdeskError as error:
            show_error(self, self.tr("The attendance was not saved"), error)
            return False
        self.model.replace_row(stored)
        self._show_row(stored)
        self.update_quorum()
        self.changed.emit()
        return True

    def prefill(self) -> None:
        if self._service is None or self._session is None:
            return
        try:
            rows = self._service.prefill_attendance(self._session.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The register was not filled"), error)
            return
        self._register_rewritten(rows)

    def _register_rewritten(self, rows: Sequence[AttendanceRow]) -> None:
        """Show the whole register as stored after a change to many rows, on the same zone."""
        chosen = self.current_row()
        self.model.set_rows(rows)
        self.select_zone_row(chosen.zone_number - 1 if chosen else 0)
        self.update_quorum()
        self.changed.emit()

    def mark_everyone_present(self) -> list[int]:
        """Every zone present with the person the register names; returns the zones left as
        they were because nobody is named for them (the user is told which)."""
        if self._service is None or self._session is None:
            return []
        try:
            rows, nobody = self._service.mark_everyone_present(self._session.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The attendance was not saved"), error)
            return []
        self._register_rewritten(rows)
        if nobody:
            self.notice.setText(
                self.tr(
                    "Nobody is named for zone {zones}: choose who sat for it, or leave it absent."
                ).format(zones=", ".join(str(number) for number in nobody))
            )
            self.notice.show()
        return nobody

    # --- guests --------------------------------------------------------------------------

    def ask_guest(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add guest"), self.tr("Guest's name:"))
        if not ok or not name.strip():
            return
        affiliation, ok = QInputDialog.getText(
            self, self.tr("Add guest"), self.tr("Role or office (e.g. CMTO official, expert):")
        )
        if ok:
            self.add_guest(GuestInput(name, affiliation))

    def add_guest(self, data: GuestInput) -> bool:
        if self._service is None or self._session is None:
            return False
        try:
            self._service.add_guest(self._session.uuid, data)
        except RtdeskError as error:
            show_error(self, self.tr("The guest was not added"), error)
            return False
        self.changed.emit()
        return True

    def remove_guest(self) -> bool:
        index = self.guests_view.currentIndex()
        if self._service is None or not index.isValid():
            return False
        guest = self.guests_model.row_at(index.row())
        try:
            self._service.remove_guest(guest.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The guest was not removed"), error)
            return False
        self.changed.emit()
        return True


def _qtime(value: time | None, session: SessionDetail | None, *, start: bool) -> QTime:
    if value is None and session is not None:
        value = session.start_time if start else session.end_time
    if value is None:
        return QTime(10, 0) if start else QTime(12, 0)
    return QTime(value.hour, value.minute)
