"""Read-only listings of sessions, proposals and actions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from rtdesk.domain.enums import ActionStatus, MeetingMode, MeetingStatus, ProposalStatus
from rtdesk.services.actions import ActionRow, ActionService
from rtdesk.services.proposals import ProposalService
from rtdesk.services.sessions import SessionService
from rtdesk.store.models import ActionItem, Meeting, Person, Proposal, Zone


def test_an_empty_database_lists_nothing(context):
    assert SessionService(context).list_sessions() == []
    assert SessionService(context).list_sessions(2026) == []
    assert SessionService(context).session_years() == []
    assert ProposalService(context).list_proposals() == []
    assert ActionService(context).list_actions() == []


@pytest.fixture
def records(database):
    """Three sessions over two years, two proposals and three actions, written as ORM rows."""
    with database.session_factory.begin() as s:
        zones = {z.number: z for z in s.scalars(select(Zone))}
        first = Meeting(
            year=2025,
            number=4,
            meeting_date=date(2025, 12, 3),
            venue="Sala Marchesi",
            mode=MeetingMode.HYBRID,
            status=MeetingStatus.MINUTES_APPROVED,
        )
        second = Meeting(year=2026, number=1, meeting_date=date(2026, 2, 10), venue="Online")
        third = Meeting(
            year=2026,
            number=2,
            meeting_date=date(2026, 3, 17),
            mode=MeetingMode.ONLINE,
            status=MeetingStatus.CONVENED,
        )
        older = Proposal(
            code="P-2025-009",
            year=2025,
            sequence=9,
            title="Sportello unico per le imprese",
            submitted_on=date(2025, 10, 1),
            status=ProposalStatus.APPROVED,
            proposing_zones=[zones[9], zones[5]],
        )
        newer = Proposal(
            code="P-2026-001",
            year=2026,
            sequence=1,
            title="Trasporto scolastico condiviso",
            submitted_on=date(2026, 1, 20),
        )
        person = Person(given_name="Maria", family_name="Rossi")
        s.add_all([first, second, third, older, newer, person])
        s.flush()
        s.add_all(
            [
                ActionItem(
                    description="Send the minutes to the zones",
                    owner_name="Segreteria",
                    due_date=date(2026, 4, 1),
                    meeting_id=third.id,
                ),
                ActionItem(
                    description="Collect the adoption forms",
                    owner_person=person,
                    owner_zone_id=zones[7].id,
                    status=ActionStatus.IN_PROGRESS,
                    due_date=date(2026, 2, 28),
                    meeting_id=first.id,
                    proposal_id=older.id,
                ),
                ActionItem(description="=Check the budget", status=ActionStatus.DONE),
            ]
        )


def test_sessions_newest_first_with_human_refs(context, records):
    service = SessionService(context)
    rows = service.list_sessions()
    assert [r.ref for r in rows] == ["2/2026", "1/2026", "4/2025"]
    latest = rows[0]
    assert (latest.meeting_date, latest.mode, latest.status) == (
        date(2026, 3, 17),
        MeetingMode.ONLINE,
        MeetingStatus.CONVENED,
    )
    assert rows[2].venue == "Sala Marchesi" and rows[2].status is MeetingStatus.MINUTES_APPROVED
    assert rows[1].status is MeetingStatus.PLANNED  # the model's default
    assert [r.ref for r in service.list_sessions(2025)] == ["4/2025"]
    assert service.list_sessions(2024) == []
    assert service.session_years() == [2026, 2025]


def test_proposals_newest_first_with_their_zones(context, records):
    rows = ProposalService(context).list_proposals()
    assert [r.code for r in rows] == ["P-2026-001", "P-2025-009"]
    assert rows[0].proposing_zones == () and rows[0].status is ProposalStatus.SUBMITTED
    assert rows[1].proposing_zones == (5, 9)  # ascending, whatever the order of entry
    assert (rows[1].title, rows[1].submitted_on, rows[1].status) == (
        "Sportello unico per le imprese",
        date(2025, 10, 1),
        ProposalStatus.APPROVED,
    )


def test_actions_by_due_date_with_owner_and_origin(context, records):
    rows = ActionService(context).list_actions()
    assert [r.description for r in rows] == [
        "Collect the adoption forms",
        "Send the minutes to the zones",
        "=Check the budget",  # no due date: last
    ]
    collect, send, check = rows
    assert isinstance(collect, ActionRow)
    assert (collect.owner, collect.owner_zone, collect.session_ref, collect.proposal_code) == (
        "Maria Rossi",
        7,
        "4/2025",
        "P-2025-009",
    )
    assert collect.status is ActionStatus.IN_PROGRESS
    assert (send.owner, send.owner_zone, send.session_ref, send.due_date) == (
        "Segreteria",
        None,
        "2/2026",
        date(2026, 4, 1),
    )
    assert (check.owner, check.session_ref, check.proposal_code, check.status) == (
        "",
        None,
        None,
        ActionStatus.DONE,
    )
