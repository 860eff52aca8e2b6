"""The minutes service: autosave without audit spam, zone votes and action items."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from rtdesk.domain.enums import AuditAction, Presence, VoteChoice
from rtdesk.domain.errors import ConflictError, NotAllowedError, ValidationError
from rtdesk.services import minutes as minutes_module
from rtdesk.services.context import ServiceContext
from rtdesk.services.minutes import (
    COALESCE_WINDOW,
    ActionInput,
    MinutesChangedElsewhere,
    MinutesService,
)
from rtdesk.services.sessions import (
    AgendaItemInput,
    AttendanceInput,
    SessionInput,
    SessionService,
)
from rtdesk.store.base import utc_now
from rtdesk.store.models import ActionItem, AgendaItem, AuditEntry


@pytest.fixture
def item(context):
    """An item of a session where zones 1 to 6 are present (only present zones vote)."""
    sessions = SessionService(context)
    detail = sessions.create_session(SessionInput(date(2026, 3, 10)))
    for zone in range(1, 7):
        sessions.set_attendance(
            detail.uuid, zone, AttendanceInput(Presence.PRESENT, attendee_name=f"Sindaco {zone}")
        )
    return sessions.add_agenda_item(detail.uuid, AgendaItemInput("Piano della mobilità"))


@pytest.fixture
def minutes(context) -> MinutesService:
    return MinutesService(context)


@pytest.fixture
def elsewhere(database) -> MinutesService:
    """Another workstation on the same database file, with its own user."""
    return MinutesService(ServiceContext(database.session_factory, user="bianchi"))


def _stored(database, uuid):
    with database.session_factory() as s:
        row = s.scalar(select(AgendaItem).where(AgendaItem.uuid == uuid))
        return row.discussion, row.decision, row.row_version


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


def _log(database):
    """Every audit entry as stored, to compare before and after."""
    with database.session_factory() as s:
        return [
            (e.id, e.at, e.user, e.summary, e.changes)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_a_burst_of_typing_is_one_audit_entry_never_changed_afterwards(database, minutes, item):
    before = len(_entries(database, item.uuid))
    minutes.save_minutes_item(item.uuid, "Di", "")
    log = _log(database)
    for text in ("Discu", "Discussione\r\nriga due"):
        minutes.save_minutes_item(item.uuid, text, "")
    # Append-only: the burst's entry was written once and is left exactly as it was.
    assert _log(database) == log
    entries = _entries(database, item.uuid)
    assert len(entries) == before + 1
    assert json.loads(entries[-1].changes) == {"discussion": ["", "Di"]}


def test_the_text_at_the_end_of_a_burst_is_the_old_value_of_the_next_entry(
    database, minutes, item, monkeypatch
):
    minutes.save_minutes_item(item.uuid, "Prima", "")
    minutes.save_minutes_item(item.uuid, "Prima stesura", "")  # same burst: no entry
    later = utc_now() + COALESCE_WINDOW + timedelta(seconds=1)
    monkeypatch.setattr(minutes_module, "utc_now", lambda: later)
    minutes.save_minutes_item(item.uuid, "Seconda stesura", "")
    updates = [e for e in _entries(database, item.uuid) if e.action is AuditAction.UPDATE]
    assert [json.loads(e.changes)["discussion"] for e in updates] == [
        ["", "Prima"],
        ["Prima stesura", "Seconda stesura"],
    ]


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


# --- two workstations on the same item ---------------------------------------------------------


def test_a_save_over_a_version_written_elsewhere_is_refused_and_writes_nothing(
    database, minutes, elsewhere, item
):
    mine = minutes.save_minutes_item(item.uuid, "Il mio testo", "", expected_version=1)
    theirs = elsewhere.save_minutes_item(
        item.uuid, "Il loro testo", "Deciso", expected_version=mine.row_version
    )
    log = _log(database)
    with pytest.raises(MinutesChangedElsewhere) as raised:
        minutes.save_minutes_item(
            item.uuid, "Il mio testo, continuato", "", expected_version=mine.row_version
        )
    assert isinstance(raised.value, ConflictError)
    assert (raised.value.current.discussion, raised.value.current.decision) == (
        "Il loro testo",
        "Deciso",
    )
    assert raised.value.current.row_version == theirs.row_version
    assert raised.value.changed_by == "bianchi"
    assert raised.value.changed_at is not None
    assert "bianchi" in str(raised.value)
    assert _stored(database, item.uuid) == ("Il loro testo", "Deciso", theirs.row_version)
    assert _log(database) == log


def test_saving_the_stored_text_with_an_old_version_is_a_quiet_no_op(
    database, minutes, elsewhere, item
):
    theirs = elsewhere.save_minutes_item(item.uuid, "Stesso testo", "", expected_version=1)
    log = _log(database)
    again = minutes.save_minutes_item(item.uuid, "Stesso testo", "", expected_version=1)
    assert again.row_version == theirs.row_version  # no UPDATE, no error
    assert _log(database) == log


def test_keeping_my_text_after_a_conflict_records_the_other_text_as_old(database, context, item):
    # The same login on two workstations, so the other's save falls inside my typing burst
    # and writes no entry of its own: only the overwrite's own entry can keep that text.
    mine = MinutesService(context)
    other_desk = MinutesService(ServiceContext(database.session_factory, user=context.user))
    first = mine.save_minutes_item(item.uuid, "Bozza", "", expected_version=1)
    theirs = other_desk.save_minutes_item(
        item.uuid, "Testo dell'altra postazione", "", expected_version=first.row_version
    )
    with pytest.raises(MinutesChangedElsewhere) as raised:
        mine.save_minutes_item(item.uuid, "Bozza ampliata", "", expected_version=first.row_version)
    assert raised.value.current.row_version == theirs.row_version
    log = _log(database)
    kept = mine.save_minutes_item(
        item.uuid,
        "Bozza ampliata",
        "",
        expected_version=raised.value.current.row_version,
        overwriting=True,
    )
    assert kept.discussion == "Bozza ampliata"
    assert _log(database)[: len(log)] == log  # nothing written before was changed
    [new_entry] = _log(database)[len(log) :]
    assert json.loads(new_entry[4]) == {
        "discussion": ["Testo dell'altra postazione", "Bozza ampliata"]
    }


def test_a_vote_bumps_the_version_so_a_stale_text_save_is_refused(
    minutes, elsewhere, item, database
):
    saved = minutes.save_minutes_item(item.uuid, "Testo", "", expected_version=1)
    voted = elsewhere.set_votes(
        item.uuid, {1: VoteChoice.IN_FAVOUR}, expected_version=saved.row_version
    )
    assert voted.row_version > saved.row_version
    with pytest.raises(MinutesChangedElsewhere):
        minutes.save_minutes_item(item.uuid, "Testo nuovo", "", expected_version=saved.row_version)
    assert _stored(database, item.uuid)[0] == "Testo"


def test_votes_recorded_elsewhere_are_not_replaced_by_a_stale_vote(
    database, minutes, elsewhere, item
):
    first = minutes.set_votes(item.uuid, {1: VoteChoice.IN_FAVOUR}, expected_version=1)
    theirs = elsewhere.set_votes(
        item.uuid,
        {1: VoteChoice.IN_FAVOUR, 2: VoteChoice.AGAINST},
        expected_version=first.row_version,
    )
    log = _log(database)
    with pytest.raises(MinutesChangedElsewhere) as raised:
        minutes.set_votes(
            item.uuid,
            {1: VoteChoice.IN_FAVOUR, 3: VoteChoice.ABSTAINED},
            expected_version=first.row_version,
        )
    assert "votes on item 1" in str(raised.value)
    assert [(v.zone_number, v.choice) for v in raised.value.current.votes] == [
        (1, VoteChoice.IN_FAVOUR),
        (2, VoteChoice.AGAINST),
    ]
    assert _log(database) == log
    # The same votes again with the old version: nothing to overwrite, so no refusal.
    same = minutes.set_votes(
        item.uuid,
        {1: VoteChoice.IN_FAVOUR, 2: VoteChoice.AGAINST},
        expected_version=first.row_version,
    )
    assert same.row_version == theirs.row_version
    assert _log(database) == log


def test_a_removed_item_leaves_its_minutes_in_the_audit_log(context, database, minutes, item):
    minutes.save_minutes_item(item.uuid, "Ampio dibattito <b>&</b>", "Approvato.")
    # The last words come within the burst: no entry of their own before the removal.
    minutes.save_minutes_item(item.uuid, "Ampio dibattito <b>&</b> e sintesi", "Approvato.")
    minutes.set_votes(item.uuid, {2: VoteChoice.AGAINST, 1: VoteChoice.IN_FAVOUR})
    minutes.add_action(
        item.uuid, ActionInput("Trasmettere il piano", "Segreteria", date(2026, 4, 1))
    )
    SessionService(context).delete_agenda_item(item.uuid)
    removal = _entries(database, item.uuid)[-1]
    assert removal.action is AuditAction.DELETE
    assert json.loads(removal.changes) == {
        "title": ["Piano della mobilità", None],
        "kind": ["information", None],
        "presenter": ["", None],
        "proposal": [None, None],
        "discussion": ["Ampio dibattito <b>&</b> e sintesi", None],
        "decision": ["Approvato.", None],
        "attachments": ["", None],
        "votes": ["zone 1: in_favour\nzone 2: against", None],
        "actions": ["Trasmettere il piano | Segreteria | 01/04/2026", None],
    }


def _votes_and_session(database, item_uuid):
    with database.session_factory() as s:
        row = s.scalar(select(AgendaItem).where(AgendaItem.uuid == item_uuid))
        return {v.zone.number: v.choice for v in row.votes}, row.meeting.uuid


def test_only_zones_present_vote(context, database, minutes, item):
    with pytest.raises(ValidationError, match="Zone 7 is not recorded as present"):
        minutes.set_votes(item.uuid, {1: VoteChoice.IN_FAVOUR, 7: VoteChoice.IN_FAVOUR})
    votes, session_uuid = _votes_and_session(database, item.uuid)
    assert votes == {}  # nothing of the refused vote was stored
    minutes.set_votes(item.uuid, {1: VoteChoice.IN_FAVOUR, 2: VoteChoice.AGAINST})
    sessions = SessionService(context)
    # A zone that voted cannot then be marked absent: the minutes would count a vote that
    # no present zone cast.
    with pytest.raises(NotAllowedError, match="Zone 2 voted on item 1"):
        sessions.set_attendance(session_uuid, 2, AttendanceInput(Presence.ABSENT))
    assert sessions.attendance(session_uuid)[1].presence is Presence.PRESENT
    second = sessions.add_agenda_item(session_uuid, AgendaItemInput("Bilancio"))
    minutes.set_votes(second.uuid, {2: VoteChoice.AGAINST})
    with pytest.raises(NotAllowedError, match="Zone 2 voted on items 1, 2"):
        sessions.set_attendance(session_uuid, 2, AttendanceInput(Presence.EXCUSED))
    sessions.set_attendance(session_uuid, 3, AttendanceInput(Presence.EXCUSED))
    assert _votes_and_session(database, item.uuid)[0] == {
        1: VoteChoice.IN_FAVOUR,
        2: VoteChoice.AGAINST,
    }
