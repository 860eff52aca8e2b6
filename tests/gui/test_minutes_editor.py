"""The minutes editor: autosave off the GUI thread, recovery, locked minutes, votes, actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rtdesk.domain.enums import AgendaItemKind, MeetingStatus, Presence, ProposalStatus, VoteChoice
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.minutes_editor import MinutesEditor
from rtdesk.services.minutes import ActionInput
from rtdesk.services.proposals import ProposalInput
from rtdesk.services.sessions import AgendaItemInput, AttendanceInput, SessionInput


@pytest.fixture
def session(minutes_session):
    return minutes_session


@pytest.fixture
def editor(qtbot, workspace, tasks):
    widget = MinutesEditor(tasks)
    qtbot.addWidget(widget)
    widget.bind(workspace.services.minutes)
    widget.resize(1000, 700)
    widget.show()
    return widget


def stored(workspace, session_uuid: str, position: int):
    return workspace.services.sessions.session(session_uuid).agenda[position - 1]


def test_typing_is_saved_after_a_pause_without_blocking(
    qtbot, editor, session, workspace, tasks, qtmodeltester
):
    editor.show_session(session)
    qtmodeltester.check(editor.items_model)
    qtmodeltester.check(editor.votes_model)
    qtmodeltester.check(editor.actions_model)
    assert editor.items_model.rowCount() == 2
    editor.discussion_edit.setFocus()
    qtbot.keyClicks(editor.discussion_edit, "Il presidente riferisce.")
    # Nothing is written while typing: the save waits for the pause.
    assert editor.timer.isActive()
    assert editor.state_label.text() == "Not saved yet…"
    assert stored(workspace, session.uuid, 1).discussion == ""
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Saved at"), timeout=5000)
    assert stored(workspace, session.uuid, 1).discussion == "Il presidente riferisce."
    assert not tasks.busy


def test_switching_item_saves_and_shows_the_other_item(qtbot, editor, session, workspace):
    editor.show_session(session)
    qtbot.keyClicks(editor.decision_edit, "Presa d'atto.")
    editor.select_item_row(1)  # before the pause: the switch saves
    assert not editor.timer.isActive()
    assert editor.decision_edit.toPlainText() == ""
    assert editor.item_title.text() == "Item 2: Riparto dei fondi"
    qtbot.waitUntil(lambda: stored(workspace, session.uuid, 1).decision == "Presa d'atto.")
    # Once the save is confirmed, the text comes from what was saved, not from the agenda
    # rows read with the session before it (a stale row showed an empty decision).
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Saved at"))
    editor.select_item_row(0)
    assert editor.decision_edit.toPlainText() == "Presa d'atto."


def test_text_typed_survives_the_editor_being_destroyed(qtbot, workspace, tasks, session):
    widget = MinutesEditor(tasks)
    widget.bind(workspace.services.minutes)
    widget.show_session(session)
    qtbot.keyClicks(widget.discussion_edit, "Testo scritto prima della chiusura")
    assert widget.timer.isActive()  # not saved yet
    widget.deleteLater()
    qtbot.waitUntil(lambda: not tasks.busy and bool(stored(workspace, session.uuid, 1).discussion))
    assert stored(workspace, session.uuid, 1).discussion == "Testo scritto prima della chiusura"


def test_a_page_reload_keeps_text_still_being_typed(qtbot, editor, session, workspace):
    editor.show_session(session)
    qtbot.keyClicks(editor.discussion_edit, "Prima parte")
    # Another tab stores something and the page shows the session again, read before the save.
    editor.show_session(session)
    assert editor.discussion_edit.toPlainText() == "Prima parte"
    qtbot.waitUntil(lambda: stored(workspace, session.uuid, 1).discussion == "Prima parte")


def test_a_failed_save_keeps_the_text_and_says_why(qtbot, editor, session, workspace):
    editor.show_session(session)
    sessions = workspace.services.sessions
    sessions.delete_agenda_item(session.agenda[0].uuid)  # e.g. removed from another desk
    qtbot.keyClicks(editor.discussion_edit, "Testo importante")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Not saved:"), timeout=5000)
    assert "no longer exists" in editor.state_label.text()
    assert editor.discussion_edit.toPlainText() == "Testo importante"
    assert editor.autosaver.latest(session.agenda[0].uuid) == ("Testo importante", "")


def test_approved_minutes_are_read_only_and_say_why(qtbot, editor, workspace, session):
    sessions = workspace.services.sessions
    later = sessions.create_session(SessionInput(date(2026, 4, 20)))
    sessions.change_status(session.uuid, MeetingStatus.CONVENED)
    sessions.change_status(session.uuid, MeetingStatus.HELD)
    sessions.change_status(session.uuid, MeetingStatus.MINUTES_DRAFTED)
    sessions.approve_minutes(session.uuid, later.ref)
    editor.show_session(sessions.session(session.uuid))
    assert editor.discussion_edit.isReadOnly() and editor.decision_edit.isReadOnly()
    assert editor.notice.isVisible()
    assert f"approved at session {later.ref}" in editor.notice.text()
    assert "erratum" in editor.notice.text()
    qtbot.keyClicks(editor.discussion_edit, "x")
    assert editor.discussion_edit.toPlainText() == ""
    assert not editor.add_action_button.isEnabled()
    assert not editor.all_present_button.isEnabled()


def test_votes_by_zone_on_a_decision(qtbot, editor, workspace, session):
    sessions = workspace.services.sessions
    for zone in (1, 2, 3):
        sessions.set_attendance(
            session.uuid, zone, AttendanceInput(Presence.PRESENT, attendee_name=f"Sindaco {zone}")
        )
    editor.show_session(sessions.session(session.uuid))
    editor.select_item_row(0)
    assert editor.votes_box.isHidden()  # an information item has no vote
    editor.changed.connect(lambda: editor.show_session(sessions.session(session.uuid)))
    editor.select_item_row(1)
    assert not editor.votes_box.isHidden()
    assert editor.votes_model.rowCount() == 11
    assert editor.all_present_in_favour()
    item = stored(workspace, session.uuid, 2)
    assert {v.zone_number: v.choice for v in item.votes} == {
        1: VoteChoice.IN_FAVOUR,
        2: VoteChoice.IN_FAVOUR,
        3: VoteChoice.IN_FAVOUR,
    }
    editor.votes_view.selectRow(1)
    editor.vote_selected(VoteChoice.AGAINST)
    assert editor.set_votes_of([3], None)
    item = stored(workspace, session.uuid, 2)
    assert {v.zone_number: v.choice for v in item.votes} == {
        1: VoteChoice.IN_FAVOUR,
        2: VoteChoice.AGAINST,
    }
    assert editor.vote_summary.text() == "In favour 1, against 1, abstained 0."
    assert editor.votes_model.data(editor.votes_model.index(1, 2)) == "Against"


def test_actions_are_added_changed_and_removed(qtbot, editor, workspace, session, monkeypatch):
    sessions = workspace.services.sessions
    editor.changed.connect(lambda: editor.show_session(sessions.session(session.uuid)))
    editor.show_session(session)
    dialog = editor.add_action()
    assert dialog is not None
    dialog.what_edit.setPlainText("Inviare il verbale ai sindaci")
    dialog.owner_edit.setText("Segreteria")
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(date(2026, 4, 1))
    dialog.accept()
    assert editor.actions_model.rowCount() == 1
    row = stored(workspace, session.uuid, 1).actions[0]
    assert (row.description, row.owner, row.due_date) == (
        "Inviare il verbale ai sindaci",
        "Segreteria",
        date(2026, 4, 1),
    )
    editor.actions_view.selectRow(0)
    dialog = editor.edit_action()
    dialog.owner_edit.setText("Zona 5")
    dialog.accept()
    assert stored(workspace, session.uuid, 1).actions[0].owner == "Zona 5"
    editor.actions_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert editor.delete_action()
    assert stored(workspace, session.uuid, 1).actions == ()


def test_an_empty_action_is_refused_in_the_dialog(qtbot, editor, session, message_boxes):
    editor.show_session(session)
    dialog = editor.add_action()
    dialog.accept()
    assert dialog.isVisible()
    assert message_boxes[-1].text == "Describe the action."
    assert editor.actions_model.rowCount() == 0
    dialog.reject()


def test_existing_minutes_are_shown_and_an_unchanged_reload_writes_nothing(
    qtbot, editor, workspace, session, tasks
):
    workspace.services.minutes.save_minutes_item(session.agenda[0].uuid, "Già scritto", "Deciso")
    workspace.services.minutes.add_action(session.agenda[0].uuid, ActionInput("Fare"))
    detail = workspace.services.sessions.session(session.uuid)
    editor.show_session(detail)
    assert editor.discussion_edit.toPlainText() == "Già scritto"
    assert editor.decision_edit.toPlainText() == "Deciso"
    assert editor.actions_model.rowCount() == 1
    assert not editor.timer.isActive()
    assert editor.save_now() == []  # nothing typed, nothing handed to the lane
    editor.decision_edit.setFocus()
    qtbot.keyClick(editor.decision_edit, Qt.Key.Key_End)
    assert editor.save_now() == []


def test_hiding_the_editor_saves_at_once(qtbot, editor, session, workspace):
    """Another tab or page, or the window closing, hides the editor: the text goes then."""
    editor.show_session(session)
    qtbot.keyClicks(editor.discussion_edit, "Scritto e poi chiuso")
    editor.hide()
    assert not editor.timer.isActive()
    qtbot.waitUntil(lambda: stored(workspace, session.uuid, 1).discussion == "Scritto e poi chiuso")


def test_one_item_that_cannot_be_saved_does_not_hide_the_others_being_saved(
    qtbot, editor, session, workspace
):
    editor.show_session(session)
    workspace.services.sessions.delete_agenda_item(session.agenda[0].uuid)  # e.g. elsewhere
    qtbot.keyClicks(editor.discussion_edit, "Testo importante")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Not saved:"), timeout=5000)
    assert editor.discussion_edit.toPlainText() == "Testo importante"  # kept on screen
    editor.select_item_row(1)
    qtbot.keyClicks(editor.discussion_edit, "Altro testo")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Saved at"), timeout=5000)
    assert stored(workspace, session.uuid, 1).discussion == "Altro testo"


def test_approval_waits_for_the_last_save_and_refuses_if_it_failed(
    qtbot, editor, session, workspace, monkeypatch
):
    editor.show_session(session)
    qtbot.keyClicks(editor.discussion_edit, "Ultima parola")
    assert editor.settle()  # waits for the lane, whatever queued the save
    assert stored(workspace, session.uuid, 1).discussion == "Ultima parola"

    def refuse(*_args, **_kwargs):
        raise RtdeskError("The database is busy.")

    monkeypatch.setattr(editor.autosaver.service, "save_minutes_item", refuse)
    qtbot.keyClicks(editor.discussion_edit, " e basta")
    assert not editor.settle()  # the caller must not approve minutes without this text
    assert editor.state_label.text().startswith("Not saved:")


def test_approved_minutes_show_the_approved_text_not_unsaved_text(
    qtbot, editor, session, workspace, monkeypatch
):
    sessions = workspace.services.sessions
    editor.show_session(session)
    service = editor.autosaver.service
    original = service.save_minutes_item

    def refuse(*_args, **_kwargs):
        raise RtdeskError("The database is busy.")

    monkeypatch.setattr(service, "save_minutes_item", refuse)
    qtbot.keyClicks(editor.discussion_edit, "Non salvato")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Not saved"), timeout=5000)
    monkeypatch.setattr(service, "save_minutes_item", original)
    later = sessions.create_session(SessionInput(date(2026, 4, 20)))
    for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED):
        sessions.change_status(session.uuid, status)
    sessions.approve_minutes(session.uuid, later.ref)
    editor.show_session(sessions.session(session.uuid))
    assert editor.discussion_edit.toPlainText() == ""  # what was approved


def test_text_is_kept_exactly_as_typed_including_non_breaking_spaces(
    qtbot, editor, session, workspace
):
    uuid = session.agenda[0].uuid
    workspace.services.minutes.save_minutes_item(uuid, "Art.\u00a012\ncomma 3", "")
    editor.show_session(workspace.services.sessions.session(session.uuid))
    editor.decision_edit.setFocus()
    qtbot.keyClicks(editor.decision_edit, "ok")
    editor.save_now()
    qtbot.waitUntil(lambda: stored(workspace, session.uuid, 1).decision == "ok")
    assert stored(workspace, session.uuid, 1).discussion == "Art.\u00a012\ncomma 3"


def test_typing_without_a_pause_is_still_saved_every_few_seconds(editor, session):
    editor.show_session(session)
    editor.discussion_edit.setFocus()
    editor.discussion_edit.insertPlainText("a")
    assert editor.longest_wait.isActive()
    interval = editor.longest_wait.interval()
    editor.discussion_edit.insertPlainText("b")  # the pause timer restarts, this one does not
    assert editor.longest_wait.isActive() and editor.longest_wait.interval() == interval


def test_the_decision_on_a_linked_proposal_moves_it_with_the_session_in_its_history(
    qtbot, workspace, tasks
):
    proposals = workspace.services.proposals
    sessions = workspace.services.sessions
    school = proposals.submit(
        ProposalInput("Trasporto scolastico", submitted_on=date(2026, 1, 5), proposing_zones=(5,))
    )
    meeting = sessions.create_session(SessionInput(date(2026, 3, 17)))
    sessions.add_agenda_item(meeting.uuid, AgendaItemInput("Comunicazioni"))
    sessions.add_agenda_item(
        meeting.uuid,
        AgendaItemInput(
            "Trasporto scolastico", kind=AgendaItemKind.DECISION, proposal_code=school.code
        ),
    )
    assert proposals.proposal(school.uuid).status is ProposalStatus.ADMITTED  # by the agenda
    editor = MinutesEditor(tasks)
    qtbot.addWidget(editor)
    editor.bind(workspace.services.minutes, proposals)
    editor.show_session(sessions.session(meeting.uuid))
    editor.show()
    assert not editor.proposal_row.isVisible()  # item 1 is about no proposal
    editor.select_item_row(1)
    assert editor.proposal_row.isVisible()
    assert school.code in editor.proposal_label.text()
    editor.decision_edit.insertPlainText("Approvata all'unanimità.")  # keyClicks is ASCII only
    editor.outcome_combo.setCurrentIndex(editor.outcome_combo.findData(ProposalStatus.APPROVED))
    assert not editor.record_decision_button.isEnabled()  # the session has not been held yet
    assert not editor.record_proposal_decision()
    for status in (MeetingStatus.CONVENED, MeetingStatus.HELD):
        sessions.change_status(meeting.uuid, status)
    editor.show_session(sessions.session(meeting.uuid))
    assert editor.record_decision_button.isEnabled()
    assert editor.record_proposal_decision()
    detail = proposals.proposal(school.uuid)
    assert detail.status is ProposalStatus.APPROVED
    assert [(h.to_status, h.session_ref) for h in detail.history[-2:]] == [
        (ProposalStatus.UNDER_DISCUSSION, meeting.ref),
        (ProposalStatus.APPROVED, meeting.ref),
    ]
    assert detail.history[-1].note == "Approvata all'unanimità."
    assert "Approved" in editor.proposal_label.text()
    assert editor.settle()


def test_another_database_leaves_no_save_of_the_previous_one_behind(
    qtbot, editor, session, workspace, tasks
):
    editor.show_session(session)
    qtbot.keyClicks(editor.discussion_edit, "Primo")
    editor.save_now()
    tasks.discard_pending()  # what the window does before it switches database
    assert stored(workspace, session.uuid, 1).discussion == "Primo"  # it ran, unreported
    other = type(workspace.services.minutes)(workspace.services.minutes._context)
    editor.bind(other)  # as on opening another database
    assert editor.autosaver.in_flight == 0 and not editor.autosaver.pending
    editor.show_session(workspace.services.sessions.session(session.uuid))
    assert editor.discussion_edit.toPlainText() == "Primo"
