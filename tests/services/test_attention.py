"""What needs attention (the Overview page's first section), on small hand-made databases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, select

from rtdesk.domain.enums import ActionStatus, MandateRole, MeetingStatus, ProposalStatus
from rtdesk.services.attention import LISTED, AttentionService
from rtdesk.store.models import ActionItem, Mandate, Meeting, Person, Proposal, Zone

# The context fixture's today is 25 November 2026.
TODAY = date(2026, 11, 25)
S = MeetingStatus


def meeting(number: int, year: int, day: date, status: MeetingStatus) -> Meeting:
    return Meeting(number=number, year=year, meeting_date=day, status=status)


def proposal(sequence: int, status: ProposalStatus) -> Proposal:
    return Proposal(
        code=f"P-2026-{sequence:03d}",
        year=2026,
        sequence=sequence,
        title=f"Proposal {sequence}",
        submitted_on=date(2026, 1, sequence),
        status=status,
    )


@pytest.fixture
def service(context) -> AttentionService:
    return AttentionService(context)


def test_an_empty_database_has_every_line_calm_but_the_zones(service):
    attention = service.summary()
    assert attention.next_session is None
    assert attention.minutes_to_write == attention.minutes_to_approve == ()
    assert attention.minutes_to_write_count == attention.minutes_to_approve_count == 0
    assert attention.minutes_waiting == ()
    assert attention.overdue_actions == attention.open_actions == 0
    assert attention.proposals_awaiting == 0
    # The zones come with every database; nobody has a mandate yet.
    assert [z.number for z in attention.zones_without_spokesperson] == list(range(1, 12))
    assert attention.zones_without_spokesperson[6].name == "Ciriacese - Valli di Lanzo"


def test_next_session_is_the_nearest_from_today_not_yet_held(context, service):
    with context.write() as s:
        s.add_all(
            [
                # Planned for last week and never held: not "next" any more.
                meeting(5, 2026, date(2026, 11, 20), S.PLANNED),
                meeting(1, 2027, date(2027, 1, 15), S.PLANNED),
                meeting(7, 2026, date(2026, 12, 10), S.PLANNED),
                meeting(6, 2026, TODAY, S.CONVENED),
            ]
        )
    upcoming = service.summary().next_session
    assert (upcoming.ref, upcoming.meeting_date, upcoming.status) == ("6/2026", TODAY, S.CONVENED)
    with context.read() as s:
        assert upcoming.uuid == s.scalar(select(Meeting.uuid).where(Meeting.number == 6))

    # Held this morning: the next one is the December session.
    with context.write() as s:
        s.scalars(select(Meeting).where(Meeting.number == 6)).one().status = S.HELD
    upcoming = service.summary().next_session
    assert (upcoming.ref, upcoming.status) == ("7/2026", S.PLANNED)


def test_minutes_to_write_and_to_approve_oldest_first(context, service):
    with context.write() as s:
        s.add_all(
            [
                meeting(1, 2026, date(2026, 1, 10), S.MINUTES_APPROVED),
                meeting(4, 2026, date(2026, 6, 1), S.MINUTES_DRAFTED),
                meeting(2, 2026, date(2026, 3, 17), S.MINUTES_DRAFTED),
                meeting(3, 2026, date(2026, 5, 5), S.HELD),
                meeting(9, 2026, date(2026, 12, 10), S.PLANNED),
            ]
        )
    attention = service.summary()
    assert [m.ref for m in attention.minutes_to_write] == ["3/2026"]
    assert attention.minutes_to_write_count == 1
    assert [m.ref for m in attention.minutes_to_approve] == ["2/2026", "4/2026"]
    assert attention.minutes_to_approve_count == 2
    assert [m.status for m in attention.minutes_to_approve] == [S.MINUTES_DRAFTED] * 2
    # Writing first: the first one the line leads to is the minutes still to write.
    assert [m.ref for m in attention.minutes_waiting] == ["3/2026", "2/2026", "4/2026"]


def test_a_long_backlog_of_minutes_lists_a_few_and_counts_all(context, service):
    with context.write() as s:
        s.add_all(meeting(n, 2025, date(2025, 1, n), S.HELD) for n in range(LISTED + 3, 0, -1))
    attention = service.summary()
    assert [m.ref for m in attention.minutes_to_write] == [
        f"{n}/2025" for n in range(1, LISTED + 1)
    ]
    assert attention.minutes_to_write_count == LISTED + 3


def test_overdue_and_open_actions(context, service):
    with context.write() as s:
        s.add_all(
            [
                ActionItem(description="Late", due_date=date(2026, 11, 24)),
                ActionItem(
                    description="Very late",
                    status=ActionStatus.IN_PROGRESS,
                    due_date=date(2026, 3, 1),
                ),
                ActionItem(description="Due today", due_date=TODAY),
                ActionItem(description="No date"),
                ActionItem(
                    description="Done late", status=ActionStatus.DONE, due_date=date(2026, 1, 1)
                ),
                ActionItem(
                    description="Cancelled",
                    status=ActionStatus.CANCELLED,
                    due_date=date(2026, 2, 1),
                ),
            ]
        )
    attention = service.summary()
    assert (attention.overdue_actions, attention.open_actions) == (2, 4)


def test_zones_without_a_spokesperson_today(context, service):
    with context.write() as s:
        zones = {z.number: z for z in s.scalars(select(Zone))}
        person = Person(given_name="Anna", family_name="Bianchi")
        s.add(person)

        def mandate(number, start, end=None, role=MandateRole.SPOKESPERSON):
            return Mandate(
                person=person, zone_id=zones[number].id, role=role, start_date=start, end_date=end
            )

        s.add_all(mandate(n, date(2024, 1, 1)) for n in (1, 4, 6, 7, 10, 11))
        s.add_all(
            [
                mandate(2, date(2024, 1, 1), TODAY),  # its last day is today: still in office
                mandate(5, date(2024, 1, 1), date(2026, 11, 24)),  # ended yesterday
                mandate(8, date(2026, 11, 26)),  # starts tomorrow
                mandate(9, date(2024, 1, 1), role=MandateRole.DEPUTY),  # a deputy only
            ]
        )
    vacant = service.summary().zones_without_spokesperson
    assert [z.number for z in vacant] == [3, 5, 8, 9]
    with context.read() as s:
        assert [z.name for z in vacant] == [
            s.scalar(select(Zone.name).where(Zone.number == n)) for n in (3, 5, 8, 9)
        ]


def test_proposals_awaiting_a_session(context, service):
    with context.write() as s:
        s.add_all(proposal(n, status) for n, status in enumerate(ProposalStatus, start=1))
        s.add(proposal(20, ProposalStatus.SUBMITTED))
    # Submitted (twice), admitted, under discussion, deferred.
    assert service.summary().proposals_awaiting == 5


def test_every_query_is_a_count_or_has_a_limit(context, database, service):
    with context.write() as s:
        s.add_all(meeting(n, 2025, date(2025, 1, n), S.HELD) for n in range(1, 20))
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        service.summary()
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    selects = [q for q in statements if q.startswith("SELECT")]
    assert 0 < len(selects) <= 8
    for query in selects:
        reads_rows = "count(" not in query and "FROM zone" not in query
        assert not reads_rows or "LIMIT" in query, query
