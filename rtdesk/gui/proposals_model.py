"""The proposals register as a lazy table model: ids in display order, rows fetched by pages.

As Anki's browser table model (`qt/aqt/browser/table/model.py`): filtering and sorting are one
SQL query returning ids (`ProposalService.proposal_ids`), and only the pages of rows the view
asks for are read (`proposal_rows`), kept in a small bounded cache. So 100,000 proposals cost
one list of integers, never 100,000 row objects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from rtdesk.gui import labels
from rtdesk.gui.table_model import ROW_ROLE
from rtdesk.services.proposals import ProposalFilters, ProposalRow, ProposalService, ShownIds

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100  # rows read at once: a screenful and a bit, in one query
CACHE_PAGES = 40  # at most 4,000 rows kept; the least recently used page goes first


class ProposalsTableModel(QAbstractTableModel):
    COLUMN_CODE = 0
    COLUMN_TITLE = 1
    COLUMN_STATUS = 2
    COLUMN_SUBMITTED = 3
    COLUMN_ZONES = 4
    COLUMN_THEMES = 5
    COLUMN_COUNT = 6
    # The columns SQL sorts by (ProposalService ORDER_KEYS); the others keep the current order.
    SORT_KEYS: ClassVar[dict[int, str]] = {
        COLUMN_CODE: "code",
        COLUMN_TITLE: "title",
        COLUMN_STATUS: "status",
        COLUMN_SUBMITTED: "submitted_on",
    }

    def __init__(self, service: ProposalService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._filters = ProposalFilters()
        self._order_by = "code"
        self._descending = True
        self._ids: list[int] = []
        self._loaded = False  # the ids were read at least once: they can serve as a start
        self._mark = 0  # the service's change_mark() when the ids were read
        self._pages: OrderedDict[int, list[ProposalRow]] = OrderedDict()

    # --- what the page calls ------------------------------------------------------------

    @property
    def service(self) -> ProposalService:
        return self._service

    @property
    def filters(self) -> ProposalFilters:
        return self._filters

    def set_service(self, service: ProposalService) -> None:
        """Another database was opened: read everything from its service from now on."""
        self._service = service
        self._loaded = False
        self.refresh()

    def set_filters(self, filters: ProposalFilters, *, typing: bool = False) -> None:
        """Show the proposals passing `filters`, in the current order (one SQL query).

        `typing`: the user is changing the filters; the list on show may serve as the
        starting point (see ProposalService.proposal_ids). Never after a write.
        """
        shown = ShownIds(self._filters, self._ids, self._mark) if typing and self._loaded else None
        self._filters = filters
        self._read_ids(shown)

    def refresh(self) -> None:
        """Query the ids again (after a write, or to see a colleague's changes)."""
        self._read_ids(None)

    def _read_ids(self, shown: ShownIds | None) -> None:
        # The mark before the ids: a write landing in between makes the next one differ.
        mark = self._service.change_mark()
        ids = self._service.proposal_ids(
            self._filters, self._order_by, self._descending, shown=shown
        )
        self.beginResetModel()
        self._ids = ids
        self._mark = mark
        self._loaded = True
        self._pages.clear()
        self.endResetModel()

    def order(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_at(self, row: int) -> ProposalRow | None:
        """The row shown at position `row` (read from the database if not cached)."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of_id(self, proposal_id: int) -> int | None:
        """Where a proposal is shown: a scan of the ids in memory (about a millisecond for
        100,000), reading no rows."""
        try:
            return self._ids.index(proposal_id)
        except ValueError:
            return None

    # --- pages ---------------------------------------------------------------------------

    def _page(self, number: int) -> list[ProposalRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        found = {row.id: row for row in self._service.proposal_rows(ids)}
        # A proposal deleted meanwhile (by a colleague) leaves a blank row until the next
        # refresh, rather than shifting every row below it under the user's eyes.
        page = [found.get(i) for i in ids]
        self._pages[number] = page
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Submitted"),
            self.tr("Proposing zones"),
            self.tr("Themes"),
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
        if column == self.COLUMN_THEMES:
            return ", ".join(row.themes)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None  # no query for roles this model does not use
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if column in (self.COLUMN_TITLE, self.COLUMN_THEMES):
            return self.display(row, column)  # tooltip: the whole text when the cell cuts it
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section not in self.SORT_KEYS:
            return self.tr("This column cannot be sorted.")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by SQL: the ids are queried again in the new order."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order_by, self._descending) and self._ids:
            return
        self._order_by, self._descending = key, descending
        mark = self._service.change_mark()
        ids = self._service.proposal_ids(self._filters, key, descending)
        self._mark = mark
        # The same proposals in another order: keep the selection on the same proposals.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._ids[index.row()] if index.isValid() else None for index in persistent]
        self._ids = ids
        self._pages.clear()
        positions: dict[int, int] = {}
        wanted = {i for i in old_ids if i is not None}
        if wanted:
            for position, proposal_id in enumerate(ids):
                if proposal_id in wanted:
                    positions[proposal_id] = position
        self.changePersistentIndexList(
            persistent,
            [
                self.index(positions[i], index.column())
                if i is not None and i in positions
                else QModelIndex()
                for i, index in zip(old_ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()
