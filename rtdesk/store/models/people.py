"""People who sit at the Round Table and their mandates (the term history of each zone)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rtdesk.domain.enums import MandateRole
from rtdesk.store.base import Entity, enum_type
from rtdesk.store.models.reference import Municipality, Zone


class Person(Entity):
    __tablename__ = "person"

    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120), index=True)
    title: Mapped[str] = mapped_column(String(120), default="")  # e.g. Sindaco, Consigliere
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Municipality | None] = relationship()
    mandates: Mapped[list[Mandate]] = relationship(
        back_populates="person", order_by="Mandate.start_date"
    )

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class Mandate(Entity):
    """A person's term as spokesperson or deputy (possibly vicar) of one zone."""

    __tablename__ = "mandate"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        CheckConstraint("NOT is_vicar OR role = 'deputy'", name="vicar_is_deputy"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"), index=True)
    role: Mapped[MandateRole] = mapped_column(enum_type(MandateRole, "mandate_role"))
    is_vicar: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    elected_on: Mapped[date | None] = mapped_column(Date)  # date of the assembly of mayors
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="mandates")
    zone: Mapped[Zone] = relationship()
