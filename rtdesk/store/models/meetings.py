"""Round Table sessions: agenda, attendance by zone, guests, votes, minutes and their errata.

The table is called `meeting` because "session" already means a database session in SQLAlchemy;
users see it as a session (seduta).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceCapacity,
    MeetingMode,
    MeetingStatus,
    Presence,
    VoteChoice,
)
from rtdesk.store.base import Entity, enum_type, utc_now
from rtdesk.store.models.people import Person
from rtdesk.store.models.reference import Zone


class Meeting(Entity):
    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # n. 7/2026: numbered within the year
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(250), default="")
    mode: Mapped[MeetingMode] = mapped_column(
        enum_type(MeetingMode, "meeting_mode"), default=MeetingMode.IN_PERSON
    )
    status: Mapped[MeetingStatus] = mapped_column(
        enum_type(MeetingStatus, "meeting_status"), default=MeetingStatus.PLANNED, index=True
    )
    convened_on: Mapped[date | None] = mapped_column(Date)
    chair_name: Mapped[str] = mapped_column(String(200), default="")
    secretary_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Minutes are approved at a later session; the approved PDF's SHA-256 is kept to check prints.
    minutes_approved_at_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="RESTRICT")
    )
    minutes_approved_on: Mapped[date | None] = mapped_column(Date)
    minutes_fingerprint: Mapped[str | None] = mapped_column(String(64))

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaItem.position",
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )
    guests: Mapped[list[Guest]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )
    status_changes: Mapped[list[MeetingStatusChange]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MeetingStatusChange.changed_at",
    )
    errata: Mapped[list[MinutesErratum]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        foreign_keys="MinutesErratum.meeting_id",
    )
    minutes_approved_at: Mapped[Meeting | None] = relationship(remote_side="Meeting.id")


class MeetingStatusChange(Entity):
    __tablename__ = "meeting_status_change"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[MeetingStatus | None] = mapped_column(
        enum_type(MeetingStatus, "meeting_status_from")
    )
    to_status: Mapped[MeetingStatus] = mapped_column(enum_type(MeetingStatus, "meeting_status_to"))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="status_changes")


class AgendaItem(Entity):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1-based order on the agenda
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[AgendaItemKind] = mapped_column(
        enum_type(AgendaItemKind, "agenda_item_kind"), default=AgendaItemKind.INFORMATION
    )
    presenter: Mapped[str] = mapped_column(String(200), default="")
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal.id", ondelete="SET NULL"), index=True
    )
    discussion: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    attachments: Mapped[list[AgendaAttachment]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True
    )
    votes: Mapped[list[ZoneVote]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaAttachment(Entity):
    """A reference to a document (protocol number, path or link), not the document itself."""

    __tablename__ = "agenda_attachment"

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(300))
    reference: Mapped[str] = mapped_column(Text, default="")

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="attachments")


class ZoneVote(Entity):
    __tablename__ = "zone_vote"
    __table_args__ = (UniqueConstraint("agenda_item_id", "zone_id"),)

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"))
    choice: Mapped[VoteChoice] = mapped_column(enum_type(VoteChoice, "vote_choice"))

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="votes")
    zone: Mapped[Zone] = relationship()


class Attendance(Entity):
    """Who sat for a zone at a session, in what capacity, and whether the zone was present."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "zone_id"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    # Kept as written so the register survives a person being removed, and for delegates.
    attendee_name: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[AttendanceCapacity | None] = mapped_column(
        enum_type(AttendanceCapacity, "attendance_capacity")
    )
    presence: Mapped[Presence] = mapped_column(
        enum_type(Presence, "presence"), default=Presence.ABSENT
    )
    arrived_at: Mapped[time | None] = mapped_column(Time)
    left_at: Mapped[time | None] = mapped_column(Time)
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    zone: Mapped[Zone] = relationship()
    person: Mapped[Person | None] = relationship()


class Guest(Entity):
    __tablename__ = "guest"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    affiliation: Mapped[str] = mapped_column(String(250), default="")  # e.g. CMTO official
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="guests")


class MinutesErratum(Entity):
    """A recorded correction to approved minutes: approved minutes are never edited silently."""

    __tablename__ = "minutes_erratum"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    recorded_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    recorded_at_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="errata", foreign_keys=[meeting_id])
