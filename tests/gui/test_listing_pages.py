"""Sessions, Proposals, Actions and Overview pages over an empty and a filled database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from rtdesk.domain.enums import ActionStatus, MeetingMode, MeetingStatus, ProposalStatus
from rtdesk.gui.listing_pages import ActionsTableModel, ProposalsTableModel, SessionsTableModel
from rtdesk.store.models import ActionItem, Meeting, Person, Proposal, Zone


def texts(model, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_empty_database_shows_plain_messages(window):
    expected = {
        "sessions": "No sessions recorded yet.",
        "proposals": "No proposals recorded yet.",
        "actions": "No actions recorded yet.",
    }
    for key, message in expected.items():
        window.show_page(key)
        page = window.pages[key]
        assert page.showing_empty_state
        assert page.empty_label.isVisible() and not page.view.isVisible()
        assert page.empty_label.text() == message
        assert page.model.rowCount() == 0
    assert not window.sessions_page.year_combo.isVisible()  # nothing to filter


@pytest.fixture
def records(database):
    with database.session_factory.begin() as s:
        zones = {z.number: z for z in s.scalars(select(Zone))}
        march = Meeting(
            year=2026,
            number=2,
            meeting_date=date(2026, 3, 17),
            venue="Sala del Consiglio metropolitano",
            mode=MeetingMode.ONLINE,
            status=MeetingStatus.CONVENED,
        )
        december = Meeting(
            year=2025,
            number=4,
            meeting_date=date(2025, 12, 3),
            venue="Pinerolo",
            status=MeetingStatus.MINUTES_APPROVED,
        )
        proposal = Proposal(
            code="P-2025-009",
            year=2025,
            sequence=9,
            title="Sportello unico per le imprese",
            submitted_on=date(2025, 10, 1),
            status=ProposalStatus.UNDER_DISCUSSION,
            proposing_zones=[zones[9], zones[5]],
        )
        person = Person(given_name="Maria", family_name="Rossi")
        s.add_all([march, december, proposal, person])
        s.flush()
        s.add_all(
            [
                ActionItem(
                    description="Collect the\nadoption forms",
                    owner_person=person,
                    owner_zone_id=zones[7].id,
                    status=ActionStatus.IN_PROGRESS,
                    due_date=date(2026, 2, 28),
                    meeting_id=december.id,
                    proposal_id=proposal.id,
                ),
                ActionItem(description="+Check the budget", owner_name="Segreteria"),
            ]
        )


def test_sessions_page_lists_and_filters_by_year(window, records, qtmodeltester):
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


def test_proposals_page(window, records, qtmodeltester):
    window.show_page("proposals")
    model = window.proposals_page.model
    assert isinstance(model, ProposalsTableModel)
    qtmodeltester.check(model)
    row = texts(model, 0)
    assert row[ProposalsTableModel.COLUMN_CODE] == "P-2025-009"
    assert row[ProposalsTableModel.COLUMN_TITLE] == "Sportello unico per le imprese"
    assert row[ProposalsTableModel.COLUMN_STATUS] == "Under discussion"
    assert row[ProposalsTableModel.COLUMN_ZONES] == "5, 9"
    assert "2025" in row[ProposalsTableModel.COLUMN_SUBMITTED]


def test_actions_page(window, records, qtmodeltester):
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


def test_overview_counts_and_verdict_come_from_a_background_check(window, records, qtbot):
    window.show_page("overview")
    page = window.overview_page
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.report.ok
    shown = {name: label.text() for name, label in page.count_labels.items()}
    assert shown == {
        "zones": "11",
        "municipalities": "312",
        "municipalities_without_zone": "123",
        "people": "1",
        "mandates": "0",
        "sessions": "2",
        "proposals": "1",
        "actions": "2",
    }
    assert page.verdict_label.text().startswith("No problems found.")
    assert page.check_button.isEnabled()

    # A change made elsewhere in the window makes the visible overview check again.
    window.workspace.services.zones.assign_zone("001270", 6)
    window.zones_page.data_changed.emit()
    qtbot.waitUntil(lambda: page.count_labels["municipalities_without_zone"].text() == "122")
    qtbot.waitUntil(lambda: not page.checking)


def test_overview_shows_problems(window, database, qtbot):
    with database.engine.begin() as connection:
        # A municipality whose zone disagrees with its zone history.
        connection.exec_driver_sql(
            "UPDATE municipality SET zone_id = 1 WHERE istat_code = '001270'"
        )
    window.show_page("overview")
    page = window.overview_page
    qtbot.waitUntil(lambda: page.report is not None)
    assert not page.report.ok
    text = page.verdict_label.text()
    assert text.startswith("1 problem found:")
    assert "Susa: its zone does not match its open zone membership." in text
