"""From a record named on one page to that record on its own page: an action to its session or
proposal, a proposal to the sessions that discussed it, an agenda item to its proposal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from rtdesk.gui.actions_page import ActionsTableModel
from rtdesk.gui.proposal_detail import DiscussionsTableModel
from rtdesk.services.proposals import ProposalInput
from rtdesk.services.sessions import AgendaItemInput, SessionInput


def double_click(qtbot, view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def action_row(page, session_ref: str) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).session_ref == session_ref)


def test_an_action_opens_its_session_even_when_the_list_filters_hide_it(window, records, qtbot):
    window.show_page("sessions")
    window.sessions_page.select_year(2026)  # the action was agreed at 4/2025
    window.show_page("actions")
    page = window.actions_page
    page.set_show(page.SHOW_ALL)
    double_click(qtbot, page.view, action_row(page, "4/2025"), ActionsTableModel.COLUMN_OWNER)
    assert window.current_page_key() == "sessions"
    assert window.sessions_page.current_session().ref == "4/2025"
    assert window.sessions_page.year_combo.currentData() is None  # the filter gave way
    # Actions are agreed in the minutes: the session opens there, not on its agenda.
    assert window.sessions_page.current_tab() is window.sessions_page.minutes_editor


def test_an_action_opens_its_proposal_from_the_proposal_column(window, records, qtbot):
    window.show_page("actions")
    page = window.actions_page
    page.set_show(page.SHOW_ALL)
    row = action_row(page, "4/2025")
    tip = page.model.index(row, ActionsTableModel.COLUMN_PROPOSAL).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Double-click to open proposal P-2025-009."
    double_click(qtbot, page.view, row, ActionsTableModel.COLUMN_PROPOSAL)
    assert window.current_page_key() == "proposals"
    assert window.proposals_page.detail.proposal.code == "P-2025-009"


def test_an_action_of_neither_session_nor_proposal_opens_nothing(window, records):
    window.show_page("actions")
    page = window.actions_page
    page.set_show(page.SHOW_ALL)
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).session_ref is None)
    assert not page.open_source(model.index(row, ActionsTableModel.COLUMN_SESSION))
    assert window.current_page_key() == "actions"


@pytest.fixture
def discussed(workspace):
    """Proposal P-2026-001 on the agenda of session 1/2026, as its third item."""
    services = workspace.services
    proposal = services.proposals.submit(
        ProposalInput("Trasporto scolastico condiviso", date(2026, 1, 10), proposing_zones=(5,))
    )
    session = services.sessions.create_session(SessionInput(date(2026, 3, 17)))
    for title in ("Comunicazioni", "Bilancio"):
        services.sessions.add_agenda_item(session.uuid, AgendaItemInput(title))
    services.sessions.add_agenda_item(
        session.uuid, AgendaItemInput(proposal.title, proposal_code=proposal.code)
    )
    return services.sessions.session(session.uuid), services.proposals.proposal(proposal.uuid)


def test_a_proposal_opens_the_session_that_discussed_it(window, discussed, qtbot):
    session, proposal = discussed
    window.show_page("proposals")
    window.proposals_page.select_proposal(proposal.uuid)
    detail = window.proposals_page.detail
    assert detail.discussions_model.rowCount() == 1
    double_click(qtbot, detail.discussions_view, 0, DiscussionsTableModel.COLUMN_SESSION)
    assert window.current_page_key() == "sessions"
    assert window.sessions_page.current_session().uuid == session.uuid


def test_an_agenda_item_opens_its_proposal(window, discussed, qtbot):
    session, proposal = discussed
    window.show_page("sessions")
    page = window.sessions_page
    assert page.open_record(session.uuid)
    editor = page.agenda_editor
    editor.select_row(0)
    assert not editor.proposal_button.isEnabled()  # "Comunicazioni" is about no proposal
    editor.select_row(2)
    assert editor.proposal_button.isEnabled()
    qtbot.mouseClick(editor.proposal_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "proposals"
    assert window.proposals_page.detail.proposal.uuid == proposal.uuid


def test_a_record_deleted_meanwhile_is_said_plainly(window, discussed, workspace):
    session, _proposal = discussed
    window.show_page("actions")
    workspace.services.sessions.delete_session(session.uuid)
    assert not window.open_record("sessions", session.uuid)
    assert "no longer there" in window.statusBar().currentMessage()


def test_a_session_can_be_opened_on_a_given_tab(window, discussed):
    session, _proposal = discussed
    window.show_target("sessions", (session.uuid, "documents"))
    page = window.sessions_page
    assert (window.current_page_key(), page.current_session().uuid) == ("sessions", session.uuid)
    assert page.current_tab() is page.documents
