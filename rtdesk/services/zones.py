"""Zones and municipalities: listing them, and assigning or correcting a municipality's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rtdesk.domain.enums import AuditAction
from rtdesk.domain.errors import NotFoundError, ValidationError
from rtdesk.domain.zones import check_zone_number
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.store.models import Municipality, Zone, ZoneMembership


@dataclass(frozen=True)
class ZoneSummary:
    number: int
    name: str
    municipalities: int  # assigned in the database today
    expected_municipalities: int | None  # the size the sources state
    population: int

    @property
    def missing_municipalities(self) -> int:
        if self.expected_municipalities is None:
            return 0
        return max(self.expected_municipalities - self.municipalities, 0)


@dataclass(frozen=True)
class MunicipalityRow:
    istat_code: str
    name: str
    cadastral_code: str | None
    zone_number: int | None
    zone_name: str | None
    population: int | None
    population_year: int | None


@dataclass(frozen=True)
class MembershipRow:
    zone_number: int
    zone_name: str
    start_date: date | None
    end_date: date | None
    source: str
    note: str


class ZoneService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_zones(self) -> list[ZoneSummary]:
        with self._context.read() as session:
            query = (
                select(
                    Zone.number,
                    Zone.name,
                    func.count(Municipality.id),
                    Zone.expected_municipalities,
                    func.coalesce(func.sum(Municipality.population), 0),
                )
                .outerjoin(Municipality, Municipality.zone_id == Zone.id)
                .group_by(Zone.id)
                .order_by(Zone.number)
            )
            return [ZoneSummary(*row) for row in session.execute(query)]

    def municipalities(
        self, zone_number: int | None = None, *, without_zone: bool = False
    ) -> list[MunicipalityRow]:
        """Municipalities of one zone, of all zones, or (without_zone) those with no zone yet."""
        with self._context.read() as session:
            query = (
                select(
                    Municipality.istat_code,
                    Municipality.name,
                    Municipality.cadastral_code,
                    Zone.number,
                    Zone.name,
                    Municipality.population,
                    Municipality.population_year,
                )
                .outerjoin(Zone, Municipality.zone_id == Zone.id)
                .order_by(Municipality.name)
            )
            if without_zone:
                query = query.where(Municipality.zone_id.is_(None))
            elif zone_number is not None:
                query = query.where(Zone.number == zone_number)
            return [MunicipalityRow(*row) for row in session.execute(query)]

    def count_without_zone(self) -> int:
        with self._context.read() as session:
            return session.scalar(
                select(func.count(Municipality.id)).where(Municipality.zone_id.is_(None))
            )

    def zone_history(self, istat_code: str) -> list[MembershipRow]:
        with self._context.read() as session:
            municipality = _municipality(session, istat_code)
            return [
                MembershipRow(
                    m.zone.number, m.zone.name, m.start_date, m.end_date, m.source, m.note
                )
                for m in municipality.memberships
            ]

    def assign_zone(
        self,
        istat_code: str,
        zone_number: int,
        *,
        since: date | None = None,
        source: str = "",
        note: str = "",
    ) -> MunicipalityRow:
        """Put a municipality in a zone from `since` on, closing its previous membership.

        With no date the assignment completes missing reference data (the start is unknown).
        """
        check_zone_number(zone_number)
        with self._context.write() as session:
            municipality = _municipality(session, istat_code)
            zone = session.scalar(select(Zone).where(Zone.number == zone_number))
            if zone is None:
                raise NotFoundError(f"Zone {zone_number} is missing from the database.")
            previous = municipality.zone
            if previous is not None and previous.id == zone.id:
                raise ValidationError(
                    f"{municipality.name} already belongs to zone {zone.number} ({zone.name})."
                )
            open_periods = [m for m in municipality.memberships if m.end_date is None]
            for period in open_periods:
                if since is None:
                    raise ValidationError(
                        f"{municipality.name} moves from zone {period.zone.number}: "
                        "say from which date it belongs to the new zone."
                    )
                if period.start_date is not None and since <= period.start_date:
                    raise ValidationError(
                        f"{municipality.name} belongs to zone {period.zone.number} since "
                        f"{period.start_date:%d/%m/%Y}: the move must come after that date."
                    )
                period.end_date = since - timedelta(days=1)
            municipality.memberships.append(
                ZoneMembership(zone=zone, start_date=since, source=source, note=note)
            )
            municipality.zone = zone
            audit.record(
                session,
                self._context.user,
                AuditAction.UPDATE,
                municipality,
                f"{municipality.name}: zone {previous.number if previous else 'none'}"
                f" → {zone.number}",
                {
                    "zone": (previous.number if previous else None, zone.number),
                    "since": (None, since),
                },
            )
            return _row(municipality)


def _municipality(session: Session, istat_code: str) -> Municipality:
    municipality = session.scalar(
        select(Municipality).where(Municipality.istat_code == istat_code.strip())
    )
    if municipality is None:
        raise NotFoundError(f"There is no municipality with ISTAT code “{istat_code}”.")
    return municipality


def _row(m: Municipality) -> MunicipalityRow:
    return MunicipalityRow(
        m.istat_code,
        m.name,
        m.cadastral_code,
        m.zone.number if m.zone else None,
        m.zone.name if m.zone else None,
        m.population,
        m.population_year,
    )
