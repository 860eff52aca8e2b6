"""The Proposals page: the register filtered as you type, one proposal in full, the adoption
matrix, and the summary workbook."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import ProposalStatus
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.adoption_matrix import AdoptionMatrixView
from rtdesk.gui.messages import show_error
from rtdesk.gui.options import Options
from rtdesk.gui.page import Page
from rtdesk.gui.proposal_detail import AdoptionDialog, ProposalDetailPanel
from rtdesk.gui.proposal_dialog import ProposalDialog
from rtdesk.gui.proposals_model import ProposalsTableModel
from rtdesk.gui.summary_export import export_summary
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.transition_dialog import TransitionDialog
from rtdesk.gui.widgets import heading, table_view
from rtdesk.gui.workspace import Workspace
from rtdesk.services.proposals import (
    AdoptionRow,
    ProposalDetail,
    ProposalFilters,
    ProposalService,
)

__all__ = ["ProposalsPage", "ProposalsTableModel"]

# Typing pauses this long before the list is queried again: one query per word, not per key.
FILTER_DELAY_MS = 150


class ProposalsPage(Page):
    """Filters on top; the register and the selected proposal side by side; a matrix tab.

    Filtering runs the id query on the GUI thread, after a short pause in typing. It is one
    indexed SQL query (FTS5 for the words) measured well under the 100 ms budget at 100,000
    proposals, and the model has to be reset on the GUI thread anyway. Through `run_task` it
    would queue behind whatever the single database lane is doing — a summary export takes
    seconds — so the list would lag while typing, and answers could arrive out of order.
    """

    def __init__(
        self,
        tasks: TaskManager | None = None,
        options: Options | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.options = options
        self.workspace: Workspace | None = None
        self._service: ProposalService | None = None
        self._sessions = None
        self._zones: list[tuple[int, str]] = []
        self._matrix_stale = True
        self._uuid_of_code: dict[str, str] = {}
        self.open_dialog = None
        self._matrix_request = 0
        self.matrix_loading = False
        self.summary_export = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = heading(self.tr("Proposals and good practices"), self)
        # The heading gives way (cut) rather than widen the window.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title_label, 1)
        self.new_button = QPushButton(self.tr("&New proposal…"), self)
        self.new_button.clicked.connect(self.new_proposal)
        top.addWidget(self.new_button)
        self.export_button = QPushButton(self.tr("E&xport summary workbook…"), self)
        self.export_button.clicked.connect(self.export_summary)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search title, summary, resolution…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._schedule_filter)
        filters.addWidget(self.search_edit, 3)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in ProposalStatus:
            self.status_combo.addItem(labels.proposal_status(status), status.value)
        self.zone_combo = QComboBox(self)
        self.theme_combo = QComboBox(self)
        self.year_combo = QComboBox(self)
        for combo, tip in (
            (self.status_combo, self.tr("Status")),
            (self.zone_combo, self.tr("Proposing zone")),
            (self.theme_combo, self.tr("Theme")),
            (self.year_combo, self.tr("Year of submission")),
        ):
            combo.setToolTip(tip)
            # Narrow when the window is: long zone names are read in the open list.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self.apply_filters)
            filters.addWidget(combo)
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)

        self.tabs = QTabWidget(self)
        register = QWidget(self.tabs)
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        # uuid -> id of the proposals selected so far: finding one again after a filter or a
        # sort is then a scan of the ids in memory, wherever it lies in the list.
        self._ids_seen: dict[str, int] = {}
        self.splitter = QSplitter(Qt.Orientation.Horizontal, register)
        self.model: ProposalsTableModel | None = None
        self.view = table_view(_NoRows(self), self.splitter)
        self.view.setSortingEnabled(False)  # turned on once the model is there
        self.detail = ProposalDetailPanel(self.splitter)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 540])
        # Over an empty register a plain sentence instead of an empty table (as ListingPage).
        self.register_stack = QStackedWidget(register)
        self.empty_label = QLabel(self.register_stack)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.register_stack.addWidget(self.empty_label)
        self.register_stack.addWidget(self.splitter)
        register_layout.addWidget(self.register_stack, 1)
        self.tabs.addTab(register, self.tr("&Register"))
        self.matrix = AdoptionMatrixView(self.tabs)
        self.matrix.model.cell_details = self._cell_details
        self.matrix.proposal_activated.connect(self._show_from_matrix)
        self.tabs.addTab(self.matrix, self.tr("&Adoption by zone"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)

        self.detail.edit_requested.connect(self.edit_proposal)
        self.detail.delete_requested.connect(self.delete_proposal)
        self.detail.transition_requested.connect(self.change_status)
        self.detail.adoption_requested.connect(self.set_adoption)
        self.detail.session_requested.connect(
            lambda uuid: self.open_requested.emit("sessions", uuid)
        )

    # --- binding ---------------------------------------------------------------------------

    def bind(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._ids_seen.clear()  # ids of another database
        self._service = workspace.services.proposals
        self._sessions = workspace.services.sessions
        self._zones = self._service.zones()
        if self.model is None:
            self.model = ProposalsTableModel(self._service, self)
            self.view.setModel(self.model)
            self.view.selectionModel().currentRowChanged.connect(self._current_changed)
            header = self.view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(
                ProposalsTableModel.COLUMN_TITLE, QHeaderView.ResizeMode.Stretch
            )
            # The title is what people read: the other columns get just their usual width,
            # and the themes (shown in the detail beside the list) give way to it.
            width = self.view.fontMetrics().horizontalAdvance
            for column, sample in (
                (ProposalsTableModel.COLUMN_CODE, "P-2026-0000"),
                (ProposalsTableModel.COLUMN_STATUS, "Ammessa all'ordine"),
                (ProposalsTableModel.COLUMN_SUBMITTED, "00/00/0000"),
                (ProposalsTableModel.COLUMN_ZONES, "10, 11"),
            ):
                self.view.setColumnWidth(column, width(sample) + 16)
            self.view.setColumnHidden(ProposalsTableModel.COLUMN_THEMES, True)
            header.setSortIndicator(ProposalsTableModel.COLUMN_CODE, Qt.SortOrder.DescendingOrder)
            header.sortIndicatorChanged.connect(self._sort_requested)
            header.setSortIndicatorShown(True)
            header.setSectionsClickable(True)
        else:
            self.model.set_service(self._service)  # the same model over the new database
        self.detail.show_proposal(None)
        self.refresh()

    def _fill_filter_combos(self) -> None:
        """Zones, themes and years offered by the filters, keeping what was chosen if it still
        exists."""
        assert self._service is not None
        zone, theme, year = (
            self.zone_combo.currentData(),
            self.theme_combo.currentData(),
            self.year_combo.currentData(),
        )
        for combo in (self.zone_combo, self.theme_combo, self.year_combo):
            combo.blockSignals(True)
            combo.clear()
        self.zone_combo.addItem(self.tr("Any zone"), None)
        for number, name in self._zones:
            self.zone_combo.addItem(
                self.tr("{number} {name}").format(number=number, name=name), number
            )
        self.theme_combo.addItem(self.tr("Any theme"), None)
        for name in self._service.themes():
            self.theme_combo.addItem(name, name)
        self.year_combo.addItem(self.tr("Any year"), None)
        for value in self._years():
            self.year_combo.addItem(str(value), value)
        for combo, value in ((self.zone_combo, zone), (self.theme_combo, theme)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        for combo in (self.zone_combo, self.theme_combo, self.year_combo):
            combo.blockSignals(False)

    def _years(self) -> list[int]:
        """From this year (or the latest code's) back to the year of the oldest code."""
        assert self._service is not None
        ids = self._service.proposal_ids(ProposalFilters(), "code", False)
        this_year = date.today().year
        if not ids:
            return [this_year]
        first, last = self._service.proposal_rows([ids[0], ids[-1]])
        newest = max(this_year, int(last.code.split("-")[1]))
        oldest = int(first.code.split("-")[1])
        return list(range(newest, oldest - 1, -1))

    # --- filters ---------------------------------------------------------------------------

    def filters(self) -> ProposalFilters:
        status = self.status_combo.currentData()
        return ProposalFilters(
            text=self.search_edit.text(),
            status=ProposalStatus(status) if status else None,
            zone_number=self.zone_combo.currentData(),
            theme=self.theme_combo.currentData(),
            year=self.year_combo.currentData(),
        )

    def _schedule_filter(self) -> None:
        self._filter_timer.start()

    def apply_filters(self) -> None:
        """Query the list again with what the filter bar says now."""
        self._filter_timer.stop()
        if self.model is None:
            return
        current = self.detail.proposal.uuid if self.detail.proposal else None
        self.model.set_filters(self.filters(), typing=True)
        self._matrix_stale = True
        self._after_reset(current, typing=True)
        if self.tabs.currentWidget() is self.matrix:
            self.refresh_matrix()

    def clear_filters(self) -> None:
        for combo in (self.status_combo, self.zone_combo, self.theme_combo, self.year_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filters()

    # --- list and selection ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again: the filters' choices (new themes, years) and the list."""
        if self.model is None or self._service is None:
            return
        self._fill_filter_combos()
        current = self.detail.proposal.uuid if self.detail.proposal else None
        self.model.set_filters(self.filters())
        self._matrix_stale = True
        self._after_reset(current)
        if self.tabs.currentWidget() is self.matrix:
            self.refresh_matrix()

    def activated(self) -> None:
        self.refresh()

    def _after_reset(self, current_uuid: str | None, *, typing: bool = False) -> None:
        """After the list was queried again: the count, and the same proposal selected."""
        assert self.model is not None
        count = self.model.rowCount()
        filtered = self.filters() != ProposalFilters()
        if count == 0:
            text = (
                self.tr("No proposal matches these filters.")
                if filtered
                else self.tr("No proposals recorded yet.")
            )
        elif count == 1:
            text = self.tr("1 proposal")
        else:
            text = self.tr("{count} proposals").format(count=labels.number(count))
        self.count_label.setText(text)
        nothing_at_all = count == 0 and not filtered
        self.empty_label.setText(text if nothing_at_all else "")
        self.register_stack.setCurrentWidget(self.empty_label if nothing_at_all else self.splitter)
        if nothing_at_all:
            self.count_label.setText("")
        if current_uuid is None:
            return
        row = self._row_of(current_uuid)
        if row is not None:
            self._select_row(row)
        elif not typing:
            # Filtered out: the panel keeps showing it, read again in case it changed. While
            # typing it has not changed: nothing to read.
            self._reload_detail(current_uuid)

    @property
    def showing_empty_state(self) -> bool:
        return self.register_stack.currentWidget() is self.empty_label

    def _select_row(self, row: int) -> None:
        assert self.model is not None
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        assert self.model is not None
        if column not in ProposalsTableModel.SORT_KEYS:
            # Zones and themes are lists: no meaningful order. Put the indicator back.
            key, descending = self.model.order()
            back = next(c for c, k in ProposalsTableModel.SORT_KEYS.items() if k == key)
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                back, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(False)
            return
        self.model.sort(column, order)
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def _row_of(self, uuid: str) -> int | None:
        """Where a proposal is in the list, anywhere in it, without reading its rows: its id
        (remembered, else one indexed query) looked up among the ids in memory."""
        assert self.model is not None and self._service is not None
        if self.model.rowCount() == 0:
            return None
        known_id = self._ids_seen.get(uuid)
        if known_id is None:
            known_id = self._service.proposal_id(uuid)
            if known_id is None:
                return None  # deleted meanwhile
            self._ids_seen[uuid] = known_id
        return self.model.row_of_id(known_id)

    def open_record(self, uuid: str) -> bool:
        """Show this proposal: its row when the filters let it in the list, its panel always."""
        if self.model is None or self._service is None or self._service.proposal_id(uuid) is None:
            return False
        self.select_proposal(uuid)
        return True

    def select_proposal(self, uuid: str) -> None:
        """Show this proposal in the panel, and select its row when it is in the list."""
        assert self.model is not None
        row = self._row_of(uuid)
        if row is not None:
            self._select_row(row)
        else:
            self._reload_detail(uuid)

    def _current_changed(self, current, _previous) -> None:
        if self.model is None or not current.isValid():
            return
        row = self.model.row_at(current.row())
        if row is not None:
            self._ids_seen[row.uuid] = row.id
        if row is not None and (
            self.detail.proposal is None or self.detail.proposal.uuid != row.uuid
        ):
            self._reload_detail(row.uuid)

    def _reload_detail(self, uuid: str) -> None:
        assert self._service is not None
        try:
            self.detail.show_proposal(self._service.proposal(uuid))
        except RtdeskError:
            self.detail.show_proposal(None)  # deleted meanwhile

    # --- writing ---------------------------------------------------------------------------

    def _saved(self, detail: ProposalDetail, message: str) -> None:
        self.detail.show_proposal(detail)
        self.refresh()
        self.select_proposal(detail.uuid)
        self.status_message.emit(message)
        self.data_changed.emit()

    def _open(self, dialog, saved_message) -> None:
        """Show a dialog window-modally; when it saved, show the result and say so."""
        self.open_dialog = dialog  # tests drive the dialog on show

        def accepted() -> None:
            if dialog.result is not None:
                self._saved(dialog.result, saved_message(dialog.result))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.open_dialog = None

    def new_proposal(self) -> ProposalDialog | None:
        if self._service is None:
            return None
        dialog = ProposalDialog(
            self._service, self._zones, themes=self._service.themes(), parent=self
        )
        self._open(dialog, lambda p: self.tr("Proposal {code} registered.").format(code=p.code))
        return dialog

    def edit_proposal(self) -> ProposalDialog | None:
        proposal = self.detail.proposal
        if self._service is None or proposal is None:
            return None
        dialog = ProposalDialog(
            self._service,
            self._zones,
            proposal=proposal,
            themes=self._service.themes(),
            axes=[proposal.strategic_axis] if proposal.strategic_axis else [],
            parent=self,
        )
        self._open(dialog, lambda p: self.tr("Proposal {code} saved.").format(code=p.code))
        return dialog

    def change_status(self, target: ProposalStatus) -> TransitionDialog | None:
        proposal = self.detail.proposal
        if self._service is None or proposal is None:
            return None
        sessions = self._sessions.list_sessions() if self._sessions is not None else []
        dialog = TransitionDialog(self._service, proposal, target, sessions, parent=self)
        self._open(
            dialog,
            lambda p: self.tr("Proposal {code} is now: {status}.").format(
                code=p.code, status=labels.proposal_status(p.status)
            ),
        )
        return dialog

    def set_adoption(self, zone_number: int) -> AdoptionDialog | None:
        proposal = self.detail.proposal
        if self._service is None or proposal is None:
            return None
        adoption = next(
            (a for a in proposal.adoptions if a.zone_number == zone_number),
            AdoptionRow(zone_number, "", None),
        )
        dialog = AdoptionDialog(self._service, proposal, adoption, parent=self)
        self._open(
            dialog,
            lambda _p: self.tr("Adoption by zone {number} saved.").format(number=zone_number),
        )
        return dialog

    def confirm_delete(self, proposal: ProposalDetail) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete proposal"),
            self.tr("Delete proposal {code} “{title}”?").format(
                code=proposal.code, title=proposal.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Its code will not be given to another proposal."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_proposal(self) -> None:
        proposal = self.detail.proposal
        if self._service is None or proposal is None:
            return
        if not self.confirm_delete(proposal):
            return
        try:
            self._service.delete(proposal.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The proposal was not deleted"), error)
            return
        self.detail.show_proposal(None)
        self.refresh()
        self.status_message.emit(self.tr("Proposal {code} deleted.").format(code=proposal.code))
        self.data_changed.emit()

    # --- adoption matrix -------------------------------------------------------------------

    def _tab_changed(self, _index: int) -> None:
        # The matrix says its own count (approved proposals only).
        self.count_label.setVisible(self.tabs.currentWidget() is not self.matrix)
        if self.tabs.currentWidget() is self.matrix and self._matrix_stale:
            self.refresh_matrix()

    def refresh_matrix(self) -> None:
        """Read the matrix for the current filters: on the database lane when there is one,
        because thousands of approved proposals take seconds to read; a newer request wins."""
        if self._service is None:
            return
        self._uuid_of_code.clear()
        self._matrix_stale = False
        self._matrix_request += 1
        request = self._matrix_request
        service, filters = self._service, self.filters()
        if self.tasks is None:
            self._matrix_loaded(request, result=service.adoption_matrix(filters))
            return
        self.matrix_loading = True
        self.matrix.count_label.setText(self.tr("Reading the adoption matrix…"))
        self.tasks.run_task(
            lambda: service.adoption_matrix(filters),
            lambda result=None, error=None: self._matrix_loaded(request, result, error),
        )

    def _matrix_loaded(self, request: int, result=None, error=None) -> None:
        if request != self._matrix_request:
            return  # the filters changed meanwhile: a newer matrix is on its way
        self.matrix_loading = False
        if error is not None:
            if not isinstance(error, RtdeskError):
                raise error
            self._matrix_stale = True
            self.matrix.set_matrix(self._zones, [])
            self.matrix.count_label.setText(error.message)
            return
        self.matrix.set_matrix(self._zones, result)

    def _uuid_for(self, code: str, title: str) -> str | None:
        """A matrix row's proposal: its title words narrow the search to a handful of rows."""
        if code in self._uuid_of_code:
            return self._uuid_of_code[code]
        assert self._service is not None
        year = int(code.split("-")[1])
        ids = self._service.proposal_ids(ProposalFilters(text=title, year=year))
        for start in range(0, len(ids), 200):
            for row in self._service.proposal_rows(ids[start : start + 200]):
                if row.code == code:
                    self._uuid_of_code[code] = row.uuid
                    return row.uuid
        return None

    def _cell_details(self, code: str, title: str, zone_number: int) -> AdoptionRow | None:
        uuid = self._uuid_for(code, title)
        if uuid is None or self._service is None:
            return None
        try:
            detail = self._service.proposal(uuid)
        except RtdeskError:
            return None
        return next((a for a in detail.adoptions if a.zone_number == zone_number), None)

    def _show_from_matrix(self, code: str, title: str) -> None:
        uuid = self._uuid_for(code, title)
        if uuid is not None:
            self.tabs.setCurrentIndex(0)
            self.select_proposal(uuid)

    # --- summary workbook ------------------------------------------------------------------

    def export_summary(self) -> None:
        if self.workspace is None or self.tasks is None or self.options is None:
            return
        years = [
            self.year_combo.itemData(i)
            for i in range(self.year_combo.count())
            if self.year_combo.itemData(i) is not None
        ]
        self.summary_export = export_summary(
            self, self.workspace, self.tasks, self.options, self.year_combo.currentData(), years
        )


class _NoRows(QAbstractTableModel):
    """Until a database is bound: no rows, so the view has a model to show."""

    def rowCount(self, parent=None) -> int:
        return 0

    def columnCount(self, parent=None) -> int:
        return 0

    def data(self, index, role=0):
        return None
