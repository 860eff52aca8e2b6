"""The agenda editor: items through the dialog, reordering by keyboard, buttons and drag."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from rtdesk.domain.enums import AgendaItemKind, MeetingStatus, ProposalStatus
from rtdesk.gui.agenda_editor import AgendaEditor
from rtdesk.services.proposals import ProposalInput
from rtdesk.services.sessions import AgendaItemInput, SessionInput


@pytest.fixture
def session(workspace):
    sessions = workspace.services.sessions
    detail = sessions.create_session(SessionInput(date(2026, 3, 17)))
    for title in ("Comunicazioni", "Bilancio", "Varie"):
        sessions.add_agenda_item(detail.uuid, AgendaItemInput(title))
    return sessions.session(detail.uuid)


@pytest.fixture
def editor(qtbot, workspace, session):
    widget = AgendaEditor(lambda: workspace.services.proposals)
    qtbot.addWidget(widget)
    widget.bind(workspace.services.sessions)
    sessions = workspace.services.sessions
    # As the page does: every stored change is read back from the service.
    widget.changed.connect(lambda: widget.show_session(sessions.session(session.uuid)))
    widget.show_session(session)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(workspace, session_uuid):
    return [i.title for i in workspace.services.sessions.session(session_uuid).agenda]


def test_items_are_reordered_with_ctrl_arrows_and_buttons(
    qtbot, editor, workspace, session, qtmodeltester
):
    qtmodeltester.check(editor.model)
    editor.select_row(0)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(workspace, session.uuid) == ["Bilancio", "Comunicazioni", "Varie"]
    assert editor.current_item().title == "Comunicazioni"  # the moved item stays chosen
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(workspace, session.uuid) == ["Bilancio", "Varie", "Comunicazioni"]
    assert not editor.down_button.isEnabled()
    editor.up_button.click()
    assert titles(workspace, session.uuid) == ["Bilancio", "Comunicazioni", "Varie"]
    texts = [editor.model.data(editor.model.index(r, 0)) for r in range(3)]
    assert texts == ["1", "2", "3"]
    qtmodeltester.check(editor.model)


def test_a_dropped_item_moves_to_the_gap_it_was_dropped_in(qtbot, editor, workspace, session):
    model = editor.model
    data = model.mimeData([model.index(0, 1)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    # The view must not remove the dragged row itself: the reload puts it in place.
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    qtbot.waitUntil(
        lambda: titles(workspace, session.uuid) == ["Bilancio", "Varie", "Comunicazioni"]
    )
    qtbot.waitUntil(lambda: model.row_at(2).title == "Comunicazioni")
    data = model.mimeData([model.index(2, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(
        lambda: titles(workspace, session.uuid) == ["Comunicazioni", "Bilancio", "Varie"]
    )


def test_items_are_added_with_kind_proposal_and_attachments(
    qtbot, editor, workspace, session, records
):
    dialog = editor.add_item()
    assert dialog is not None
    dialog.title_edit.setText("Sportello unico")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgendaItemKind.DECISION.value))
    dialog.presenter_edit.setText("Zona 9")
    dialog.choose_proposal("P-2025-009")
    dialog.add_attachment_row("Relazione istruttoria", "prot. 1234/2026")
    dialog.accept()
    assert not dialog.isVisible()
    item = workspace.services.sessions.session(session.uuid).agenda[3]
    assert (item.title, item.kind, item.presenter, item.proposal_code) == (
        "Sportello unico",
        AgendaItemKind.DECISION,
        "Zona 9",
        "P-2025-009",
    )
    assert [(a.label, a.reference) for a in item.attachments] == [
        ("Relazione istruttoria", "prot. 1234/2026")
    ]
    assert editor.current_item().uuid == item.uuid
    assert editor.model.data(editor.model.index(3, editor.model.COLUMN_ATTACHMENTS)) == "1"

    dialog = editor.edit_item()
    dialog.attachments.item(0, 1).setText("prot. 1235/2026")
    dialog.add_attachment_row("Tabella", "")
    dialog.accept()
    item = workspace.services.sessions.session(session.uuid).agenda[3]
    assert [(a.label, a.reference) for a in item.attachments] == [
        ("Relazione istruttoria", "prot. 1235/2026"),
        ("Tabella", ""),
    ]


def test_the_proposals_awaiting_a_session_are_listed_and_any_other_can_be_typed(
    editor, workspace, session
):
    proposals = workspace.services.proposals
    waiting = proposals.submit(ProposalInput("Orti urbani", date(2026, 1, 10)))
    done = proposals.submit(ProposalInput("Banda ultralarga", date(2025, 2, 1)))
    for status in (
        ProposalStatus.ADMITTED,
        ProposalStatus.UNDER_DISCUSSION,
        ProposalStatus.APPROVED,
        ProposalStatus.IN_IMPLEMENTATION,
    ):
        done = proposals.change_status(done.uuid, status)
    dialog = editor.add_item()
    listed = [dialog.proposal_combo.itemData(i) for i in range(dialog.proposal_combo.count())]
    assert listed == ["", waiting.code]
    # A report on a proposal already in implementation: its code, typed, is taken.
    dialog.title_edit.setText("Relazione sull'attuazione")
    dialog.proposal_combo.setEditText(done.code)
    dialog.accept()
    assert not dialog.isVisible()
    assert workspace.services.sessions.session(session.uuid).agenda[-1].proposal_code == done.code


def test_a_refused_item_keeps_the_dialog_open(qtbot, editor, message_boxes):
    dialog = editor.add_item()
    dialog.title_edit.setText("Punto")
    dialog.proposal_combo.setEditText("P-2030-999")
    dialog.accept()
    assert dialog.isVisible()
    assert message_boxes[-1].text == "There is no proposal P-2030-999."
    dialog.reject()


def test_removing_an_item_renumbers_the_rest(qtbot, editor, workspace, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.select_row(1)
    assert editor.delete_item()
    assert titles(workspace, session.uuid) == ["Comunicazioni", "Varie"]
    assert [editor.model.row_at(r).position for r in range(2)] == [1, 2]


def test_an_approved_agenda_cannot_be_changed(qtbot, editor, workspace, session):
    sessions = workspace.services.sessions
    later = sessions.create_session(SessionInput(date(2026, 4, 20)))
    for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED):
        sessions.change_status(session.uuid, status)
    sessions.approve_minutes(session.uuid, later.ref)
    editor.show_session(sessions.session(session.uuid))
    editor.select_row(0)
    assert not editor.add_button.isEnabled() and not editor.down_button.isEnabled()
    assert not editor.model.flags(editor.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert editor.notice.isVisible()
    editor.move_selected(+1)
    assert titles(workspace, session.uuid) == ["Comunicazioni", "Bilancio", "Varie"]


def test_minutes_saved_meanwhile_do_not_block_an_agenda_edit(
    qtbot, editor, workspace, session, message_boxes
):
    """Autosaved minutes (here, or at another desk) move the item's version on; the agenda
    fields were not touched, so editing them from the agenda read before still saves."""
    item = session.agenda[1]
    workspace.services.minutes.save_minutes_item(item.uuid, "Discussione", "Decisione")
    editor.view.selectRow(1)
    dialog = editor.edit_item()
    dialog.title_edit.setText("Bilancio di previsione")
    dialog.accept()
    assert not dialog.isVisible() and message_boxes == []
    stored = workspace.services.sessions.session(session.uuid).agenda[1]
    assert (stored.title, stored.discussion, stored.decision) == (
        "Bilancio di previsione",
        "Discussione",
        "Decisione",
    )


def test_an_agenda_item_changed_elsewhere_is_still_refused(
    qtbot, editor, workspace, session, message_boxes
):
    item = session.agenda[1]
    workspace.services.sessions.update_agenda_item(
        item.uuid, AgendaItemInput("Bilancio consuntivo"), item.row_version
    )
    editor.view.selectRow(1)
    dialog = editor.edit_item()
    dialog.title_edit.setText("Bilancio di previsione")
    dialog.accept()
    assert dialog.isVisible()
    assert (
        message_boxes[-1].text
        == "Agenda item 2 was changed by someone else while you were editing."
    )
    assert (
        workspace.services.sessions.session(session.uuid).agenda[1].title == "Bilancio consuntivo"
    )
    dialog.reject()
