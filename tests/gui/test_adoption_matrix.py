"""The adoption matrix model: proposals × zones, a word and a colour per state, tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rtdesk.domain.enums import AdoptionState, ProposalStatus
from rtdesk.domain.summary import AdoptionMatrixRow
from rtdesk.gui.adoption_matrix import (
    ADOPTION_COLOURS,
    AdoptionMatrixModel,
    AdoptionMatrixView,
    adoption_label,
)
from rtdesk.services.proposals import AdoptionRow

ZONES = [(1, "Torino"), (2, "Area Metropolitana Torino Ovest"), (5, "Pinerolese")]
ROWS = [
    AdoptionMatrixRow(
        "P-2026-003",
        "Trasporto scolastico",
        ProposalStatus.APPROVED,
        (AdoptionState.ADOPTED, None, AdoptionState.NOT_APPLICABLE),
    ),
    AdoptionMatrixRow("P-2026-001", "Orti", ProposalStatus.IMPLEMENTED, (None, None, None)),
]


def test_matrix_model(qtbot, qtmodeltester):
    model = AdoptionMatrixModel()
    qtmodeltester.check(model)  # empty
    model.set_matrix(ZONES, ROWS)
    qtmodeltester.check(model)
    assert model.columnCount() == 2 + 3 and model.rowCount() == 2
    assert model.headerData(4, Qt.Orientation.Horizontal) == "5"
    assert "Pinerolese" in model.headerData(
        4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    adopted = model.index(0, model.FIRST_ZONE)
    assert model.data(adopted) == "Adopted"
    brush = model.data(adopted, Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == ADOPTION_COLOURS[AdoptionState.ADOPTED]
    assert model.data(model.index(0, model.FIRST_ZONE + 2)) == "n/a"
    blank = model.index(0, model.FIRST_ZONE + 1)
    assert model.data(blank) == "" and model.data(blank, Qt.ItemDataRole.BackgroundRole) is None
    assert "Nothing recorded" in model.data(blank, Qt.ItemDataRole.ToolTipRole)
    assert model.zone_of_column(model.FIRST_ZONE + 2) == 5


def test_tooltips_ask_for_the_date_and_note(qtbot):
    asked = []

    def details(code, title, zone):
        asked.append((code, zone))
        return AdoptionRow(zone, "Torino", AdoptionState.ADOPTED, None, "Delibera n. 12")

    model = AdoptionMatrixModel()
    model.cell_details = details
    model.set_matrix(ZONES, ROWS)
    tip = model.data(model.index(0, model.FIRST_ZONE), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Zone 1 Torino: Adopted") and "Delibera n. 12" in tip
    assert asked == [("P-2026-003", 1)]
    model.data(model.index(1, model.FIRST_ZONE), Qt.ItemDataRole.ToolTipRole)
    assert len(asked) == 1  # nothing recorded: nothing to look up


def test_view_legend_and_double_click(qtbot):
    view = AdoptionMatrixView()
    qtbot.addWidget(view)
    view.set_matrix(ZONES, ROWS)
    assert view.count_label.text() == "2 approved proposals"
    for state in AdoptionState:
        assert adoption_label(state) in view.legend_label.text()
        assert ADOPTION_COLOURS[state] in view.legend_label.text()
    with qtbot.waitSignal(view.proposal_activated) as signal:
        view.view.doubleClicked.emit(view.model.index(0, 3))
    assert signal.args == ["P-2026-003", "Trasporto scolastico"]
