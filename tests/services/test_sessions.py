"""The session service: numbering, status flow, agenda order, attendance, quorum, approval."""

from __future__ import annotations

from datetime import date, time
from fractions import Fraction

import pytest
from sqlalchemy import select

from rtdesk.domain.documents import minutes_fingerprint
from rtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceCapacity,
    AuditAction,
    MandateRole,
    MeetingStatus,
    Presence,
    ProposalStatus,
    VoteChoice,
)
from rtdesk.domain.errors import ConflictError, NotAllowedError, NotFoundError, ValidationError
from rtdesk.services.minutes import ActionInput, MinutesService
from rtdesk.services.proposals import ProposalInput, ProposalService
from rtdesk.services.roster import MandateInput, PersonInput, RosterService
from rtdesk.services.sessions import (
    AgendaItemInput,
    AttendanceInput,
    GuestInput,
    SessionInput,
    SessionService,
)
from rtdesk.services.settings import SettingsService
from rtdesk.store.models import AgendaItem, AuditEntry, MeetingStatusChange

PINEROLO = "001191"


@pytest.fixture
def sessions(context) -> SessionService:
    return SessionService(context)


def _new(sessions, day=date(2026, 3, 10), **extra):
    return sessions.create_session(SessionInput(day, time(10, 0), time(12, 0), **extra))


def _walk(sessions, uuid, *targets):
    for target in targets:
        detail = sessions.change_status(uuid, target)
    return detail


def _drafted(sessions, day=date(2026, 3, 10)):
    detail = _new(sessions, day)
    sessions.add_agenda_item(detail.uuid, AgendaItemInput("Comunicazioni"))
    return _walk(
        sessions,
        detail.uuid,
        MeetingStatus.CONVENED,
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_DRAFTED,
    )


# --- numbering and the register -----------------------------------------------------------


def test_numbers_run_per_year_and_are_never_reused(sessions):
    first = _new(sessions, date(2026, 1, 20))
    second = _new(sessions, date(2026, 2, 20))
    other_year = _new(sessions, date(2027, 1, 15))
    assert (first.ref, second.ref, other_year.ref) == ("1/2026", "2/2026", "1/2027")
    sessions.delete_session(second.uuid)
    assert _new(sessions, date(2026, 3, 20)).ref == "3/2026"
    assert [row.ref for row in sessions.list_sessions(2026)] == ["3/2026", "1/2026"]
    assert sessions.session_years() == [2027, 2026]


def test_defaults_come_from_the_settings(context, sessions):
    SettingsService(context).update(
        default_venue="Sala Marmi", default_chair="Mario Verdi", default_secretary="Anna Neri"
    )
    detail = _new(sessions)
    assert (detail.venue, detail.chair, detail.secretary) == (
        "Sala Marmi",
        "Mario Verdi",
        "Anna Neri",
    )
    assert _new(sessions, venue="Online", chair="").venue == "Online"


def test_find_by_ref_reads_what_users_write(sessions):
    detail = _new(sessions)
    assert sessions.find_by_ref(" n. 1 / 2026").uuid == detail.uuid
    with pytest.raises(NotFoundError, match=r"There is no session 7/2026\."):
        sessions.find_by_ref("7/2026")
    with pytest.raises(ValidationError):
        sessions.find_by_ref("sette")


def test_update_checks_the_version_and_keeps_the_year(sessions):
    detail = _new(sessions)
    changed = sessions.update_session(
        detail.uuid, SessionInput(date(2026, 3, 12), venue="Altrove"), detail.row_version
    )
    assert (changed.meeting_date, changed.venue) == (date(2026, 3, 12), "Altrove")
    with pytest.raises(ConflictError):
        sessions.update_session(detail.uuid, SessionInput(date(2026, 3, 13)), detail.row_version)
    with pytest.raises(ValidationError, match="its number belongs to its year"):
        sessions.update_session(detail.uuid, SessionInput(date(2027, 1, 2)), changed.row_version)
    with pytest.raises(ValidationError):
        sessions.create_session(SessionInput(date(2026, 4, 1), time(12, 0), time(10, 0)))


