"""Constraints, cascades, UUIDs and optimistic locking of the data model."""

from datetime import date

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from rtdesk.domain.enums import MandateRole, MeetingStatus
from rtdesk.store.models import (
    AgendaItem,
    Attendance,
    Mandate,
    Meeting,
    Municipality,
    Person,
    Proposal,
    ProposalStatusChange,
    Zone,
    ZoneAdoption,
)


def _zone(session, number):
    return session.scalar(select(Zone).where(Zone.number == number))


def test_every_entity_gets_a_uuid_and_a_version(database):
    with database.session_factory.begin() as session:
        person = Person(given_name="Mario", family_name="Rossi")
        session.add(person)
        session.flush()
        assert len(person.uuid) == 36 and person.row_version == 1
        person.title = "Sindaco"
        session.flush()
        assert person.row_version == 2


def test_stale_write_is_detected(database):
    with database.session_factory.begin() as session:
        session.add(Person(given_name="Mario", family_name="Rossi"))
    first = database.session_factory()
    second = database.session_factory()
    try:
        a = first.scalar(select(Person))
        b = second.scalar(select(Person))
        a.title = "Sindaco"
        first.commit()
        b.title = "Assessore"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def test_zone_numbers_are_checked(database):
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.add(Zone(number=12, name="Nowhere"))


def test_mandate_end_before_start_is_refused(database):
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        person = Person(given_name="Mario", family_name="Rossi")
        session.add(
            Mandate(
                person=person,
                zone=_zone(session, 5),
                role=MandateRole.SPOKESPERSON,
                start_date=date(2024, 1, 1),
                end_date=date(2023, 1, 1),
            )
        )


def test_only_a_deputy_can_be_vicar(database):
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        person = Person(given_name="Mario", family_name="Rossi")
        session.add(
            Mandate(
                person=person,
                zone=_zone(session, 5),
                role=MandateRole.SPOKESPERSON,
                is_vicar=True,
                start_date=date(2024, 1, 1),
            )
        )


def test_unknown_enum_value_is_refused_by_the_database(database):
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO meeting (uuid, row_version, created_at, updated_at, year, number, "
            "meeting_date, venue, mode, status, chair_name, secretary_name, notes) VALUES "
            "('u', 1, '2026-01-01', '2026-01-01', 2026, 1, '2026-01-01', '', 'in_person', "
            "'exploded', '', '', '')"
        )


def test_zone_with_municipalities_cannot_be_deleted(database):
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.execute(delete(Zone).where(Zone.number == 5))


def test_person_with_mandates_cannot_be_deleted(database):
    with database.session_factory.begin() as session:
        person = Person(given_name="Mario", family_name="Rossi")
        session.add(
            Mandate(
                person=person,
                zone=_zone(session, 5),
                role=MandateRole.SPOKESPERSON,
                start_date=date(2024, 1, 1),
            )
        )
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.execute(delete(Person))


def test_deleting_a_meeting_cascades_to_its_agenda_and_attendance(database):
    with database.session_factory.begin() as session:
        meeting = Meeting(year=2026, number=1, meeting_date=date(2026, 3, 1))
        meeting.agenda_items.append(AgendaItem(position=1, title="Apertura"))
        meeting.attendances.append(Attendance(zone=_zone(session, 1)))
        session.add(meeting)
    with database.session_factory.begin() as session:
        session.execute(delete(Meeting))
    with database.session_factory() as session:
        assert session.scalar(select(func.count(AgendaItem.id))) == 0
        assert session.scalar(select(func.count(Attendance.id))) == 0


def test_deleting_a_proposal_keeps_the_agenda_item(database):
    with database.session_factory.begin() as session:
        proposal = Proposal(
            code="P-2026-001",
            year=2026,
            sequence=1,
            title="Trasporto scolastico",
            submitted_on=date(2026, 2, 1),
        )
        proposal.status_changes.append(
            ProposalStatusChange(to_status="submitted", changed_on=date(2026, 2, 1))
        )
        proposal.adoptions.append(ZoneAdoption(zone=_zone(session, 5)))
        meeting = Meeting(year=2026, number=1, meeting_date=date(2026, 3, 1))
        meeting.agenda_items.append(AgendaItem(position=1, title="Proposta", proposal_id=None))
        session.add_all([proposal, meeting])
        session.flush()
        meeting.agenda_items[0].proposal_id = proposal.id
    with database.session_factory.begin() as session:
        session.execute(delete(Proposal))
    with database.session_factory() as session:
        item = session.scalar(select(AgendaItem))
        assert item is not None and item.proposal_id is None
        assert session.scalar(select(func.count(ZoneAdoption.id))) == 0


def test_session_numbers_are_unique_per_year(database):
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.add(Meeting(year=2026, number=7, meeting_date=date(2026, 3, 1)))
        session.add(Meeting(year=2026, number=7, meeting_date=date(2026, 4, 1)))


def test_meeting_defaults(database):
    with database.session_factory.begin() as session:
        meeting = Meeting(year=2026, number=1, meeting_date=date(2026, 3, 1))
        session.add(meeting)
        session.flush()
        assert meeting.status is MeetingStatus.PLANNED


def test_municipality_without_zone_is_allowed(database):
    with database.session_factory() as session:
        count = session.scalar(
            select(func.count(Municipality.id)).where(Municipality.zone_id.is_(None))
        )
        assert count == 123
