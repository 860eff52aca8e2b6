"""Zones, municipalities and the history of which zone each municipality belongs to."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rtdesk.store.base import Entity


class Zone(Entity):
    __tablename__ = "zone"
    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 11", name="number_range"),)

    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(120))
    # The zone's size as the sources state it, so gaps in the municipality list stay visible.
    expected_municipalities: Mapped[int | None] = mapped_column(Integer)

    municipalities: Mapped[list[Municipality]] = relationship(
        back_populates="zone", order_by="Municipality.name"
    )


class Municipality(Entity):
    __tablename__ = "municipality"
    __table_args__ = (
        CheckConstraint("length(istat_code) = 6", name="istat_code_length"),
        CheckConstraint("population IS NULL OR population >= 0", name="population_positive"),
    )

    istat_code: Mapped[str] = mapped_column(String(6), unique=True)
    cadastral_code: Mapped[str | None] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    # Current zone; None while the zone is not sourced (never guessed). History in ZoneMembership.
    zone_id: Mapped[int | None] = mapped_column(
        ForeignKey("zone.id", ondelete="RESTRICT"), index=True
    )
    population: Mapped[int | None] = mapped_column(Integer)
    population_year: Mapped[int | None] = mapped_column(Integer)

    zone: Mapped[Zone | None] = relationship(back_populates="municipalities")
    memberships: Mapped[list[ZoneMembership]] = relationship(
        back_populates="municipality",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ZoneMembership.start_date",
    )


class ZoneMembership(Entity):
    """A period during which a municipality belonged to a zone (open while end_date is None)."""

    __tablename__ = "zone_membership"
    __table_args__ = (
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="dates_ordered",
        ),
    )

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"), index=True)
    # None: since the zones were drawn (2015) or not known.
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Municipality] = relationship(back_populates="memberships")
    zone: Mapped[Zone] = relationship()