# --- status flow ----------------------------------------------------------------------------


def test_every_step_is_recorded_with_date_and_user(database, sessions):
    detail = _new(sessions)
    assert detail.next_statuses == (MeetingStatus.CONVENED,)
    convened = sessions.change_status(detail.uuid, MeetingStatus.CONVENED, note="prot. 12")
    assert convened.convened_on == date(2026, 11, 25)
    assert set(convened.next_statuses) == {MeetingStatus.HELD, MeetingStatus.PLANNED}
    back = sessions.change_status(detail.uuid, MeetingStatus.PLANNED)
    assert back.convened_on is None
    final = _walk(
        sessions,
        detail.uuid,
        MeetingStatus.CONVENED,
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_DRAFTED,
    )
    assert [(h.from_status, h.to_status) for h in final.history] == [
        (None, MeetingStatus.PLANNED),
        (MeetingStatus.PLANNED, MeetingStatus.CONVENED),
        (MeetingStatus.CONVENED, MeetingStatus.PLANNED),
        (MeetingStatus.PLANNED, MeetingStatus.CONVENED),
        (MeetingStatus.CONVENED, MeetingStatus.HELD),
        (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED),
    ]
    assert {(h.changed_on, h.changed_by) for h in final.history} == {(date(2026, 11, 25), "tester")}
    assert final.history[1].note == "prot. 12"
    with database.session_factory() as s:
        assert len(s.scalars(select(MeetingStatusChange)).all()) == 6


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), MeetingStatus.HELD),
        ((), MeetingStatus.MINUTES_DRAFTED),
        ((MeetingStatus.CONVENED,), MeetingStatus.MINUTES_DRAFTED),
        ((MeetingStatus.CONVENED, MeetingStatus.HELD), MeetingStatus.CONVENED),
        ((MeetingStatus.CONVENED, MeetingStatus.HELD), MeetingStatus.PLANNED),
    ],
)
def test_steps_outside_the_flow_are_refused_and_change_nothing(sessions, path, target):
    detail = _new(sessions)
    before = _walk(sessions, detail.uuid, *path) if path else detail
    with pytest.raises(NotAllowedError, match="cannot become"):
        sessions.change_status(detail.uuid, target)
    after = sessions.session(detail.uuid)
    assert (after.status, len(after.history)) == (before.status, len(before.history))


def test_approval_is_not_a_plain_status_change(sessions):
    detail = _drafted(sessions)
    with pytest.raises(NotAllowedError, match="approved at a later session"):
        sessions.change_status(detail.uuid, MeetingStatus.MINUTES_APPROVED)
    assert sessions.session(detail.uuid).status is MeetingStatus.MINUTES_DRAFTED


def test_only_a_planned_session_can_be_deleted(sessions):
    detail = _new(sessions)
    sessions.change_status(detail.uuid, MeetingStatus.CONVENED)
    with pytest.raises(NotAllowedError, match="only a planned session"):
        sessions.delete_session(detail.uuid)
    sessions.change_status(detail.uuid, MeetingStatus.PLANNED)
    approved = _drafted(sessions, date(2026, 2, 10))
    sessions.approve_minutes(approved.uuid, detail.ref)
    with pytest.raises(NotAllowedError, match="approved there"):
        sessions.delete_session(detail.uuid)
    assert sessions.session(detail.uuid).status is MeetingStatus.PLANNED
    spare = _new(sessions, date(2026, 6, 1))
    sessions.delete_session(spare.uuid)
    with pytest.raises(NotFoundError):
        sessions.session(spare.uuid)


# --- agenda ---------------------------------------------------------------------------------


def _positions(sessions, uuid):
    return [(item.position, item.title) for item in sessions.session(uuid).agenda]


