"""The People tab: everyone, filtered as you type, with their roles; adding and editing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rtdesk.domain.enums import MandateRole
from rtdesk.gui.people_page import PeopleTableModel
from rtdesk.services.roster import MandateInput, PersonInput, RosterService

PINEROLO = "001191"  # zone 5
IVREA = "001125"  # zone 9


@pytest.fixture
def roster(workspace) -> RosterService:
    return workspace.services.roster


@pytest.fixture
def people(window, roster):
    mario = roster.add_person(PersonInput("Mario", "Rossi", "Sindaco", PINEROLO, "m@example.it"))
    roster.add_person(PersonInput("Anna", "Bianchi", "Sindaca", IVREA))
    roster.add_mandate(
        MandateInput(
            mario.uuid, 5, MandateRole.SPOKESPERSON, date(2020, 1, 1), end_date=date(2022, 12, 31)
        )
    )
    roster.add_mandate(MandateInput(mario.uuid, 5, MandateRole.DEPUTY, date(2023, 1, 1)))
    window.show_page("zones")
    page = window.zones_page.people_page
    window.zones_page.tabs.setCurrentWidget(page)
    page.refresh()
    return page


def column(model, number: int) -> list[str]:
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_everyone_with_current_and_past_roles(people, qtmodeltester):
    model = people.model
    qtmodeltester.check(model)
    assert column(model, PeopleTableModel.COLUMN_NAME) == ["Bianchi Anna", "Rossi Mario"]
    mario = model.row_of(next(r.uuid for r in model.rows() if r.family_name == "Rossi"))
    assert model.data(model.index(mario, PeopleTableModel.COLUMN_CURRENT)) == "Deputy, zone 5"
    assert model.data(model.index(mario, PeopleTableModel.COLUMN_PAST)) == "Spokesperson, zone 5"
    assert model.data(model.index(mario, PeopleTableModel.COLUMN_ZONE)) == "5"
    tooltip = model.data(
        model.index(mario, PeopleTableModel.COLUMN_PAST), Qt.ItemDataRole.ToolTipRole
    )
    assert "2022" in tooltip
    assert people.count_label.text() == "2 people"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ross", ["Rossi Mario"]),
        ("ivrea", ["Bianchi Anna"]),
        ("pinerolese", ["Rossi Mario"]),
        ("9", ["Bianchi Anna"]),
        ("", ["Bianchi Anna", "Rossi Mario"]),
    ],
)
def test_filter_as_you_type(people, qtbot, typed, expected):
    people.search_edit.clear()
    qtbot.keyClicks(people.search_edit, typed)
    assert column(people.model, PeopleTableModel.COLUMN_NAME) == expected


def test_nobody_matches(people, qtbot):
    qtbot.keyClicks(people.search_edit, "zzz")
    assert people.model.rowCount() == 0
    assert people.count_label.text() == "Nobody matches “zzz”."


def test_add_and_edit_a_person(window, people, roster, qtbot, message_boxes):
    dialog = people.open_new_dialog()
    dialog.ui.givenNameEdit.setText("Mario")
    dialog.ui.familyNameEdit.setText("Rossi")
    dialog.ui.municipalityCombo.setCurrentText("Pinerolo")
    dialog.accept()
    # The service refuses a second Mario Rossi of Pinerolo; the dialog says why and stays.
    assert dialog.isVisible()
    assert message_boxes[-1].title == "The person was not saved"
    dialog.ui.familyNameEdit.setText("Rossini")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert "Rossini Mario" in column(people.model, PeopleTableModel.COLUMN_NAME)
    assert people.current_person().family_name == "Rossini"

    edit = people.open_edit_dialog()
    assert edit.windowTitle() == "Edit person"
    assert edit.ui.municipalityCombo.currentText() == "Pinerolo"
    edit.ui.phoneEdit.setText("011 123456")
    edit.accept()
    assert roster.people("Rossini")[0].phone == "011 123456"
    window.undo_stack.undo()
    assert roster.people("Rossini")[0].phone == ""
    window.undo_stack.undo()
    assert roster.people("Rossini") == []
    assert "Rossini Mario" not in column(people.model, PeopleTableModel.COLUMN_NAME)


def select(people, name: str) -> None:
    names = column(people.model, PeopleTableModel.COLUMN_NAME)
    people.view.selectRow(names.index(name))


def test_delete_a_person_entered_by_mistake_and_undo_it(window, people, roster):
    assert not people.delete_button.isEnabled()
    select(people, "Bianchi Anna")
    assert people.delete_button.isEnabled()
    assert people.delete_person(confirm=False)
    assert roster.people("Bianchi") == []
    assert "Bianchi Anna" not in column(people.model, PeopleTableModel.COLUMN_NAME)
    assert people.count_label.text() == "1 person"
    window.undo_stack.undo()
    assert [row.full_name for row in roster.people("Bianchi")] == ["Anna Bianchi"]
    assert "Bianchi Anna" in column(people.model, PeopleTableModel.COLUMN_NAME)


def test_someone_with_mandates_is_not_deleted_and_the_user_is_told_why(
    people, roster, message_boxes, monkeypatch
):
    select(people, "Rossi Mario")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args))
    assert not people.delete_person()
    assert asked == []  # refused at once, not after a "yes"
    assert message_boxes[-1].title == "Mario Rossi was not deleted"
    assert "2 mandates" in message_boxes[-1].text
    assert "Delete the mandates first" in message_boxes[-1].informative
    assert [row.full_name for row in roster.people("Rossi")] == ["Mario Rossi"]
