"""A secretary's session from plan to approved minutes through the Sessions page."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from rtdesk.domain.documents import minutes_fingerprint
from rtdesk.domain.enums import MeetingMode, MeetingStatus, Presence
from rtdesk.services.sessions import AgendaItemInput, AttendanceInput, SessionInput

PDFTOTEXT = shutil.which("pdftotext")


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", " ", result.stdout)


@pytest.fixture
def page(window):
    window.show_page("sessions")
    return window.sessions_page


def button_texts(page) -> list[str]:
    return [b.text() for b in page.status_buttons.values()]


def test_plan_a_session_with_the_dialog(qtbot, page, workspace, message_boxes, qtmodeltester):
    workspace.services.settings.update(
        default_chair="Luca Ravetto", default_secretary="Silvia Gallo"
    )
    dialog = page.new_session()
    assert dialog.ui.chairEdit.text() == "Luca Ravetto"
    assert dialog.ui.secretaryEdit.text() == "Silvia Gallo"
    assert dialog.ui.venueEdit.text() == workspace.services.settings.get().default_venue
    dialog.ui.dateEdit.setDate(date(2026, 5, 12))
    dialog.ui.modeCombo.setCurrentIndex(dialog.ui.modeCombo.findData(MeetingMode.HYBRID.value))
    dialog.ui.startCheck.setChecked(True)
    dialog.ui.endCheck.setChecked(True)
    dialog.ui.endTime.setTime(dialog.ui.startTime.time().addSecs(-3600))
    dialog.accept()
    assert dialog.isVisible()  # refused: the end is before the start
    assert message_boxes[-1].text == "The end time cannot be before the start."
    dialog.ui.endTime.setTime(dialog.ui.startTime.time().addSecs(2 * 3600))
    dialog.accept()
    assert not dialog.isVisible()
    detail = page.current_session()
    assert detail is not None and detail.ref == "1/2026"
    assert page.detail_title.text() == "Session 1/2026"
    assert "Hybrid" in page.detail_when.text()
    assert "Chair: Luca Ravetto." in page.detail_status.text()
    assert button_texts(page) == ["Mark as convened"]
    assert page.delete_button.isEnabled()
    qtmodeltester.check(page.model)

    dialog = page.edit_session()
    dialog.ui.dateEdit.setDate(date(2027, 1, 10))
    dialog.accept()
    assert dialog.isVisible()
    assert message_boxes[-1].text.startswith("Session 1/2026 cannot move to 2027")
    dialog.reject()


def test_status_buttons_follow_the_service_and_the_filter(qtbot, page, workspace, records):
    sessions = workspace.services.sessions
    created = sessions.create_session(SessionInput(date(2026, 6, 3)))
    page.refresh()
    assert page.select_session(created.uuid)
    assert button_texts(page) == ["Mark as convened"]
    page.status_buttons[MeetingStatus.CONVENED].click()
    assert page.current_session().status is MeetingStatus.CONVENED
    assert sorted(button_texts(page)) == ["Back to planned", "Mark as held"]
    assert not page.delete_button.isEnabled()
    page.select_status(MeetingStatus.CONVENED)
    refs = [page.model.row_at(r).ref for r in range(page.model.rowCount())]
    assert refs == ["3/2026", "2/2026"]
    page.select_status(MeetingStatus.MINUTES_APPROVED)
    assert [page.model.row_at(r).ref for r in range(page.model.rowCount())] == ["4/2025"]
    assert page.current_session() is None
    page.select_status(MeetingStatus.PLANNED)
    assert page.showing_empty_state
    assert page.empty_label.text() == "No session matches the filter."
    page.select_status(None)
    assert page.model.rowCount() == 3


def test_delete_a_planned_session(qtbot, page, workspace, monkeypatch):
    sessions = workspace.services.sessions
    created = sessions.create_session(SessionInput(date(2026, 6, 3)))
    page.refresh()
    page.select_session(created.uuid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.delete_session()
    assert sessions.list_sessions() == []
    assert page.current_session() is None and page.showing_empty_state


def prepare_held_session(workspace):
    sessions = workspace.services.sessions
    detail = sessions.create_session(SessionInput(date(2026, 3, 17), venue="Pinerolo"))
    sessions.add_agenda_item(detail.uuid, AgendaItemInput("Riparto dei fondi"))
    for zone in range(1, 8):
        sessions.set_attendance(
            detail.uuid, zone, AttendanceInput(Presence.PRESENT, attendee_name=f"Sindaco {zone}")
        )
    sessions.change_status(detail.uuid, MeetingStatus.CONVENED)
    sessions.change_status(detail.uuid, MeetingStatus.HELD)
    later = sessions.create_session(SessionInput(date(2026, 4, 21)))
    return sessions.session(detail.uuid), later


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) reads the PDF back")
def test_record_minutes_approve_print_and_correct(
    qtbot, page, workspace, tasks, tmp_path, monkeypatch, qtmodeltester
):
    detail, later = prepare_held_session(workspace)
    page.refresh()
    page.select_session(detail.uuid)
    assert page.quorum_label.text() == "Quorum reached. Zones present: 7 of 11 (needed: 6)."
    page.show_tab(page.minutes_editor)
    editor = page.minutes_editor
    qtbot.keyClicks(editor.discussion_edit, "Ampia discussione sul riparto.")
    qtbot.keyClicks(editor.decision_edit, "Il Tavolo approva il riparto.")
    # Approve at once, before the pause: the approval must see the last word typed.
    page.status_buttons[MeetingStatus.MINUTES_DRAFTED].click()
    assert button_texts(page) == ["Approve minutes…"]
    page.status_buttons[MeetingStatus.MINUTES_APPROVED].click()
    documents = page.documents
    assert page.current_tab() is documents
    dialog = documents.dialog
    assert [dialog.session_combo.itemData(i) for i in range(dialog.session_combo.count())] == [
        later.ref
    ]
    dialog.accept()
    approved = page.current_session()
    assert approved.status is MeetingStatus.MINUTES_APPROVED
    assert approved.approved_at_ref == later.ref
    assert approved.agenda[0].decision == "Il Tavolo approva il riparto."
    stored = workspace.services.sessions.minutes_document(detail.uuid)
    assert approved.fingerprint == minutes_fingerprint(stored)
    assert approved.fingerprint in documents.approval_label.text()
    assert page.minutes_editor.discussion_edit.isReadOnly()
    assert not page.edit_button.isEnabled()

    # Save as PDF, then open in the viewer (which is how it is previewed and printed).
    target = tmp_path / "verbale.pdf"
    monkeypatch.setattr(documents, "choose_pdf_path", lambda suggested: str(target))
    assert documents.file_name("minutes") == "verbale-1-2026.pdf"
    assert documents.save_pdf("minutes")
    qtbot.waitUntil(lambda: documents.busy == 0, timeout=20000)
    text = pdf_text(target)
    assert "Il Tavolo approva il riparto." in text
    assert approved.fingerprint in text.replace(" ", "")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    documents.language_combo.setCurrentIndex(documents.language_combo.findData("en"))
    assert documents.open_pdf("agenda")
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    convocation = Path(opened[0].toLocalFile())
    assert convocation.name == "convocation-1-2026.pdf"
    assert "Riparto dei fondi" in pdf_text(convocation)

    # A correction is an erratum.
    dialog = documents.add_erratum()
    dialog.text_edit.setPlainText("Punto 1: leggasi 12 giugno.")
    dialog.accept()
    assert documents.errata_model.rowCount() == 1
    qtmodeltester.check(documents.errata_model)
    qtmodeltester.check(documents.history_model)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    assert documents.verify() is True


def test_a_pdf_that_cannot_be_written_is_explained(qtbot, page, workspace, tmp_path, message_boxes):
    detail, _later = prepare_held_session(workspace)
    page.refresh()
    page.select_session(detail.uuid)
    documents = page.documents
    documents.choose_pdf_path = lambda suggested: str(tmp_path / "missing" / "x.pdf")
    documents.save_pdf("agenda")
    qtbot.waitUntil(lambda: documents.busy == 0, timeout=20000)
    assert message_boxes[-1].title == "The PDF was not written"
