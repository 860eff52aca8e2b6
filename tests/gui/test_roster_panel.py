"""The roster on the Zones & roster page: who is in office, the history, the mandate dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rtdesk.domain.enums import MandateRole
from rtdesk.gui.roster_panel import MandatesTableModel
from rtdesk.gui.zones_page import EntryKind, ZonesTableModel
from rtdesk.services.roster import MandateInput, PersonInput, RosterService

PINEROLO = "001191"  # zone 5
IVREA = "001125"  # zone 9, not 5


@pytest.fixture
def roster(workspace) -> RosterService:
    return workspace.services.roster


@pytest.fixture
def page(window):
    window.show_page("zones")
    page = window.zones_page
    page.select_zone(5)
    return page


def ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def add_person(roster, given, family, municipality=PINEROLO):
    return roster.add_person(PersonInput(given, family, "Sindaco", municipality))


def fill_mandate(dialog, person_uuid, role=MandateRole.SPOKESPERSON, start=date(2024, 3, 1)):
    dialog.choose_person(person_uuid)
    dialog.choose_role(role)
    dialog.ui.startDate.setDate(QDate(start.year, start.month, start.day))
    dialog.ui.electedCheck.setChecked(True)
    dialog.ui.electedDate.setDate(QDate(start.year, start.month, start.day))


def test_add_a_spokesperson_through_the_dialog(page, roster, qtbot, qtmodeltester):
    panel = page.roster_panel
    assert not panel.vacancy.isHidden()
    assert "no spokesperson today" in panel.vacancy_text.text()
    mario = add_person(roster, "Mario", "Rossi")
    dialog = panel.open_add_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.zoneCombo.currentData() == 5  # the zone on show
    assert not ok(dialog).isEnabled()  # no person chosen yet
    fill_mandate(dialog, mario.uuid)
    assert not dialog.ui.vicarCheck.isEnabled()  # only a deputy can be the vicar
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result is not None and not dialog.isVisible()

    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, MandatesTableModel.COLUMN_PERSON)) == "Mario Rossi"
    assert model.data(model.index(0, MandatesTableModel.COLUMN_ROLE)) == "Spokesperson"
    assert model.data(model.index(0, MandatesTableModel.COLUMN_STATUS)) == "In office"
    assert model.data(model.index(0, MandatesTableModel.COLUMN_ELECTED)) != ""
    assert "Mario Rossi" in panel.current_label.text()
    assert panel.vacancy.isHidden()
    roster_now = roster.zone_roster(5)
    assert roster_now.spokesperson.person_name == "Mario Rossi"
    assert roster_now.spokesperson.elected_on == date(2024, 3, 1)
    # The zones table no longer flags zone 5, and still flags zone 6.
    zones = page.zones_model
    five = zones.index(zones.row_of(EntryKind.ZONE, 5), ZonesTableModel.COLUMN_NAME)
    six = zones.index(zones.row_of(EntryKind.ZONE, 6), ZonesTableModel.COLUMN_NAME)
    assert zones.data(five, Qt.ItemDataRole.DecorationRole) is None
    assert zones.data(six, Qt.ItemDataRole.DecorationRole) is not None
    assert "no spokesperson" in zones.data(six, Qt.ItemDataRole.ToolTipRole)


def test_a_broken_rule_is_shown_and_the_dialog_stays_open(page, roster, message_boxes):
    mario = add_person(roster, "Mario", "Rossi")
    anna = add_person(roster, "Anna", "Bianchi")
    roster.add_mandate(MandateInput(mario.uuid, 5, MandateRole.SPOKESPERSON, date(2024, 1, 1)))
    page.refresh()
    dialog = page.roster_panel.open_add_dialog()
    fill_mandate(dialog, anna.uuid, start=date(2024, 6, 1))
    dialog.accept()
    assert dialog.isVisible()  # nothing typed is lost
    assert len(message_boxes) == 1
    assert message_boxes[0].title == "The mandate was not saved"
    assert "Mario Rossi" in message_boxes[0].text  # the service names the other mandate
    assert message_boxes[0].informative  # and says what to do
    assert len(roster.zone_roster(5).history) == 1
    dialog.reject()


def test_an_election_after_the_start_of_the_mandate_is_refused(page, roster, message_boxes):
    anna = add_person(roster, "Anna", "Bianchi")
    dialog = page.roster_panel.open_add_dialog()
    fill_mandate(dialog, anna.uuid, start=date(2026, 3, 1))
    dialog.ui.electedDate.setDate(QDate(2026, 12, 20))
    dialog.accept()
    assert dialog.isVisible()
    text = message_boxes[-1].text
    assert text.startswith("The election date") and "is after the start date" in text
    assert roster.zone_roster(5).history == ()
    dialog.reject()


def test_a_warning_is_shown_after_saving(page, roster, message_boxes):
    luca = add_person(roster, "Luca", "Verdi", IVREA)
    dialog = page.roster_panel.open_add_dialog()
    fill_mandate(dialog, luca.uuid, role=MandateRole.DEPUTY)
    dialog.ui.vicarCheck.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert roster.zone_roster(5).vicar.person_name == "Luca Verdi"
    assert len(message_boxes) == 1
    assert message_boxes[0].icon == QMessageBox.Icon.Information
    assert "Ivrea" in message_boxes[0].text


def test_a_new_person_from_the_mandate_dialog(page, roster, qtbot, message_boxes):
    dialog = page.roster_panel.open_add_dialog()
    person_dialog = dialog.open_person_dialog()
    assert not ok(person_dialog).isEnabled()
    person_dialog.ui.givenNameEdit.setText("Giulia")
    person_dialog.ui.familyNameEdit.setText("Neri")
    person_dialog.ui.titleCombo.setCurrentText("Sindaca")
    person_dialog.ui.municipalityCombo.setCurrentText("pinerolo")
    person_dialog.ui.emailEdit.setText("giulia.neri@example.it")
    qtbot.mouseClick(ok(person_dialog), Qt.MouseButton.LeftButton)
    people = roster.people("Neri")
    assert len(people) == 1
    assert people[0].municipality_code == PINEROLO
    assert people[0].title == "Sindaca"
    assert dialog.chosen_person() == people[0].uuid  # chosen for the mandate at once
    dialog.ui.startDate.setDate(QDate(2025, 1, 10))
    dialog.accept()
    assert roster.zone_roster(5).spokesperson.person_name == "Giulia Neri"


def test_end_a_mandate(page, roster):
    mario = add_person(roster, "Mario", "Rossi")
    roster.add_mandate(MandateInput(mario.uuid, 5, MandateRole.SPOKESPERSON, date(2023, 1, 1)))
    page.refresh()
    panel = page.roster_panel
    assert not panel.end_button.isEnabled()
    panel.view.selectRow(0)
    assert panel.end_button.isEnabled()
    dialog = panel.open_end_dialog()
    assert dialog.windowTitle() == "End mandate"
    assert not dialog.ui.startDate.isEnabled() and dialog.ui.endDate.isEnabled()
    dialog.ui.endDate.setDate(QDate(2024, 12, 31))
    dialog.accept()
    row = roster.zone_roster(5).history[0]
    assert row.end_date == date(2024, 12, 31)
    assert panel.model.data(panel.model.index(0, MandatesTableModel.COLUMN_STATUS)) == "Ended"
    assert not panel.vacancy.isHidden()


def test_edit_a_mandate_by_double_click(page, roster, qtbot):
    mario = add_person(roster, "Mario", "Rossi")
    roster.add_mandate(MandateInput(mario.uuid, 5, MandateRole.DEPUTY, date(2023, 1, 1)))
    page.refresh()
    panel = page.roster_panel
    rect = panel.view.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = panel.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit mandate"
    assert dialog.chosen_person() == mario.uuid
    dialog.ui.vicarCheck.setChecked(True)
    dialog.ui.notesEdit.setPlainText("=elected unanimously")
    dialog.accept()
    row = roster.zone_roster(5).history[0]
    assert row.is_vicar and row.notes == "=elected unanimously"


def test_no_roster_for_the_municipalities_without_a_zone(page):
    page.select_without_zone()
    assert page.roster_panel.isHidden()
    page.select_zone(5)
    assert not page.roster_panel.isHidden()


def test_delete_a_mandate_entered_by_mistake_and_undo_it(window, page, roster, monkeypatch):
    mario = add_person(roster, "Mario", "Rossi")
    roster.add_mandate(MandateInput(mario.uuid, 5, MandateRole.SPOKESPERSON, date(2023, 1, 1)))
    page.refresh()
    panel = page.roster_panel
    assert not panel.delete_button.isEnabled()  # nothing selected
    panel.view.selectRow(0)
    assert panel.delete_button.isEnabled()
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not panel.delete_mandate()  # the user said no: nothing changes
    assert "Mario Rossi (spokesperson of zone 5" in asked[0]
    assert roster.zone_roster(5).spokesperson is not None

    assert panel.delete_mandate(confirm=False)
    assert roster.zone_roster(5).history == ()
    assert panel.model.rowCount() == 0
    assert not panel.vacancy.isHidden()
    assert "Delete mandate of Mario Rossi" in window.undo_stack.undoText()
    window.undo_stack.undo()
    assert roster.zone_roster(5).spokesperson.person_name == "Mario Rossi"
    assert panel.model.rowCount() == 1
    window.undo_stack.redo()
    assert roster.zone_roster(5).history == ()


def test_a_mandate_changed_elsewhere_is_not_deleted(page, roster, message_boxes):
    mario = add_person(roster, "Mario", "Rossi")
    added = roster.add_mandate(
        MandateInput(mario.uuid, 5, MandateRole.SPOKESPERSON, date(2023, 1, 1))
    )
    page.refresh()
    panel = page.roster_panel
    panel.view.selectRow(0)
    # Another workstation ends the mandate after the list was read.
    roster.end_mandate(added.row.uuid, date(2024, 6, 30), added.row.row_version)
    assert not panel.delete_mandate(confirm=False)
    assert message_boxes[-1].title == "The mandate was not deleted"
    assert roster.zone_roster(5).history[0].end_date == date(2024, 6, 30)
