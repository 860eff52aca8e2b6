"""Action items agreed at sessions: what, who, by when, and whether it is done."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rtdesk.domain.enums import ActionStatus
from rtdesk.store.base import Entity, enum_type
from rtdesk.store.models.people import Person
from rtdesk.store.models.reference import Zone


class ActionItem(Entity):
    __tablename__ = "action_item"

    description: Mapped[str] = mapped_column(Text)
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    owner_zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        enum_type(ActionStatus, "action_status"), default=ActionStatus.OPEN, index=True
    )
    completed_on: Mapped[date | None] = mapped_column(Date)
    # Origin: the session and agenda item where it was agreed, and the proposal it serves.
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    # Indexed: the actions of an agenda item (minutes) or of a proposal (its detail) are read
    # one item or proposal at a time, among tens of thousands (migration 0004).
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    owner_person: Mapped[Person | None] = relationship()
    owner_zone: Mapped[Zone | None] = relationship()
