"""The Sessions page: the register of sessions (by year and status) and the chosen session's
agenda, attendance, minutes and documents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import MeetingStatus
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.agenda_editor import AgendaEditor
from rtdesk.gui.attendance_editor import AttendanceEditor, time_text
from rtdesk.gui.listing_page import ListingPage
from rtdesk.gui.messages import confirmed, show_error
from rtdesk.gui.minutes_editor import MinutesEditor
from rtdesk.gui.options import Options
from rtdesk.gui.session_dialog import SessionDialog
from rtdesk.gui.session_documents import SessionDocuments
from rtdesk.gui.table_model import ROW_ROLE, RowsTableModel
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.widgets import heading, open_kept
from rtdesk.gui.workspace import Services, Workspace
from rtdesk.services.sessions import SessionDetail, SessionRow, SessionService


class SessionsTableModel(RowsTableModel[SessionRow]):
    COLUMN_REF = 0
    COLUMN_DATE = 1
    COLUMN_VENUE = 2
    # The status before the mode: on a narrow screen the last column is the one cut short.
    COLUMN_STATUS = 3
    COLUMN_MODE = 4

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Session"),
            self.tr("Date"),
            self.tr("Venue"),
            self.tr("Status"),
            self.tr("Mode"),
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

    def tooltip(self, row: SessionRow, column: int) -> str | None:
        return row.venue if column == self.COLUMN_VENUE else None

    def sort_key(self, row: SessionRow, column: int) -> Any:
        if column == self.COLUMN_REF:
            return (row.year, row.number)
        if column == self.COLUMN_DATE:
            return row.meeting_date
        if column == self.COLUMN_STATUS:
            return list(MeetingStatus).index(row.status)
        return super().sort_key(row, column)


class SessionsPage(ListingPage):
    """Master/detail: the register on the left, the chosen session on the right."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tasks: TaskManager | None = None,
        options: Options | None = None,
    ) -> None:
        super().__init__(SessionsTableModel(), parent)
        self.title_label.setText(self.tr("Sessions"))
        # A page built without the window's task manager (a test, a tool) gets its own lane.
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self._services: Services | None = None
        self._service: SessionService | None = None
        self._detail: SessionDetail | None = None
        self.dialog: SessionDialog | None = None

        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.currentIndexChanged.connect(self._load_rows)
        self.year_label = QLabel(self.tr("&Year:"), self)
        self.year_label.setBuddy(self.year_combo)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in MeetingStatus:
            self.status_combo.addItem(labels.meeting_status(status), status.value)
        self.status_combo.currentIndexChanged.connect(self._load_rows)
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.status_combo)
        self.filters.addWidget(self.year_label)
        self.filters.addWidget(self.year_combo)
        self.filters.addSpacing(12)
        self.filters.addWidget(status_label)
        self.filters.addWidget(self.status_combo)
        self.stretch_column(SessionsTableModel.COLUMN_MODE)
        # The venue is in the detail header; the list stays narrow enough to sit beside it.
        self.view.setColumnHidden(SessionsTableModel.COLUMN_VENUE, True)
        self.view.sortByColumn(SessionsTableModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder)

        # The register and its count move into the left half of a splitter.
        outer = self.layout()
        outer.removeWidget(self.body)
        outer.removeWidget(self.count_label)
        self.splitter = QSplitter(self)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.body, 1)
        left_layout.addWidget(self.count_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New session…"), left)
        self.edit_button = QPushButton(self.tr("&Edit…"), left)
        self.delete_button = QPushButton(self.tr("&Delete"), left)
        self.delete_button.setToolTip(self.tr("Only a planned session can be deleted."))
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(lambda: self.delete_session())
        self.splitter.addWidget(left)

        self.detail_stack = QStackedWidget(self.splitter)
        self.no_detail_label = QLabel(
            self.tr("Choose a session in the list, or plan a new one."), self.detail_stack
        )
        self.no_detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_detail_label.setWordWrap(True)
        self.detail_stack.addWidget(self.no_detail_label)
        self.detail = QWidget(self.detail_stack)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        self.detail_title = heading("", self.detail)
        self.detail_when = QLabel(self.detail)
        self.detail_when.setWordWrap(True)
        self.detail_when.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_status = QLabel(self.detail)
        self.detail_status.setWordWrap(True)
        self.quorum_label = QLabel(self.detail)
        self.quorum_label.setWordWrap(True)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_when)
        detail_layout.addWidget(self.detail_status)
        detail_layout.addWidget(self.quorum_label)
        self.status_buttons_layout = QHBoxLayout()
        self.status_buttons: dict[MeetingStatus, QPushButton] = {}
        detail_layout.addLayout(self.status_buttons_layout)
        self.tabs = QTabWidget(self.detail)
        self.agenda_editor = AgendaEditor(self._proposal_service, self.tabs)
        self.attendance_editor = AttendanceEditor(self.tabs)
        self.minutes_editor = MinutesEditor(self.tasks, self.tabs)
        self.documents = SessionDocuments(self.tasks, options, self.tabs)
        self.documents.save_pending = self.minutes_editor.save_now
        self.documents.settle_pending = self.minutes_editor.settle
        # Each tab scrolls when the window is small, rather than forcing a large window.
        self._tab_of: dict[QWidget, QScrollArea] = {}
        for editor, title in (
            (self.agenda_editor, self.tr("A&genda")),
            (self.attendance_editor, self.tr("Atte&ndance")),
            (self.minutes_editor, self.tr("&Minutes")),
            (self.documents, self.tr("Doc&uments")),
        ):
            area = QScrollArea(self.tabs)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(editor)
            self._tab_of[editor] = area
            self.tabs.addTab(area, title)
        detail_layout.addWidget(self.tabs, 1)
        self.detail_stack.addWidget(self.detail)
        self.splitter.addWidget(self.detail_stack)
        # The detail (agenda, attendance, minutes) needs the room; the list only a glance.
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setSizes([360, 840])
        outer.addWidget(self.splitter, 1)

        for editor in (self.agenda_editor, self.attendance_editor, self.minutes_editor):
            editor.changed.connect(self._detail_changed)
        self.documents.changed.connect(self._detail_changed)
        self.documents.status_message.connect(self.status_message)
        self.attendance_editor.quorum_changed.connect(self.quorum_label.setText)
        self.agenda_editor.proposal_requested.connect(self._open_proposal)
        self.view.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.view.doubleClicked.connect(lambda _index: self.edit_session())
        self._update_buttons()

    def show_tab(self, editor: QWidget) -> None:
        self.tabs.setCurrentWidget(self._tab_of[editor])

    def current_tab(self) -> QWidget | None:
        area = self.tabs.currentWidget()
        return area.widget() if isinstance(area, QScrollArea) else None

    # --- binding and loading -------------------------------------------------------------

    def _proposal_service(self):
        return self._services.proposals if self._services is not None else None

    def bind(self, workspace: Workspace) -> None:
        self._services = workspace.services
        self._service = workspace.services.sessions
        self._detail = None
        self.agenda_editor.bind(self._service)
        self.attendance_editor.bind(self._service, workspace.services.roster)
        self.minutes_editor.bind(workspace.services.minutes, workspace.services.proposals)
        self.documents.bind(self._service, workspace.services.settings)
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

    def select_status(self, status: MeetingStatus | None) -> None:
        value = status.value if status is not None else None
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(value), 0))

    def _load_rows(self, *_args) -> None:
        if self._service is None:
            return
        keep = self._detail.uuid if self._detail is not None else None
        year = self.year_combo.currentData()
        status = self.status_combo.currentData()
        rows = self._service.list_sessions(year)
        if status is not None:
            rows = [r for r in rows if r.status.value == status]
        count = len(rows)
        self.show_rows(
            rows,
            self.tr("No sessions recorded yet.")
            if year is None and status is None
            else self.tr("No session matches the filter."),
            self.tr("1 session") if count == 1 else self.tr("{count} sessions").format(count=count),
        )
        if keep is not None and self.select_session(keep):
            return
        self.show_session(None)

    # --- selection -----------------------------------------------------------------------

    def row_of(self, uuid: str) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).uuid == uuid:
                return row
        return None

    def select_session(self, uuid: str) -> bool:
        """Choose a session of the list (False if the filters hide it)."""
        row = self.row_of(uuid)
        if row is None:
            return False
        index = self.model.index(row, SessionsTableModel.COLUMN_REF)
        if self.view.currentIndex().row() == row:
            self.show_session(uuid)
        else:
            self.view.setCurrentIndex(index)
            self.view.selectRow(row)
        self.view.scrollTo(index)
        return True

    def open_record(self, uuid: str) -> bool:
        """Show this session, clearing the year and status filters if they hide it."""
        if self.select_session(uuid):
            return True
        self.select_year(None)
        self.select_status(None)
        return self.select_session(uuid)

    def show_target(self, target: object) -> None:
        """(session uuid, tab name): the session on the tab where the matter is, "minutes" or
        "documents" (approval) — an action or minutes to approve are not on the agenda."""
        if not isinstance(target, tuple):
            return
        uuid, tab = target
        if self.open_record(uuid):
            editor = {
                "agenda": self.agenda_editor,
                "attendance": self.attendance_editor,
                "minutes": self.minutes_editor,
                "documents": self.documents,
            }.get(tab)
            if editor is not None:
                self.show_tab(editor)

    def _open_proposal(self, code: str) -> None:
        service = self._proposal_service()
        uuid = service.uuid_of_code(code) if service is not None else None
        if uuid is None:
            self.status_message.emit(
                self.tr("Proposal {code} is no longer in the register.").format(code=code)
            )
            return
        self.open_requested.emit("proposals", uuid)

    def _session_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self.show_session(row.uuid if row is not None else None)

    def current_session(self) -> SessionDetail | None:
        return self._detail

    def show_session(self, uuid: str | None) -> None:
        """Read the session again and show it in every tab."""
        detail = None
        if uuid is not None and self._service is not None:
            try:
                detail = self._service.session(uuid)
            except RtdeskError:
                detail = None  # deleted meanwhile (another workstation): show nothing
        self._detail = detail
        self.detail_stack.setCurrentWidget(self.detail if detail else self.no_detail_label)
        self._show_header(detail)
        self.agenda_editor.show_session(detail)
        self.attendance_editor.show_session(detail)
        self.minutes_editor.show_session(detail)
        self.documents.show_session(detail)
        self._update_buttons()

    def _show_header(self, detail: SessionDetail | None) -> None:
        for button in self.status_buttons.values():
            self.status_buttons_layout.removeWidget(button)
            button.deleteLater()
        self.status_buttons = {}
        while self.status_buttons_layout.count():
            self.status_buttons_layout.takeAt(0)
        if detail is None:
            return
        self.detail_title.setText(self.tr("Session {ref}").format(ref=detail.ref))
        when = labels.short_date(detail.meeting_date)
        if detail.start_time and detail.end_time:
            when = self.tr("{day}, {start}–{end}").format(
                day=when,
                start=time_text(detail.start_time),
                end=time_text(detail.end_time),
            )
        elif detail.start_time:
            when = self.tr("{day}, {start}").format(day=when, start=time_text(detail.start_time))
        parts = [when, labels.meeting_mode(detail.mode)]
        if detail.venue:
            parts.append(detail.venue)
        self.detail_when.setText(" · ".join(parts))
        status = self.tr("Status: {status}.").format(status=labels.meeting_status(detail.status))
        if detail.locked:
            status = self.tr(
                "Status: minutes approved at session {ref} on {day}. The minutes are locked; "
                "corrections are recorded as errata."
            ).format(ref=detail.approved_at_ref, day=labels.short_date(detail.approved_on))
        people = []
        if detail.chair:
            people.append(self.tr("Chair: {name}.").format(name=detail.chair))
        if detail.secretary:
            people.append(self.tr("Secretary: {name}.").format(name=detail.secretary))
        self.detail_status.setText(" ".join([status, *people]))
        self.quorum_label.setText(self.attendance_editor.quorum_label.text())
        for target in detail.next_statuses:
            button = QPushButton(self._step_text(detail.status, target), self.detail)
            button.setToolTip(self._step_tip(target))
            button.clicked.connect(lambda _checked=False, t=target: self.change_status(t))
            self.status_buttons[target] = button
            self.status_buttons_layout.addWidget(button)
        self.status_buttons_layout.addStretch(1)

    def _step_text(self, current: MeetingStatus, target: MeetingStatus) -> str:
        if target is MeetingStatus.PLANNED:
            return self.tr("Back to planned")
        if target is MeetingStatus.CONVENED:
            return self.tr("Mark as convened")
        if target is MeetingStatus.HELD:
            return self.tr("Mark as held")
        if target is MeetingStatus.MINUTES_DRAFTED:
            return self.tr("Minutes drafted")
        return self.tr("Approve minutes…")

    def _step_tip(self, target: MeetingStatus) -> str:
        return {
            MeetingStatus.PLANNED: self.tr("The convocation was withdrawn: plan the session again"),
            MeetingStatus.CONVENED: self.tr("The convocation was sent today"),
            MeetingStatus.HELD: self.tr("The session took place"),
            MeetingStatus.MINUTES_DRAFTED: self.tr(
                "The minutes are written and ready for approval at a later session"
            ),
            MeetingStatus.MINUTES_APPROVED: self.tr(
                "Record the later session that approved the minutes (locks them)"
            ),
        }[target]

    def _update_buttons(self) -> None:
        has = self._service is not None
        self.new_button.setEnabled(has)
        detail = self._detail
        self.edit_button.setEnabled(detail is not None and not detail.locked)
        self.delete_button.setEnabled(detail is not None and detail.status is MeetingStatus.PLANNED)

    def _detail_changed(self) -> None:
        """An editor stored something: read the session and the register row again."""
        if self._detail is None:
            return
        uuid = self._detail.uuid
        self._load_rows()
        if self._detail is None or self._detail.uuid != uuid:
            self.show_session(uuid)  # the filter no longer lists it: keep showing it
        self.data_changed.emit()

    # --- sessions ------------------------------------------------------------------------

    def new_session(self) -> SessionDialog | None:
        return self._open_dialog(None)

    def edit_session(self) -> SessionDialog | None:
        if self._detail is None or self._detail.locked:
            return None
        return self._open_dialog(self._detail)

    def _open_dialog(self, detail: SessionDetail | None) -> SessionDialog | None:
        if self._services is None or self._service is None:
            return None
        settings = self._services.settings.get()
        dialog = SessionDialog(self._service, settings, session=detail, parent=self)
        return open_kept(self, dialog, lambda: self._session_saved(dialog.saved))

    def _session_saved(self, saved: SessionDetail | None) -> None:
        if saved is None:
            return
        self.refresh()
        if not self.select_session(saved.uuid):
            # Filtered out: show every session so the new one can be seen.
            self.select_year(None)
            self.select_status(None)
            self.select_session(saved.uuid)
        self.data_changed.emit()
        self.status_message.emit(self.tr("Session {ref} saved.").format(ref=saved.ref))

    def delete_session(self, *, confirm: bool = True) -> bool:
        detail = self._detail
        if detail is None or self._service is None:
            return False
        if confirm and not confirmed(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete session {ref} of {day} with its agenda? Its number is not given "
                "to another session."
            ).format(ref=detail.ref, day=labels.short_date(detail.meeting_date)),
        ):
            return False
        try:
            self._service.delete_session(detail.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The session was not deleted"), error)
            return False
        self._detail = None
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(self.tr("Session {ref} deleted.").format(ref=detail.ref))
        return True

    def change_status(self, target: MeetingStatus) -> bool:
        detail = self._detail
        if detail is None or self._service is None:
            return False
        if target is MeetingStatus.MINUTES_APPROVED:
            self.show_tab(self.documents)
            self.documents.approve()
            return False
        try:
            self._service.change_status(detail.uuid, target)
        except RtdeskError as error:
            show_error(self, self.tr("The status was not changed"), error)
            return False
        self._detail_changed()
        self.status_message.emit(
            self.tr("Session {ref}: {status}.").format(
                ref=detail.ref, status=labels.meeting_status(target)
            )
        )
        return True
