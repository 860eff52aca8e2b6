"""The Actions page: every action of sessions and proposals, overdue first, marking them done."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rtdesk.domain.enums import ActionStatus
from rtdesk.gui.actions_page import ActionsTableModel


def test_actions_page(window, records, texts, qtmodeltester):
    window.show_page("actions")
    page = window.actions_page
    model = page.model
    assert isinstance(model, ActionsTableModel)
    qtmodeltester.check(model)
    first, second = texts(model, 0), texts(model, 1)
    assert first[ActionsTableModel.COLUMN_DESCRIPTION] == "Collect the adoption forms"
    description = model.index(0, ActionsTableModel.COLUMN_DESCRIPTION)
    assert model.data(description, Qt.ItemDataRole.ToolTipRole) == "Collect the\nadoption forms"
    assert first[ActionsTableModel.COLUMN_OWNER] == "Maria Rossi (zone 7)"
    assert first[ActionsTableModel.COLUMN_STATUS] == "In progress"
    assert first[ActionsTableModel.COLUMN_SESSION] == "4/2025"
    assert first[ActionsTableModel.COLUMN_PROPOSAL] == "P-2025-009"
    assert second[ActionsTableModel.COLUMN_PROPOSAL] == ""
    assert second[ActionsTableModel.COLUMN_DESCRIPTION] == "+Check the budget"  # as typed
    assert second[ActionsTableModel.COLUMN_DUE] == ""
    assert page.count_label.text() == "2 actions, 1 overdue"
    # Sorting puts actions without a due date last in both directions.
    page.view.sortByColumn(ActionsTableModel.COLUMN_DUE, Qt.SortOrder.DescendingOrder)
    assert texts(model, 1)[ActionsTableModel.COLUMN_DUE] == ""


def test_overdue_rows_are_marked_in_words_and_colour(window, records, texts):
    window.show_page("actions")
    model = window.actions_page.model
    due = texts(model, 0)[ActionsTableModel.COLUMN_DUE]
    assert "2026" in due and due.endswith("(overdue)")  # due 28 Feb 2026, today 25 Nov 2026
    overdue_cell = model.index(0, ActionsTableModel.COLUMN_OWNER)
    assert model.data(overdue_cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, ActionsTableModel.COLUMN_DUE), Qt.ItemDataRole.DecorationRole)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_filters_mark_done_and_reopen(window, workspace, records, texts, qtbot, qtmodeltester):
    window.show_page("actions")
    page = window.actions_page
    model = page.model
    page.set_show(page.SHOW_OVERDUE)
    assert model.rowCount() == 1
    page.set_show(page.SHOW_OPEN)
    assert model.rowCount() == 2
    assert not page.done_button.isEnabled()  # nothing selected
    page.view.selectRow(0)
    assert page.done_button.isEnabled() and not page.reopen_button.isEnabled()
    uuid = model.row_at(0).uuid
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert workspace.services.actions.action(uuid).status is ActionStatus.DONE
    assert model.rowCount() == 1  # "still to do" no longer lists it
    assert page.count_label.text() == "1 action"

    page.set_show(page.SHOW_ALL)
    qtmodeltester.check(model)
    done_row = model.row_of(uuid)
    assert texts(model, done_row)[ActionsTableModel.COLUMN_STATUS].startswith("Done on ")
    assert not texts(model, done_row)[ActionsTableModel.COLUMN_DUE].endswith("(overdue)")
    page.select_action(uuid)
    assert page.reopen_button.isEnabled() and not page.done_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert workspace.services.actions.action(uuid).status is ActionStatus.OPEN
    assert model.row_of(uuid) == 0  # overdue again, so first

    qtbot.keyClicks(page.owner_edit, "segreteria")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert texts(model, 0)[ActionsTableModel.COLUMN_DESCRIPTION] == "+Check the budget"
