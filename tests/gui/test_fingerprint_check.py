"""Checking a printed copy of approved minutes by the fingerprint read off its footer."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt

from rtdesk.domain.documents import minutes_fingerprint
from rtdesk.domain.enums import MeetingStatus, Presence
from rtdesk.gui.fingerprint_dialog import CopyCheck, FingerprintCheckDialog
from rtdesk.services.sessions import AgendaItemInput, AttendanceInput, SessionInput

APPROVED_DECISION = "Il Tavolo approva il riparto dei fondi."


def drafted(workspace, day: date, decision: str) -> str:
    sessions = workspace.services.sessions
    detail = sessions.create_session(SessionInput(day, venue="Pinerolo"))
    item = sessions.add_agenda_item(detail.uuid, AgendaItemInput("Riparto dei fondi"))
    for zone in range(1, 8):
        sessions.set_attendance(
            detail.uuid, zone, AttendanceInput(Presence.PRESENT, attendee_name=f"Sindaco {zone}")
        )
    workspace.services.minutes.save_minutes_item(item.uuid, "Ampia discussione.", decision)
    for target in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED):
        sessions.change_status(detail.uuid, target)
    return detail.uuid


@pytest.fixture
def minutes(workspace):
    """Session 1/2026 approved at 2/2026, whose minutes are a draft: their fingerprints."""
    sessions = workspace.services.sessions
    first = drafted(workspace, date(2026, 3, 17), APPROVED_DECISION)
    second = drafted(workspace, date(2026, 4, 21), "Il Tavolo rinvia.")
    approval = sessions.approve_minutes(first, "2/2026")
    return {
        "uuid": first,
        "approved": approval.fingerprint,
        "other": minutes_fingerprint(sessions.minutes_document(second)),
        "other_uuid": second,
    }


@pytest.fixture
def documents(window, minutes):
    window.show_page("sessions")
    page = window.sessions_page
    page.refresh()
    assert page.select_session(minutes["uuid"])
    page.show_tab(page.documents)
    return page.documents


@pytest.fixture
def dialog(qtbot, documents) -> FingerprintCheckDialog:
    documents.verify_button.click()
    dialog = documents.dialog
    assert isinstance(dialog, FingerprintCheckDialog)
    qtbot.waitExposed(dialog)
    return dialog


def tamper(database) -> None:
    """Change the approved minutes behind rtdesk's back, as an SQLite editor would."""
    with sqlite3.connect(database.path) as connection:
        changed = connection.execute(
            "UPDATE agenda_item SET decision = 'Il Tavolo respinge il riparto.' WHERE decision = ?",
            (APPROVED_DECISION,),
        ).rowcount
    connection.close()
    assert changed == 1


def grouped(text: str) -> str:
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def type_and_check(qtbot, dialog: FingerprintCheckDialog, text: str) -> CopyCheck | None:
    dialog.fingerprint_edit.clear()
    qtbot.keyClicks(dialog.fingerprint_edit, text)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.busy == 0, timeout=20000)
    return dialog.outcome


def test_the_button_opens_the_dialog_without_blocking(qtbot, documents, minutes):
    button = documents.verify_button
    assert button.text() == "Check a &printed copy…"
    assert button.isEnabled()
    button.click()
    dialog = documents.dialog
    assert isinstance(dialog, FingerprintCheckDialog)
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Check a printed copy of the minutes of session 1/2026"
    assert dialog.outcome is None and dialog.result_title.text() == ""
    assert dialog.count_label.text() == "0 of 64 characters"
    dialog.reject()
    assert documents.dialog is None


def test_the_button_is_only_for_approved_minutes(qtbot, window, documents, minutes):
    page = window.sessions_page
    assert page.select_session(minutes["other_uuid"])
    assert not documents.verify_button.isEnabled()
    assert documents.check_copy() is None


