"""The selected proposal in full: its fields, history, sessions, zone adoption and actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import AdoptionState, ProposalStatus
from rtdesk.domain.errors import RtdeskError
from rtdesk.domain.proposals import ADOPTION_TRACKED
from rtdesk.gui import labels
from rtdesk.gui.actions_page import ActionsTableModel
from rtdesk.gui.adoption_matrix import adoption_brush, adoption_label
from rtdesk.gui.messages import show_error
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.transition_dialog import four_digit_dates, pydate, qdate, transition_verb
from rtdesk.gui.widgets import heading, table_view
from rtdesk.services.proposals import (
    AdoptionRow,
    DiscussionRow,
    ProposalDetail,
    ProposalService,
    StatusChangeRow,
)


class HistoryTableModel(RowsTableModel[StatusChangeRow]):
    COLUMN_DATE = 0
    COLUMN_CHANGE = 1
    COLUMN_SESSION = 2
    COLUMN_NOTE = 3
    COLUMN_USER = 4

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Session"),
            self.tr("Note"),
            self.tr("By"),
        ]

    def display(self, row: StatusChangeRow, column: int) -> str:
        if column == self.COLUMN_DATE:
            return labels.short_date(row.on)
        if column == self.COLUMN_CHANGE:
            if row.from_status is None:
                return labels.proposal_status(row.to_status)
            return self.tr("{before} → {after}").format(
                before=labels.proposal_status(row.from_status),
                after=labels.proposal_status(row.to_status),
            )
        if column == self.COLUMN_SESSION:
            return row.session_ref or ""
        if column == self.COLUMN_NOTE:
            return " ".join(row.note.split())
        if column == self.COLUMN_USER:
            return row.user
        return ""

    def tooltip(self, row: StatusChangeRow, column: int) -> str | None:
        return row.note if column == self.COLUMN_NOTE and row.note else None


class DiscussionsTableModel(RowsTableModel[DiscussionRow]):
    COLUMN_SESSION = 0
    COLUMN_DATE = 1
    COLUMN_ITEM = 2
    COLUMN_DECISION = 3

    def headers(self) -> Sequence[str]:
        return [self.tr("Session"), self.tr("Date"), self.tr("Agenda item"), self.tr("Decision")]

    def display(self, row: DiscussionRow, column: int) -> str:
        if column == self.COLUMN_SESSION:
            return row.session_ref
        if column == self.COLUMN_DATE:
            return labels.short_date(row.meeting_date)
        if column == self.COLUMN_ITEM:
            return self.tr("{position}. {title}").format(position=row.position, title=row.title)
        if column == self.COLUMN_DECISION:
            return " ".join(row.decision.split())
        return ""

    def tooltip(self, row: DiscussionRow, column: int) -> str | None:
        if column == self.COLUMN_DECISION and row.decision:
            return row.decision
        if column == self.COLUMN_ITEM:
            return row.title
        return self.tr("Double-click to open session {ref}.").format(ref=row.session_ref)


class AdoptionTableModel(RowsTableModel[AdoptionRow]):
    COLUMN_ZONE = 0
    COLUMN_STATE = 1
    COLUMN_DATE = 2
    COLUMN_NOTE = 3

    def headers(self) -> Sequence[str]:
        return [self.tr("Zone"), self.tr("Adoption"), self.tr("Since"), self.tr("Note")]

    def display(self, row: AdoptionRow, column: int) -> str:
        if column == self.COLUMN_ZONE:
            return self.tr("{number} {name}").format(number=row.zone_number, name=row.zone_name)
        if column == self.COLUMN_STATE:
            return adoption_label(row.state)
        if column == self.COLUMN_DATE:
            return labels.short_date(row.on)
        if column == self.COLUMN_NOTE:
            return " ".join(row.note.split())
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == self.COLUMN_STATE
            and 0 <= index.row() < len(self._rows)
        ):
            return adoption_brush(self._rows[index.row()].state)
        return super().data(index, role)

    def tooltip(self, row: AdoptionRow, column: int) -> str | None:
        return row.note if column == self.COLUMN_NOTE and row.note else None


class AdoptionDialog(QDialog):
    """Calls `ProposalService.set_adoption` for one zone; stays open when the service refuses."""

    def __init__(
        self,
        service: ProposalService,
        proposal: ProposalDetail,
        adoption: AdoptionRow,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.proposal = proposal
        self.zone_number = adoption.zone_number
        self.result: ProposalDetail | None = None
        self.setWindowTitle(
            self.tr("Adoption of {code} by zone {number}").format(
                code=proposal.code, number=adoption.zone_number
            )
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{code} — {title}\nZone {number} {name}").format(
                code=proposal.code,
                title=proposal.title,
                number=adoption.zone_number,
                name=adoption.zone_name,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.state_combo = QComboBox(self)
        for state in AdoptionState:
            self.state_combo.addItem(adoption_label(state), state.value)
        current = adoption.state or AdoptionState.NOT_STARTED
        self.state_combo.setCurrentIndex(self.state_combo.findData(current.value))
        form.addRow(self.tr("&State:"), self.state_combo)
        self.date_edit = QDateEdit(self)
        four_digit_dates(self.date_edit)
        self.date_edit.setDate(qdate(adoption.on or today or date.today()))
        form.addRow(self.tr("&Since:"), self.date_edit)
        self.note_edit = QLineEdit(adoption.note, self)
        self.note_edit.setPlaceholderText(self.tr("e.g. resolution of the zone assembly"))
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(440, 220)

    def choose_state(self, state: AdoptionState) -> None:
        self.state_combo.setCurrentIndex(self.state_combo.findData(state.value))

    def accept(self) -> None:
        try:
            self.result = self._service.set_adoption(
                self.proposal.uuid,
                self.zone_number,
                AdoptionState(self.state_combo.currentData()),
                pydate(self.date_edit.date()),
                self.note_edit.text(),
            )
        except RtdeskError as error:
            show_error(self, self.tr("The adoption was not saved"), error)
            return
        super().accept()


def _small_table(model: RowsTableModel, parent: QWidget, stretch: int) -> QTableView:
    view = table_view(model, parent)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return view


def _fit_rows(view: QTableView, rows: int, most: int = 12) -> None:
    """A short table is as tall as its rows, so the panel scrolls as one page."""
    header = view.verticalHeader()
    shown = max(1, min(rows, most))
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(header.sectionSize(i) for i in range(min(rows, shown))) or (
        header.defaultSectionSize()
    )
    if view.horizontalScrollBar().maximum() > 0:
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height + 2)


class ProposalDetailPanel(QScrollArea):
    """Read-only view of one proposal with the buttons of what can be done with it now.

    The buttons only say what the user asked for; the page opens the dialogs and writes.
    """

    edit_requested = Signal()
    delete_requested = Signal()
    transition_requested = Signal(object)  # ProposalStatus
    adoption_requested = Signal(int)  # zone number
    session_requested = Signal(str)  # the uuid of a session the proposal was discussed at

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal: ProposalDetail | None = None
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.placeholder = QLabel(self.tr("Select a proposal to see what happened to it."), body)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)
        self.content = QWidget(body)
        layout.addWidget(self.content, 1)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)

        self.title_label = heading("", self.content)
        self.title_label.setWordWrap(True)
        inner.addWidget(self.title_label)
        self.status_label = QLabel(self.content)
        inner.addWidget(self.status_label)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"), self.content)
        self.edit_button.clicked.connect(self.edit_requested)
        buttons.addWidget(self.edit_button)
        self.transition_buttons = QHBoxLayout()
        buttons.addLayout(self.transition_buttons)
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete…"), self.content)
        self.delete_button.setToolTip(self.tr("Only a proposal still just submitted can go."))
        self.delete_button.clicked.connect(self.delete_requested)
        buttons.addWidget(self.delete_button)
        inner.addLayout(buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (
            ("summary", self.tr("Summary:")),
            ("zones", self.tr("Proposing zones:")),
            ("proposer", self.tr("Proposed by:")),
            ("themes", self.tr("Themes:")),
            ("axis", self.tr("Strategic plan axis:")),
            ("submitted", self.tr("Submitted on:")),
            ("resolution", self.tr("Resolution:")),
            ("resolved", self.tr("Resolved on:")),
        ):
            label = QLabel(self.content)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)  # user text shown exactly as typed
            self.fields[key] = label
            form.addRow(caption, label)
        inner.addLayout(form)

        self.history_model = HistoryTableModel(self)
        self.history_view = _small_table(
            self.history_model, self.content, HistoryTableModel.COLUMN_NOTE
        )
        inner.addWidget(self._group(self.tr("Status history"), self.history_view))

        self.discussions_model = DiscussionsTableModel(self)
        self.discussions_view = _small_table(
            self.discussions_model, self.content, DiscussionsTableModel.COLUMN_ITEM
        )
        self.discussions_view.doubleClicked.connect(self._discussion_double_clicked)
        self.discussions_empty = QLabel(self.tr("Not on the agenda of any session yet."))
        inner.addWidget(
            self._group(
                self.tr("Discussed in sessions"), self.discussions_view, self.discussions_empty
            )
        )

        self.adoption_model = AdoptionTableModel(self)
        self.adoption_view = _small_table(
            self.adoption_model, self.content, AdoptionTableModel.COLUMN_NOTE
        )
        self.adoption_view.doubleClicked.connect(self._adoption_double_clicked)
        self.adoption_hint = QLabel(self.content)
        self.adoption_hint.setWordWrap(True)
        self.adoption_button = QPushButton(self.tr("Set &adoption…"), self.content)
        self.adoption_button.clicked.connect(self._adoption_clicked)
        adoption_row = QHBoxLayout()
        adoption_row.addWidget(self.adoption_hint, 1)
        adoption_row.addWidget(self.adoption_button)
        self.adoption_group = self._group(
            self.tr("Adoption by the zones"), self.adoption_view, adoption_row
        )
        inner.addWidget(self.adoption_group)

        self.actions_model = ActionsTableModel(self)
        self.actions_view = _small_table(
            self.actions_model, self.content, ActionsTableModel.COLUMN_DESCRIPTION
        )
        self.actions_group = self._group(self.tr("Actions for this proposal"), self.actions_view)
        inner.addWidget(self.actions_group)
        inner.addStretch(1)
        self.show_proposal(None)

    def _group(self, title: str, *parts) -> QGroupBox:
        group = QGroupBox(title, self.content)
        layout = QVBoxLayout(group)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        return group

    def show_proposal(self, proposal: ProposalDetail | None) -> None:
        self.proposal = proposal
        self.placeholder.setVisible(proposal is None)
        self.content.setVisible(proposal is not None)
        if proposal is None:
            for model in (
                self.history_model,
                self.discussions_model,
                self.adoption_model,
                self.actions_model,
            ):
                model.set_rows([])
            return
        self.title_label.setText(
            self.tr("{code} — {title}").format(code=proposal.code, title=proposal.title)
        )
        self.status_label.setText(
            self.tr("Status: {status}").format(status=labels.proposal_status(proposal.status))
        )
        names = {row.zone_number: row.zone_name for row in proposal.adoptions}
        values = {
            "summary": proposal.summary,
            "zones": ", ".join(
                self.tr("{number} {name}").format(number=n, name=names.get(n, ""))
                for n in proposal.proposing_zones
            ),
            "proposer": proposal.proposer_name,
            "themes": ", ".join(proposal.themes),
            "axis": proposal.strategic_axis,
            "submitted": labels.short_date(proposal.submitted_on),
            "resolution": proposal.resolution,
            "resolved": labels.short_date(proposal.resolved_on),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")

        while self.transition_buttons.count():
            item = self.transition_buttons.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from findChild at once, not at deleteLater
                widget.deleteLater()
        for target in proposal.allowed_transitions:
            button = QPushButton(transition_verb(target), self.content)
            button.setObjectName(f"transition_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self.transition_requested.emit(t))
            self.transition_buttons.addWidget(button)
        self.delete_button.setVisible(proposal.status is ProposalStatus.SUBMITTED)

        self.history_model.set_rows(proposal.history)
        _fit_rows(self.history_view, len(proposal.history))
        self.discussions_model.set_rows(proposal.discussed_at)
        self.discussions_view.setVisible(bool(proposal.discussed_at))
        self.discussions_empty.setVisible(not proposal.discussed_at)
        _fit_rows(self.discussions_view, len(proposal.discussed_at))

        tracked = proposal.status in ADOPTION_TRACKED
        self.adoption_model.set_rows(proposal.adoptions)
        _fit_rows(self.adoption_view, len(proposal.adoptions))
        self.adoption_button.setEnabled(tracked)
        self.adoption_hint.setText(
            self.tr("Select a zone and set how far it has come; double-click works too.")
            if tracked
            else self.tr("Zones adopt a proposal once the Round Table has approved it.")
        )
        self.actions_model.set_rows(proposal.actions)
        _fit_rows(self.actions_view, len(proposal.actions))
        self.actions_group.setVisible(bool(proposal.actions))

    def transition_button(self, target: ProposalStatus) -> QPushButton | None:
        return self.content.findChild(QPushButton, f"transition_{target.value}")

    def selected_zone(self) -> int | None:
        rows = self.adoption_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.adoption_model.row_at(rows[0].row()).zone_number

    def _adoption_clicked(self) -> None:
        zone = self.selected_zone()
        if zone is None and self.adoption_model.rowCount():
            zone = self.adoption_model.row_at(0).zone_number
        if zone is not None:
            self.adoption_requested.emit(zone)

    def _discussion_double_clicked(self, index) -> None:
        row = self.discussions_model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.session_requested.emit(row.session_uuid)

    def _adoption_double_clicked(self, index) -> None:
        if self.proposal is not None and self.proposal.status in ADOPTION_TRACKED:
            self.adoption_requested.emit(self.adoption_model.row_at(index.row()).zone_number)