def test_agenda_order_stays_one_to_n(sessions):
    detail = _new(sessions)
    items = [sessions.add_agenda_item(detail.uuid, AgendaItemInput(title)) for title in "ABCDE"]
    assert _positions(sessions, detail.uuid) == list(enumerate("ABCDE", start=1))
    moved = sessions.move_agenda_item(items[4].uuid, 1)
    assert [(i.position, i.title) for i in moved] == list(enumerate("EABCD", start=1))
    sessions.move_agenda_item(items[0].uuid, 5)
    assert _positions(sessions, detail.uuid) == list(enumerate("EBCDA", start=1))
    sessions.delete_agenda_item(items[2].uuid)
    assert _positions(sessions, detail.uuid) == list(enumerate("EBDA", start=1))
    with pytest.raises(ValidationError, match="from 1 to 4"):
        sessions.move_agenda_item(items[1].uuid, 5)


def test_agenda_item_fields_version_and_attachments(sessions):
    detail = _new(sessions)
    item = sessions.add_agenda_item(
        detail.uuid, AgendaItemInput("Piano", AgendaItemKind.DECISION, "Arch. Bianchi")
    )
    changed = sessions.update_agenda_item(
        item.uuid, AgendaItemInput("Piano mobilità", AgendaItemKind.DECISION), item.row_version
    )
    assert (changed.title, changed.presenter) == ("Piano mobilità", "")
    with pytest.raises(ConflictError):
        sessions.update_agenda_item(item.uuid, AgendaItemInput("X"), item.row_version)
    with pytest.raises(ValidationError):
        sessions.add_agenda_item(detail.uuid, AgendaItemInput("   "))
    with pytest.raises(NotFoundError, match="P-2026-999"):
        sessions.add_agenda_item(detail.uuid, AgendaItemInput("X", proposal_code="P-2026-999"))
    attachment = sessions.add_attachment(item.uuid, "Relazione", "prot. 2026/123")
    assert sessions.session(detail.uuid).agenda[0].attachments == (attachment,)
    sessions.remove_attachment(attachment.uuid)
    assert sessions.session(detail.uuid).agenda[0].attachments == ()


def test_agenda_can_still_change_once_held(sessions):
    detail = _new(sessions)
    _walk(sessions, detail.uuid, MeetingStatus.CONVENED, MeetingStatus.HELD)
    item = sessions.add_agenda_item(detail.uuid, AgendaItemInput("Varie ed eventuali"))
    assert item.position == 1


# --- attendance and quorum --------------------------------------------------------------------


@pytest.fixture
def staffed(context):
    """Zone 5 with a spokesperson until 31/03/2026 and a vicar; zone 6 with a vicar only."""
    roster = RosterService(context)
    people = {
        key: roster.add_person(PersonInput(given, family, municipality=PINEROLO))
        for key, given, family in (
            ("spokesperson", "Mario", "Rossi"),
            ("vicar", "Anna", "Bianchi"),
            ("vicar6", "Luca", "Verdi"),
        )
    }
    roster.add_mandate(
        MandateInput(
            people["spokesperson"].uuid,
            5,
            MandateRole.SPOKESPERSON,
            date(2024, 1, 1),
            end_date=date(2026, 3, 31),
        )
    )
    roster.add_mandate(
        MandateInput(people["vicar"].uuid, 5, MandateRole.DEPUTY, date(2024, 1, 1), is_vicar=True)
    )
    roster.add_mandate(
        MandateInput(people["vicar6"].uuid, 6, MandateRole.DEPUTY, date(2024, 1, 1), is_vicar=True)
    )
    return people