def test_a_the_copy_is_the_approved_text(qtbot, dialog, minutes):
    fingerprint = minutes["approved"]
    # Typed off the paper in groups of four, in capitals.
    assert type_and_check(qtbot, dialog, grouped(fingerprint.upper())) is CopyCheck.APPROVED_TEXT
    assert dialog.count_label.text() == "64 of 64 characters"
    assert dialog.result_title.text() == (
        "The copy is the approved text of the minutes of session 1/2026."
    )
    assert "(all 64 characters compared)" in dialog.result_text.text()
    assert "still give it" in dialog.result_text.text()
    assert dialog.result_icon.pixmap() is not None and not dialog.result_icon.pixmap().isNull()
    # Only the beginning, pressing Enter instead of the button.
    dialog.fingerprint_edit.setText(fingerprint[:20])
    assert dialog.outcome is None  # the answer was about the text typed before
    qtbot.keyClick(dialog.fingerprint_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert dialog.outcome is CopyCheck.APPROVED_TEXT
    assert "(the first 20 of 64 characters compared)" in dialog.result_text.text()
    # A footer line pasted whole.
    pasted = f"Impronta SHA-256: {fingerprint}"
    assert type_and_check(qtbot, dialog, pasted) is CopyCheck.APPROVED_TEXT


def test_b_the_database_was_changed_after_approval(qtbot, dialog, minutes, database):
    tamper(database)
    outcome = type_and_check(qtbot, dialog, minutes["approved"])
    assert outcome is CopyCheck.DATABASE_CHANGED
    assert dialog.result_title.text() == (
        "The copy matches, but the database was changed after the approval."
    )
    text = dialog.result_text.text()
    assert "the printed copy holds the approved text and is the reference" in text
    assert "Contact whoever administers the database." in text
    # The check without a copy says the same.
    qtbot.mouseClick(dialog.stored_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.busy == 0, timeout=20000)
    assert dialog.outcome is CopyCheck.STORED_CHANGED
    assert dialog.result_title.text() == "The database was changed after the approval."
    assert minutes["approved"] in dialog.result_text.text()


def test_c_the_copy_is_not_the_approved_minutes(qtbot, dialog, minutes, database):
    # Another session's draft.
    assert type_and_check(qtbot, dialog, minutes["other"]) is CopyCheck.NOT_APPROVED_TEXT
    assert dialog.result_title.text() == "The copy is not the approved minutes of this session."
    text = dialog.result_text.text()
    assert "a draft printed before a later change, or the minutes of another session" in text
    assert "In addition" not in text
    # One character misread.
    fingerprint = minutes["approved"]
    misread = fingerprint[:10] + ("0" if fingerprint[10] != "0" else "1") + fingerprint[11:]
    assert type_and_check(qtbot, dialog, misread) is CopyCheck.NOT_APPROVED_TEXT
    # Both at once: not the approved copy, and the database changed too.
    tamper(database)
    assert type_and_check(qtbot, dialog, minutes["other"]) is CopyCheck.NOT_APPROVED_TEXT
    assert "In addition: The minutes now stored" in dialog.result_text.text()


def test_what_cannot_be_compared_is_explained_at_once(qtbot, dialog, minutes):
    fingerprint = minutes["approved"]
    dialog.fingerprint_edit.setText(fingerprint[:15])
    dialog.check_copy()
    assert dialog.busy == 0  # nothing asked of the database
    assert dialog.outcome is CopyCheck.CANNOT_COMPARE
    assert dialog.result_title.text() == "Too few characters to compare: 15."
    assert "at least the first 16 characters" in dialog.result_text.text()
    dialog.fingerprint_edit.setText("O" + fingerprint[1:20] + "g")
    dialog.check_copy()
    assert dialog.outcome is CopyCheck.CANNOT_COMPARE
    assert dialog.result_title.text() == ("These characters are not part of a fingerprint: O g")
    assert "A letter O is probably a zero." in dialog.result_text.text()
    dialog.fingerprint_edit.setText(fingerprint + "ab")
    dialog.check_copy()
    assert dialog.result_title.text() == "Too many characters: 66."


def test_the_stored_minutes_alone_as_before(qtbot, dialog, documents, minutes, message_boxes):
    qtbot.mouseClick(dialog.stored_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.busy == 0, timeout=20000)
    assert dialog.outcome is CopyCheck.STORED_INTACT
    assert minutes["approved"] in dialog.result_text.text()
    # Typing does not hide the answer about the stored minutes, which does not depend on it.
    qtbot.keyClicks(dialog.fingerprint_edit, "3f")
    assert dialog.outcome is CopyCheck.STORED_INTACT
    # The synchronous check of the Documents tab is still there for callers.
    assert documents.verify() is True
    assert message_boxes[-1].text == "The minutes still give the fingerprint stored at approval."


def test_closing_while_the_minutes_are_recomputed(qtbot, dialog, documents, minutes, tasks):
    dialog.fingerprint_edit.setText(minutes["approved"])
    dialog.check_copy()
    assert dialog.busy == 1 and not dialog.check_button.isEnabled()
    dialog.reject()
    assert documents.dialog is None
    qtbot.waitUntil(lambda: not tasks.busy, timeout=20000)  # the late answer is dropped quietly
    assert dialog.busy == 0


def test_an_answer_about_text_changed_meanwhile_is_dropped(qtbot, dialog, minutes):
    dialog.fingerprint_edit.setText(minutes["approved"])
    dialog.check_copy()
    dialog.fingerprint_edit.setText(minutes["other"])
    qtbot.waitUntil(lambda: dialog.busy == 0, timeout=20000)
    assert dialog.outcome is None and dialog.result_title.text() == ""
