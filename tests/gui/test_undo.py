"""Undo and redo of roster edits: the commands call the roster service's own operations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence

from rtdesk.domain.enums import MandateRole
from rtdesk.services.roster import MandateInput, PersonInput, RosterService

PINEROLO = "001191"


@pytest.fixture
def roster(workspace) -> RosterService:
    return workspace.services.roster


@pytest.fixture
def page(window):
    window.show_page("zones")
    window.zones_page.select_zone(5)
    return window.zones_page


def test_undo_and_redo_shortcuts(window):
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert window.undo_action in window.ui.menuEdit.actions()
    assert window.redo_action in window.ui.menuEdit.actions()
    assert not window.undo_action.isEnabled()  # nothing done yet


def test_add_mandate_undo_redo(window, page, roster):
    mario = roster.add_person(PersonInput("Mario", "Rossi", "Sindaco", PINEROLO))
    dialog = page.roster_panel.open_add_dialog()
    dialog.choose_person(mario.uuid)
    dialog.ui.startDate.setDate(QDate(2024, 1, 1))
    dialog.accept()
    uuid = roster.zone_roster(5).spokesperson.uuid
    stack = window.undo_stack
    assert stack.count() == 1
    assert window.undo_action.isEnabled()
    assert "Mario Rossi" in stack.undoText()

    window.undo_action.trigger()
    assert roster.zone_roster(5).history == ()
    assert page.roster_panel.model.rowCount() == 0  # the page shows it at once
    assert not page.roster_panel.vacancy.isHidden()

    window.redo_action.trigger()
    assert roster.zone_roster(5).spokesperson.uuid == uuid  # the same record again
    assert page.roster_panel.model.rowCount() == 1


def test_end_mandate_undo(window, page, roster, message_boxes):
    mario = roster.add_person(PersonInput("Mario", "Rossi"))
    roster.add_mandate(MandateInput(mario.uuid, 5, MandateRole.SPOKESPERSON, date(2023, 1, 1)))
    page.refresh()
    page.roster_panel.view.selectRow(0)
    dialog = page.roster_panel.open_end_dialog()
    dialog.ui.endDate.setDate(QDate(2024, 6, 30))
    dialog.accept()
    assert roster.zone_roster(5).history[0].end_date == date(2024, 6, 30)
    assert window.undo_stack.undoText() == "End mandate of Mario Rossi"
    window.undo_stack.undo()
    assert roster.zone_roster(5).history[0].end_date is None
    window.undo_stack.redo()
    assert roster.zone_roster(5).history[0].end_date == date(2024, 6, 30)
    window.undo_stack.undo()
    window.undo_stack.undo()  # nothing before: the stack holds only this step
    assert roster.zone_roster(5).history[0].end_date is None


def test_new_person_from_the_mandate_dialog_is_its_own_step(window, page, roster, message_boxes):
    dialog = page.roster_panel.open_add_dialog()
    person_dialog = dialog.open_person_dialog()
    person_dialog.ui.givenNameEdit.setText("Giulia")
    person_dialog.ui.familyNameEdit.setText("Neri")
    person_dialog.accept()
    dialog.ui.startDate.setDate(QDate(2025, 1, 10))
    dialog.accept()
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()  # the mandate
    assert roster.zone_roster(5).history == ()
    assert len(roster.people("Neri")) == 1
    window.undo_stack.undo()  # the person
    assert roster.people("Neri") == []
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert roster.zone_roster(5).spokesperson.person_name == "Giulia Neri"


def test_a_refused_undo_is_explained_and_leaves_the_stack(window, page, roster, message_boxes):
    mario = roster.add_person(PersonInput("Mario", "Rossi", "Sindaco", PINEROLO))
    roster.add_mandate(MandateInput(mario.uuid, 5, MandateRole.SPOKESPERSON, date(2023, 1, 1)))
    page.refresh()
    page.roster_panel.view.selectRow(0)
    dialog = page.roster_panel.open_end_dialog()
    dialog.ui.endDate.setDate(QDate(2024, 6, 30))
    dialog.accept()
    # Someone corrects the mandate meanwhile (another window, the command line…).
    row = roster.zone_roster(5).history[0]
    roster.update_mandate(row.uuid, replace(row.to_input(), notes="changed"), row.row_version)
    window.undo_stack.undo()
    assert len(message_boxes) == 1
    assert message_boxes[0].title == "This step cannot be undone or redone"
    assert "changed by someone else" in message_boxes[0].text
    after = roster.zone_roster(5).history[0]
    assert (after.notes, after.end_date) == ("changed", date(2024, 6, 30))  # nothing undone
    assert window.undo_stack.count() == 0


def test_opening_another_database_empties_the_stack(window, page, roster, tmp_path, message_boxes):
    roster.add_person(PersonInput("Mario", "Rossi"))
    page.people_page.open_new_dialog()
    dialog = page.people_page.dialog
    dialog.ui.givenNameEdit.setText("Anna")
    dialog.ui.familyNameEdit.setText("Bianchi")
    dialog.accept()
    assert window.undo_stack.count() == 1
    assert window.switch_database(str(tmp_path / "other.sqlite"), create=True)
    assert window.undo_stack.count() == 0