def test_prefill_takes_who_was_in_office_on_the_session_date(sessions, staffed):
    before = _new(sessions, date(2026, 3, 10))
    after = _new(sessions, date(2026, 4, 10))
    rows = {r.zone_number: r for r in sessions.prefill_attendance(before.uuid)}
    assert len(rows) == 11 and all(r.presence is Presence.ABSENT for r in rows.values())
    assert (rows[5].attendee_name, rows[5].capacity) == (
        "Mario Rossi",
        AttendanceCapacity.SPOKESPERSON,
    )
    assert rows[5].person_uuid == staffed["spokesperson"].uuid
    assert (rows[6].attendee_name, rows[6].capacity) == ("Luca Verdi", AttendanceCapacity.VICAR)
    assert (rows[1].attendee_name, rows[1].capacity) == ("", None)
    later = {r.zone_number: r for r in sessions.prefill_attendance(after.uuid)}
    assert (later[5].attendee_name, later[5].capacity) == (
        "Anna Bianchi",
        AttendanceCapacity.VICAR,
    )
    # Prefilling again keeps what was marked.
    sessions.set_attendance(before.uuid, 5, AttendanceInput(Presence.PRESENT, attendee_name="X"))
    again = {r.zone_number: r for r in sessions.prefill_attendance(before.uuid)}
    assert (again[5].attendee_name, again[5].presence) == ("X", Presence.PRESENT)


def test_set_attendance_rules(sessions, staffed):
    detail = _new(sessions)
    assert [r.zone_number for r in sessions.attendance(detail.uuid)] == list(range(1, 12))
    row = sessions.set_attendance(
        detail.uuid,
        5,
        AttendanceInput(
            Presence.PRESENT,
            person_uuid=staffed["vicar"].uuid,
            capacity=AttendanceCapacity.VICAR,
            arrived_at=time(10, 5),
            left_at=time(11, 30),
        ),
    )
    assert (row.attendee_name, row.arrived_at, row.recorded) == ("Anna Bianchi", time(10, 5), True)
    with pytest.raises(ValidationError, match="delegate needs a name"):
        sessions.set_attendance(
            detail.uuid, 3, AttendanceInput(Presence.PRESENT, capacity=AttendanceCapacity.DELEGATE)
        )
    with pytest.raises(ValidationError, match="departure"):
        sessions.set_attendance(
            detail.uuid,
            3,
            AttendanceInput(
                Presence.PRESENT, attendee_name="Ugo", arrived_at=time(11), left_at=time(10)
            ),
        )
    with pytest.raises(ValidationError):
        sessions.set_attendance(detail.uuid, 12, AttendanceInput())
    delegate = sessions.set_attendance(
        detail.uuid,
        3,
        AttendanceInput(
            Presence.PRESENT,
            attendee_name="Ugo Neri",
            capacity=AttendanceCapacity.DELEGATE,
            note="Delega prot. 1234",
        ),
    )
    assert (delegate.attendee_name, delegate.capacity) == ("Ugo Neri", AttendanceCapacity.DELEGATE)
    guest = sessions.add_guest(detail.uuid, GuestInput("Luca Gialli", "Funzionario CMTO"))
    assert sessions.session(detail.uuid).guests == (guest,)
    sessions.remove_guest(guest.uuid)
    assert sessions.session(detail.uuid).guests == ()


def _present(sessions, uuid, zones):
    for zone in zones:
        sessions.set_attendance(uuid, zone, AttendanceInput(Presence.PRESENT, attendee_name="P"))


def test_quorum_follows_the_settings_rule(context, sessions):
    detail = _new(sessions)
    _present(sessions, detail.uuid, range(1, 6))
    outcome = sessions.quorum(detail.uuid)
    assert (outcome.present, outcome.required, outcome.reached) == (5, 6, False)
    _present(sessions, detail.uuid, [6])
    assert sessions.quorum(detail.uuid).reached
    SettingsService(context).update(quorum_share="2/3", quorum_strictly_more=False)
    outcome = sessions.quorum(detail.uuid)
    assert (outcome.required, outcome.reached) == (8, False)


# --- approval, lock, errata, fingerprint --------------------------------------------------------


