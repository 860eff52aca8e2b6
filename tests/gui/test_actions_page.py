"""The Actions page: every action agreed at a session."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rtdesk.gui.actions_page import ActionsTableModel


def test_actions_page(window, records, texts, qtmodeltester):
    window.show_page("actions")
    model = window.actions_page.model
    assert isinstance(model, ActionsTableModel)
    qtmodeltester.check(model)
    first, second = texts(model, 0), texts(model, 1)
    assert first[ActionsTableModel.COLUMN_DESCRIPTION] == "Collect the adoption forms"
    description = model.index(0, ActionsTableModel.COLUMN_DESCRIPTION)
    assert model.data(description, Qt.ItemDataRole.ToolTipRole) == "Collect the\nadoption forms"
    assert first[ActionsTableModel.COLUMN_OWNER] == "Maria Rossi (zone 7)"
    assert first[ActionsTableModel.COLUMN_STATUS] == "In progress"
    assert first[ActionsTableModel.COLUMN_SESSION] == "4/2025"
    assert second[ActionsTableModel.COLUMN_DESCRIPTION] == "+Check the budget"  # as typed
    assert second[ActionsTableModel.COLUMN_DUE] == ""
    assert window.actions_page.count_label.text() == "2 actions"
    # Sorting puts actions without a due date last in both directions.
    window.actions_page.view.sortByColumn(
        ActionsTableModel.COLUMN_DUE, Qt.SortOrder.DescendingOrder
    )
    assert texts(model, 1)[ActionsTableModel.COLUMN_DUE] == ""
