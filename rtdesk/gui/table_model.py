"""Base of every table model: a list of frozen rows, columns declared by the subclass.

As in Vorta: column constants in each subclass and `set_rows()` wrapped in
beginResetModel()/endResetModel(). Sorting happens on the row list in Python, so a view
asks for no more than what is visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")

Index = QModelIndex | QPersistentModelIndex
ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The row's object itself, for pages that need more than the displayed text.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one frozen dataclass; subclasses say what each column shows."""

    NUMBER_COLUMNS: frozenset[int] = frozenset()  # right-aligned

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # --- what subclasses provide ---------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Any:
        """What a column sorts by (default: its text, case-insensitively)."""
        return self.display(row, column).casefold()

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    def decoration(self, row: R, column: int) -> Any:
        return None

    def font(self, row: R, column: int) -> Any:
        return None

    # --- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return ALIGN_NUMBER
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        if not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMBER_COLUMNS:
            return ALIGN_NUMBER
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = [index.row() for index in old_persistent]
        positions = self.sorted_positions(column, order)
        self._rows = [self._rows[i] for i in positions]
        new_row_of = {old: new for new, old in enumerate(positions)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(new_row_of[r], index.column())
                for r, index in zip(old_rows, old_persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def sorted_positions(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Old row numbers in their new order; empty values go last in either direction."""
        keys = [self.sort_key(row, column) for row in self._rows]
        filled = [i for i, key in enumerate(keys) if key not in (None, "")]
        empty = [i for i, key in enumerate(keys) if key in (None, "")]
        filled.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return filled + empty