def test_approval_stores_a_fingerprint_that_can_be_verified(sessions):
    detail = _drafted(sessions)
    approving = _new(sessions, date(2026, 4, 20))
    result = sessions.approve_minutes(detail.uuid, approving.ref)
    assert (result.approved_at_ref, result.approved_on) == ("2/2026", date(2026, 4, 20))
    after = sessions.session(detail.uuid)
    assert after.status is MeetingStatus.MINUTES_APPROVED and after.locked
    assert after.fingerprint == result.fingerprint
    assert after.history[-1].to_status is MeetingStatus.MINUTES_APPROVED
    assert after.history[-1].changed_by == "tester"
    recomputed = minutes_fingerprint(sessions.minutes_document(detail.uuid, "en"))
    assert recomputed == result.fingerprint
    assert sessions.verify_minutes(detail.uuid)
    document = sessions.minutes_document(detail.uuid)
    assert document.approval is not None and document.approval.session_ref == "2/2026"


def test_a_session_is_held_on_its_day_or_after(sessions):
    ahead = _walk(sessions, _new(sessions, date(2026, 12, 10)).uuid, MeetingStatus.CONVENED)
    with pytest.raises(NotAllowedError, match="cannot be marked held before then"):
        sessions.change_status(ahead.uuid, MeetingStatus.HELD)
    assert sessions.session(ahead.uuid).status is MeetingStatus.CONVENED
    today = _walk(sessions, _new(sessions, date(2026, 11, 25)).uuid, MeetingStatus.CONVENED)
    assert _walk(sessions, today.uuid, MeetingStatus.HELD).status is MeetingStatus.HELD


def test_minutes_are_not_approved_by_a_session_still_to_come(sessions):
    detail = _drafted(sessions)
    ahead = _new(sessions, date(2027, 1, 20))
    with pytest.raises(NotAllowedError, match="has not taken place yet"):
        sessions.approve_minutes(detail.uuid, ahead.ref)
    after = sessions.session(detail.uuid)
    assert (after.status, after.locked, after.fingerprint) == (
        MeetingStatus.MINUTES_DRAFTED,
        False,
        detail.fingerprint,
    )
    # Approved live, at today's session.
    today = _new(sessions, date(2026, 11, 25))
    assert sessions.approve_minutes(detail.uuid, today.ref).approved_at_ref == today.ref


def test_approval_needs_drafted_minutes_and_a_later_session(sessions):
    detail = _new(sessions, date(2026, 3, 10))
    earlier = _new(sessions, date(2026, 2, 10))
    later = _new(sessions, date(2026, 4, 10))
    with pytest.raises(NotAllowedError, match="drafted first"):
        sessions.approve_minutes(detail.uuid, later.ref)
    _walk(
        sessions,
        detail.uuid,
        MeetingStatus.CONVENED,
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_DRAFTED,
    )
    with pytest.raises(ValidationError, match="not later"):
        sessions.approve_minutes(detail.uuid, earlier.ref)
    with pytest.raises(ValidationError, match="not later"):
        sessions.approve_minutes(detail.uuid, detail.ref)
    with pytest.raises(NotFoundError, match="9/2026"):
        sessions.approve_minutes(detail.uuid, "9/2026")
    with pytest.raises(ValidationError, match="cannot have approved"):
        sessions.approve_minutes(detail.uuid, later.ref, date(2026, 4, 9))
    with pytest.raises(ValidationError, match="Italian"):
        sessions.minutes_document(detail.uuid, "fr")
    assert sessions.session(detail.uuid).status is MeetingStatus.MINUTES_DRAFTED
    assert not sessions.verify_minutes(detail.uuid)


def test_changing_the_minutes_text_changes_the_fingerprint(context, sessions):
    detail = _drafted(sessions)
    item = detail.agenda[0]
    minutes = MinutesService(context)
    first = minutes_fingerprint(sessions.minutes_document(detail.uuid))
    minutes.save_minutes_item(item.uuid, "Discussione.", "")
    second = minutes_fingerprint(sessions.minutes_document(detail.uuid))
    minutes.save_minutes_item(item.uuid, "Discussione.", "Approvato.")
    third = minutes_fingerprint(sessions.minutes_document(detail.uuid))
    sessions.set_attendance(detail.uuid, 1, AttendanceInput(Presence.PRESENT, attendee_name="X"))
    minutes.set_votes(item.uuid, {1: VoteChoice.IN_FAVOUR})
    fourth = minutes_fingerprint(sessions.minutes_document(detail.uuid))
    assert len({first, second, third, fourth}) == 4


