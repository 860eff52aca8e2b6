"""The minutes service: autosave without audit spam, zone votes and action items."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from rtdesk.domain.enums import AuditAction, VoteChoice
from rtdesk.domain.errors import ConflictError, ValidationError
from rtdesk.services.minutes import ActionInput, MinutesService
from rtdesk.services.sessions import AgendaItemInput, SessionInput, SessionService
from rtdesk.store.models import ActionItem, AuditEntry


@pytest.fixture
def item(context):
    sessions = SessionService(context)
    detail = sessions.create_session(SessionInput(date(2026, 3, 10)))
    return sessions.add_agenda_item(detail.uuid, AgendaItemInput("Piano della mobilità"))


@pytest.fixture
def minutes(context) -> MinutesService:
    return MinutesService(context)


def _entries(database, uuid):
    with database.session_factory() as s:
        return s.scalars(
            select(AuditEntry).where(AuditEntry.entity_uuid == uuid).order_by(AuditEntry.id)
        ).all()


def test_autosave_of_unchanged_text_writes_nothing(database, minutes, item):
    saved = minutes.save_minutes_item(item.uuid, "Discussione\nriga due", "Decisione")
    assert (saved.discussion, saved.decision) == ("Discussione\nriga due", "Decisione")
    count = len(_entries(database, item.uuid))
    for _ in range(5):
        again = minutes.save_minutes_item(item.uuid, "Discussione\nriga due", "Decisione")
        assert again.row_version == saved.row_version
    # Windows line endings are the same text.
    minutes.save_minutes_item(item.uuid, "Discussione\r\nriga due", "Decisione")
    assert len(_entries(database, item.uuid)) == count


def test_a_burst_of_typing_is_one_audit_entry(database, minutes, item):
    before = len(_entries(database, item.uuid))
    for text in ("Di", "Discu", "Discussione\r\nriga due"):
        minutes.save_minutes_item(item.uuid, text, "")
    entries = _entries(database, item.uuid)
    assert len(entries) == before + 1
    assert json.loads(entries[-1].changes) == {"discussion": ["", "Discussione\nriga due"]}


def test_another_write_in_between_starts_a_new_entry(context, database, minutes, item):
    minutes.save_minutes_item(item.uuid, "Uno", "")
    SessionService(context).add_attachment(item.uuid, "Relazione")
    minutes.save_minutes_item(item.uuid, "Uno e due", "")
    updates = [e for e in _entries(database, item.uuid) if e.action is AuditAction.UPDATE]
    assert [json.loads(e.changes)["discussion"] for e in updates] == [
        ["", "Uno"],
        ["Uno", "Uno e due"],
    ]


def test_votes_by_zone(minutes, item):
    row = minutes.set_votes(
        item.uuid, {3: VoteChoice.AGAINST, 1: VoteChoice.IN_FAVOUR, 2: VoteChoice.ABSTAINED}
    )
    assert [(v.zone_number, v.choice) for v in row.votes] == [
        (1, VoteChoice.IN_FAVOUR),
        (2, VoteChoice.ABSTAINED),
        (3, VoteChoice.AGAINST),
    ]
    row = minutes.set_votes(item.uuid, {1: VoteChoice.AGAINST, 4: VoteChoice.IN_FAVOUR})
    assert [(v.zone_number, v.choice) for v in row.votes] == [
        (1, VoteChoice.AGAINST),
        (4, VoteChoice.IN_FAVOUR),
    ]
    assert minutes.set_votes(item.uuid, {}).votes == ()
    with pytest.raises(ValidationError):
        minutes.set_votes(item.uuid, {12: VoteChoice.AGAINST})


def test_action_items_are_linked_to_the_session_and_item(database, minutes, item):
    action = minutes.add_action(
        item.uuid, ActionInput("Trasmettere il piano", "Segreteria", date(2026, 4, 1))
    )
    changed = minutes.update_action(
        action.uuid, ActionInput("Trasmettere il piano ai Comuni", "Segreteria"), action.row_version
    )
    assert (changed.description, changed.due_date) == ("Trasmettere il piano ai Comuni", None)
    with pytest.raises(ConflictError):
        minutes.update_action(action.uuid, ActionInput("X"), action.row_version)
    with pytest.raises(ValidationError, match="Describe"):
        minutes.add_action(item.uuid, ActionInput("  "))
    with database.session_factory() as s:
        stored = s.scalar(select(ActionItem).where(ActionItem.uuid == action.uuid))
        assert stored.meeting_id is not None and stored.agenda_item_id is not None
    minutes.delete_action(action.uuid)
    with database.session_factory() as s:
        assert s.scalar(select(ActionItem).where(ActionItem.uuid == action.uuid)) is None
