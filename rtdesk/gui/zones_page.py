"""The Zones & roster page: the 11 zones, each zone's roster and municipalities, the people."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.zones import fold_name
from rtdesk.gui import labels
from rtdesk.gui.assign_zone_dialog import AssignZoneDialog
from rtdesk.gui.geometry import PreserveGeometry
from rtdesk.gui.options import ASSIGN_ZONE_DIALOG_GEOMETRY, Options
from rtdesk.gui.page import Page
from rtdesk.gui.people_page import PeoplePage
from rtdesk.gui.roster_panel import RosterPanel
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.undo_commands import UndoHost
from rtdesk.gui.widgets import heading, open_kept, table_view
from rtdesk.gui.workspace import Workspace
from rtdesk.services.zones import MunicipalityRow, ZoneService, ZoneSummary


class EntryKind(Enum):
    ZONE = "zone"
    WITHOUT_ZONE = "without_zone"
    ALL = "all"


@dataclass(frozen=True)
class ZoneEntry:
    """A row of the zones table: a zone, or the municipalities without one, or all of them."""

    kind: EntryKind
    municipalities: int
    population: int
    zone: ZoneSummary | None = None

    @property
    def number(self) -> int | None:
        return self.zone.number if self.zone else None

    @property
    def missing(self) -> int:
        return self.zone.missing_municipalities if self.zone else 0


def _warning_icon():
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ZonesTableModel(RowsTableModel[ZoneEntry]):
    COLUMN_NUMBER = 0
    COLUMN_NAME = 1
    COLUMN_MUNICIPALITIES = 2
    COLUMN_POPULATION = 3
    NUMBER_COLUMNS = frozenset({COLUMN_NUMBER, COLUMN_MUNICIPALITIES, COLUMN_POPULATION})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._warning = _warning_icon()
        self._vacant: frozenset[int] = frozenset()

    def set_zones(
        self,
        zones: Sequence[ZoneSummary],
        municipalities: Sequence[MunicipalityRow],
        without_spokesperson: Sequence[int] = (),
    ) -> None:
        """The zones, then an entry for the municipalities without a zone, then one for all.

        Zones in `without_spokesperson` are flagged: nobody speaks for them today.
        """
        self._vacant = frozenset(without_spokesperson)
        without = [m for m in municipalities if m.zone_number is None]
        entries = [ZoneEntry(EntryKind.ZONE, z.municipalities, z.population, z) for z in zones]
        entries.append(
            ZoneEntry(EntryKind.WITHOUT_ZONE, len(without), sum(m.population or 0 for m in without))
        )
        entries.append(
            ZoneEntry(
                EntryKind.ALL, len(municipalities), sum(m.population or 0 for m in municipalities)
            )
        )
        self.set_rows(entries)

    def row_of(self, kind: EntryKind, number: int | None = None) -> int | None:
        for position, entry in enumerate(self._rows):
            if entry.kind is kind and entry.number == number:
                return position
        return None

    def headers(self) -> Sequence[str]:
        return [self.tr("No."), self.tr("Zone"), self.tr("Municipalities"), self.tr("Population")]

    def display(self, row: ZoneEntry, column: int) -> str:
        if column == self.COLUMN_NUMBER:
            return str(row.number) if row.number is not None else ""
        if column == self.COLUMN_NAME:
            if row.kind is EntryKind.WITHOUT_ZONE:
                return self.tr("Without a zone")
            if row.kind is EntryKind.ALL:
                return self.tr("All municipalities")
            return row.zone.name
        if column == self.COLUMN_MUNICIPALITIES:
            if row.zone is not None and row.zone.expected_municipalities is not None:
                return self.tr("{recorded} / {expected}").format(
                    recorded=row.municipalities, expected=row.zone.expected_municipalities
                )
            return labels.number(row.municipalities)
        if column == self.COLUMN_POPULATION:
            return labels.number(row.population)
        return ""

    def decoration(self, row: ZoneEntry, column: int) -> Any:
        if column == self.COLUMN_MUNICIPALITIES and row.missing:
            return self._warning
        if column == self.COLUMN_NAME and row.kind is EntryKind.WITHOUT_ZONE and row.municipalities:
            return self._warning
        if column == self.COLUMN_NAME and self.without_spokesperson(row):
            return self._warning
        return None

    def without_spokesperson(self, row: ZoneEntry) -> bool:
        return row.kind is EntryKind.ZONE and row.number in self._vacant

    def font(self, row: ZoneEntry, column: int) -> Any:
        if row.kind is EntryKind.ZONE:
            return None
        font = QFont()
        if row.kind is EntryKind.WITHOUT_ZONE and row.municipalities:
            font.setBold(True)
        else:
            font.setItalic(True)
        return font

    def tooltip(self, row: ZoneEntry, column: int) -> str | None:
        if column == self.COLUMN_NAME and self.without_spokesperson(row):
            return self.tr("This zone has no spokesperson today.")
        if row.missing:
            return self.tr(
                "Only {recorded} of the {expected} municipalities of this zone are recorded: "
                "the sources consulted do not say which zone the others are in."
            ).format(recorded=row.municipalities, expected=row.zone.expected_municipalities)
        if row.kind is EntryKind.WITHOUT_ZONE and row.municipalities:
            return self.tr("Their zone is not sourced yet: select them to assign it.")
        if column == self.COLUMN_POPULATION:
            return self.tr("Resident population (ISTAT)")
        return None

    def sorted_positions(self, column: int, order: Qt.SortOrder) -> list[int]:
        # The two summary entries stay below the zones whatever the order.
        positions = super().sorted_positions(column, order)
        zones = [p for p in positions if self._rows[p].kind is EntryKind.ZONE]
        return zones + [p for p in range(len(self._rows)) if p not in zones]

    def sort_key(self, row: ZoneEntry, column: int) -> Any:
        if column == self.COLUMN_NUMBER:
            return row.number
        if column in (self.COLUMN_MUNICIPALITIES, self.COLUMN_POPULATION):
            return row.municipalities if column == self.COLUMN_MUNICIPALITIES else row.population
        return super().sort_key(row, column)


class MunicipalitiesTableModel(RowsTableModel[MunicipalityRow]):
    """The municipalities of one entry, filtered as the user types (in Python: 312 rows)."""

    COLUMN_ISTAT = 0
    COLUMN_NAME = 1
    COLUMN_CADASTRAL = 2
    COLUMN_ZONE = 3
    COLUMN_POPULATION = 4
    COLUMN_YEAR = 5
    NUMBER_COLUMNS = frozenset({COLUMN_ZONE, COLUMN_POPULATION, COLUMN_YEAR})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[MunicipalityRow] = []
        self._keys: list[str] = []
        self._filter_words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows) -> None:
        self._all = list(rows)
        self._keys = [
            fold_name(f"{r.name} {r.istat_code} {r.cadastral_code or ''}") for r in self._all
        ]
        self._apply()

    def set_filter(self, text: str) -> None:
        words = fold_name(text).split()
        if words != self._filter_words:
            self._filter_words = words
            self._apply()

    def total_count(self) -> int:
        return len(self._all)

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [
            row
            for row, key in zip(self._all, self._keys, strict=True)
            if all(word in key for word in self._filter_words)
        ]
        if self._sort is not None:
            column, order = self._sort
            self._rows = [self._rows[i] for i in self.sorted_positions(column, order)]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        super().sort(column, order)

    def row_of(self, istat_code: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.istat_code == istat_code:
                return position
        return None

    def headers(self) -> Sequence[str]:
        return [
            self.tr("ISTAT"),
            self.tr("Municipality"),
            self.tr("Cadastral"),
            self.tr("Zone"),
            self.tr("Population"),
            self.tr("Year"),
        ]

    def display(self, row: MunicipalityRow, column: int) -> str:
        if column == self.COLUMN_ISTAT:
            return row.istat_code
        if column == self.COLUMN_NAME:
            return row.name
        if column == self.COLUMN_CADASTRAL:
            return row.cadastral_code or ""
        if column == self.COLUMN_ZONE:
            return str(row.zone_number) if row.zone_number is not None else "—"
        if column == self.COLUMN_POPULATION:
            return labels.number(row.population)
        if column == self.COLUMN_YEAR:
            return str(row.population_year) if row.population_year is not None else ""
        return ""

    def sort_key(self, row: MunicipalityRow, column: int) -> Any:
        if column == self.COLUMN_NAME:
            return fold_name(row.name)
        if column == self.COLUMN_ZONE:
            return row.zone_number
        if column == self.COLUMN_POPULATION:
            return row.population
        if column == self.COLUMN_YEAR:
            return row.population_year
        return super().sort_key(row, column)

    def tooltip(self, row: MunicipalityRow, column: int) -> str | None:
        if column == self.COLUMN_ZONE:
            if row.zone_number is None:
                return self.tr("No zone recorded: its zone is not sourced yet.")
            return row.zone_name
        if column in (self.COLUMN_POPULATION, self.COLUMN_YEAR) and row.population_year:
            return self.tr("Resident population, ISTAT {year}").format(year=row.population_year)
        return None


class ZonesPage(Page):
    def __init__(
        self,
        options: Options | None = None,
        parent: QWidget | None = None,
        *,
        undo: UndoHost | None = None,
    ) -> None:
        super().__init__(parent)
        self._options = options
        self._undo = undo
        self._service: ZoneService | None = None
        self._roster_service = None
        self._zones: list[ZoneSummary] = []
        self._municipalities: list[MunicipalityRow] = []
        self.assign_dialog: AssignZoneDialog | None = None

        self.zones_model = ZonesTableModel(self)
        self.municipalities_model = MunicipalitiesTableModel(self)

        # Two tabs: the zones (each with its roster and municipalities) and all the people.
        self.tabs = QTabWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        self.splitter.setChildrenCollapsible(False)

        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Homogeneous zones"), left))
        self.zones_view = table_view(self.zones_model, left)
        header = self.zones_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ZonesTableModel.COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        # As tall as its 13 rows, with the legend right below instead of an empty frame.
        self.zones_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.zones_view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        left_layout.addWidget(self.zones_view)
        legend = QLabel(
            self.tr(
                "Municipalities: how many are recorded in the zone / how many the zone has "
                "according to the sources. A warning sign marks a zone whose list is "
                "incomplete; its missing municipalities are among those without a zone."
            ),
            left,
        )
        legend.setWordWrap(True)
        left_layout.addWidget(legend)
        left_layout.addStretch(1)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = heading("", right)
        right_layout.addWidget(self.heading)

        self.notice = QWidget(right)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_icon = QLabel(self.notice)
        notice_icon.setPixmap(_warning_icon().pixmap(32, 32))
        notice_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        notice_layout.addWidget(notice_icon)
        self.notice_text = QLabel(self.notice)
        self.notice_text.setWordWrap(True)
        notice_layout.addWidget(self.notice_text, 1)
        right_layout.addWidget(self.notice)

        # The roster above, the municipalities below, sharing the height.
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, right)
        self.right_splitter.setChildrenCollapsible(False)
        right_layout.addWidget(self.right_splitter, 1)
        self.roster_panel = RosterPanel(self.right_splitter)
        self.roster_panel.set_on_change(self._roster_changed)
        self.right_splitter.addWidget(self.roster_panel)
        lower = QWidget(self.right_splitter)
        self.right_splitter.addWidget(lower)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.municipalities_heading = heading(self.tr("Municipalities"), lower)
        lower_layout.addWidget(self.municipalities_heading)
        zone_side = right
        right_layout = lower_layout
        right = lower

        tools = QHBoxLayout()
        self.search_edit = QLineEdit(right)
        self.search_edit.setPlaceholderText(self.tr("Search by name, ISTAT code or cadastral code"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search municipalities"))
        self.search_edit.textChanged.connect(self._filter_changed)
        tools.addWidget(self.search_edit, 1)
        self.assign_button = QPushButton(self.tr("Assign zone…"), right)
        self.assign_button.clicked.connect(self.open_assign_dialog)
        tools.addWidget(self.assign_button)
        right_layout.addLayout(tools)

        self.municipalities_view = table_view(self.municipalities_model, right)
        header = self.municipalities_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            MunicipalitiesTableModel.COLUMN_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.municipalities_view.setSortingEnabled(True)
        self.municipalities_view.sortByColumn(
            MunicipalitiesTableModel.COLUMN_NAME, Qt.SortOrder.AscendingOrder
        )
        self.municipalities_view.doubleClicked.connect(self.open_assign_dialog)
        right_layout.addWidget(self.municipalities_view, 1)
        self.count_label = QLabel(right)
        right_layout.addWidget(self.count_label)

        self.splitter.addWidget(left)
        self.splitter.addWidget(zone_side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # Room for the longest zone name on the left, the rest for the municipalities.
        self.splitter.setSizes([480, 600])
        self.right_splitter.setSizes([340, 260])
        self.people_page = PeoplePage(self.tabs)
        self.people_page.set_on_change(self._roster_changed)
        self.tabs.addTab(self.splitter, self.tr("Zones"))
        self.tabs.addTab(self.people_page, self.tr("People"))
        self._people_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.zones_view.selectionModel().currentRowChanged.connect(self._entry_changed)
        self.municipalities_view.selectionModel().currentRowChanged.connect(
            self._update_assign_button
        )
        self._update_assign_button()

    # --- loading -------------------------------------------------------------------------

    def _refresh_people(self, *_args) -> None:
        """The People tab now if it is on show, else when it is next shown."""
        if self.tabs.currentWidget() is self.people_page:
            self._people_stale = False
            self.people_page.refresh()
        else:
            self._people_stale = True

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.people_page and self._people_stale:
            self._refresh_people()

    def bind(self, workspace: Workspace) -> None:
        self._service = workspace.services.zones
        self._roster_service = workspace.services.roster
        self.roster_panel.bind(self._roster_service, self._service, self._undo)
        # The People tab reads every person: only when it is shown (see _refresh_people).
        self.people_page.bind(self._roster_service, self._service, self._undo, load=False)
        self.refresh()

    def refresh(self) -> None:
        if self._service is None:
            return
        entry = self.current_entry()
        municipality = self.current_municipality()
        row_position = self.municipalities_view.currentIndex().row()
        self._zones = self._service.list_zones()
        self._municipalities = self._service.municipalities()
        vacant = self._roster_service.zones_without_spokesperson()
        self.zones_model.set_zones(self._zones, self._municipalities, vacant)
        self._refresh_people()
        if entry is None or self.zones_model.row_of(entry.kind, entry.number) is None:
            self.select_zone(self._zones[0].number if self._zones else None)
        else:
            # The reset cleared the current row, so selecting it again shows its list.
            self._select_entry_row(self.zones_model.row_of(entry.kind, entry.number))
        if municipality is not None:
            # The same municipality if still listed, else the one now in its place, so
            # that working down the list of municipalities without a zone is easy.
            position = self.municipalities_model.row_of(municipality.istat_code)
            if position is None:
                position = min(row_position, self.municipalities_model.rowCount() - 1)
            self._select_municipality_row(position)

    # --- selection -----------------------------------------------------------------------

    def current_entry(self) -> ZoneEntry | None:
        index = self.zones_view.currentIndex()
        return self.zones_model.row_at(index.row()) if index.isValid() else None

    def current_municipality(self) -> MunicipalityRow | None:
        index = self.municipalities_view.currentIndex()
        return self.municipalities_model.row_at(index.row()) if index.isValid() else None

    def select_zone(self, number: int | None) -> None:
        if number is None:
            return
        self._select_entry_row(self.zones_model.row_of(EntryKind.ZONE, number))

    def show_target(self, target: object) -> None:
        """`target` is a zone number: that zone, on the Zones tab even if People was open."""
        if isinstance(target, int):
            self.tabs.setCurrentWidget(self.splitter)
            self.select_zone(target)

    def select_without_zone(self) -> None:
        self._select_entry_row(self.zones_model.row_of(EntryKind.WITHOUT_ZONE))

    def select_all_municipalities(self) -> None:
        self._select_entry_row(self.zones_model.row_of(EntryKind.ALL))

    def select_municipality(self, istat_code: str) -> bool:
        position = self.municipalities_model.row_of(istat_code)
        self._select_municipality_row(position)
        return position is not None

    def _select_entry_row(self, position: int | None) -> None:
        if position is None:
            return
        self.zones_view.selectionModel().setCurrentIndex(
            self.zones_model.index(position, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _select_municipality_row(self, position: int | None) -> None:
        selection = self.municipalities_view.selectionModel()
        if position is None or position < 0:
            selection.clear()
            self._update_assign_button()
            return
        index = self.municipalities_model.index(position, 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.municipalities_view.scrollTo(index)

    def _entry_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_entry(self.zones_model.row_at(current.row()))

    def _show_entry(self, entry: ZoneEntry | None) -> None:
        if entry is None:
            return
        self.roster_panel.setVisible(entry.kind is EntryKind.ZONE)
        self.roster_panel.show_zone(entry.number if entry.kind is EntryKind.ZONE else None)
        if entry.kind is EntryKind.ZONE:
            rows = [m for m in self._municipalities if m.zone_number == entry.number]
            self.heading.setText(
                self.tr("Zone {number} — {name}").format(number=entry.number, name=entry.zone.name)
            )
        elif entry.kind is EntryKind.WITHOUT_ZONE:
            rows = [m for m in self._municipalities if m.zone_number is None]
            self.heading.setText(self.tr("Municipalities without a zone"))
        else:
            rows = list(self._municipalities)
            self.heading.setText(self.tr("All municipalities"))
        notice = self._notice_for(entry)
        self.notice_text.setText(notice)
        self.notice.setVisible(bool(notice))
        # Only the list of all municipalities has different zones to show.
        self.municipalities_view.setColumnHidden(
            MunicipalitiesTableModel.COLUMN_ZONE, entry.kind is not EntryKind.ALL
        )
        self.municipalities_model.set_rows(rows)
        self._update_count()
        self._update_assign_button()

    def _notice_for(self, entry: ZoneEntry) -> str:
        if entry.missing:
            return self.tr(
                "Only {recorded} of the {expected} municipalities of this zone are recorded. "
                "The sources consulted list the other {missing} without saying their zone: they "
                "are among the municipalities without a zone. Assign them when the secretariat "
                "knows."
            ).format(
                recorded=entry.municipalities,
                expected=entry.zone.expected_municipalities,
                missing=entry.missing,
            )
        if entry.kind is EntryKind.WITHOUT_ZONE and entry.municipalities:
            short = [str(z.number) for z in self._zones if z.missing_municipalities]
            # Whole sentences, not a "where" fragment: Italian joins the preposition to it.
            if len(short) > 1:
                fact = self.tr(
                    "These {count} municipalities lie in zone {first} or {last}, but no source "
                    "consulted says which."
                ).format(count=entry.municipalities, first=", ".join(short[:-1]), last=short[-1])
            elif short:
                fact = self.tr(
                    "These {count} municipalities lie in zone {number}, but no source consulted "
                    "says so."
                ).format(count=entry.municipalities, number=short[0])
            else:
                fact = self.tr(
                    "These {count} municipalities lie in one of the zones, but no source "
                    "consulted says which."
                ).format(count=entry.municipalities)
            advice = self.tr(
                "rtdesk does not guess: select one and choose “Assign zone…” when the "
                "secretariat knows its zone (for example from the Città metropolitana's list "
                "of municipalities by zone)."
            )
            return f"{fact} {advice}"
        return ""

    def _filter_changed(self, text: str) -> None:
        municipality = self.current_municipality()
        self.municipalities_model.set_filter(text)
        if municipality is not None:
            self._select_municipality_row(self.municipalities_model.row_of(municipality.istat_code))
        self._update_count()
        self._update_assign_button()

    def _update_count(self) -> None:
        shown = self.municipalities_model.rowCount()
        total = self.municipalities_model.total_count()
        if shown == total:
            text = (
                self.tr("1 municipality")
                if total == 1
                else self.tr("{count} municipalities").format(count=total)
            )
        elif shown == 0:
            text = self.tr("No municipality matches “{text}”.").format(
                text=self.search_edit.text().strip()
            )
        else:
            text = self.tr("Showing {shown} of {total} municipalities").format(
                shown=shown, total=total
            )
        self.count_label.setText(text)

    def _update_assign_button(self, *_args) -> None:
        municipality = self.current_municipality()
        self.assign_button.setEnabled(municipality is not None and self._service is not None)
        moving = municipality is not None and municipality.zone_number is not None
        self.assign_button.setText(self.tr("Change zone…") if moving else self.tr("Assign zone…"))

    # --- assigning a zone ----------------------------------------------------------------

    def open_assign_dialog(self) -> AssignZoneDialog | None:
        """Open (window-modal, not blocking) the dialog for the selected municipality."""
        municipality = self.current_municipality()
        if municipality is None or self._service is None:
            return None
        dialog = AssignZoneDialog(self._service, municipality, self._zones, self)
        if self._options is not None:
            PreserveGeometry(dialog, self._options, ASSIGN_ZONE_DIALOG_GEOMETRY)
        return open_kept(
            self, dialog, lambda: self._assigned(dialog.assigned), attribute="assign_dialog"
        )

    def _roster_changed(self, message: str) -> None:
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(message)

    def _assigned(self, row: MunicipalityRow | None) -> None:
        if row is None:
            return
        self.refresh()
        self.data_changed.emit()
        self.status_message.emit(
            self.tr("{name} is now in zone {number} ({zone}).").format(
                name=row.name, number=row.zone_number, zone=row.zone_name
            )
        )