LOCKED_WRITES = {
    "update_session": lambda s, m, d, i: s.update_session(
        d.uuid, SessionInput(d.meeting_date), d.row_version
    ),
    "add_agenda_item": lambda s, m, d, i: s.add_agenda_item(d.uuid, AgendaItemInput("X")),
    "update_agenda_item": lambda s, m, d, i: s.update_agenda_item(
        i.uuid, AgendaItemInput("X"), i.row_version
    ),
    "delete_agenda_item": lambda s, m, d, i: s.delete_agenda_item(i.uuid),
    "move_agenda_item": lambda s, m, d, i: s.move_agenda_item(i.uuid, 1),
    "add_attachment": lambda s, m, d, i: s.add_attachment(i.uuid, "Allegato"),
    "remove_attachment": lambda s, m, d, i: s.remove_attachment(i.attachments[0].uuid),
    "prefill_attendance": lambda s, m, d, i: s.prefill_attendance(d.uuid),
    "set_attendance": lambda s, m, d, i: s.set_attendance(d.uuid, 2, AttendanceInput()),
    "add_guest": lambda s, m, d, i: s.add_guest(d.uuid, GuestInput("Ospite")),
    "remove_guest": lambda s, m, d, i: s.remove_guest(d.guests[0].uuid),
    "approve_minutes": lambda s, m, d, i: s.approve_minutes(d.uuid, "2/2026"),
    "delete_session": lambda s, m, d, i: s.delete_session(d.uuid),
    "save_minutes_item": lambda s, m, d, i: m.save_minutes_item(i.uuid, "nuovo", ""),
    "set_votes": lambda s, m, d, i: m.set_votes(i.uuid, {}),
    "add_action": lambda s, m, d, i: m.add_action(i.uuid, ActionInput("Fare")),
    "update_action": lambda s, m, d, i: m.update_action(
        i.actions[0].uuid, ActionInput("Altro"), i.actions[0].row_version
    ),
    "delete_action": lambda s, m, d, i: m.delete_action(i.actions[0].uuid),
}


@pytest.mark.parametrize("write", sorted(LOCKED_WRITES))
def test_approved_minutes_refuse_every_change(context, sessions, write):
    minutes = MinutesService(context)
    detail = _new(sessions)
    item = sessions.add_agenda_item(detail.uuid, AgendaItemInput("Punto"))
    sessions.add_attachment(item.uuid, "Relazione")
    sessions.add_guest(detail.uuid, GuestInput("Luca Gialli"))
    minutes.add_action(item.uuid, ActionInput("Trasmettere", "Segreteria"))
    sessions.set_attendance(detail.uuid, 1, AttendanceInput(Presence.PRESENT, attendee_name="X"))
    minutes.set_votes(item.uuid, {1: VoteChoice.AGAINST})
    _walk(
        sessions,
        detail.uuid,
        MeetingStatus.CONVENED,
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_DRAFTED,
    )
    _new(sessions, date(2026, 4, 20))
    sessions.approve_minutes(detail.uuid, "2/2026", date(2026, 12, 10))
    locked = sessions.session(detail.uuid)
    with pytest.raises(NotAllowedError) as refused:
        LOCKED_WRITES[write](sessions, minutes, locked, locked.agenda[0])
    if write != "delete_session":
        assert refused.value.message == (
            "The minutes of session 1/2026 were approved on 10/12/2026 and cannot be changed. "
            "Record an erratum instead."
        )
    assert sessions.session(detail.uuid) == locked
    assert sessions.verify_minutes(detail.uuid)


