"""The adoption matrix: approved proposals × the 11 zones, a colour and a word per state."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from rtdesk.domain.enums import AdoptionState
from rtdesk.domain.summary import AdoptionMatrixRow
from rtdesk.gui import labels
from rtdesk.gui.widgets import table_view
from rtdesk.services.proposals import AdoptionRow

Index = QModelIndex | QPersistentModelIndex
_A = AdoptionState

# Light backgrounds, so the black text on them stays readable; the word says the state too,
# so nobody needs to tell colours apart.
ADOPTION_COLOURS: dict[AdoptionState, str] = {
    _A.NOT_STARTED: "#e6e6e6",
    _A.PLANNED: "#cfe0fc",
    _A.ADOPTING: "#ffe39b",
    _A.ADOPTED: "#b5e3c2",
    _A.NOT_APPLICABLE: "#f5f5f5",
}


def adoption_label(state: AdoptionState | None) -> str:
    if state is None:
        return QCoreApplication.translate("adoption", "Nothing recorded")
    return {
        _A.NOT_STARTED: QCoreApplication.translate("adoption", "Not started"),
        _A.PLANNED: QCoreApplication.translate("adoption", "Planned"),
        _A.ADOPTING: QCoreApplication.translate("adoption", "Adopting"),
        _A.ADOPTED: QCoreApplication.translate("adoption", "Adopted"),
        _A.NOT_APPLICABLE: QCoreApplication.translate("adoption", "Not applicable"),
    }[state]


def adoption_short_label(state: AdoptionState | None) -> str:
    """The word in a matrix cell: short, so eleven zones fit side by side."""
    if state is None:
        return ""
    if state is _A.NOT_APPLICABLE:
        return QCoreApplication.translate("adoption", "n/a")
    return adoption_label(state)


def adoption_brush(state: AdoptionState | None) -> QBrush | None:
    return None if state is None else QBrush(QColor(ADOPTION_COLOURS[state]))


# Looks up a cell's date and note: (code, title, zone number) -> the zone's adoption row.
CellDetails = Callable[[str, str, int], AdoptionRow | None]


class AdoptionMatrixModel(QAbstractTableModel):
    """One row per proposal whose adoption is tracked; columns: code, title, then the zones."""

    COLUMN_CODE = 0
    COLUMN_TITLE = 1
    FIRST_ZONE = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AdoptionMatrixRow] = []
        self._zones: list[tuple[int, str]] = []
        self.cell_details: CellDetails | None = None

    def set_matrix(self, zones: Sequence[tuple[int, str]], rows: Sequence[AdoptionMatrixRow]):
        self.beginResetModel()
        self._zones = list(zones)
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AdoptionMatrixRow:
        return self._rows[row]

    def zone_of_column(self, column: int) -> int | None:
        position = column - self.FIRST_ZONE
        return self._zones[position][0] if 0 <= position < len(self._zones) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_ZONE + len(self._zones)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.COLUMN_CODE:
            return row.code if role == Qt.ItemDataRole.DisplayRole else None
        if column == self.COLUMN_TITLE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row.title
            return None
        position = column - self.FIRST_ZONE
        if not 0 <= position < len(row.states):
            return None
        state = row.states[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return adoption_short_label(state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return adoption_brush(state)
        if role == Qt.ItemDataRole.ForegroundRole and state is not None:
            return QBrush(QColor("#000000"))  # dark text on the light state colours
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, position, state)
        return None

    def _tooltip(self, row: AdoptionMatrixRow, position: int, state: AdoptionState | None) -> str:
        number, name = self._zones[position]
        text = self.tr("Zone {number} {name}: {state}").format(
            number=number, name=name, state=adoption_label(state)
        )
        detail = None
        if state is not None and self.cell_details is not None:
            detail = self.cell_details(row.code, row.title, number)
        if detail is not None:
            if detail.on is not None:
                text += "\n" + self.tr("Since {date}").format(date=labels.short_date(detail.on))
            if detail.note:
                text += "\n" + detail.note
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == self.COLUMN_CODE:
            return self.tr("Code") if role == Qt.ItemDataRole.DisplayRole else None
        if section == self.COLUMN_TITLE:
            return self.tr("Title") if role == Qt.ItemDataRole.DisplayRole else None
        number, name = self._zones[section - self.FIRST_ZONE]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(number)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Zone {number} — {name}").format(number=number, name=name)
        return None


class AdoptionMatrixView(QWidget):
    """The matrix, a legend of the colours, and a line saying how many proposals it shows."""

    # The user double-clicked a proposal (code, title) to see it in the register.
    proposal_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AdoptionMatrixModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = table_view(self.model, self)
        self.view.setAlternatingRowColors(False)  # the state colours are the information
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        # One wrapping line of text, so the legend never makes the window wider.
        swatches = [
            f'<span style="background-color:{ADOPTION_COLOURS[state]}; color:#000000;">'
            f"&nbsp;{html.escape(adoption_short_label(state))}&nbsp;</span>"
            + (
                f" = {html.escape(adoption_label(state))}"
                if adoption_short_label(state) != adoption_label(state)
                else ""
            )
            for state in AdoptionState
        ]
        # A blank cell: no adoption recorded for that zone (lupdate reads no tr() in f-strings).
        blank = self.tr("{state}: blank").format(state=html.escape(adoption_label(None)))
        swatches.append(f"&nbsp;{blank}")
        self.legend_label = QLabel(
            self.tr("Legend: {swatches}").format(swatches=" &nbsp; ".join(swatches)), self
        )
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        layout.addWidget(self.legend_label)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)

    def set_matrix(self, zones: Sequence[tuple[int, str]], rows: Sequence[AdoptionMatrixRow]):
        self.model.set_matrix(zones, rows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            AdoptionMatrixModel.COLUMN_TITLE, QHeaderView.ResizeMode.Stretch
        )
        count = len(rows)
        if count == 0:
            self.count_label.setText(
                self.tr("No approved proposal matches these filters: zones adopt approved ones.")
            )
        elif count == 1:
            self.count_label.setText(self.tr("1 approved proposal"))
        else:
            self.count_label.setText(
                self.tr("{count} approved proposals").format(count=labels.number(count))
            )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row_at(index.row())
            self.proposal_activated.emit(row.code, row.title)
