"""The side navigation: one entry per page, as a list model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NavigationEntry:
    key: str  # stable, stored in the options ("zones")
    title: str
    icon: QIcon
    tooltip: str = ""


class NavigationModel(QAbstractListModel):
    def __init__(self, entries: list[NavigationEntry], parent=None) -> None:
        super().__init__(parent)
        self._entries = list(entries)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.DecorationRole:
            return entry.icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or None
        if role == KEY_ROLE:
            return entry.key
        return None

    def page_keys(self) -> list[str]:
        return [entry.key for entry in self._entries]

    def row_of(self, key: str) -> int | None:
        keys = self.page_keys()
        return keys.index(key) if key in keys else None
