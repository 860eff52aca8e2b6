"""What needs attention today: the next session, minutes waiting, overdue actions, zones
without a spokesperson and proposals awaiting a session, for the Overview page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rtdesk.domain.enums import MeetingStatus
from rtdesk.domain.identifiers import format_session_ref
from rtdesk.domain.proposals import AWAITING_A_SESSION
from rtdesk.domain.summary import OPEN_ACTION_STATUSES
from rtdesk.services.context import ServiceContext
from rtdesk.services.roster import zones_without_spokesperson
from rtdesk.store.models import ActionItem, Meeting, Proposal

# A line names a few sessions and says how many more there are: a backlog of 300 sessions
# must not make the Overview read 300 rows nor print 300 numbers.
LISTED = 5
NOT_YET_HELD = (MeetingStatus.PLANNED, MeetingStatus.CONVENED)


@dataclass(frozen=True)
class SessionMention:
    uuid: str  # to open it on the Sessions page; never shown
    ref: str  # "7/2026"
    meeting_date: date
    status: MeetingStatus


@dataclass(frozen=True)
class ZoneMention:
    number: int
    name: str


@dataclass(frozen=True)
class Attention:
    # The nearest session dated today or later that is not held yet; None when none is planned.
    next_session: SessionMention | None
    # Held sessions whose minutes are not drafted yet, the oldest first (at most LISTED).
    minutes_to_write: tuple[SessionMention, ...]
    minutes_to_write_count: int
    # Drafted minutes not yet approved, the oldest first (at most LISTED).
    minutes_to_approve: tuple[SessionMention, ...]
    minutes_to_approve_count: int
    overdue_actions: int
    open_actions: int  # still to do, overdue ones included
    zones_without_spokesperson: tuple[ZoneMention, ...]  # every one of them, by number
    proposals_awaiting: int  # AWAITING_A_SESSION

    @property
    def minutes_waiting(self) -> tuple[SessionMention, ...]:
        """The sessions the minutes line names, in the order it names them."""
        return self.minutes_to_write + self.minutes_to_approve


class AttentionService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def summary(self) -> Attention:
        today = self._context.today()
        with self._context.read() as session:
            to_write, to_write_count = _sessions_in(session, MeetingStatus.HELD)
            to_approve, to_approve_count = _sessions_in(session, MeetingStatus.MINUTES_DRAFTED)
            return Attention(
                next_session=_next_session(session, today),
                minutes_to_write=to_write,
                minutes_to_write_count=to_write_count,
                minutes_to_approve=to_approve,
                minutes_to_approve_count=to_approve_count,
                overdue_actions=_count(
                    session,
                    ActionItem.id,
                    ActionItem.status.in_(sorted(OPEN_ACTION_STATUSES)),
                    ActionItem.due_date < today,
                ),
                open_actions=_count(
                    session, ActionItem.id, ActionItem.status.in_(sorted(OPEN_ACTION_STATUSES))
                ),
                zones_without_spokesperson=tuple(
                    ZoneMention(number, name)
                    for number, name in zones_without_spokesperson(session, today)
                ),
                proposals_awaiting=_count(
                    session, Proposal.id, Proposal.status.in_(sorted(AWAITING_A_SESSION))
                ),
            )


def _count(session: Session, column, *where) -> int:
    return session.scalar(select(func.count(column)).where(*where)) or 0


def _mention_query():
    return select(
        Meeting.uuid, Meeting.number, Meeting.year, Meeting.meeting_date, Meeting.status
    ).order_by(Meeting.meeting_date, Meeting.year, Meeting.number)


def _mention(row) -> SessionMention:
    uuid, number, year, meeting_date, status = row
    return SessionMention(uuid, format_session_ref(number, year), meeting_date, status)


def _next_session(session: Session, today: date) -> SessionMention | None:
    row = session.execute(
        _mention_query()
        .where(Meeting.status.in_(NOT_YET_HELD), Meeting.meeting_date >= today)
        .limit(1)
    ).first()
    return _mention(row) if row is not None else None


def _sessions_in(session: Session, status: MeetingStatus) -> tuple[tuple[SessionMention, ...], int]:
    listed = session.execute(_mention_query().where(Meeting.status == status).limit(LISTED))
    mentions = tuple(_mention(row) for row in listed)
    if len(mentions) < LISTED:
        return mentions, len(mentions)  # all of them are listed: no need to count
    return mentions, _count(session, Meeting.id, Meeting.status == status)
