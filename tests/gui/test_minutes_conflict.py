"""Two workstations on the same minutes: a text changed elsewhere is never overwritten blindly,
the typed text is never lost, and saves queued one behind the other never refuse each other."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from rtdesk.domain.enums import MeetingStatus, Presence, VoteChoice
from rtdesk.gui.minutes_editor import MinutesEditor, merge_texts
from rtdesk.gui.session_documents import SessionDocuments
from rtdesk.services.context import ServiceContext
from rtdesk.services.minutes import MinutesService
from rtdesk.services.sessions import (
    AgendaItemInput,
    AttendanceInput,
    SessionInput,
    SessionService,
)
from rtdesk.store.database import open_database
from rtdesk.store.models import AuditEntry

MINE = "Il presidente riferisce"
THEIRS = "Testo scritto dalla postazione della segreteria"
THEIR_DECISION = "Il Tavolo prende atto."


@pytest.fixture
def session(workspace, minutes_session):
    """Three zones present, so that votes can be recorded."""
    sessions = workspace.services.sessions
    for zone in (1, 2, 3):
        sessions.set_attendance(
            minutes_session.uuid,
            zone,
            AttendanceInput(Presence.PRESENT, attendee_name=f"Sindaco {zone}"),
        )
    return sessions.session(minutes_session.uuid)


@pytest.fixture
def other_desk(database_path, database):
    """Another workstation: its own connection to the same database file, another user."""
    desk = open_database(database_path)
    context = ServiceContext(desk.session_factory, user="bianchi")
    yield MinutesService(context), SessionService(context)
    desk.close()


@pytest.fixture
def editor(qtbot, workspace, tasks, session):
    widget = MinutesEditor(tasks)
    qtbot.addWidget(widget)
    widget.bind(workspace.services.minutes)
    # As the sessions page does: after a vote (or loading the other text) the session is read
    # again and shown.
    widget.changed.connect(
        lambda: widget.show_session(workspace.services.sessions.session(session.uuid))
    )
    widget.resize(1000, 760)
    widget.show()
    widget.show_session(session)
    return widget


def stored(workspace, session_uuid: str, position: int):
    return workspace.services.sessions.session(session_uuid).agenda[position - 1]


def saved(editor) -> bool:
    return editor.state_label.text().startswith("Saved at")


def in_conflict(qtbot, editor, workspace, session, other_desk) -> None:
    """The other desk writes item 1 after this editor read it; then the user types on it."""
    other_minutes, _ = other_desk
    item = session.agenda[0]
    other_minutes.save_minutes_item(
        item.uuid, THEIRS, THEIR_DECISION, expected_version=item.row_version
    )
    qtbot.keyClicks(editor.discussion_edit, MINE)
    editor.save_now()
    qtbot.waitUntil(editor.conflict_box.isVisible, timeout=5000)


def test_a_text_changed_elsewhere_stops_autosave_and_keeps_the_typed_text(
    qtbot, editor, workspace, session, other_desk
):
    in_conflict(qtbot, editor, workspace, session, other_desk)
    assert editor.discussion_edit.toPlainText() == MINE  # exactly as typed, still on screen
    # The decision was left alone here: it shows theirs, nothing typed is replaced.
    assert editor.decision_edit.toPlainText() == THEIR_DECISION
    assert stored(workspace, session.uuid, 1).discussion == THEIRS  # nothing overwritten
    notice = editor.conflict_label.text()
    assert "changed elsewhere by bianchi" in notice
    assert "not saved yet" in notice
    assert editor.conflict_other.text() == f"The other text: “{THEIRS}”"
    assert editor.keep_mine_button.isVisible() and editor.load_other_button.isVisible()
    assert editor.state_label.text() == (
        "Not saved: the minutes of item 1 were changed elsewhere. Choose which text to keep."
    )
    # Going on typing saves nothing blindly, and the indicator keeps telling the truth.
    qtbot.keyClicks(editor.discussion_edit, ", poi conclude.")
    assert not editor.timer.isActive()
    assert not editor.settle()  # what approval asks first
    assert stored(workspace, session.uuid, 1).discussion == THEIRS
    assert editor.state_label.text().startswith("Not saved: the minutes of item 1")
    # Another item, and back: the text and the notice are still there.
    editor.select_item_row(1)
    assert not editor.conflict_box.isVisible()
    editor.select_item_row(0)
    assert editor.discussion_edit.toPlainText() == MINE + ", poi conclude."
    assert editor.conflict_box.isVisible()


def test_keep_my_text_saves_it_and_the_log_keeps_the_other_text(
    qtbot, editor, workspace, session, other_desk, database
):
    in_conflict(qtbot, editor, workspace, session, other_desk)
    qtbot.mouseClick(editor.keep_mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved(editor), timeout=5000)
    assert not editor.conflict_box.isVisible()
    assert stored(workspace, session.uuid, 1).discussion == MINE
    assert stored(workspace, session.uuid, 1).decision == THEIR_DECISION  # not reverted
    with database.session_factory() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.entity_uuid == session.agenda[0].uuid
    assert json.loads(last.changes) == {"discussion": [THEIRS, MINE]}
    # Saving goes on as usual afterwards.
    qtbot.keyClicks(editor.discussion_edit, ".")
    assert editor.settle()
    assert stored(workspace, session.uuid, 1).discussion == MINE + "."


def test_load_the_other_text_puts_mine_on_the_clipboard_and_keeps_it_at_hand(
    qtbot, editor, workspace, session, other_desk
):
    in_conflict(qtbot, editor, workspace, session, other_desk)
    qtbot.mouseClick(editor.load_other_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == MINE
    assert editor.discussion_edit.toPlainText() == THEIRS
    assert "copied to the clipboard" in editor.conflict_label.text()
    assert "on the clipboard" in editor.state_label.text()
    assert editor.copy_again_button.isVisible() and not editor.keep_mine_button.isVisible()
    assert stored(workspace, session.uuid, 1).discussion == THEIRS
    clipboard.setText("something else copied meanwhile")
    qtbot.mouseClick(editor.copy_again_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == MINE
    qtbot.mouseClick(editor.dismiss_button, Qt.MouseButton.LeftButton)
    assert not editor.conflict_box.isVisible()
    # The other text is now the one typed on, and saves over its version without conflict.
    editor.discussion_edit.moveCursor(editor.discussion_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.discussion_edit, ", letto.")
    assert editor.settle()
    assert stored(workspace, session.uuid, 1).discussion == THEIRS + ", letto."


def test_approval_is_refused_while_an_item_is_in_conflict(
    qtbot, editor, workspace, session, other_desk, options, tasks, message_boxes
):
    sessions = workspace.services.sessions
    for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED):
        sessions.change_status(session.uuid, status)
    sessions.create_session(SessionInput(date(2026, 4, 20)))
    detail = sessions.session(session.uuid)
    editor.show_session(detail)
    documents = SessionDocuments(tasks, options)
    qtbot.addWidget(documents)
    documents.settle_pending = editor.settle
    documents.bind(sessions, workspace.services.settings)
    documents.show_session(detail)
    in_conflict(qtbot, editor, workspace, session, other_desk)
    assert documents.approve() is None
    assert message_boxes[-1].title == "The minutes cannot be approved yet"
    assert editor.discussion_edit.toPlainText() == MINE


def test_saves_queued_one_behind_the_other_do_not_refuse_each_other(
    qtbot, editor, workspace, session, tasks, monkeypatch
):
    service = editor.autosaver.service
    original = service.save_minutes_item
    refusals = []

    def save(*args, **kwargs):
        try:
            return original(*args, **kwargs)
        except Exception as error:
            refusals.append(error)
            raise

    # Not even refused once and then tried again: each save expects what the one before wrote.
    monkeypatch.setattr(service, "save_minutes_item", save)
    gate = threading.Event()
    # Hold the lane, so that every save below is queued before the first one has run.
    tasks.run_task(lambda: gate.wait(10), lambda result=None, error=None: None)
    for part in ("Uno", ", due", ", tre"):
        editor.discussion_edit.moveCursor(editor.discussion_edit.textCursor().MoveOperation.End)
        editor.discussion_edit.insertPlainText(part)
        assert editor.save_now()  # handed to the lane
    assert editor.autosaver.in_flight == 3
    gate.set()
    assert editor.settle()
    assert refusals == []
    assert editor.autosaver.conflicts() == []
    assert not editor.conflict_box.isVisible()
    assert stored(workspace, session.uuid, 1).discussion == "Uno, due, tre"
    assert saved(editor)


def test_two_desks_writing_different_fields_both_keep_their_text(
    qtbot, editor, workspace, session, other_desk
):
    other_minutes, _ = other_desk
    item = session.agenda[0]
    other_minutes.save_minutes_item(
        item.uuid, "", THEIR_DECISION, expected_version=item.row_version
    )
    qtbot.keyClicks(editor.discussion_edit, MINE)
    assert editor.settle()
    assert not editor.conflict_box.isVisible()
    assert (
        stored(workspace, session.uuid, 1).discussion,
        stored(workspace, session.uuid, 1).decision,
    ) == (
        MINE,
        THEIR_DECISION,
    )
    assert editor.discussion_edit.toPlainText() == MINE
    assert editor.decision_edit.toPlainText() == THEIR_DECISION
    assert saved(editor)


def test_a_title_changed_elsewhere_is_no_reason_to_stop_saving(
    qtbot, editor, workspace, session, other_desk
):
    _, other_sessions = other_desk
    item = session.agenda[0]
    other_sessions.update_agenda_item(
        item.uuid, AgendaItemInput("Comunicazioni del presidente"), item.row_version
    )
    qtbot.keyClicks(editor.discussion_edit, MINE)
    assert editor.settle()  # refused once for the version, then saved: the text was the same
    assert not editor.conflict_box.isVisible()
    assert stored(workspace, session.uuid, 1).discussion == MINE


def test_a_vote_between_text_saves_is_not_a_conflict_with_oneself(
    qtbot, editor, workspace, session
):
    editor.select_item_row(1)
    qtbot.keyClicks(editor.decision_edit, "Approvato")
    editor.save_now()  # still on the lane when the vote is recorded
    assert editor.all_present_in_favour()
    editor.decision_edit.insertPlainText(" all'unanimità")  # keyClicks is ASCII only
    assert editor.settle()
    item = stored(workspace, session.uuid, 2)
    assert item.decision == "Approvato all'unanimità"
    assert len(item.votes) == 3
    assert editor.autosaver.conflicts() == []


def test_a_vote_over_votes_recorded_elsewhere_is_refused_and_shows_theirs(
    qtbot, editor, workspace, session, other_desk, message_boxes
):
    other_minutes, _ = other_desk
    item = session.agenda[1]
    other_minutes.set_votes(item.uuid, {1: VoteChoice.AGAINST}, expected_version=item.row_version)
    editor.select_item_row(1)
    assert not editor.set_votes_of([2], VoteChoice.IN_FAVOUR)  # the editor still shows no votes
    assert "votes on item 2 were changed elsewhere by bianchi" in message_boxes[-1].text
    votes = {v.zone_number: v.choice for v in stored(workspace, session.uuid, 2).votes}
    assert votes == {1: VoteChoice.AGAINST}
    # The session was read again: the next vote starts from theirs.
    assert editor.vote_summary.text() == "In favour 0, against 1, abstained 0."
    assert editor.set_votes_of([2], VoteChoice.IN_FAVOUR)
    votes = {v.zone_number: v.choice for v in stored(workspace, session.uuid, 2).votes}
    assert votes == {1: VoteChoice.AGAINST, 2: VoteChoice.IN_FAVOUR}


def test_a_vote_after_text_written_elsewhere_still_records(
    qtbot, editor, workspace, session, other_desk
):
    other_minutes, _ = other_desk
    item = session.agenda[1]
    other_minutes.save_minutes_item(item.uuid, "", "Rinviato", expected_version=item.row_version)
    editor.select_item_row(1)
    assert editor.set_votes_of([1], VoteChoice.IN_FAVOUR)  # the votes themselves were the same
    assert [v.zone_number for v in stored(workspace, session.uuid, 2).votes] == [1]
    # The reload shows their text (nothing was typed on it here).
    assert editor.decision_edit.toPlainText() == "Rinviato"


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "expected"),
    [
        (("a", "b"), ("a2", "b"), ("a", "b2"), (("a2", "b2"), True)),  # different fields
        (("a", "b"), ("a2", "b"), ("a", "b"), (("a2", "b"), True)),  # nothing changed there
        (("a", "b"), ("a2", "b"), ("a2", "b3"), (("a2", "b3"), True)),  # same change
        (("a", "b"), ("a2", "b"), ("a3", "b4"), (("a2", "b4"), False)),  # both changed "a"
    ],
)
def test_merge_texts_gives_each_field_to_the_side_that_changed_it(base, mine, theirs, expected):
    assert merge_texts(base, mine, theirs) == expected


def test_closing_or_switching_with_minutes_in_conflict_asks_first(
    qtbot, window, workspace, session, other_desk, monkeypatch, tmp_path
):
    """Text typed in minutes that could not be saved never goes away without asking."""
    window.show_page("sessions")
    page = window.sessions_page
    assert page.select_session(session.uuid)
    page.show_tab(page.minutes_editor)
    editor = page.minutes_editor
    in_conflict(qtbot, editor, workspace, session, other_desk)
    asked = []
    answers = iter([False, False, True])

    def answer(problem):
        asked.append(problem)
        return next(answers)

    monkeypatch.setattr(window, "confirm_leaving_unsaved_minutes", answer)
    window.show_page("proposals")
    window.close()  # "Go back to the minutes"
    assert window.isVisible() and window.current_page_key() == "sessions"
    assert page.tabs.currentWidget() is page._tab_of[editor]
    assert editor.discussion_edit.toPlainText() == MINE
    assert not window.switch_database(str(tmp_path / "other.sqlite"), create=True)
    assert window.workspace is workspace and not (tmp_path / "other.sqlite").exists()
    window.close()  # "Leave without saving"
    assert not window.isVisible()
    assert asked == [editor.state_label.text()] * 3
    assert asked[0].startswith("Not saved: the minutes of item 1 were changed elsewhere")


def test_closing_with_every_word_saved_asks_nothing(qtbot, window, workspace, session, monkeypatch):
    window.show_page("sessions")
    page = window.sessions_page
    page.select_session(session.uuid)
    page.show_tab(page.minutes_editor)
    qtbot.keyClicks(page.minutes_editor.discussion_edit, MINE)
    monkeypatch.setattr(window, "confirm_leaving_unsaved_minutes", pytest.fail)
    window.close()  # saves the last words typed, then closes
    assert not window.isVisible()
    assert stored(workspace, session.uuid, 1).discussion == MINE
