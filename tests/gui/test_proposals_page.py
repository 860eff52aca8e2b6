"""The Proposals page: the register filtered as you type, a proposal moved through its states,
zone adoption, and the school-transport question answered through the GUI."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from rtdesk.domain.enums import AdoptionState, ProposalStatus
from rtdesk.gui.proposals_page import ProposalsTableModel
from rtdesk.services.demo import DemoService

_S = ProposalStatus


@pytest.fixture
def page(window):
    window.show_page("proposals")
    return window.proposals_page


def texts_of(model, column=ProposalsTableModel.COLUMN_TITLE) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def click_ok(qtbot, dialog, which=QDialogButtonBox.StandardButton.Ok) -> None:
    box = dialog.ui.buttonBox if hasattr(dialog, "ui") else dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def test_proposals_page(window, records, texts, qtmodeltester):
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
    assert window.proposals_page.count_label.text() == "1 proposal"


def test_a_proposal_through_its_states(
    page, workspace, qtbot, qtmodeltester, records, message_boxes
):
    service = workspace.services.proposals
    # New proposal through the Designer form.
    dialog = page.new_proposal()
    assert dialog is not None and dialog.isVisible()
    dialog.ui.titleEdit.setText("Trasporto scolastico nelle valli")
    dialog.ui.summaryEdit.setPlainText("=Navette per le scuole medie")  # kept as typed
    dialog.set_zones([5, 6])
    dialog.ui.proposerEdit.setText("Zona 5")
    dialog.ui.themesEdit.setText("Mobilità, Scuola")
    dialog.ui.submittedDate.setDate(QDate(2026, 1, 10))
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result is not None and not dialog.isVisible()
    proposal = page.detail.proposal
    assert proposal.code == "P-2026-001"
    assert proposal.summary == "=Navette per le scuole medie"
    assert proposal.themes == ("Mobilità", "Scuola")
    assert page.count_label.text() == "2 proposals"
    assert page.view.currentIndex().row() == 0  # the new one is selected
    assert page.theme_combo.findData("Scuola") >= 0  # the filter offers the new theme

    # Only the allowed transitions have buttons.
    assert page.detail.transition_button(_S.ADMITTED) is not None
    assert page.detail.transition_button(_S.WITHDRAWN) is not None
    assert page.detail.transition_button(_S.APPROVED) is None
    assert not page.detail.adoption_button.isEnabled()
    assert not page.detail.delete_button.isHidden()

    steps = [
        (_S.ADMITTED, date(2026, 2, 1), None, ""),
        (_S.UNDER_DISCUSSION, date(2026, 3, 17), "2/2026", "Prima lettura"),
        (_S.APPROVED, date(2026, 3, 17), "2/2026", "Approvata all'unanimità"),
    ]
    for target, on, session_ref, note in steps:
        button = page.detail.transition_button(target)
        assert button is not None, target
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        transition = page.open_dialog
        assert transition.isVisible()
        transition.date_edit.setDate(QDate(on.year, on.month, on.day))
        transition.choose_session(session_ref)
        transition.note_edit.setPlainText(note)
        qtbot.mouseClick(
            transition.buttons.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        assert transition.result is not None, (target, message_boxes)
        assert page.detail.proposal.status is target

    history = page.detail.history_model
    qtmodeltester.check(history)
    assert history.rowCount() == 4
    last = [history.data(history.index(3, c)) for c in range(history.columnCount())]
    assert last[history.COLUMN_CHANGE] == "Under discussion → Approved"
    assert last[history.COLUMN_SESSION] == "2/2026"
    assert last[history.COLUMN_NOTE] == "Approvata all'unanimità"
    assert last[history.COLUMN_USER] == "tester"
    assert page.detail.transition_button(_S.IN_IMPLEMENTATION) is not None
    assert page.detail.transition_button(_S.REJECTED) is None
    assert page.detail.delete_button.isHidden()
    model = page.model
    assert model.data(model.index(0, model.COLUMN_STATUS)) == "Approved"

    # Zone adoption, now that it is approved.
    assert page.detail.adoption_button.isEnabled()
    qtmodeltester.check(page.detail.adoption_model)
    adoption = page.set_adoption(5)
    adoption.choose_state(AdoptionState.ADOPTED)
    adoption.date_edit.setDate(QDate(2026, 4, 2))
    adoption.note_edit.setText("Delibera dell'assemblea di zona")
    adoption.accept()
    adoption = page.set_adoption(6)
    adoption.choose_state(AdoptionState.PLANNED)
    adoption.accept()
    rows = {a.zone_number: a for a in page.detail.proposal.adoptions}
    assert rows[5].state is AdoptionState.ADOPTED and rows[5].on == date(2026, 4, 2)
    assert rows[6].state is AdoptionState.PLANNED
    assert rows[1].state is None
    assert service.proposal(proposal.uuid).adoptions == page.detail.proposal.adoptions

    # The adoption matrix shows it with a colour and a word per state.
    page.tabs.setCurrentWidget(page.matrix)
    assert page.matrix_loading  # read on the database lane, off the GUI thread
    qtbot.waitUntil(lambda: not page.matrix_loading, timeout=5000)
    matrix = page.matrix.model
    qtmodeltester.check(matrix)
    assert matrix.rowCount() == 1
    zone5 = matrix.index(0, matrix.FIRST_ZONE + 4)
    assert matrix.data(zone5) == "Adopted"
    assert matrix.data(zone5, Qt.ItemDataRole.BackgroundRole) is not None
    tip = matrix.data(zone5, Qt.ItemDataRole.ToolTipRole)
    assert "Pinerolese" in tip and "Delibera dell'assemblea di zona" in tip
    assert matrix.data(matrix.index(0, matrix.FIRST_ZONE)) == ""  # zone 1: nothing recorded


def test_a_refused_transition_keeps_the_dialog_open(page, workspace, records, message_boxes):
    page.search_edit.setText("sportello")
    page.apply_filters()
    page.view.selectRow(0)
    proposal = page.detail.proposal
    assert proposal.code == "P-2025-009"
    dialog = page.change_status(_S.APPROVED)
    # Meanwhile a colleague deferred it: approving is no longer allowed.
    workspace.services.proposals.change_status(proposal.uuid, _S.DEFERRED)
    dialog.accept()
    assert dialog.isVisible() and dialog.result is None
    assert message_boxes[-1].title == "The status was not changed"
    assert "cannot become approved" in message_boxes[-1].text.lower()
    dialog.reject()


def test_filtering_as_you_type_is_debounced(page, workspace, qtbot, records):
    service = workspace.services.proposals
    from rtdesk.services.proposals import ProposalInput

    service.submit(ProposalInput("Città più verdi", submitted_on=date(2026, 2, 1)))
    page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search_edit, "citta")
    assert page.model.rowCount() == 2  # not yet: the list waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert texts_of(page.model) == ["Città più verdi"]
    page.status_combo.setCurrentIndex(page.status_combo.findData(_S.APPROVED.value))
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "No proposal matches these filters."
    page.clear_filters()
    assert page.model.rowCount() == 2 and page.search_edit.text() == ""
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert texts_of(page.model, ProposalsTableModel.COLUMN_CODE) == ["P-2025-009"]
    page.clear_filters()
    page.zone_combo.setCurrentIndex(page.zone_combo.findData(9))
    assert texts_of(page.model, ProposalsTableModel.COLUMN_CODE) == ["P-2025-009"]


def test_sorting_by_a_header_is_done_in_sql(page, workspace, records):
    from rtdesk.services.proposals import ProposalInput

    workspace.services.proposals.submit(ProposalInput("Acqua pubblica"))
    page.refresh()
    header = page.view.horizontalHeader()
    header.setSortIndicator(ProposalsTableModel.COLUMN_TITLE, Qt.SortOrder.AscendingOrder)
    assert texts_of(page.model) == ["Acqua pubblica", "Sportello unico per le imprese"]
    assert page.model.order() == ("title", False)
    header.setSortIndicator(ProposalsTableModel.COLUMN_ZONES, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == ProposalsTableModel.COLUMN_TITLE  # put back


def test_deleting_a_submitted_proposal(page, workspace, monkeypatch, records):
    from rtdesk.services.proposals import ProposalInput

    created = workspace.services.proposals.submit(ProposalInput("Da cancellare"))
    page.refresh()
    page.select_proposal(created.uuid)
    assert page.detail.proposal.uuid == created.uuid
    monkeypatch.setattr(page, "confirm_delete", lambda proposal: True)
    page.delete_proposal()
    assert page.detail.proposal is None
    assert page.model.rowCount() == 1


def test_school_transport_from_the_pinerolese_on_the_demo(page, workspace, context, qtbot):
    """The issue's question, answered as a secretary would: type, filter, read."""
    DemoService(context).generate(seed=0)
    page.bind(workspace)
    qtbot.keyClicks(page.search_edit, "trasporto scolastico")
    page.zone_combo.setCurrentIndex(page.zone_combo.findData(5))  # Pinerolese
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    proposal = page.detail.proposal
    assert "Trasporto scolastico" in proposal.title
    assert 5 in proposal.proposing_zones
    # What happened: its status history, step by step, down to its present status.
    history = page.detail.history_model
    steps = [history.row_at(r).to_status for r in range(history.rowCount())]
    assert steps[0] is _S.SUBMITTED and steps[-1] is proposal.status
    assert _S.APPROVED in steps
    # Which zones adopted it: the adoption table of the panel.
    adoption = page.detail.adoption_model
    adopted = [
        adoption.row_at(r).zone_number
        for r in range(adoption.rowCount())
        if adoption.row_at(r).state is AdoptionState.ADOPTED
    ]
    assert adopted
    assert all(
        adoption.data(adoption.index(r, adoption.COLUMN_STATE)) == "Adopted"
        for r in range(adoption.rowCount())
        if adoption.row_at(r).zone_number in adopted
    )


def test_a_proposal_far_down_the_list_is_selected_and_scrolled_to(page, workspace, context):
    """The adoption matrix jumps to proposals anywhere in the register, unread rows included."""
    from rtdesk.services.demo_scale import DemoScaleService

    DemoScaleService(context).generate(scale=1, seed=0)
    page.bind(workspace)
    page.view.resize(900, 400)
    service = workspace.services.proposals
    far = service.proposal_rows([page.model.id_at(page.model.rowCount() - 3)])[0]
    page.select_proposal(far.uuid)
    current = page.view.currentIndex()
    assert current.row() == page.model.rowCount() - 3
    assert page.model.row_at(current.row()).uuid == far.uuid
    assert page.detail.proposal.uuid == far.uuid
    assert page.view.rowAt(page.view.visualRect(current).center().y()) == current.row()