def test_an_erratum_is_recorded_after_approval_without_changing_the_minutes(sessions):
    detail = _drafted(sessions)
    with pytest.raises(NotAllowedError, match="not approved yet"):
        sessions.add_erratum(detail.uuid, "Correzione")
    approving = _new(sessions, date(2026, 4, 20))
    sessions.approve_minutes(detail.uuid, approving.ref)
    erratum = sessions.add_erratum(detail.uuid, "Al punto 1 leggasi «Comunicazioni».", "2/2026")
    assert (erratum.recorded_on, erratum.recorded_by, erratum.recorded_at_ref) == (
        date(2026, 11, 25),
        "tester",
        "2/2026",
    )
    assert sessions.session(detail.uuid).errata == (erratum,)
    assert sessions.minutes_document(detail.uuid).errata[0].text.startswith("Al punto 1")
    assert sessions.verify_minutes(detail.uuid)


def test_every_write_is_audited(database, sessions):
    detail = _new(sessions)
    sessions.add_agenda_item(detail.uuid, AgendaItemInput("Punto"))
    sessions.change_status(detail.uuid, MeetingStatus.CONVENED)
    with database.session_factory() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.action, e.entity) for e in entries] == [
            (AuditAction.CREATE, "meeting"),
            (AuditAction.CREATE, "agenda_item"),
            (AuditAction.UPDATE, "meeting"),
        ]
        assert all(e.user == "tester" for e in entries)


def test_approved_minutes_keep_the_quorum_rule_of_their_approval(context, sessions):
    detail = _drafted(sessions)
    approving = _new(sessions, date(2026, 4, 20))
    sessions.approve_minutes(detail.uuid, approving.ref)
    SettingsService(context).update(quorum_share="2/3", quorum_strictly_more=False)
    document = sessions.minutes_document(detail.uuid)
    assert (document.quorum_rule.share, document.quorum_rule.strictly_more) == (
        Fraction(1, 2),
        True,
    )
    assert sessions.verify_minutes(detail.uuid)
    # A draft follows the settings of the day.
    assert sessions.minutes_document(approving.uuid).quorum_rule.share == Fraction(2, 3)


def test_verify_detects_minutes_changed_behind_the_service(database, sessions):
    detail = _drafted(sessions)
    approving = _new(sessions, date(2026, 4, 20))
    sessions.approve_minutes(detail.uuid, approving.ref)
    assert sessions.verify_minutes(detail.uuid)
    with database.session_factory.begin() as s:
        s.execute(
            AgendaItem.__table__.update()
            .where(AgendaItem.uuid == detail.agenda[0].uuid)
            .values(decision="Testo cambiato di nascosto.")
        )
    assert not sessions.verify_minutes(detail.uuid)


def test_putting_a_proposal_on_the_agenda_admits_it_with_the_session_in_its_history(
    sessions, context
):
    proposals = ProposalService(context)
    waiting = proposals.submit(ProposalInput("Trasporto scolastico", submitted_on=date(2026, 1, 5)))
    other = proposals.submit(ProposalInput("Biblioteche", submitted_on=date(2026, 1, 6)))
    proposals.change_status(other.uuid, ProposalStatus.ADMITTED, on=date(2026, 1, 7))
    proposals.change_status(other.uuid, ProposalStatus.UNDER_DISCUSSION, on=date(2026, 1, 8))
    meeting = _new(sessions, day=date(2026, 3, 10))
    sessions.add_agenda_item(meeting.uuid, AgendaItemInput("Trasporto", proposal_code=waiting.code))
    admitted = proposals.proposal(waiting.uuid)
    assert admitted.status is ProposalStatus.ADMITTED
    assert admitted.history[-1].session_ref == meeting.ref
    # Already further on: the agenda does not move it back.
    item = sessions.add_agenda_item(meeting.uuid, AgendaItemInput("Biblioteche"))
    sessions.update_agenda_item(
        item.uuid, AgendaItemInput("Biblioteche", proposal_code=other.code), item.row_version
    )
    assert proposals.proposal(other.uuid).status is ProposalStatus.UNDER_DISCUSSION
