"""The attendance register: filled from the roster, switched to vicar or delegate, quorum live."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QTime

from rtdesk.domain.enums import (
    AttendanceCapacity,
    MandateRole,
    MeetingStatus,
    Presence,
    VoteChoice,
)
from rtdesk.gui.attendance_editor import DELEGATE_CHOICE, AttendanceEditor
from rtdesk.services.roster import MandateInput, PersonInput
from rtdesk.services.sessions import AgendaItemInput, AttendanceInput, GuestInput, SessionInput


@pytest.fixture
def people(workspace):
    roster = workspace.services.roster
    anna = roster.add_person(PersonInput("Anna", "Bianchi"))
    bruno = roster.add_person(PersonInput("Bruno", "Verdi"))
    carla = roster.add_person(PersonInput("Carla", "Neri"))
    start = date(2025, 1, 1)
    roster.add_mandate(MandateInput(anna.uuid, 1, MandateRole.SPOKESPERSON, start))
    roster.add_mandate(MandateInput(bruno.uuid, 1, MandateRole.DEPUTY, start, is_vicar=True))
    roster.add_mandate(MandateInput(carla.uuid, 2, MandateRole.DEPUTY, start, is_vicar=True))
    return {"anna": anna, "bruno": bruno, "carla": carla}


@pytest.fixture
def session(workspace):
    sessions = workspace.services.sessions
    return sessions.create_session(
        SessionInput(date(2026, 3, 17), start_time=time(10, 0), end_time=time(12, 30))
    )


@pytest.fixture
def editor(qtbot, workspace, session):
    widget = AttendanceEditor()
    qtbot.addWidget(widget)
    widget.bind(workspace.services.sessions, workspace.services.roster)
    sessions = workspace.services.sessions
    widget.changed.connect(lambda: widget.show_session(sessions.session(session.uuid)))
    widget.show_session(session)
    widget.resize(1100, 600)
    widget.show()
    return widget


def row(workspace, session, zone):
    return workspace.services.sessions.attendance(session.uuid)[zone - 1]


def test_fill_from_roster_then_mark_present_and_see_the_quorum(
    qtbot, editor, workspace, session, people, qtmodeltester
):
    qtmodeltester.check(editor.model)
    qtmodeltester.check(editor.guests_model)
    editor.select_zone_row(0)
    # Nothing recorded yet: no presence button is checked, not even "absent".
    assert not any(button.isChecked() for button in editor.presence_buttons.values())
    assert editor.quorum_label.text() == (
        "Quorum not reached. Zones present: 0 of 11 (needed: 6, missing: 6)."
    )
    editor.prefill_button.click()
    first, second = row(workspace, session, 1), row(workspace, session, 2)
    assert (first.attendee_name, first.capacity) == (
        "Anna Bianchi",
        AttendanceCapacity.SPOKESPERSON,
    )
    assert (second.attendee_name, second.capacity) == ("Carla Neri", AttendanceCapacity.VICAR)
    assert editor.model.data(editor.model.index(0, editor.model.COLUMN_NAME)) == "Anna Bianchi"
    assert editor.model.data(editor.model.index(0, editor.model.COLUMN_PRESENCE)) == "Absent"

    editor.select_zone_row(0)
    assert editor.attending_combo.currentText() == "Anna Bianchi — spokesperson"
    editor.presence_buttons[Presence.PRESENT].click()
    assert row(workspace, session, 1).presence is Presence.PRESENT
    assert editor.quorum_label.text() == (
        "Quorum not reached. Zones present: 1 of 11 (needed: 6, missing: 5)."
    )
    for zone in range(2, 7):
        assert editor.set_zone(zone, AttendanceInput(Presence.PRESENT, attendee_name=f"S{zone}"))
    assert editor.quorum_label.text() == "Quorum reached. Zones present: 6 of 11 (needed: 6)."
    qtmodeltester.check(editor.model)


def test_switch_to_the_vicar_or_a_named_delegate(qtbot, editor, workspace, session, people):
    editor.select_zone_row(0)
    combo = editor.attending_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(nobody chosen)",
        "Anna Bianchi — spokesperson",
        "Bruno Verdi — vicar",
        "A named delegate…",
    ]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    stored = row(workspace, session, 1)
    assert (stored.attendee_name, stored.capacity, stored.person_uuid) == (
        "Bruno Verdi",
        AttendanceCapacity.VICAR,
        people["bruno"].uuid,
    )
    delegate = combo.findData(DELEGATE_CHOICE)
    combo.setCurrentIndex(delegate)
    combo.activated.emit(delegate)
    assert editor.delegate_edit.isEnabled()
    assert row(workspace, session, 1).capacity is AttendanceCapacity.VICAR  # waits for a name
    editor.delegate_edit.setText("Dario Rossi, assessore")
    editor.delegate_edit.editingFinished.emit()
    stored = row(workspace, session, 1)
    assert (stored.attendee_name, stored.capacity, stored.person_uuid) == (
        "Dario Rossi, assessore",
        AttendanceCapacity.DELEGATE,
        None,
    )
    editor.select_zone_row(1)
    editor.select_zone_row(0)  # shown again as recorded
    assert combo.currentData() == DELEGATE_CHOICE
    assert editor.delegate_edit.text() == "Dario Rossi, assessore"


def test_arrival_and_departure_times(qtbot, editor, workspace, session, people):
    editor.select_zone_row(0)
    editor.attending_combo.setCurrentIndex(1)
    editor.attending_combo.activated.emit(1)
    editor.presence_buttons[Presence.PRESENT].click()
    editor.arrived_check.setChecked(True)
    editor.arrived_edit.setTime(QTime(10, 20))
    editor.arrived_edit.editingFinished.emit()
    editor.left_check.setChecked(True)  # stored at once with the session's end
    assert row(workspace, session, 1).left_at == time(12, 30)
    editor.left_edit.setTime(QTime(9, 0))
    editor.left_edit.editingFinished.emit()
    # Leaving before arriving is refused: the reason is shown next to the form.
    assert editor.row_error.text().startswith("Not saved:")
    assert row(workspace, session, 1).left_at == time(12, 30)
    editor.left_edit.setTime(QTime(12, 5))
    editor.left_edit.editingFinished.emit()
    stored = row(workspace, session, 1)
    assert (stored.arrived_at, stored.left_at) == (time(10, 20), time(12, 5))
    assert editor.row_error.text() == ""
    assert editor.model.data(editor.model.index(0, editor.model.COLUMN_ARRIVED)) == "10:20"


def test_present_without_anyone_is_refused_plainly(qtbot, editor, workspace, session):
    editor.select_zone_row(3)
    editor.presence_buttons[Presence.PRESENT].click()
    assert "cannot be present without someone" in editor.row_error.text()
    assert not row(workspace, session, 4).recorded


def test_guests_are_added_and_removed(qtbot, editor, workspace, session):
    assert editor.add_guest(GuestInput("Elena Gallo", "Funzionaria CMTO"))
    assert editor.guests_model.rowCount() == 1
    assert editor.guests_model.data(editor.guests_model.index(0, 1)) == "Funzionaria CMTO"
    editor.guests_view.selectRow(0)
    assert editor.remove_guest()
    assert workspace.services.sessions.session(session.uuid).guests == ()


def test_an_approved_register_is_read_only(qtbot, editor, workspace, session):
    sessions = workspace.services.sessions
    later = sessions.create_session(SessionInput(date(2026, 4, 20)))
    for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED):
        sessions.change_status(session.uuid, status)
    sessions.approve_minutes(session.uuid, later.ref)
    editor.show_session(sessions.session(session.uuid))
    assert editor.notice.isVisible()
    assert not editor.attending_combo.isEnabled()
    assert not editor.presence_buttons[Presence.PRESENT].isEnabled()
    assert not editor.prefill_button.isEnabled() and not editor.add_guest_button.isEnabled()


def test_everyone_present_in_one_click_except_zones_with_nobody_named(
    qtbot, editor, workspace, session, people
):
    sessions = workspace.services.sessions
    sessions.set_attendance(session.uuid, 3, AttendanceInput(Presence.EXCUSED, attendee_name="Z"))
    nobody = editor.mark_everyone_present()
    # Zones 1 and 2 have someone on the roster, zone 3 a name already: all present. The
    # others have nobody to name: left absent, and the user is told which.
    assert nobody == list(range(4, 12))
    assert [r.presence for r in sessions.attendance(session.uuid)][:4] == [
        Presence.PRESENT,
        Presence.PRESENT,
        Presence.PRESENT,
        Presence.ABSENT,
    ]
    assert row(workspace, session, 1).attendee_name == "Anna Bianchi"
    assert "zone 4, 5, 6, 7, 8, 9, 10, 11" in editor.notice.text()
    assert not editor.notice.isHidden()
    assert editor.quorum_label.text().startswith("Quorum not reached. Zones present: 3 of 11")
    assert editor.mark_everyone_present() == list(range(4, 12))  # again: nothing changes
    assert row(workspace, session, 3).attendee_name == "Z"


def test_choosing_who_sat_for_a_zone_marks_it_present(qtbot, editor, workspace, session, people):
    editor.prefill_button.click()
    assert row(workspace, session, 1).presence is Presence.ABSENT
    editor.select_zone_row(0)
    combo = editor.attending_combo
    vicar = next(i for i in range(combo.count()) if "Bruno Verdi" in combo.itemText(i))
    combo.setCurrentIndex(vicar)
    combo.activated.emit(vicar)
    stored = row(workspace, session, 1)
    assert (stored.attendee_name, stored.presence) == ("Bruno Verdi", Presence.PRESENT)


def test_a_refused_change_leaves_the_form_as_the_register_is(
    qtbot, editor, workspace, session, people
):
    sessions = workspace.services.sessions
    editor.set_zone(1, AttendanceInput(Presence.PRESENT, attendee_name="Anna Bianchi"))
    item = sessions.add_agenda_item(session.uuid, AgendaItemInput("Bilancio"))
    workspace.services.minutes.set_votes(item.uuid, {1: VoteChoice.IN_FAVOUR})
    editor.select_zone_row(0)
    editor.presence_buttons[Presence.ABSENT].click()
    assert row(workspace, session, 1).presence is Presence.PRESENT
    assert editor.presence_buttons[Presence.PRESENT].isChecked()  # not the refused "absent"
    assert "voted on item 1" in editor.row_error.text()


def test_for_a_session_still_to_come_the_quorum_is_a_forecast(qtbot, editor, workspace):
    sessions = workspace.services.sessions
    ahead = sessions.create_session(SessionInput(date.today() + timedelta(days=30)))
    sessions.set_attendance(ahead.uuid, 1, AttendanceInput(Presence.PRESENT, attendee_name="A"))
    editor.show_session(sessions.session(ahead.uuid))
    assert editor.quorum_label.text() == (
        "Session still to come. Zones expected: 1 of 11 (needed: 6)."
    )
