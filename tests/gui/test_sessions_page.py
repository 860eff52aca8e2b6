"""The Sessions page: the register and its year filter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from rtdesk.gui.approval_dialog import later_sessions
from rtdesk.gui.sessions_page import SessionsTableModel
from rtdesk.services.sessions import SessionInput


def test_sessions_page_lists_and_filters_by_year(window, records, texts, qtmodeltester):
    window.show_page("sessions")
    page = window.sessions_page
    model = page.model
    assert isinstance(model, SessionsTableModel)
    qtmodeltester.check(model)
    assert not page.showing_empty_state and page.view.isVisible()
    assert model.rowCount() == 2
    first = texts(model, 0)
    assert first[SessionsTableModel.COLUMN_REF] == "2/2026"  # the most recent first
    assert "2026" in first[SessionsTableModel.COLUMN_DATE]
    assert first[SessionsTableModel.COLUMN_MODE] == "Online"
    assert first[SessionsTableModel.COLUMN_STATUS] == "Convened"
    assert texts(model, 1)[SessionsTableModel.COLUMN_STATUS] == "Minutes approved"
    assert page.count_label.text() == "2 sessions"
    assert page.year_combo.isVisible()
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == [
        "All years",
        "2026",
        "2025",
    ]
    page.select_year(2025)
    assert [texts(model, r)[0] for r in range(model.rowCount())] == ["4/2025"]
    assert page.count_label.text() == "1 session"
    page.refresh()  # the chosen year survives a refresh
    assert page.year_combo.currentData() == 2025 and model.rowCount() == 1
    page.view.sortByColumn(SessionsTableModel.COLUMN_REF, Qt.SortOrder.AscendingOrder)


def test_minutes_are_approved_only_at_a_later_session_that_has_taken_place(workspace):
    sessions = workspace.services.sessions
    drafted = sessions.create_session(SessionInput(date(2026, 3, 10)))
    for day in (date(2026, 2, 10), date(2026, 4, 14), date(2026, 11, 25), date(2026, 12, 15)):
        sessions.create_session(SessionInput(day))
    offered = later_sessions(drafted, sessions.list_sessions(), today=date(2026, 11, 25))
    assert [row.meeting_date for row in offered] == [date(2026, 4, 14), date(2026, 11, 25)]
