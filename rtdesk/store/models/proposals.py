"""Proposals and good practices: register, themes, status history and adoption by zone."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rtdesk.domain.enums import AdoptionState, ProposalStatus
from rtdesk.store.base import Base, Entity, enum_type, utc_now
from rtdesk.store.models.people import Person
from rtdesk.store.models.reference import Zone

proposal_zone = Table(
    "proposal_zone",
    Base.metadata,
    Column("proposal_id", ForeignKey("proposal.id", ondelete="CASCADE"), primary_key=True),
    Column("zone_id", ForeignKey("zone.id", ondelete="RESTRICT"), primary_key=True),
    # The register's zone filter: the proposals of one zone without reading the whole table.
    Index("ix_proposal_zone_zone_id", "zone_id", "proposal_id"),
)

proposal_theme = Table(
    "proposal_theme",
    Base.metadata,
    Column("proposal_id", ForeignKey("proposal.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_proposal_theme_theme_id", "theme_id", "proposal_id"),
)


class CodeCounter(Base):
    """Last sequence number handed out per series and year, so a code is never reused."""

    __tablename__ = "code_counter"

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Theme(Entity):
    __tablename__ = "theme"

    name: Mapped[str] = mapped_column(String(120), unique=True)


class Proposal(Entity):
    __tablename__ = "proposal"
    __table_args__ = (
        UniqueConstraint("year", "sequence"),
        # The register filtered by status in code order, without sorting (migration 0004).
        Index("ix_proposal_status_code", "status", "year", "sequence"),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)  # P-2026-014
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    proposer_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    proposer_name: Mapped[str] = mapped_column(String(200), default="")
    strategic_axis: Mapped[str] = mapped_column(String(200), default="")  # Piano Strategico axis
    status: Mapped[ProposalStatus] = mapped_column(
        enum_type(ProposalStatus, "proposal_status"), default=ProposalStatus.SUBMITTED, index=True
    )
    submitted_on: Mapped[date] = mapped_column(Date, index=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date)

    proposer: Mapped[Person | None] = relationship()
    proposing_zones: Mapped[list[Zone]] = relationship(
        secondary=proposal_zone, order_by="Zone.number"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=proposal_theme, order_by="Theme.name")
    status_changes: Mapped[list[ProposalStatusChange]] = relationship(
        back_populates="proposal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProposalStatusChange.changed_at",
    )
    adoptions: Mapped[list[ZoneAdoption]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", passive_deletes=True
    )


class ProposalStatusChange(Entity):
    __tablename__ = "proposal_status_change"

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[ProposalStatus | None] = mapped_column(
        enum_type(ProposalStatus, "proposal_status_from")
    )
    to_status: Mapped[ProposalStatus] = mapped_column(
        enum_type(ProposalStatus, "proposal_status_to")
    )
    changed_on: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(120), default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")

    proposal: Mapped[Proposal] = relationship(back_populates="status_changes")


# The register sorted by title reads this index instead of sorting 100,000 titles; NOCASE
# orders as lower() does (both fold ASCII letters only). Migration 0004.
Index("ix_proposal_title_nocase", Proposal.__table__.c.title.collate("NOCASE"))


class ZoneAdoption(Entity):
    __tablename__ = "zone_adoption"
    __table_args__ = (UniqueConstraint("proposal_id", "zone_id"),)

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"))
    state: Mapped[AdoptionState] = mapped_column(
        enum_type(AdoptionState, "adoption_state"), default=AdoptionState.NOT_STARTED
    )
    state_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    proposal: Mapped[Proposal] = relationship(back_populates="adoptions")
    zone: Mapped[Zone] = relationship()
